"""The customer centre's pages: the centre itself, a member's 1:1 inquiry and a guest's
(after a one-time code). Views only translate HTTP; ``services`` does the work."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from marquee.booking.models import Booking
from marquee.compliance.policy import contacts
from marquee.privacy.api import KeyDestroyed, TamperedValue

from . import attachments, guests, incidents, services
from .errors import InquiryRefused
from .forms import AskForm, CodeForm, FollowUpForm, GuestContactForm
from .models import Inquiry, InquiryAttachment, Message


def centre(request):
    """Hours, phone, e-mail, fax and the external bodies, from the policy's settings."""
    return render(request, "support/centre.html", {
        "centre": contacts.customer_centre(), "bodies": contacts.complaint_bodies(),
        "officer": contacts.officer(), "postings": incidents.site_postings()})


def _ask(form) -> services.Ask:
    data = form.cleaned_data
    return services.Ask(category=data["category"], subject=data["subject"], body=data["body"],
                        reply_by=data["reply_by"], booking=data.get("booking"),
                        files=tuple(data.get("images") or ()))


@login_required
@require_http_methods(["GET", "POST"])
def ask(request):
    bookings = Booking.objects.filter(member=request.user).order_by("-pk")
    form = AskForm(request.POST or None, request.FILES or None, bookings=bookings)
    if request.method == "POST" and form.is_valid():
        try:
            inquiry = services.submit(_ask(form), member=request.user)
        except InquiryRefused as exc:
            form.add_error(None, exc.message)
        else:
            return _received(request, inquiry)
    return render(request, "support/ask.html", {"form": form})


def _received(request, inquiry: Inquiry):
    messages.success(request, f"문의 {inquiry.number}를 접수했습니다. 답변 기한: "
                              f"{inquiry.due_at.astimezone(services.sla.KST):%Y-%m-%d %H:%M}")
    return redirect("support:received", number=inquiry.number)


def received(request, number: str):
    return render(request, "support/received.html", {"number": number})


@require_http_methods(["GET", "POST"])
def guest(request):
    """A guest: name and contact, then the code, then the question."""
    state = guests.verified(request.session)
    if state is not None:
        return _guest_ask(request, state)
    if guests.pending(request.session) and "code" in request.POST:
        form = CodeForm(request.POST)
        if form.is_valid():
            try:
                guests.verify(request.session, form.cleaned_data["code"])
            except InquiryRefused as exc:
                form.add_error("code", exc.message)
            else:
                return redirect("support:guest")
        return render(request, "support/guest_code.html", {"form": form})
    form = GuestContactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        guests.send_code(request.session, name=data["name"], email=data["email"],
                         mobile=data["mobile"])
        return render(request, "support/guest_code.html", {"form": CodeForm()})
    return render(request, "support/guest.html", {"form": form})


def _guest_ask(request, state: dict):
    reply = Inquiry.ReplyBy.EMAIL if state["email"] else Inquiry.ReplyBy.SMS
    choices = [(reply, Inquiry.ReplyBy(reply).label)]
    form = AskForm(request.POST or None, request.FILES or None, reply_choices=choices)
    if request.method == "POST" and "subject" in request.POST and form.is_valid():
        ask_ = _ask(form)
        ask_.guest_name = state["name"]
        ask_.contact = state["email"] or state["mobile"]
        try:
            inquiry = services.submit(ask_, data_key=guests.data_key(state))
        except InquiryRefused as exc:
            form.add_error(None, exc.message)
        else:
            request.session.pop(guests.SESSION_KEY, None)
            return _received(request, inquiry)
    return render(request, "support/ask.html", {"form": form, "guest": state})


# --- a member's own inquiry: the conversation, follow-ups, images ------------------------


@login_required
@require_http_methods(["GET", "POST"])
def inquiry(request, number: str):
    """The member's inquiry with its answers; they add to it here (with images). An
    answered one, or one closed within the reopening window, is taken up again."""
    item = get_object_or_404(Inquiry, number=number, member=request.user)
    form = FollowUpForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.follow_up(item, form.cleaned_data["body"],
                               files=tuple(form.cleaned_data.get("images") or ()))
        except InquiryRefused as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, "추가 문의를 접수했습니다.")
            return redirect("support:inquiry", number=item.number)
        item.refresh_from_db()
    conversation = (item.messages.exclude(author=Message.Author.NOTE)
                    .prefetch_related("attachments"))
    return render(request, "support/inquiry.html", {
        "inquiry": item, "conversation": conversation, "form": form,
        "can_follow_up": services.accepts_follow_up(item),
        "reopen_days": services.reopen_window().days})


@login_required
def attachment(request, pk: int):
    """An image from the member's own inquiry; anyone else gets a 404."""
    item = get_object_or_404(InquiryAttachment.objects.select_related("message__inquiry"),
                             pk=pk, message__inquiry__member=request.user)
    if item.message.author == Message.Author.NOTE:
        raise Http404
    return image_response(item)


def image_response(item: InquiryAttachment) -> HttpResponse:
    try:
        data = attachments.read(item)
    except (KeyDestroyed, TamperedValue, FileNotFoundError):
        raise Http404 from None
    response = HttpResponse(data, content_type=item.content_type)
    response["Content-Disposition"] = (
        f'inline; filename="inquiry-image-{item.pk}.{attachments.extension(item)}"')
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response
