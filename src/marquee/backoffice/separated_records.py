"""The CPO's look-up in the separate store, for a legal request only (P4.1, P8.6).

Separated records are used for nothing but their retention reason: producing them
needs the CPO role, the staff second factor and pledge, a stated legal basis, and is
written to the staff access log.
"""

from __future__ import annotations

from django import forms
from django.shortcuts import render

from marquee.privacy.api import archive as services
from marquee.privacy.api import blind_index

from . import services as backoffice
from .decorators import staff_view
from .gate import holds_role


class LegalRequestForm(forms.Form):
    basis = forms.CharField(label="법적 근거(기관, 문서번호, 근거 조항)", max_length=300, min_length=10)
    reference = forms.CharField(label="예매번호", max_length=20, required=False)
    ci = forms.CharField(label="정보주체의 CI(본인확인 결과)", max_length=100, required=False)

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("reference") and not cleaned.get("ci"):
            raise forms.ValidationError("예매번호 또는 CI 중 하나로 찾아야 합니다.")
        return cleaned


@staff_view(allows=holds_role("cpo"), description="개인정보 보호책임자(CPO)")
def separated_records(request):
    form = LegalRequestForm(request.POST or None)
    records = None
    if request.method == "POST" and form.is_valid():
        if form.cleaned_data["reference"]:
            records = list(services.records_for_reference(form.cleaned_data["reference"].strip()))
        else:
            records = list(services.records_for_subject(
                blind_index("archive-subject", form.cleaned_data["ci"].strip())))
        backoffice.log(request, "read", target="archive.ArchivedRecord",
                       object_id=",".join(str(r.pk) for r in records)[:200],
                       reason_code="legal_request", reason=form.cleaned_data["basis"])
    return render(request, "privacy/archive/separated_records.html",
                  {"form": form, "records": records}, status=400 if form.errors else 200)
