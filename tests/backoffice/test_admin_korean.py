"""The back office in Korean (issue 15): every change list, change form, history page
and add form a staff role can open, rendered for the demo data, has no English word in
its titles, headings, labels, column headers, buttons, filters or actions (a short
list of terms such as CI, DI, ID and SMS excepted: ``korean_labels.ALLOWED``); and
every record has a Korean name of its own, not Django's "Refund object (1)"."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.db import models

from marquee.backoffice.roles import ROLES
from marquee.members.models import Member

from .conftest import create_staff, demo_members, demo_purchases, otp_session  # noqa: F401
from .korean_labels import english_words, label_texts
from .test_admin_leaks import admin_pages, full_demo  # noqa: F401

THIRD_PARTY = {"django_tasks_database"}  # its records name themselves by UUID


def record_names() -> list[str]:
    """What each registered model's records are called (quoted in titles as data)."""
    names = []
    for model in admin.site._registry:
        names += [str(obj) for obj in model._default_manager.all()[:50]]
    return sorted(set(names), key=len, reverse=True)


@pytest.mark.django_db
@pytest.mark.usefixtures("full_demo")
@pytest.mark.parametrize("role", [r.key for r in ROLES] + ["superuser"])
def test_i15_every_admin_page_is_labelled_in_korean(role, client):
    staff = create_staff() if role == "superuser" else create_staff(role)
    if role == "superuser":
        Member.objects.filter(pk=staff.pk).update(is_superuser=True)
    otp_session(client, staff)
    pages = admin_pages(client)
    assert len(pages) > 1
    names = record_names()
    found = {url: sorted(english_words(html, names)) for url, html in pages.items()}
    english = {url: words for url, words in found.items() if words}
    assert not english, "\n".join(f"{url}: {' '.join(words)}" for url, words in english.items())


def test_i15_every_registered_record_has_a_name_of_its_own():
    unnamed = [model._meta.label for model in admin.site._registry
               if model.__str__ is models.Model.__str__ and model._meta.app_label not in THIRD_PARTY]
    assert unnamed == []


def test_i15_the_scanner_finds_english_labels_and_ignores_data():
    html = ("<title>Refund object (1) | 환불</title><table><thead><tr><th>Status</th>"
            "<th>CI</th></tr></thead><tbody><tr><th>moviefan</th><td>English data</td></tr>"
            "</tbody></table><label>Is active:</label><button>저장</button>"
            "<nav id='changelist-filter'><h3>상태 기준</h3><a href='?'>Ready</a></nav>"
            "<select name='action'><option>Delete selected</option></select>")
    assert english_words(html) == {"Refund", "object", "Status", "Is", "active", "Ready",
                                   "Delete", "selected"}
    assert "moviefan" not in " ".join(label_texts(html))
    assert english_words("<h2>BK-DEMO-0001</h2>", ["BK-DEMO-0001"]) == set()
