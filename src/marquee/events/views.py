"""Event pages: the list, an event (enter, winners), its draw record, the winner's
address confirmation with the postcode search, and the partner-site notice (P10)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from marquee.privacy.api import mask_login_id, mask_name

from . import delivery as carriers
from . import postcode, services
from .models import Delivery, Entry, Event
from .selectors import current_events

MOBILE_PATTERN = r"^01[016789]-?\d{3,4}-?\d{4}$"


class EntryForm(forms.Form):
    agree = forms.BooleanField(label="위 내용에 동의하고 응모합니다", required=True,
                               error_messages={"required": "동의하셔야 응모할 수 있습니다."})
    mobile = forms.RegexField(label="휴대전화번호(모바일 쿠폰 수신)", regex=MOBILE_PATTERN,
                              required=False, max_length=13,
                              error_messages={"invalid": "휴대전화번호 형식이 아닙니다."})

    def __init__(self, *args, needs_mobile: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if needs_mobile:
            self.fields["mobile"].required = True
        else:
            del self.fields["mobile"]


class AddressForm(forms.Form):
    recipient_name = forms.CharField(label="수령인 이름", max_length=50)
    mobile = forms.RegexField(label="수령인 휴대전화번호", regex=MOBILE_PATTERN, max_length=13,
                              error_messages={"invalid": "휴대전화번호 형식이 아닙니다."})
    # Filled by picking a search result (read-only here; checked again against the search).
    postcode = forms.RegexField(label="우편번호", regex=r"^\d{5}$",
                                widget=forms.TextInput(attrs={"readonly": True}),
                                error_messages={"invalid": "우편번호 검색으로 주소를 선택해 주세요."})
    address = forms.CharField(label="도로명주소", max_length=200,
                              widget=forms.TextInput(attrs={"readonly": True}))
    address_detail = forms.CharField(label="상세주소", max_length=100, required=False)

    def clean(self):
        data = super().clean()
        if data.get("postcode") and data.get("address") and postcode.lookup(
                data["postcode"], data["address"]) is None:
            raise forms.ValidationError("우편번호 검색 결과에서 주소를 선택해 주세요.")
        return data


def event_list(request):
    return render(request, "events/list.html", {
        "open_events": current_events(limit=None),
        "past_events": Event.objects.exclude(status=Event.Status.OPEN)[:20],
    })


def _winners(event: Event) -> list[dict]:
    if event.status != Event.Status.ANNOUNCED:
        return []
    entries = event.entries.filter(status=Entry.Status.WON).select_related("member", "prize")
    return [{"name": mask_name(e.member.name), "login_id": mask_login_id(e.member.login_id),
             "prize": e.prize.name} for e in entries.order_by("prize__position", "id")]


def detail(request, pk: int, form=None):
    event = get_object_or_404(Event, pk=pk)
    entry = delivery = None
    if request.user.is_authenticated:
        entry = Entry.objects.filter(event=event, member=request.user).first()
        delivery = Delivery.objects.filter(entry=entry).first() if entry else None
    needs_mobile = "event_mobile" in event.entry_items()
    return render(request, "events/detail.html", {
        "event": event, "prizes": event.prizes.all(), "entry": entry, "delivery": delivery,
        "consent": services.consent_text(event), "winners": _winners(event),
        "form": form or EntryForm(needs_mobile=needs_mobile), "is_open": event.is_open(),
    }, status=400 if form is not None else 200)


@login_required
@require_POST
def enter(request, pk: int):
    event = get_object_or_404(Event, pk=pk)
    form = EntryForm(request.POST, needs_mobile="event_mobile" in event.entry_items())
    if not form.is_valid():
        return detail(request, pk, form=form)
    try:
        services.enter(request.user, event, agreed=form.cleaned_data["agree"],
                       mobile=form.cleaned_data.get("mobile", ""))
    except services.EntryRefused as refusal:
        form.add_error(None, str(refusal))
        return detail(request, pk, form=form)
    messages.success(request, "응모가 완료되었습니다. 마이페이지에서 응모 내역을 확인할 수 있습니다.")
    return redirect(event)


def draw_record(request, pk: int):
    event = get_object_or_404(Event, pk=pk)
    record = getattr(event, "draw", None)
    return render(request, "events/draw.html", {
        "event": event, "record": record, "winners": _winners(event),
        "verification": services.verify(event) if record and record.drawn_at else None,
        "prizes": services.prize_plan(event),
    })


def _my_delivery(request, pk: int) -> Delivery:
    delivery = Delivery.objects.filter(entry__event_id=pk, member=request.user).select_related(
        "entry__event", "entry__prize").first()
    if delivery is None:
        raise Http404
    return delivery


@login_required
def claim(request, pk: int):
    """The winner's address: a postcode search (GET ``q``), a pick from its results (GET
    ``postcode`` and ``address``, checked again on POST), then the recipient details."""
    delivery = _my_delivery(request, pk)
    status = 200
    if request.method == "POST":
        form, status = AddressForm(request.POST), 400
        if delivery.status == Delivery.Status.AWAITING and form.is_valid():
            try:
                services.confirm_address(delivery, **form.cleaned_data)
            except carriers.CarrierError:  # nothing was kept: the winner can try again
                form.add_error(None, "배송 요청을 보내지 못했습니다. 잠시 후 다시 시도해 주세요.")
                status = 503
            else:
                messages.success(request, "배송지가 확인되어 경품 배송을 요청했습니다.")
                return redirect(delivery.entry.event)
    else:
        form = AddressForm(initial={k: request.GET.get(k, "")[:200]
                                    for k in ("postcode", "address")})
    query, results, error = request.GET.get("q", ""), [], ""
    if query:
        try:
            results = postcode.search(query)
        except postcode.PostcodeError as problem:
            error = str(problem)
    return render(request, "events/claim.html", {
        "delivery": delivery, "event": delivery.entry.event, "form": form, "query": query,
        "results": results, "search_error": error,
    }, status=status)


def sponsor(request, pk: int):
    """P10: the notice shown before a partner's site, whose own policy applies there."""
    event = get_object_or_404(Event, pk=pk)
    if not event.sponsor_url:
        raise Http404
    return render(request, "events/partner_notice.html", {
        "partner": event.sponsor_name or event.sponsor_url, "url": event.sponsor_url,
        "back": event.get_absolute_url(),
    })
