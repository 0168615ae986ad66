"""Plain text written with line breaks, as HTML a screen reader can follow (issue 19).

Django's ``linebreaks`` turns every line into a ``<br>``: the policy-change notice's
"변경되는 내용:" followed by lines starting with "- " became one paragraph of
``<br>``-separated lines, a list only to the eye. ``{{ text|text_blocks }}`` gives a
``<p>`` per block (blocks are separated by a blank line) and a real ``<ul>`` for each
run of lines that start with a list mark ("- ", "· ", "• "); other lines inside a block
keep their line break. Registered as a template builtin in settings; it imports no app,
so every layer may use it.
"""

from __future__ import annotations

import re

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

ITEM = re.compile(r"^\s*(?:-|·|•)\s+(.*)$")


def _block(lines: list[str]) -> list[str]:
    """One block's HTML: its list-mark runs as lists, its other lines as a paragraph."""
    html, prose, items = [], [], []

    def flush_prose():
        if prose:
            html.append("<p>" + "<br>".join(escape(line) for line in prose) + "</p>")
            prose.clear()

    def flush_items():
        if items:
            html.append("<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>")
            items.clear()

    for line in lines:
        item = ITEM.match(line)
        if item:
            flush_prose()
            items.append(item.group(1))
        else:
            flush_items()
            prose.append(line.strip())
    flush_prose()
    flush_items()
    return html


@register.filter(name="text_blocks", is_safe=True)
def text_blocks(text) -> SafeString:
    blocks = re.split(r"\n\s*\n", str(text or "").replace("\r\n", "\n").strip())
    html = []
    for block in blocks:
        lines = [line for line in block.split("\n") if line.strip()]
        html += _block(lines)
    return mark_safe("\n".join(html))  # noqa: S308 - every piece of text is escaped above
