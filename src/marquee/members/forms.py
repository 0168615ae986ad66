"""Forms: input validation with clear Korean messages. No form asks for a resident
registration number (L2.1), and no form lets a person type a verified item."""

from __future__ import annotations

import re

import phonenumbers
from django import forms
from django.contrib.auth import password_validation
from django.core.validators import validate_email

from marquee.privacy.api import inventory

from .models import Member

LOGIN_ID = re.compile(r"^[a-z][a-z0-9_]{3,19}$")
# Thirteen digits shaped like YYMMDD-SNNNNNN: a resident registration number (L2.1).
RRN_SHAPE = re.compile(r"\d{6}\s*[-–]?\s*[1-8]\d{6}")


def refuse_rrn(value: str) -> None:
    if RRN_SHAPE.search(value or ""):
        raise forms.ValidationError("주민등록번호는 입력할 수 없습니다.", code="rrn")


def korean_mobile(value: str) -> str:
    """A Korean mobile number in the 010-1234-5678 form, or a clear error."""
    try:
        number = phonenumbers.parse(value, "KR")
    except phonenumbers.NumberParseException:
        raise forms.ValidationError("휴대전화번호 형식이 올바르지 않습니다.", code="mobile") from None
    if (not phonenumbers.is_valid_number_for_region(number, "KR")
            or phonenumbers.number_type(number) != phonenumbers.PhoneNumberType.MOBILE):
        raise forms.ValidationError("휴대전화번호 형식이 올바르지 않습니다.", code="mobile")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def korean_landline(value: str) -> str:
    try:
        number = phonenumbers.parse(value, "KR")
    except phonenumbers.NumberParseException:
        raise forms.ValidationError("전화번호 형식이 올바르지 않습니다.", code="landline") from None
    if not phonenumbers.is_valid_number_for_region(number, "KR"):
        raise forms.ValidationError("전화번호 형식이 올바르지 않습니다.", code="landline")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


class ConsentForm(forms.Form):
    """The L1.1 consent screen: one box per consent, built from the declarations."""

    def __init__(self, *args, keys=None, **kwargs):
        super().__init__(*args, **kwargs)
        for key in keys or inventory.consents:
            definition = inventory.consents[key]
            self.fields[key] = forms.BooleanField(
                label=definition.title, required=definition.required,
                error_messages={"required": f"'{definition.title}'에 동의해야 가입할 수 있습니다."})
            self.fields[key].definition = definition

    def answers(self) -> dict[str, bool]:
        return {key: bool(self.cleaned_data.get(key)) for key in self.fields}


class ContactFields(forms.Form):
    email = forms.CharField(label="이메일", max_length=254)

    def clean_email(self):
        value = self.cleaned_data["email"].strip()
        try:
            validate_email(value)
        except forms.ValidationError:
            raise forms.ValidationError("이메일 주소 형식이 올바르지 않습니다.", code="email") from None
        return value


class OptionalFields(forms.Form):
    pen_name = forms.CharField(label="필명 (선택)", max_length=20, required=False)
    landline = forms.CharField(label="전화번호(자택 또는 직장, 선택)", max_length=20, required=False)

    def clean_pen_name(self):
        value = self.cleaned_data["pen_name"].strip()
        refuse_rrn(value)
        return value

    def clean_landline(self):
        value = self.cleaned_data["landline"].strip()
        return korean_landline(value) if value else ""


