"""The inquiry forms: a member's, a guest's (after a one-time code) and staff intake."""

from __future__ import annotations

from django import forms

from marquee.members.forms import korean_mobile, refuse_rrn
from marquee.uploads.forms import MultipleImageField

from .models import Inquiry


class AskForm(forms.Form):
    category = forms.ChoiceField(label="문의 유형", choices=Inquiry.Category.choices)
    subject = forms.CharField(label="제목", max_length=200, validators=[refuse_rrn])
    body = forms.CharField(label="문의 내용", max_length=5000, validators=[refuse_rrn],
                           widget=forms.Textarea(attrs={"rows": 8}))

    def __init__(self, *args, bookings=None, reply_choices=None, **kwargs):
        super().__init__(*args, **kwargs)
        if bookings is not None:
            self.fields["booking"] = forms.ModelChoiceField(
                label="관련 예매(선택)", queryset=bookings, required=False,
                empty_label="선택 안 함")
        choices = reply_choices or Inquiry.ReplyBy.choices
        self.fields["reply_by"] = forms.ChoiceField(
            label="답변 받을 방법", choices=choices, initial=choices[0][0],
            widget=forms.RadioSelect)
        self.fields["images"] = images_field()


def images_field() -> MultipleImageField:
    return MultipleImageField(
        label="이미지 첨부(선택)", required=False,
        help_text="JPG·PNG·GIF·WEBP, 최대 3개. 악성코드 검사 후 사진 속 위치·기기 정보를 지우고 "
                  "암호화해 보관합니다.")


class FollowUpForm(forms.Form):
    """A member adds to their inquiry from My Page."""

    body = forms.CharField(label="추가 문의 내용", max_length=5000, validators=[refuse_rrn],
                           widget=forms.Textarea(attrs={"rows": 5}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["images"] = images_field()


class GuestContactForm(forms.Form):
    """A guest's name and where the answer goes, verified by a one-time code."""

    name = forms.CharField(label="이름", max_length=50)
    email = forms.EmailField(label="이메일", required=False)
    mobile = forms.CharField(label="휴대전화번호", required=False, max_length=20)

    def clean_mobile(self):
        value = self.cleaned_data.get("mobile", "").strip()
        return korean_mobile(value) if value else ""

    def clean(self):
        data = super().clean()
        if not self.errors and bool(data.get("email")) == bool(data.get("mobile")):
            raise forms.ValidationError("답변 받을 이메일이나 휴대전화번호 중 하나를 적어 주세요.")
        return data


class CodeForm(forms.Form):
    code = forms.CharField(label="인증번호", max_length=6, min_length=6)


class IntakeForm(forms.Form):
    """An inquiry received by phone, e-mail, fax, post or in person, typed in by staff."""

    channel = forms.ChoiceField(label="접수 경로", choices=[(c.value, c.label)
                                                       for c in Inquiry.STAFF_CHANNELS])
    received_at = forms.DateTimeField(label="접수 일시(팩스·우편은 도착 시각)")
    category = forms.ChoiceField(label="문의 유형", choices=Inquiry.Category.choices)
    name = forms.CharField(label="문의자 이름", max_length=50)
    reply_by = forms.ChoiceField(label="회신 방법", choices=[
        (Inquiry.ReplyBy.EMAIL, "이메일"), (Inquiry.ReplyBy.SMS, "문자(SMS)")])
    contact = forms.CharField(label="회신 연락처(이메일 또는 휴대전화번호)", max_length=254)
    subject = forms.CharField(label="제목", max_length=200, validators=[refuse_rrn])
    body = forms.CharField(label="문의 내용", max_length=5000, validators=[refuse_rrn],
                           widget=forms.Textarea(attrs={"rows": 6}))

    def clean(self):
        data = super().clean()
        contact = data.get("contact", "").strip()
        if data.get("reply_by") == Inquiry.ReplyBy.SMS and contact:
            data["contact"] = korean_mobile(contact)
        elif contact and "@" not in contact:
            self.add_error("contact", "이메일 주소를 적어 주세요.")
        return data
