"""Find English words in the back office's own words (issue 15): titles, headings,
labels, column headers, buttons, filter headings and action names. Data values (a
login ID in a cell, an e-mail) are not labels and are not read.

``ALLOWED`` is the short list of terms Korean staff use as they are: identifiers of
the identity check (CI, DI), abbreviations Korean screens write in Latin letters, the
brand and the gateway's name."""

from __future__ import annotations

import re
from html.parser import HTMLParser

ALLOWED = {
    "CI", "DI", "ID", "SMS", "TOTP", "OTP", "PG", "QR", "IP", "URL", "CPO", "JSON", "CSV",
    "KST", "UTC", "API", "PIN", "Marquee", "PortOne", "SCREEN", "PIPC", "ISMS", "OS", "CS",
}
WORD = re.compile(r"[A-Za-z][A-Za-z_.]*[A-Za-z]|[A-Za-z]")

# Elements whose text is a label of the admin, not data.
LABEL_TAGS = {"title", "h1", "h2", "h3", "label", "button", "legend", "caption", "summary"}


class _Labels(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.texts: list[str] = []
        self.in_thead = 0
        self.in_action = 0
        self.in_script = 0
        self.in_filter = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in {"script", "style"}:
            self.in_script += 1
        if tag == "thead":
            self.in_thead += 1
        if tag in {"nav", "div"} and attrs.get("id") == "changelist-filter":
            self.in_filter = len(self.stack) + 1
        if tag == "select" and attrs.get("name") == "action":
            self.in_action += 1
        if tag == "input" and attrs.get("type") in {"submit", "button"} and attrs.get("value"):
            self.texts.append(attrs["value"])
        if tag in {"input", "textarea"} and attrs.get("placeholder"):
            self.texts.append(attrs["placeholder"])
        if tag in {"br", "img", "input", "meta", "link", "hr", "col"}:
            return
        reading = (tag in LABEL_TAGS or (tag == "th" and self.in_thead)
                   or (tag == "option" and self.in_action) or (tag == "a" and self.in_filter))
        self.stack.append((tag, reading))

    def handle_endtag(self, tag):
        if tag in {"script", "style"}:
            self.in_script -= 1
        if tag == "thead":
            self.in_thead -= 1
        if tag == "select" and self.in_action:
            self.in_action -= 1
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if self.in_filter and len(self.stack) < self.in_filter:
            self.in_filter = 0

    def handle_data(self, data):
        if not self.in_script and any(reading for _, reading in self.stack) and data.strip():
            self.texts.append(data.strip())


def label_texts(html: str) -> list[str]:
    parser = _Labels()
    parser.feed(html)
    return parser.texts


def english_words(html: str, data=()) -> set[str]:
    """The English words in the page's labels, other than the allowed terms. ``data``:
    strings that are the records' own names (a booking number, a staff login ID), which
    a title or heading may quote; they are taken out first."""
    words = set()
    for text in label_texts(html):
        for value in data:
            text = text.replace(value, " ")
        words |= {word for word in WORD.findall(text) if word not in ALLOWED}
    return words