class SignupForm(ContactFields, OptionalFields):
    """What a person types at signup; verified items come from the verification."""

    login_id = forms.CharField(label="아이디", max_length=20,
                               help_text="영문 소문자로 시작하는 4~20자 (영문 소문자, 숫자, _)")
    password1 = forms.CharField(label="비밀번호", widget=forms.PasswordInput, strip=False)
    password2 = forms.CharField(label="비밀번호 확인", widget=forms.PasswordInput, strip=False)
    guardian_name = forms.CharField(label="법정대리인 이름", max_length=50, required=False)
    guardian_mobile = forms.CharField(label="법정대리인 휴대전화번호", max_length=20, required=False)

    field_order = ["login_id", "password1", "password2", "email", "pen_name", "landline",
                   "guardian_name", "guardian_mobile"]

    def __init__(self, *args, identity=None, minor=False, optional_agreed=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.identity = identity
        self.minor = minor
        if not minor:
            del self.fields["guardian_name"], self.fields["guardian_mobile"]
        else:
            self.fields["guardian_name"].required = True
            self.fields["guardian_mobile"].required = True
        if not optional_agreed:
            # Declined optional items are not even asked for (L1.4).
            del self.fields["pen_name"], self.fields["landline"]

    def clean_login_id(self):
        value = self.cleaned_data["login_id"].strip().lower()
        if not LOGIN_ID.match(value):
            raise forms.ValidationError(
                "아이디는 영문 소문자로 시작하는 4~20자의 영문 소문자, 숫자, _ 조합이어야 합니다.",
                code="login_id")
        if Member.objects.login_id_taken(value):
            raise forms.ValidationError("이미 사용 중인 아이디입니다.", code="login_id_taken")
        return value

    def clean_guardian_mobile(self):
        value = self.cleaned_data.get("guardian_mobile", "").strip()
        return korean_mobile(value) if value else ""

    def clean_guardian_name(self):
        value = self.cleaned_data.get("guardian_name", "").strip()
        refuse_rrn(value)
        return value

    def clean(self):
        cleaned = super().clean()
        p1, p2 = cleaned.get("password1"), cleaned.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error("password2", "비밀번호가 일치하지 않습니다.")
        elif p1:
            probe = Member(login_id=cleaned.get("login_id", ""), email=cleaned.get("email", ""),
                           name=getattr(self.identity, "name", ""))
            try:
                password_validation.validate_password(p1, probe)
            except forms.ValidationError as exc:
                self.add_error("password1", exc)
        return cleaned


class ProfileForm(ContactFields, OptionalFields):
    def __init__(self, *args, optional_agreed=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not optional_agreed:
            del self.fields["pen_name"], self.fields["landline"]


class LoginForm(forms.Form):
    login_id = forms.CharField(label="아이디", max_length=20)
    password = forms.CharField(label="비밀번호", widget=forms.PasswordInput, strip=False)


class PasswordResetRequestForm(forms.Form):
    login_id = forms.CharField(label="아이디", max_length=20)
    mobile = forms.CharField(label="가입 시 인증한 휴대전화번호", max_length=20)

    def clean_mobile(self):
        return korean_mobile(self.cleaned_data["mobile"].strip())


class SandboxIdentityForm(forms.Form):
    """The sandbox carrier window: what a carrier would confirm about the person."""

    carrier = forms.ChoiceField(label="통신사", choices=[
        ("SKT", "SKT"), ("KT", "KT"), ("LG U+", "LG U+"), ("SKT 알뜰폰", "SKT 알뜰폰"),
        ("KT 알뜰폰", "KT 알뜰폰"), ("LG U+ 알뜰폰", "LG U+ 알뜰폰")])
    name = forms.CharField(label="이름", max_length=50)
    birthdate = forms.DateField(label="생년월일", input_formats=["%Y-%m-%d", "%Y%m%d"],
                                error_messages={"invalid": "생년월일을 YYYY-MM-DD 형식으로 입력하세요."},
                                widget=forms.DateInput(attrs={"type": "date"}))
    gender = forms.ChoiceField(label="성별", choices=Member.Gender.choices)
    is_foreigner = forms.ChoiceField(label="내외국인", choices=[("0", "내국인"), ("1", "외국인")])
    mobile = forms.CharField(label="휴대전화번호", max_length=20)

    def clean_mobile(self):
        return korean_mobile(self.cleaned_data["mobile"].strip())

    def clean_name(self):
        value = self.cleaned_data["name"].strip()
        if not value or len(value) < 2:
            raise forms.ValidationError("이름을 정확히 입력하세요.", code="name")
        refuse_rrn(value)
        return value

    def clean_birthdate(self):
        from django.utils import timezone

        value = self.cleaned_data["birthdate"]
        if value > timezone.localdate() or value.year < 1900:  # the day in Seoul
            raise forms.ValidationError("생년월일이 올바르지 않습니다.", code="birthdate")
        return value


