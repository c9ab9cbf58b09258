"""The case chronology: a whole case from mail to numbered lines, and its three formats."""

from __future__ import annotations

import csv
import datetime as dt
import io
import stat

import jinja2
import pytest

from assistant import chronology
from assistant.case_events import case_deadlines
from assistant.chronology import build_chronology, first_sentence, render

D = dt.date
AS_OF = D(2026, 7, 31)


def test_the_whole_case_gives_the_expected_deadlines(imported_case):
    config, db = imported_case
    found = {d.rule: d for d in case_deadlines(db, config, AS_OF, "Toby Okafor")}
    expected = {
        "ASMT-DECIDE": ("2026-02-09", D(2026, 3, 23), "met", None),
        "ASMT-DRAFT": ("2026-02-09", D(2026, 6, 1), "met", 4),
        "ASMT-COMMENT": ("2026-06-05", D(2026, 6, 19), "met", None),
        "ASMT-FINAL": ("2026-02-09", D(2026, 6, 29), "met", 11),  # final plan late
        "MED-CONTACT": ("2026-07-10", D(2026, 9, 10), "upcoming", None),
        "TRIB-APPEAL-DECISION": ("2026-07-10", D(2026, 9, 10), "upcoming", None),
        "REV-ANNUAL": ("2026-07-10", D(2027, 7, 9), "upcoming", None),
    }
    for rule, (trigger, due, status, late) in expected.items():
        got = found[rule]
        assert (str(got.trigger_date), got.due, got.status, got.days_overdue) == (
            trigger,
            due,
            status,
            late,
        ), rule
    assert "ASMT-NOPLAN" not in found  # excluded once the draft plan was issued
    assert found["ASMT-FINAL"].met_by.message_id == "6"


def test_the_whole_case_as_a_chronology(imported_case):
    config, db = imported_case
    rows = build_chronology(db, config, AS_OF, "toby").rows()
    assert [r["no"] for r in rows] == list(range(1, len(rows) + 1))
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    expected = [  # (date, kind, start of the text, source message)
        ("2026-02-06", "message", "Request for an EHC needs assessment - Toby", 1),
        ("2026-02-09", "event", "Assessment requested: emailed Fri 6 Feb 2026 at 18:30", 1),
        ("2026-02-10", "message", "RE: Request for an EHC needs assessment", 2),
        ("2026-02-10", "commitment", "Commitment made (la): “We will write to you", 2),
        ("2026-03-20", "message", "Decision to carry out an EHC needs assessment", 3),
        ("2026-03-20", "event", "Assessment decision notified (assess)", 3),
        ("2026-03-20", "commitment", "Commitment made (la): “I am pleased", 3),
        ("2026-03-20", "commitment", "Commitment made (la): “We will now request", 3),
        ("2026-03-20", "deadline", "Deadline met: Decision whether to carry out", 3),
        ("2026-06-05", "message", "Draft EHC plan - Toby Okafor - SEN-55012 [draft plan]", 4),
        ("2026-06-05", "event", "Draft plan issued", 4),
        ("2026-06-05", "commitment", "Commitment made (la): “I will send you the final", 4),
        ("2026-06-15", "message", "RE: Draft EHC plan", 5),
        ("2026-06-16", "event", "Representations made: emailed Mon 15 Jun 2026 at 20:05", 5),
        ("2026-06-16", "deadline", "Deadline met: Parent's period to comment", 5),
        ("2026-07-10", "message", "Final EHC plan - Toby Okafor - SEN-55012 [final plan]", 6),
        ("2026-07-10", "event", "Final plan issued", 6),
        ("2026-07-10", "deadline", "Deadline met late by 11 day(s): Final EHC plan issued", 6),
    ]
    assert len(rows) == len(expected)
    for row, (day, kind, text, message) in zip(rows, expected, strict=True):
        assert (str(row["date"]), row["kind"]) == (day, kind), row
        assert row["text"].startswith(text), row
        assert row["source"].startswith(f"Message #{message}, "), row
    texts = [r["text"] for r in rows]
    assert texts[0].endswith(
        "[assessment request]: I am writing to request an Education, Health and Care needs "
        "assessment for my son, Toby Okafor (date of birth 12/03/2018), under section 36 of the "
        "Children and Families Act 2014."
    )
    assert "— done (assessment decision notified on 20 Mar 2026)" in texts[3]
    assert "(ASMT-FINAL, R 13(2), 13(3); CoP 9.40); due 29 Jun 2026" in texts[17]
    assert rows[0]["source"] == "Message #1, 6 Feb 2026, from Grace Okafor"
    assert (
        rows[2]["source"] == "Message #2, 10 Feb 2026, from Daniel Price (Eastmere Borough Council)"
    )


def test_missed_deadlines_and_broken_promises(imported_case, case_config, cli):
    config, db = imported_case
    cli("event", "delete", "5", config=case_config)  # as if the final plan never came
    rows = build_chronology(db, config, AS_OF, "Toby Okafor").rows()
    missed = [r for r in rows if r["text"].startswith("Deadline missed")]
    assert [(str(r["date"]), r["text"][:50]) for r in missed] == [
        ("2026-06-29", "Deadline missed: Final EHC plan issued (ASMT-FINAL")
    ]
    assert "started by assessment requested on 9 Feb 2026; 32 day(s) overdue" in missed[0]["text"]
    assert missed[0]["source"].startswith("Message #1, 6 Feb 2026, from Grace Okafor")
    cli("event", "delete", "2", config=case_config)  # nor the decision promised by 23 March
    rows = build_chronology(db, config, AS_OF, "Toby Okafor").rows()
    broken = [r for r in rows if r["text"].startswith("Commitment broken")]
    assert [(str(r["date"]), r["text"], r["source"][:30]) for r in broken] == [
        (
            "2026-03-23",
            "Commitment broken (la): “write to you with the panel's decision” not done by "
            "23 Mar 2026",
            "Message #2, 10 Feb 2026, from ",
        )
    ]
    decide = next(r for r in rows if "(ASMT-DECIDE" in r["text"])
    assert decide["text"].startswith("Deadline missed") and str(decide["date"]) == "2026-03-23"


