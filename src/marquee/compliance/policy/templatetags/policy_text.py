"""``site_links``: the site's own pages named in the policy's text become links.

The policy is rendered from declarations as plain text (the published snapshot keeps
text only). A path such as ``/support/`` in a sentence, a list item or a table cell is
turned into a link when it resolves to one of the site's pages; anything else (dates
like 10/18, external addresses) stays text. The text is escaped first."""

from __future__ import annotations

import re

from django import template
from django.urls import Resolver404, resolve
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()

SITE_PATH = re.compile(r"(?<![\w./:])(/[a-z][a-z0-9_-]*/(?:[a-z0-9_-]+/)*)")


def _link(match: re.Match) -> str:
    path = match.group(1)
    try:
        resolve(path)
    except Resolver404:
        return path
    return format_html('<a href="{}">{}</a>', path, path)


@register.filter(needs_autoescape=True)
def site_links(text, autoescape=True):
    escaped = str(conditional_escape(text) if autoescape else text)
    return mark_safe(SITE_PATH.sub(_link, escaped))  # noqa: S308 - escaped above
