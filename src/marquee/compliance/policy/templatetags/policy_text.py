"""``site_links``: the site's own pages named in the policy's text become links.

The policy is rendered from declarations as plain text (the published snapshot keeps
text only). A path such as ``/support/`` in a sentence, a list item or a table cell is
turned into a link when it resolves to one of the site's pages; anything else (dates
like 10/18, external addresses) stays text. The names of the cookies the site declares
(``sessionid``, ``csrftoken``, …) are identifiers, not words: they are set as code
(issue 15: the page checks read no English words in the policy). The text is escaped
first."""

from __future__ import annotations

import re

from django import template
from django.urls import Resolver404, resolve
from django.utils.html import conditional_escape, escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()

SITE_PATH = re.compile(r"(?<![\w./:])(/[a-z][a-z0-9_-]*/(?:[a-z0-9_-]+/)*)")


def _cookie_names() -> re.Pattern | None:
    from marquee.privacy.api import inventory, resolve

    raw = {str(resolve(c.name)) for c in inventory.cookies.values()}
    # As they stand in the escaped text too (``mq_pass_&lt;대기열&gt;``).
    names = sorted(raw | {escape(n) for n in raw}, key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def _link(match: re.Match) -> str:
    path = match.group(1)
    try:
        resolve(path)
    except Resolver404:
        return path
    return format_html('<a href="{}">{}</a>', path, path)


@register.filter(needs_autoescape=True)
def site_links(text, autoescape=True):
    escaped = SITE_PATH.sub(_link, str(conditional_escape(text) if autoescape else text))
    cookies = _cookie_names()
    if cookies is not None:
        escaped = cookies.sub(r"<code>\1</code>", escaped)
    return mark_safe(escaped)  # noqa: S308 - escaped above
