"""Category: one taxonomy value per message, and not_send clearing the other fields."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import spacy

from assistant import resources
from assistant.understand import category, references, sentences  # noqa: F401  (factories)
from assistant.understand.context import ChildInfo, FoundCommitment, FoundDate, MessageContext

SENT_AT = dt.datetime(2025, 6, 2, 10, 0, tzinfo=dt.UTC)
CHILDREN = (ChildInfo("Leo Okafor"),)


@pytest.fixture(scope="module")
def nlp():
    data = {"data_dir": str(resources.pipeline_dir("default"))}
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe("assistant_email_sentences")
    pipeline.add_pipe("assistant_references", config=data)
    pipeline.add_pipe("assistant_category", config=data)
    return pipeline


def run(nlp, text: str, kind: str | None = "la", to=("owner",), subject="", att=(), auto=False):
    context = MessageContext(
        sent_at=SENT_AT,
        subject=subject,
        sender_kind=kind,
        recipient_kinds=to,
        children=CHILDREN,
        attachment_names=att,
        auto_submitted=auto,
    )
    doc = nlp.make_doc(text)
    doc._.context = context
    return nlp(doc)


MESSAGES = [
    pytest.param(
        "assessment_request",
        dict(
            kind="owner",
            to=("la",),
            subject="Leo Okafor - request for statutory assessment",
            text=(
                "Dear SEND team,\n\nI would like to ask the council to carry out a statutory "
                "assessment of Leo's special educational needs. He is in Year 3 at Oakfield "
                "Primary and is struggling despite support. I have attached his nursery and "
                "school reports.\n\nRegards,"
            ),
        ),
        id="assessment_request-1",
    ),
    pytest.param(
        "assessment_request",
        dict(
            kind="school",
            to=("la",),
            subject="EHCNA referral - Leo Okafor",
            text=(
                "Hello,\n\nPlease find attached our EHCNA referral for Leo Okafor, together with "
                "his APDR cycles and the EP report. Parents are aware and support the "
                "application.\n\nThanks"
            ),
        ),
        id="assessment_request-2",
    ),
    pytest.param(
        "acknowledgement",
        dict(
            kind="la",
            subject="RE: Leo Okafor",
            text=(
                "Good afternoon,\n\nThank you for your email. I can confirm we have received "
                "your request and it has been passed to the relevant officer. Your case "
                "reference is SEND-20931.\n\nKind regards"
            ),
        ),
        id="acknowledgement-1",
    ),
    pytest.param(
        "acknowledgement",
        dict(
            kind="la",
            auto=True,
            subject="Thank you for contacting SEND Services",
            text=(
                "Thank you for contacting SEND Services. We have received your email and will "
                "respond within 5 working days. Please do not reply to this message."
            ),
        ),
        id="acknowledgement-2",
    ),
    pytest.param(
        "decision_to_assess",
        dict(
            kind="la",
            subject="Outcome of request for EHC needs assessment",
            text=(
                "Dear Ms Okafor,\n\nI am pleased to tell you that the multi-agency panel met on "
                "12 May and agreed that the local authority will proceed with an education, "
                "health and care needs assessment for Leo. We will now request advice from his "
                "school, an educational psychologist and health.\n\nPlease complete the enclosed "
                "parental views form.\n\nYours sincerely"
            ),
        ),
        id="decision_to_assess-1",
    ),
    pytest.param(
        "refusal_to_assess",
        dict(
            kind="la",
            subject="Outcome of request for EHC needs assessment",
            text=(
                "Dear Ms Okafor,\n\nThe panel considered the request on 12 May. The local "
                "authority has decided that it is not necessary to carry out an EHC needs "
                "assessment at this time, as Leo's needs can be met through ordinarily available "
                "provision.\n\nYou have the right to appeal this decision to the SEND Tribunal. "
                "Before doing so you must contact the mediation service.\n\nYours sincerely"
            ),
        ),
        id="refusal_to_assess-1",
    ),
    pytest.param(
        "information_request",
        dict(
            kind="la",
            subject="Leo - parental views",
            text=(
                "Hi,\n\nAs part of Leo's assessment, please could you fill in the attached My "
                "Views form and send back a signed consent form by the end of next week?\n\nMany "
                "thanks"
            ),
        ),
        id="information_request-1",
    ),
    pytest.param(
        "information_request",
        dict(
            kind="owner",
            to=("la",),
            subject="Question about Leo's plan",
            text=(
                "Hi Sam,\n\nCould you tell me who the named officer for Leo is now, and whether "
                "the EP report has been shared with school?\n\nThanks"
            ),
        ),
        id="information_request-2",
    ),
    pytest.param(
        "appointment",
        dict(
            kind="la",
            subject="Educational psychology observation",
            text=(
                "Dear Ms Okafor,\n\nOur educational psychologist, Dr Patel, would like to "
                "observe Leo at school on Wednesday 11 June at 9.30am and then meet you at 11am. "
                "Could you let me know if this time is convenient?\n\nKind regards"
            ),
        ),
        id="appointment-1",
    ),
    pytest.param(
        "appointment",
        dict(
            kind="health",
            subject="Clinic appointment",
            text=(
                "Dear parent/carer,\n\nUnfortunately Leo's appointment with the occupational "
                "therapist on 5 June has been cancelled due to staff illness. We have offered a "
                "new appointment on 19 June at 10.15am.\n\nRegards, Therapy Bookings"
            ),
        ),
        id="appointment-2",
    ),
    pytest.param(
        "draft_plan",
        dict(
            kind="la",
            subject="Leo Okafor - proposed EHC plan",
            att=("Leo Okafor draft EHCP.pdf",),
            text=(
                "Dear Ms Okafor,\n\nPlease find enclosed the proposed EHC plan for Leo. You have "
                "15 days to make representations and to tell us which school you would like "
                "named in section I.\n\nYours sincerely"
            ),
        ),
        id="draft_plan-1",
    ),
    pytest.param(
        "final_plan",
        dict(
            kind="la",
            subject="Leo Okafor - EHC plan issued",
            att=("EHCP Leo Okafor FINAL.pdf",),
            text=(
                "Dear Ms Okafor,\n\nLeo's EHC plan has now been finalised and is attached. A "
                "copy has been sent to Oakfield Primary. If you disagree with the plan you may "
                "appeal to the First-tier Tribunal.\n\nYours sincerely"
            ),
        ),
        id="final_plan-1",
    ),
    pytest.param(
        "decision_not_to_issue",
        dict(
            kind="la",
            subject="Outcome of EHC needs assessment",
            text=(
                "Dear Ms Okafor,\n\nFollowing the assessment, the panel decided that it is not "
                "necessary to issue an EHC plan for Leo. His needs can be met from resources "
                "normally available to his school. You can appeal this decision to the "
                "Tribunal.\n\nYours sincerely"
            ),
        ),
        id="decision_not_to_issue-1",
    ),
    pytest.param(
        "annual_review",
        dict(
            kind="school",
            subject="Leo - annual review",
            text=(
                "Dear Ms Okafor,\n\nLeo's annual review will be held on 3 July at 1.30pm. Please "
                "return the parent views form before then so it can be circulated with the "
                "reports.\n\nBest wishes"
            ),
        ),
        id="annual_review-1",
    ),
    pytest.param(
        "annual_review",
        dict(
            kind="la",
            subject="Outcome of annual review",
            text=(
                "Dear Ms Okafor,\n\nFollowing Leo's review meeting, the local authority has "
                "decided to maintain his EHC plan without amendment. If you disagree you can "
                "appeal to the Tribunal.\n\nYours sincerely"
            ),
        ),
        id="annual_review-2",
    ),
    pytest.param(
        "delay_notice",
        dict(
            kind="la",
            subject="Leo Okafor assessment update",
            text=(
                "Dear Ms Okafor,\n\nI am writing to let you know that we are unable to meet the "
                "20-week timescale for Leo's plan because we are still awaiting the health "
                "advice. We now expect to send the draft plan by 30 June. I apologise for any "
                "inconvenience.\n\nKind regards"
            ),
        ),
        id="delay_notice-1",
    ),
    pytest.param(
        "chaser",
        dict(
            kind="owner",
            to=("la",),
            subject="Chasing: Leo Okafor EHC plan",
            text=(
                "Dear Sam,\n\nI emailed on 2 May and again on 16 May but have not had a reply. "
                "The 20 weeks ran out last week. Please can you let me know when the draft plan "
                "will be issued?\n\nThanks"
            ),
        ),
        id="chaser-1",
    ),
    pytest.param(
        "complaint",
        dict(
            kind="la",
            subject="Your complaint ref COMP/2025/0456",
            text=(
                "Dear Ms Okafor,\n\nThank you for your correspondence. This has been logged as a "
                "stage one complaint and will be investigated by the SEND service manager. You "
                "will receive a response within 20 working days.\n\nCustomer Relations"
            ),
        ),
        id="complaint-1",
    ),
    pytest.param(
        "complaint",
        dict(
            kind="owner",
            to=("la",),
            subject="Complaint about Leo's EHC process",
            text=(
                "Dear Sir/Madam,\n\nI want to complain about the way Leo's case has been "
                "handled. Nobody has answered my emails for two months and the statutory "
                "deadline has passed. Please treat this as a complaint under your corporate "
                "procedure.\n\nRegards"
            ),
        ),
        id="complaint-2",
    ),
    pytest.param(
        "mediation_tribunal",
        dict(
            kind="la",
            subject="Appeal EH 881/25/01234 - Leo Okafor",
            text=(
                "Dear Ms Okafor,\n\nPlease find attached the local authority's response to your "
                "appeal, which has been sent to the Tribunal. We would also like to discuss "
                "whether the appeal could be settled by agreement before the hearing.\n\nSEND "
                "Legal Team"
            ),
        ),
        id="mediation_tribunal-1",
    ),
    pytest.param(
        "mediation_tribunal",
        dict(
            kind="other",
            subject="Mediation",
            text=(
                "Dear Ms Okafor,\n\nThank you for contacting us. As you do not wish to mediate, "
                "we have issued your certificate today, which allows you to lodge an "
                "appeal.\n\nKind regards, Mediation Team"
            ),
        ),
        id="mediation_tribunal-2",
    ),
    pytest.param(
        "general",
        dict(
            kind="la",
            auto=True,
            subject="Out of Office: Leo Okafor",
            text=(
                "I am currently out of the office and will return on Monday. For urgent matters "
                "please contact the duty officer."
            ),
        ),
        id="general-1",
    ),
    pytest.param(
        "general",
        dict(
            kind="owner",
            to=("school",),
            subject="Leo this week",
            text=(
                "Hi Mrs Grant,\n\nJust to let you know Leo had a better week and enjoyed the "
                "sensory circuits. Thank you for all your support with his plan.\n\nBest wishes"
            ),
        ),
        id="general-2",
    ),
    pytest.param(
        "not_send",
        dict(
            kind=None,
            to=("owner",),
            subject="Autumn news from Bright Minds",
            text=(
                "Dear supporter,\n\nOur autumn newsletter is here! Join our free webinar on "
                "preparing for an EHCP annual review, and book tickets for our family fun day. "
                "To stop receiving these emails, click unsubscribe."
            ),
        ),
        id="not_send-1",
    ),
    pytest.param(
        "not_send",
        dict(
            kind="school",
            subject="Harvest festival",
            text=(
                "Dear Parents and Carers,\n\nOur harvest festival is on Friday. Please send in "
                "tins for the food bank. Non-uniform day is on 24 October.\n\nOakfield Primary "
                "Office"
            ),
        ),
        id="not_send-2",
    ),
    pytest.param(
        "not_send",
        dict(
            kind="la",
            subject="Your council tax bill",
            text=(
                "Dear resident,\n\nYour council tax bill for 2025/26 is available online. "
                "Payments of £156.00 will be collected by direct debit on 1 April."
            ),
        ),
        id="not_send-3",
    ),
    pytest.param(
        "not_send",
        dict(
            kind=None,
            subject="Leo's party",
            text=(
                "Hi! Leo is invited to Jack's party at the trampoline park on Saturday. Let me "
                "know if he can come, I know he likes it quieter so he could come early x"
            ),
        ),
        id="not_send-4",
    ),
    pytest.param(
        "general",
        dict(
            kind=None,
            subject="How did it go?",
            text=(
                "Hi love, how did Leo's EHCP meeting go with the council today? Did they agree "
                "to the speech therapy? Call me later x"
            ),
        ),
        id="general-3",
    ),
    pytest.param(
        "acknowledgement",
        dict(
            kind="la",
            subject="RE: Leo's transport",
            text=(
                "Hi,\n\nThanks for your message, I'm looking into this and will come back to "
                "you.\n\nSam"
            ),
        ),
        id="acknowledgement-3",
    ),
    pytest.param(
        "delay_notice",
        dict(
            kind="la",
            subject="Leo Okafor - draft plan",
            text=(
                "Dear Ms Okafor,\n\nI'm sorry to tell you that Leo's draft plan will be late. "
                "The educational psychology service has a backlog and we have not yet received "
                "the EP advice. We expect to be able to issue the draft in early July.\n\nRegards"
            ),
        ),
        id="delay_notice-2",
    ),
    pytest.param(
        "draft_plan",
        dict(
            kind="owner",
            to=("la",),
            subject="Re: Leo Okafor - proposed EHC plan",
            text=(
                "Dear Sam,\n\nHere are my comments on the draft EHCP. Section F needs to say how "
                "many hours of speech and language therapy Leo will get, and section I should "
                "name Riverside School.\n\nRegards"
            ),
        ),
        id="draft_plan-2",
    ),
    pytest.param(
        "general",
        dict(
            kind="owner",
            to=("la",),
            subject="Re: Leo Okafor - EHC plan issued",
            text="Thank you for sending Leo's final plan, we're really pleased with it.",
        ),
        id="general-4",
    ),
    pytest.param(
        "mediation_tribunal",
        dict(
            kind="tribunal",
            subject="EH881/25/01234 - hearing notice",
            text=(
                "The hearing of this appeal will take place by video on 14 October. Directions "
                "are attached. Both parties must send the working document by 1 October."
            ),
        ),
        id="mediation_tribunal-3",
    ),
    pytest.param(
        "complaint",
        dict(
            kind="other",
            subject="Your complaint about Eastbury Borough Council",
            text=(
                "Dear Ms Okafor,\n\nThe Local Government and Social Care Ombudsman has received "
                "your complaint. Our reference is 24 011 873. An assessment officer will look at "
                "whether we can investigate.\n\nYours sincerely"
            ),
        ),
        id="complaint-3",
    ),
    pytest.param(
        "general",
        dict(
            kind="la",
            subject="You have a new secure message",
            text=(
                "You have received a new secure message from Eastbury SEND. Sign in to the "
                "portal to read it."
            ),
        ),
        id="general-5",
    ),
    pytest.param(
        "not_send",
        dict(
            kind="la",
            subject="SEND Local Offer newsletter - June",
            text=(
                "Welcome to the June edition of our SEND Local Offer newsletter. This month: "
                "summer activities for children with SEND, a parent carer forum coffee morning "
                "and changes to the short breaks website. To unsubscribe from this newsletter, "
                "reply STOP."
            ),
        ),
        id="not_send-5",
    ),
    pytest.param(
        "not_send",
        dict(
            kind=None,
            subject="20% off sensory toys this weekend",
            text=(
                "Our biggest sale of the year! Chew necklaces, weighted lap pads and ear "
                "defenders for autistic children, now 20% off. Shop now. Free delivery over £30."
            ),
        ),
        id="not_send-6",
    ),
    pytest.param(
        "general",
        dict(
            kind="school",
            subject="Leo this morning",
            text=(
                "Hi Ms Okafor, Leo found the start of the day hard today, so we used his calm "
                "box and he settled well after break. Just wanted you to know."
            ),
        ),
        id="general-6",
    ),
    pytest.param(
        "information_request",
        dict(
            kind="la",
            subject="Leo Okafor - consent",
            text=(
                "Dear Ms Okafor,\n\nBefore we can ask the paediatrician for advice we need your "
                "signed consent. Please return the form by 20 June."
            ),
        ),
        id="information_request-3",
    ),
    pytest.param(
        "appointment",
        dict(
            kind="owner",
            to=("la",),
            subject="Re: EP visit",
            text=(
                "Hi, sorry but Leo is off sick on Tuesday so we will need to rearrange the EP "
                "visit. Could we do the following week instead?"
            ),
        ),
        id="appointment-3",
    ),
    pytest.param(
        "chaser",
        dict(
            kind="owner",
            to=("la",),
            subject="Second request - Leo's EP report",
            text=(
                "Dear Sam,\n\nThis is my second request for a copy of the EP report, which I "
                "asked for on 1 May. Please send it as soon as possible.\n\nRegards"
            ),
        ),
        id="chaser-2",
    ),
    pytest.param(
        "mediation_tribunal",
        dict(
            kind="owner",
            to=("tribunal",),
            subject="Appeal EH881/25/01234",
            text=(
                "Dear Tribunal,\n\nI attach my case statement and the private SALT report as "
                "further evidence for the appeal.\n\nRegards"
            ),
        ),
        id="mediation_tribunal-4",
    ),
    pytest.param(
        "annual_review",
        dict(
            kind="la",
            subject="Leo Okafor - annual review decision",
            text=(
                "Following the review meeting on 3 July, the local authority proposes to amend "
                "Leo's EHC plan. The amendment notice is attached and you have 15 days to "
                "comment."
            ),
        ),
        id="annual_review-3",
    ),
    pytest.param(
        "general",
        dict(
            kind=None,
            subject="Re: how did it go",
            text=(
                "So glad the meeting with the SENCo went well and that school will start the "
                "speech therapy. Give Leo a hug from us x"
            ),
        ),
        id="general-7",
    ),
    pytest.param(
        "general",
        dict(
            kind="la",
            subject="EP advice - Leo Okafor",
            att=("Psychological advice - Leo Okafor.pdf",),
            text=(
                "Dear Ms Okafor,\n\nPlease find attached a copy of the psychological advice "
                "written by Dr Patel following her assessment of Leo. It has also been shared "
                "with school.\n\nKind regards"
            ),
        ),
        id="general-8",
    ),
    pytest.param(
        "annual_review",
        dict(
            kind="school",
            subject="Year 6 phase transfer review",
            text=(
                "Dear Ms Okafor,\n\nAs Leo moves to secondary school next year, his review this "
                "term will be a phase transfer review. It will be held on 14 October at 9am. "
                "Please bring your views on secondary schools.\n\nMrs Grant, SENCo"
            ),
        ),
        id="annual_review-4",
    ),
    pytest.param(
        "mediation_tribunal",
        dict(
            kind="tribunal",
            subject="Decision - EH881/25/01234",
            text=(
                "Please find attached the Tribunal's decision in this appeal. The appeal is "
                "allowed and the local authority is ordered to amend Section F of the plan "
                "within 5 weeks."
            ),
        ),
        id="mediation_tribunal-5",
    ),
    pytest.param(
        "mediation_tribunal",
        dict(
            kind="la",
            subject="Leo Okafor appeal - working document",
            text=(
                "Dear Ms Okafor,\n\nAs directed by the Tribunal, please find the working "
                "document attached with the local authority's proposed wording in green. Please "
                "add your wording in blue and return it by 3 November.\n\nSEND Appeals Officer"
            ),
        ),
        id="mediation_tribunal-6",
    ),
    pytest.param(
        "general",
        dict(
            kind="la",
            subject="Personal budget for Leo",
            text=(
                "Hi,\n\nThe personal budget for Leo's therapy has been approved and the first "
                "payment will go into your direct payment account this month.\n\nSam"
            ),
        ),
        id="general-9",
    ),
    pytest.param(
        "general",
        dict(
            kind="owner",
            to=("la",),
            subject="School report for Leo",
            text=(
                "Hi Sam,\n\nAs promised, here is Leo's end of year school report for his "
                "file.\n\nThanks"
            ),
        ),
        id="general-10",
    ),
    pytest.param(
        "information_request",
        dict(
            kind="owner",
            to=("la",),
            subject="Subject access request - Leo Okafor",
            text=(
                "Dear Data Protection Officer,\n\nUnder the UK GDPR I am making a subject access "
                "request for all records the council holds about my son Leo Okafor, including "
                "panel minutes and emails between officers.\n\nYours faithfully"
            ),
        ),
        id="information_request-4",
    ),
    pytest.param(
        "acknowledgement",
        dict(
            kind="la",
            subject="RE: Subject access request - Leo Okafor",
            text=(
                "Dear Ms Okafor,\n\nWe acknowledge receipt of your subject access request, which "
                "has been logged under reference SAR-2025-0871. We will respond within one "
                "calendar month.\n\nInformation Governance Team"
            ),
        ),
        id="acknowledgement-4",
    ),
    pytest.param(
        "delay_notice",
        dict(
            kind="la",
            subject="Leo Okafor - update",
            text=(
                "Dear Ms Okafor,\n\nUnfortunately we have not been able to complete Leo's "
                "assessment within 20 weeks. This is due to the exceptional circumstances of the "
                "health service being unable to provide advice in time. We will keep you "
                "updated.\n\nRegards"
            ),
        ),
        id="delay_notice-3",
    ),
    pytest.param(
        "appointment",
        dict(
            kind="la",
            subject="Meeting to go through Leo's draft plan",
            text=(
                "Hi Ms Okafor,\n\nWould you be able to come in on 21 July at 2pm to go through "
                "Leo's draft plan with school? Let me know if another time works better.\n\nSam"
            ),
        ),
        id="appointment-4",
    ),
    pytest.param(
        "complaint",
        dict(
            kind="la",
            subject="Stage 2 response",
            text=(
                "Dear Ms Okafor,\n\nI have reviewed your complaint at the second stage of our "
                "procedure. I partly uphold your complaint: the council should have told you "
                "about the delay sooner. If you remain unhappy you may contact the "
                "Ombudsman.\n\nYours sincerely"
            ),
        ),
        id="complaint-4",
    ),
    pytest.param(
        "not_send",
        dict(
            kind="school",
            subject="Sports day",
            text=(
                "Dear parents,\n\nSports day is on 4 July. Children should come to school in "
                "their PE kit and bring a water bottle and sun cream.\n\nThank you"
            ),
        ),
        id="not_send-7",
    ),
    pytest.param(
        "not_send",
        dict(
            kind=None,
            subject="Your prescription is ready",
            text=(
                "Your prescription is ready to collect from Highfield Pharmacy. Please bring "
                "photo ID."
            ),
        ),
        id="not_send-8",
    ),
    pytest.param(
        "general",
        dict(
            kind="health",
            subject="Leo - SALT update",
            text=(
                "Hi, just a quick update: Leo has now finished his block of speech and language "
                "therapy and I've sent my report to school and the SEN team."
            ),
        ),
        id="general-11",
    ),
    pytest.param(
        "chaser",
        dict(
            kind="owner",
            to=("la",),
            subject="RE: Leo Okafor - draft plan",
            text=(
                "Hi Sam,\n\nYou said I would get the draft plan by the end of June. It is now "
                "mid July and I still have nothing. Can you please tell me what is "
                "happening?\n\nThanks"
            ),
        ),
        id="chaser-3",
    ),
    pytest.param(
        "draft_plan",
        dict(
            kind="la",
            subject="Leo's draft plan",
            text=(
                "Hi Ms Okafor,\n\nLeo's draft EHC plan is now available on the portal. Please "
                "let us know within 15 days if you would like to comment or request a meeting, "
                "and which school you would like named.\n\nSam"
            ),
        ),
        id="draft_plan-3",
    ),
    pytest.param(
        "final_plan",
        dict(
            kind="la",
            subject="Leo Okafor - final amended plan",
            text=(
                "Dear Ms Okafor,\n\nFollowing the annual review, I attach Leo's final amended "
                "EHC plan, which names Riverside School from September. Your right of appeal is "
                "explained in the covering letter.\n\nYours sincerely"
            ),
        ),
        id="final_plan-2",
    ),
    pytest.param(
        "not_send",
        dict(
            kind="la",
            subject="Bin collections over Christmas",
            text=(
                "Dear resident,\n\nYour bin collection days will change over the Christmas "
                "period. Please check the calendar on our website. Thank you for recycling."
            ),
        ),
        id="not_send-9",
    ),
    pytest.param(
        "not_send",
        dict(
            kind=None,
            subject="Webinar: your child's rights at annual review",
            text=(
                "Join our expert panel on Thursday evening for a webinar on EHCP annual reviews "
                "and what to do if the local authority wants to cease a plan. Places are "
                "limited, book now. You are receiving this because you subscribed to our mailing "
                "list."
            ),
        ),
        id="not_send-10",
    ),
    pytest.param(
        "not_send",
        dict(
            kind="school",
            subject="Parents evening booking",
            text=(
                "Dear Parents and Carers,\n\nParents evening appointments can now be booked "
                "through the school app. Appointments are 10 minutes long. Thank you."
            ),
        ),
        id="not_send-11",
    ),
    pytest.param(
        "not_send",
        dict(
            kind=None,
            subject="Re: Saturday",
            text="Yes we'll be there at 2! Leo can bring his bike if he likes. See you then x",
        ),
        id="not_send-12",
    ),
    pytest.param(
        "not_send",
        dict(
            kind=None,
            subject="Your Autism Mum Club digest",
            text=(
                "New posts in your groups this week: 'Tips for the EHCP process', 'Sensory "
                "friendly days out', 'Anyone else struggling with school refusal?'. Manage your "
                "notification settings."
            ),
        ),
        id="not_send-13",
    ),
    pytest.param(
        "general",
        dict(
            kind=None,
            subject="Leo's EHCP",
            text=(
                "Hi Ms Okafor, I'm Leo's new key worker at the after-school club. His mum "
                "mentioned he has an EHC plan, could you share the one-page profile so we can "
                "support him?"
            ),
        ),
        id="general-12",
    ),
    pytest.param(
        "general",
        dict(
            kind="other",
            subject="Leo - letter from our MP",
            text=(
                "Dear Ms Okafor,\n\nThank you for contacting the office of Jane Smith MP about "
                "Leo's EHC needs assessment. Jane has written to the Director of Children's "
                "Services and we will let you know when we receive a reply.\n\nCaseworker"
            ),
        ),
        id="general-13",
    ),
    pytest.param(
        "appointment",
        dict(
            kind="la",
            auto=True,
            subject="Invitation: Leo Okafor EHCP meeting @ Tue 8 Jul 10:00",
            text=(
                "You have been invited to the following event. Leo Okafor EHCP meeting, Tuesday "
                "8 July 10:00 to 11:00, Microsoft Teams. Accept, Tentative, Decline."
            ),
        ),
        id="appointment-5",
    ),
    pytest.param(
        "general",
        dict(
            kind="la",
            subject="Leo's school transport",
            text=(
                "Hi Ms Okafor,\n\nLeo's travel assistance has been approved and a taxi will "
                "collect him from home from 3 September. The driver's details will be sent to "
                "you separately.\n\nSam"
            ),
        ),
        id="general-14",
    ),
    pytest.param(
        "final_plan",
        dict(
            kind="la",
            subject="Leo Okafor - Final EHC Plan",
            att=("Leo Okafor - EHCP.pdf", "Appeal rights leaflet.pdf"),
            text=(
                "Dear Parent/Carer,\n\nRe: Leo Okafor, DOB 01/02/2016\n\nPlease find enclosed "
                "the final Education, Health and Care Plan for Leo, which has been issued "
                "today.\n\nMediation and appeals\nYou have the right to appeal to the First-tier "
                "Tribunal (Special Educational Needs and Disability) about Sections B, F and I "
                "of the plan. Before you can register an appeal you must contact the mediation "
                "adviser, Global Mediation, within two months of the date of this letter. The "
                "mediation adviser will give you information about mediation and issue a "
                "certificate.\n\nYou can get free advice from Eastbury SENDIASS.\n\nYours "
                "faithfully\nSEND Casework Team"
            ),
        ),
        id="final_plan-3",
    ),
    pytest.param(
        "refusal_to_assess",
        dict(
            kind="la",
            subject="Leo Okafor - EHC needs assessment request outcome",
            text=(
                "Dear Ms Okafor,\n\nI am writing to inform you that the SEND panel considered "
                "the request for an EHC needs assessment for Leo on 3 June. The panel decided "
                "not to proceed with an assessment at this time because the evidence shows Leo "
                "is making progress with the support in place at school.\n\nThe panel "
                "recommended that the school continue with the graduated approach and seek "
                "advice from the Specialist Teaching Service.\n\nMediation and appeals\nYou have "
                "the right to appeal to the SEND Tribunal. Before registering an appeal you must "
                "contact the mediation adviser. You can also contact SENDIASS for "
                "advice.\n\nYours sincerely"
            ),
        ),
        id="refusal_to_assess-2",
    ),
    pytest.param(
        "decision_to_assess",
        dict(
            kind="la",
            subject="EHC needs assessment - Leo Okafor",
            text=(
                "Dear Ms Okafor,\n\nI am pleased to confirm that the local authority has agreed "
                "to undertake an EHC needs assessment for Leo. Your named EHC coordinator is "
                "Priya Das.\n\nWe will now gather advice from school, health, social care and an "
                "educational psychologist. We would also like your views: please complete the "
                "enclosed parent views form and return it within 2 weeks.\n\nIf you disagree "
                "with any decision we make during the assessment, you can contact SENDIASS or "
                "the mediation service.\n\nKind regards"
            ),
        ),
        id="decision_to_assess-2",
    ),
    pytest.param(
        "delay_notice",
        dict(
            kind="la",
            subject="RE: Leo Okafor draft plan",
            text=(
                "Dear Ms Okafor,\n\nThank you for your email. I am sorry that you have not yet "
                "received Leo's draft plan. Unfortunately we are still waiting for the health "
                "advice, which is overdue, and I am chasing this. I will send the draft as soon "
                "as it arrives.\n\nKind regards"
            ),
        ),
        id="delay_notice-4",
    ),
    pytest.param(
        "chaser",
        dict(
            kind="owner",
            to=("la",),
            subject="Leo Okafor - still no draft plan",
            text=(
                "Dear SEND team,\n\nIt is now 22 weeks since I requested an EHC needs assessment "
                "for Leo and I have heard nothing since the EP visit. Please can someone tell me "
                "when the draft plan will be sent?\n\nThank you"
            ),
        ),
        id="chaser-4",
    ),
    pytest.param(
        "information_request",
        dict(
            kind="school",
            subject="Leo - private therapy reports",
            text=(
                "Hi Ms Okafor,\n\nCould you send me any recent reports from Leo's private "
                "therapist before Friday? I'd like to include them in the paperwork.\n\nThanks"
            ),
        ),
        id="information_request-5",
    ),
    pytest.param(
        "appointment",
        dict(
            kind="school",
            subject="Meeting about Leo",
            text=(
                "Hi Ms Okafor,\n\nCould you come in for a quick meeting with me and Leo's class "
                "teacher next week? Tuesday or Wednesday after school would work for "
                "us.\n\nThanks, Mrs Grant"
            ),
        ),
        id="appointment-6",
    ),
    pytest.param(
        "general",
        dict(
            kind="owner",
            to=("school",),
            subject="Re: Meeting about Leo",
            text=(
                "Hi Mrs Grant,\n\nThanks for today. As we discussed, I'll keep the home-school "
                "book going and you'll let me know how the new visual timetable works.\n\nBest "
                "wishes"
            ),
        ),
        id="general-15",
    ),
    pytest.param(
        "complaint",
        dict(
            kind="owner",
            to=("la",),
            subject="Stage 2 complaint - Leo Okafor",
            text=(
                "Dear Complaints Team,\n\nI am not satisfied with the stage 1 response and would "
                "like my complaint to be escalated to stage 2.\n\nYours faithfully"
            ),
        ),
        id="complaint-5",
    ),
    pytest.param(
        "acknowledgement",
        dict(
            kind="la",
            subject="RE: Leo Okafor - parental views",
            text=(
                "Dear Ms Okafor,\n\nThank you for returning the parental views form. I have "
                "passed it to the EHC coordinator, who will include it in Leo's "
                "assessment.\n\nKind regards"
            ),
        ),
        id="acknowledgement-5",
    ),
    pytest.param(
        "general",
        dict(
            kind="la",
            auto=True,
            subject="Document available: Final EHC Plan",
            text=(
                "A new document (Final EHC Plan) has been added to your EHC Hub account. Log in "
                "to view it. This mailbox is not monitored."
            ),
        ),
        id="general-16",
    ),
    pytest.param(
        "general",
        dict(
            kind="school",
            auto=True,
            subject="Automatic reply: Leo",
            text=(
                "Thank you for your email. The school office is closed for the summer holidays "
                "and will reopen on 2 September."
            ),
        ),
        id="general-17",
    ),
    pytest.param(
        "mediation_tribunal",
        dict(
            kind="la",
            subject="Appeal EH881/25/01234 - LA response",
            text=(
                "Dear Ms Okafor,\n\nPlease find attached the local authority's response to the "
                "appeal, which has been filed with the Tribunal today, together with the "
                "evidence bundle.\n\nSEND Legal Team"
            ),
        ),
        id="mediation_tribunal-7",
    ),
    pytest.param(
        "general",
        dict(
            kind="owner",
            to=("la",),
            subject="FW: Leo's school report",
            text="Hi Sam, forwarding Leo's report from school for his file. Thanks",
        ),
        id="general-18",
    ),
    pytest.param(
        "general",
        dict(
            kind="la",
            subject="Leo - short breaks",
            text=(
                "Dear Ms Okafor,\n\nI am Leo's social worker from the Disabled Children's Team. "
                "I will visit you at home to complete a short breaks assessment.\n\nKind regards"
            ),
        ),
        id="general-19",
    ),
    pytest.param(
        "annual_review",
        dict(
            kind="school",
            subject="Annual Review - Leo Okafor",
            text=(
                "Dear Ms Okafor,\n\nLeo's annual review has been arranged for Monday 6 October "
                "at 3.30pm in the school library. Reports will be circulated two weeks before "
                "the meeting. Please complete the attached parent views form.\n\nMrs Grant"
            ),
        ),
        id="annual_review-5",
    ),
    pytest.param(
        "not_send",
        dict(
            kind="la",
            subject="Have your say on our new SEND strategy",
            text=(
                "Dear resident,\n\nWe are consulting on our SEND strategy for 2026 to 2030. Have "
                "your say by completing our online survey before 30 November. Thank you for "
                "helping us shape local services."
            ),
        ),
        id="not_send-14",
    ),
    pytest.param(
        "not_send",
        dict(
            kind=None,
            subject="Your appointment is confirmed",
            text=(
                "Hi, your haircut appointment at Snips is confirmed for Saturday at 10am. Reply "
                "C to cancel."
            ),
        ),
        id="not_send-15",
    ),
    pytest.param(
        "acknowledgement",
        dict(
            kind="la",
            subject="RE: Complaint",
            text=(
                "Thank you for your email, which has been received and logged. A member of the "
                "team will be in touch."
            ),
        ),
        id="acknowledgement-6",
    ),
    pytest.param(
        "information_request",
        dict(
            kind="la",
            subject="Leo - preferred school",
            text=(
                "Dear Ms Okafor,\n\nCould you let us know which secondary school you would like "
                "us to consult for Leo by 15 November?\n\nKind regards"
            ),
        ),
        id="information_request-6",
    ),
    pytest.param(
        "decision_not_to_issue",
        dict(
            kind="la",
            subject="Outcome of assessment",
            text=(
                "Dear Ms Okafor,\n\nThe panel reviewed all the advice gathered during Leo's "
                "assessment and concluded that an EHC plan is not necessary. School will "
                "continue to support Leo through SEN support. You have the right to "
                "appeal.\n\nRegards"
            ),
        ),
        id="decision_not_to_issue-2",
    ),
    pytest.param(
        "refusal_to_assess",
        dict(
            kind="la",
            subject="Request for assessment",
            text=(
                "Dear Ms Okafor,\n\nThe panel did not agree to an EHC needs assessment for Leo "
                "at this stage. Please see the attached letter for the reasons and your appeal "
                "rights.\n\nRegards"
            ),
        ),
        id="refusal_to_assess-3",
    ),
    pytest.param(
        "refusal_to_assess",
        dict(
            kind="la",
            subject="Leo Okafor",
            text=(
                "Dear Ms Okafor,\n\nWe will not be proceeding with a statutory assessment for "
                "Leo. The evidence suggests his needs can be met within the school's notional "
                "SEN budget.\n\nRegards"
            ),
        ),
        id="refusal_to_assess-4",
    ),
    pytest.param(
        "decision_to_assess",
        dict(
            kind="la",
            subject="Week 6 decision - Leo Okafor",
            text=(
                "Dear Ms Okafor,\n\nGood news: the panel agreed to an EHC needs assessment for "
                "Leo. Your coordinator will be in touch shortly about the next steps.\n\nRegards"
            ),
        ),
        id="decision_to_assess-3",
    ),
    pytest.param(
        "decision_to_assess",
        dict(
            kind="la",
            subject="Leo Okafor",
            text=(
                "Dear Ms Okafor,\n\nThe local authority will be undertaking an EHC needs "
                "assessment for Leo. We will request advice from the professionals "
                "involved.\n\nRegards"
            ),
        ),
        id="decision_to_assess-4",
    ),
    pytest.param(
        "annual_review",
        dict(
            kind="la",
            subject="Leo Okafor - review outcome",
            text=(
                "Dear Ms Okafor,\n\nHaving considered the annual review report, the local "
                "authority has decided to cease to maintain Leo's EHC plan because he no longer "
                "requires special educational provision. You can appeal this decision.\n\nRegards"
            ),
        ),
        id="annual_review-6",
    ),
    pytest.param(
        "annual_review",
        dict(
            kind="la",
            subject="Decision - your EHC plan will be maintained",
            text=(
                "Dear Leo,\n\nThe panel met on 24 June and decided that the council will "
                "continue to maintain your plan. I will contact you in September to agree a "
                "date.\n\nYours sincerely"
            ),
        ),
        id="annual_review-7",
    ),
]


@pytest.mark.parametrize(("expected", "message"), MESSAGES)
def test_category(nlp, expected: str, message: dict[str, Any]):
    assert run(nlp, **message)._.category == expected


def test_not_send_clears_what_the_other_components_found(nlp):
    doc = nlp.make_doc("Your order BB-2025-0001 is on its way. Our ref: 5512034. Unsubscribe.")
    doc._.context = MessageContext(sent_at=SENT_AT, subject="Your order", children=CHILDREN)
    doc._.dates = [FoundDate("tomorrow", dt.date(2025, 6, 3), "other")]
    doc._.commitments = [FoundCommitment("other", "deliver", None, "We will deliver it.")]
    for _, component in nlp.pipeline[:-1]:
        doc = component(doc)
    assert doc._.references == ["5512034"]
    doc = nlp.get_pipe("assistant_category")(doc)
    assert doc._.category == "not_send"
    assert (doc._.references, doc._.dates, doc._.commitments) == ([], [], [])


def test_sen_message_keeps_its_references(nlp):
    doc = run(
        nlp, "Please find attached the final EHC plan for Leo.", subject="SEN-50112 final plan"
    )
    assert doc._.category == "final_plan"
    assert doc._.references == ["SEN-50112"]


def test_decision_wording_in_a_conditional_sentence_counts_less(nlp):
    threat = "If the draft plan is not issued by Friday, I will make a formal complaint."
    chase = "I have still not received Leo's draft plan, which was due last month. " + threat
    assert run(nlp, chase, kind="owner", to=("la",))._.category == "chaser"


def test_an_unknown_sender_writing_about_the_plan_is_not_noise(nlp):
    text = "How did Leo's EHCP meeting go? Did the council agree to more speech therapy?"
    assert run(nlp, text, kind=None)._.category != "not_send"


def test_arranging_mediation_is_mediation_tribunal(nlp):
    text = "Thursday 10am suits me for the mediation meeting, and I will attend in person."
    assert run(nlp, text, kind="owner", to=("other",))._.category == "mediation_tribunal"


def test_parent_to_sendiass_about_an_appeal_is_general(nlp):
    text = "Could you help me decide whether to go to mediation or appeal to the tribunal?"
    assert run(nlp, text, kind="owner", to=("advice",))._.category == "general"


AUTOMATIC_ACKNOWLEDGEMENTS = [
    "Thank you for your message to the SEN Team. This is an automated acknowledgement to let "
    "you know it has reached us. It will be allocated to a caseworker, who will be in touch.",
    "Your enquiry has been received by Oakshire Council's Inclusion Service and will be "
    "allocated to an officer shortly. Please do not reply to this automatic response.",
    "We have received your email. A member of our team will respond within ten working days, "
    "although this may take longer at busy times.",
]


@pytest.mark.parametrize("text", AUTOMATIC_ACKNOWLEDGEMENTS)
def test_an_automatic_acknowledgement_is_an_acknowledgement(nlp, text: str):
    doc = run(nlp, text, kind="la", subject="Automatic reply: Leo Okafor - EHCP", auto=True)
    assert doc._.category == "acknowledgement"


HOLDING_REPLIES = [
    "Thank you for your email. This is to confirm we have received it and a caseworker will "
    "respond within 10 working days.",
    "Hi Ms Okafor, thanks - noted. I'll speak to the team and come back to you by Friday.",
    "Ms Okafor\n\nNoted. I have emailed the therapy lead and I'll update you by Friday.\n\nJo",
    "Thanks, noted. I've contacted the school and will come back to you next week.",
    "Duly noted - I will look into this and update you once I hear from the EP.",
]


@pytest.mark.parametrize("text", HOLDING_REPLIES)
def test_a_short_holding_reply_is_an_acknowledgement(nlp, text: str):
    assert run(nlp, text, kind="la", subject="RE: Leo Okafor")._.category == "acknowledgement"


CHASERS_WITH_QUESTIONS = [
    "Dear Mr Cole, I emailed on 3 March asking for the panel notes and have had no reply. "
    "Please can you send them?",
    "Hello, I am still waiting for Leo's draft plan. It was due on 1 May. When will I get it?",
    "Dear Mr Banks,\n\nI am writing again about Leo's speech therapy. He has not had a session "
    "since March. Could you tell me when it will restart?",
    "Hello,\n\nIt is now seven weeks since the council said the report would be sent to me. I "
    "have yet to receive it. Can you confirm when it will arrive?",
    "Hi Sam,\n\nFollowing up on my email of 3 May: the transport form was supposed to be "
    "processed by half term and I still haven't had a reply. Who should I speak to?",
]


@pytest.mark.parametrize("text", CHASERS_WITH_QUESTIONS)
def test_chasing_something_overdue_is_a_chaser_even_with_a_question(nlp, text: str):
    assert run(nlp, text, kind="owner", to=("la",))._.category == "chaser"


REQUESTS_IN_GENERAL_MAIL = [
    "Dear Ms Hale,\n\nThank you for the update on Leo's placement. We were pleased to hear it "
    "went well.\n\nPlease could you send us a copy of the notes from the meeting, and the "
    "name of the teacher who will be his key worker?",
    "Hi Jo,\n\nThanks for your time on the phone earlier. It was really helpful.\n\nWould you "
    "be able to confirm which dates the EP has available? I would be grateful to have them "
    "by the end of the week.",
    "Dear Mr Banks,\n\nLeo has settled back in after the holidays. I would like to know who "
    "will be chairing his review, and could you please confirm the room?",
]


@pytest.mark.parametrize("text", REQUESTS_IN_GENERAL_MAIL)
def test_a_request_in_an_otherwise_general_message_is_an_information_request(nlp, text: str):
    assert run(nlp, text, kind="owner", to=("la",))._.category == "information_request"


FAMILY_MAIL = [
    ("Hi love, Leo's party is at the bowling alley on Saturday. I'll bring the cake.", "Sat"),
    ("Can you pick Leo up from Gran's at 5? I'm stuck at work. Love you x", "pick up"),
    ("Leo loved the zoo! Sending you the photos of him with the penguins.", "Zoo pics"),
]


@pytest.mark.parametrize(("text", "subject"), FAMILY_MAIL)
def test_family_mail_naming_the_child_is_not_about_sen(nlp, text: str, subject: str):
    assert run(nlp, text, kind="other", to=("owner",), subject=subject)._.category == "not_send"
    assert run(nlp, text, kind="owner", to=("other",), subject=subject)._.category == "not_send"


def test_the_childs_full_name_in_lower_case_names_the_child(nlp):
    text = "Your message\n\n  Subject: notes from the meeting - leo okafor\n\nwas read."
    subject = "Read: notes from the meeting - leo okafor"
    assert run(nlp, text, subject=subject)._.category != "not_send"


def test_a_schools_letter_naming_the_child_by_the_name_in_brackets_is_about_the_child(nlp):
    children = (ChildInfo("Edward (Teddy) Holloway-Reyes"),)
    text = (
        "Dear Catrin and Immy,\n\nPlease come to the main reception on Tuesday at 9.15am. "
        "Bring Teddy if you would like to - many families do.\n\nWarm regards"
    )
    doc = nlp.make_doc(text)
    doc._.context = MessageContext(
        sent_at=SENT_AT, subject="Your visit", sender_kind="school", children=children
    )
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert doc._.category != "not_send"


def test_the_verb_send_is_not_the_acronym_send(nlp):
    text = "Leo's swimming kit: please send it back on Monday, I'll send the fee later."
    assert run(nlp, text, kind="other", subject="kit")._.category == "not_send"


@pytest.mark.parametrize(
    "text",
    [
        "Hi love, I'll take Leo to the park on Saturday and we will get chips after.",
        "Leo left his coat here. I will drop it round tomorrow morning.",
        "Gran says she will pick Leo up from football at 5 on Thursday.",
    ],
)
def test_family_mail_keeps_no_commitments_end_to_end(text: str):
    from assistant.understand.pipeline import understand

    context = MessageContext(
        sent_at=SENT_AT, subject="weekend", sender_kind="other", children=CHILDREN
    )
    [result] = understand([(text, context)])
    assert (result.category, result.commitments, result.dates) == ("not_send", (), ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dear Sir,\n\nI am writing about my son Leo, and I wish to make a formal\n"
            "complaint about how his EHC needs assessment was handled this year.",
            "complaint",
        ),
        (
            "Hello,\n\nIt is six weeks since the panel and I am still\nwaiting for the draft "
            "plan, which is now\noverdue.",
            "chaser",
        ),
        (
            "Dear Ms Okafor,\n\nFollowing the consultation with the school, please find the final"
            "\nEHC plan for Leo attached.",
            "final_plan",
        ),
    ],
)
def test_cues_are_found_across_line_wraps(nlp, text: str, expected: str):
    kind = "la" if expected == "final_plan" else "owner"
    to = ("owner",) if kind == "la" else ("la",)
    assert run(nlp, text, kind=kind, to=to)._.category == expected


@pytest.mark.parametrize(
    "text",
    [
        "Leo has had a good week. I would like to meet you on Thursday after school to talk "
        "about his targets.",
        "Quick update: Leo's new timetable is working. Could we meet next week to review it?",
        "Thanks for the forms. I'd like to arrange a meeting with you and the SENCo in June.",
    ],
)
def test_an_update_proposing_a_meeting_is_an_appointment(nlp, text: str):
    assert run(nlp, text, kind="school")._.category == "appointment"


@pytest.mark.parametrize(
    "text",
    [
        "I was given your details by the school. The council has sent Leo's draft plan and I "
        "would be grateful for help with my comments on Section F.",
        "Could I have some advice about my son's draft EHC plan? The provision is vague.",
        "I'd be grateful for your help with the draft plan: I don't know what to ask for.",
    ],
)
def test_asking_an_adviser_for_help_with_a_draft_is_general(nlp, text: str):
    doc = run(nlp, text, kind="owner", to=("advice",), subject="Fwd: Draft EHC plan")
    assert doc._.category == "general"


def test_the_items_of_a_list_the_parent_sends_are_not_requests(nlp):
    items = (
        "\n- the consent form, signed\n- Ruby's parental views\n- the letter from her GP\n\nLeanne"
    )
    subject = "Re: Consent form and parental views"
    sent = run(nlp, "Dear Mr Mahmood,\n\nI attach:" + items, "owner", ("la",), subject)
    assert sent._.category == "general"
    asked = run(
        nlp, "Dear Mr Mahmood,\n\nCould you send me copies of:" + items, "owner", ("la",), subject
    )
    assert asked._.category == "information_request"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "AB-27-0318 Leo Okafor - decision to carry out EHC needs assessment.pdf",
            "decision_to_assess",
        ),
        (
            "AB-27-0318 Leo Okafor - decision not to carry out an assessment.pdf",
            "refusal_to_assess",
        ),
        ("Leo Okafor - decision not to issue an EHC plan.pdf", "decision_not_to_issue"),
        ("AB-EHC-1902614 Notice of decision to cease - L Okafor.pdf", "annual_review"),
    ],
)
def test_a_decision_letter_sent_with_a_one_line_body_is_read_from_its_name(nlp, name, expected):
    text = "Dear Ms Okafor\n\nPlease find attached a letter regarding Leo.\n\nKind regards"
    assert run(nlp, text, "la", subject="Leo Okafor - outcome", att=(name,))._.category == expected


def test_a_confident_model_outweighs_cues_that_disagree(nlp):
    classifier = nlp.get_pipe("assistant_category")
    cues = {"final_plan": 6.3, "delay_notice": 3.0}
    assert classifier._choose(dict(cues), {"delay_notice": 0.96, "final_plan": 0.01}) == (
        "delay_notice"
    )
    assert classifier._choose(dict(cues), {"delay_notice": 0.45, "final_plan": 0.2}) == (
        "final_plan"
    )


def test_an_automatic_reply_is_not_read_by_the_subject_it_answers(nlp):
    text = (
        "Thank you for your email. I am away from the office and will return on Monday 26 "
        "October. If your query is urgent, please contact the duty line."
    )
    subject = "Automatic reply: Leo Okafor - outcome of the annual review - decision to amend"
    assert run(nlp, text, "la", subject=subject, auto=True)._.category == "general"


def test_a_confident_model_keeps_its_choice_from_being_absorbed(nlp):
    classifier = nlp.get_pipe("assistant_category")
    cues = {"mediation_tribunal": 6.1, "refusal_to_assess": 5.0}
    sure = {"mediation_tribunal": 0.7, "refusal_to_assess": 0.15}
    assert classifier._choose(dict(cues), sure) == "mediation_tribunal"  # the concession
    unsure = {"mediation_tribunal": 0.3, "refusal_to_assess": 0.3}
    assert classifier._choose(dict(cues), unsure) == "refusal_to_assess"  # the decision letter
