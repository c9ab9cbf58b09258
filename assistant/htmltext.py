"""Readable plain text from HTML mail, with quoted blocks marked by '>'.

inscriptis renders the layout; before that, each top-level quote container
(<blockquote>, Gmail's and Outlook's reply wrappers) is rendered on its own
and prefixed with '> ', so the splitter can tell quoted history from new text
just as it does for plain-text mail.
"""

from __future__ import annotations

import lxml.html
from inscriptis import get_text
from lxml import etree

_QUOTE_XPATH = (
    "//blockquote[not(ancestor::blockquote)]"
    " | //div[contains(concat(' ', normalize-space(@class), ' '), ' gmail_quote ')"
    " and not(ancestor::blockquote)]"
)


def html_to_text(html: str) -> str:
    if not html.strip():
        return ""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return get_text(html)
    for element in root.xpath(_QUOTE_XPATH):
        if element.getparent() is None or _inside_replaced(element):
            continue
        quoted = get_text(lxml.html.tostring(element, encoding="unicode"))
        marked = "\n".join("> " + line if line.strip() else ">" for line in quoted.splitlines())
        replacement = etree.Element("pre")
        replacement.text = marked
        replacement.tail = element.tail
        element.getparent().replace(element, replacement)
    text = get_text(lxml.html.tostring(root, encoding="unicode"))
    return "\n".join(line.rstrip() for line in text.splitlines()).strip("\n")


def _inside_replaced(element) -> bool:
    return any(parent.tag == "pre" for parent in element.iterancestors())