def test_another_child_sees_only_their_case(imported_case, case_config, cli):
    config, db = imported_case
    cli(
        "event", "add", "--child", "lily", "--type", "sar_submitted", "--date", "2026-05-01",
        config=case_config,
    )  # fmt: skip
    rows = build_chronology(db, config, AS_OF, "Lily Okafor").rows()
    assert [(r["kind"], r["text"], r["source"]) for r in rows] == [
        ("event", "SAR submitted", "Parent's record"),
        (
            "deadline",
            "Deadline missed: Subject access request response (SAR, UK GDPR Art 12(3), 15; "
            "Art 12A (Data (Use and Access) Act 2025); ICO guidance); due 1 Jun 2026, started "
            "by SAR submitted on 1 May 2026; 60 day(s) overdue on 31 Jul 2026",
            "Parent's record",
        ),
    ]


def test_first_sentence_skips_greetings_and_letter_headings():
    text = "Dear Mrs Okafor,\n\nOur ref: SEN-1\nChild: Toby\n\nThank you for your email.\n\n"
    text += "The panel met today. It agreed to assess."
    assert first_sentence(text) == "The panel met today."
    assert first_sentence("Hi,\n\nThanks!") == ""
    assert first_sentence("x" * 300).endswith("…")


# ---------------------------------------------------------------- formats


def test_markdown_and_csv(imported_case):
    config, db = imported_case
    chron = build_chronology(db, config, AS_OF, "Toby Okafor")
    md = render(chron, config, "md")
    assert md.startswith("# Chronology: Toby Okafor\n\nDate of birth: 12 Mar 2018  \n")
    assert "LA reference: SEN-55012" in md
    assert "| No. | Date | Event | Source/Reference |" in md
    assert "| 1 | 6 Feb 2026 | Request for an EHC needs assessment" in md
    table = list(csv.reader(io.StringIO(render(chron, config, "csv"))))
    assert table[0] == ["No.", "Date", "Event", "Source/Reference"]
    assert table[1][:2] == ["1", "2026-02-06"]
    assert len(table) == len(chron.entries) + 1


def test_html_is_escaped_and_prints(imported_case):
    config, db = imported_case
    db.execute("update messages set subject = '<script>alert(1)</script> plan' where id = 1")
    html = render(build_chronology(db, config, AS_OF, "Toby Okafor"), config, "html")
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "thead { display: table-header-group; }" in html
    assert "page-break-inside: avoid" in html and "@page" in html
    assert '<td class="date">6 Feb 2026</td>' in html
    assert html.count('<tr class="') == 18


def test_template_renders_from_a_sample_context_and_fails_loudly():
    template = chronology.template_environment().get_template(chronology.TEMPLATE)
    sample = {
        "title": "Chronology: Sam",
        "details": ["LA reference: X"],
        "as_of": "1 Jan 2026",
        "prepared_by": "A parent",
        "long_date": str,
        "columns": chronology.COLUMNS,
        "rows": [{"no": 1, "date": D(2026, 1, 1), "kind": "event", "text": "A & B", "source": "s"}],
    }
    assert "A &amp; B" in template.render(sample)
    del sample["prepared_by"]
    with pytest.raises(jinja2.UndefinedError):
        template.render(sample)


def test_the_users_template_folder_comes_first(tmp_path, monkeypatch):
    (tmp_path / chronology.TEMPLATE).write_text("mine: {{ title }}", encoding="utf-8")
    monkeypatch.setattr(chronology, "user_templates_dir", lambda: tmp_path)
    template = chronology.template_environment().get_template(chronology.TEMPLATE)
    assert template.render(title="T") == "mine: T"


def test_chronology_command_writes_a_private_file(imported_case, case_config, cli, tmp_path):
    out = tmp_path / "chronology.html"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o644)
    result = cli(
        "chronology", "--child", "Toby Okafor", "--format", "html", "--output", out,
        "--as-of", "2026-07-31", config=case_config,
    )  # fmt: skip
    assert result.output == f"Chronology written to {out}.\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    shown = cli("chronology", "--format", "csv", "--as-of", "2026-07-31", config=case_config)
    assert shown.output.startswith("No.,Date,Event,Source/Reference\n1,2026-02-06,")


def test_a_chronology_of_several_children_says_whose_each_line_is(imported_case, case_config, cli):
    config, db = imported_case
    cli(
        "event", "add", "--child", "lily", "--type", "sar_submitted", "--date", "2026-05-01",
        config=case_config,
    )  # fmt: skip
    texts = [r["text"] for r in build_chronology(db, config, AS_OF).rows()]
    assert "Lily Okafor: SAR submitted" in texts
    assert "Toby Okafor: Final plan issued" in texts
    assert any(t.startswith("Final EHC plan - Toby Okafor") for t in texts)  # messages as they are
