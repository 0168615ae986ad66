import datetime

from django import forms
from django.utils import timezone

from marquee.compliance.provision.values import member_items
from marquee.privacy.api import Sensitivity, inventory

from .deadlines import KST, REQUESTABLE, Kind
from .models import RightsRequest


def item_choices() -> list[tuple[str, str]]:
    """The items a member may name: everything held per member but the password."""
    return [(i.key, i.label) for i in member_items()
            if i.sensitivity != Sensitivity.AUTHENTICATION]


def decision_choices() -> list[tuple[str, str]]:
    return [("", "선택하세요")] + [(d.key, f"{d.label} ({d.stage})")
                                   for d in inventory.decisions.values()]


def consent_choices() -> list[tuple[str, str]]:
    return [(c.key, c.title) for c in inventory.consents.values() if not c.required]


class RightsRequestForm(forms.Form):
    kind = forms.ChoiceField(label="요구 종류", widget=forms.RadioSelect,
                             choices=[(k.value, f"개인정보 {k.label}") for k in REQUESTABLE])
    items = forms.MultipleChoiceField(label="대상 항목", required=False,
                                      widget=forms.CheckboxSelectMultiple)
    consents = forms.MultipleChoiceField(label="철회할 동의", required=False,
                                         widget=forms.CheckboxSelectMultiple)
    decision = forms.ChoiceField(label="자동화된 결정", required=False,
                                 help_text="설명·재검토 요구나 거부의 대상이 되는 결정")
    details = forms.CharField(label="요구 내용", required=False, max_length=1000,
                              widget=forms.Textarea(attrs={"rows": 4}),
                              help_text="정정을 요구하시는 경우 올바른 내용을 적어 주세요.")
    requester = forms.ChoiceField(label="요구하는 분", widget=forms.RadioSelect,
                                  choices=[(RightsRequest.Requester.MEMBER.value,
                                            RightsRequest.Requester.MEMBER.label),
                                           (RightsRequest.Requester.GUARDIAN.value,
                                            RightsRequest.Requester.GUARDIAN.label)],
                                  initial=RightsRequest.Requester.MEMBER)

    def __init__(self, *args, guardian_allowed: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["items"].choices = item_choices()
        self.fields["consents"].choices = consent_choices()
        self.fields["decision"].choices = decision_choices()
        if not guardian_allowed:
            del self.fields["requester"]

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        if kind and Kind(kind).needs_items and not data.get("items"):
            self.add_error("items", "대상 항목을 하나 이상 선택해 주세요.")
        if kind == Kind.WITHDRAW_CONSENT and not data.get("consents"):
            self.add_error("consents", "철회할 동의를 하나 이상 선택해 주세요.")
        if kind and Kind(kind).about_decision and not data.get("decision"):
            self.add_error("decision", "어떤 자동화된 결정에 대한 요구인지 골라 주세요.")
        return data


class AppealForm(forms.Form):
    details = forms.CharField(label="이의 제기 내용", max_length=1000,
                              widget=forms.Textarea(attrs={"rows": 4}))


# --- staff intake (back office) --------------------------------------------------------


class MemberLookupForm(forms.Form):
    q = forms.CharField(label="회원 찾기", max_length=254, strip=True,
                        help_text="아이디, 이메일, 휴대전화번호 또는 #회원번호를 정확히 입력하세요. "
                                  "정확히 일치하는 회원만 마스킹되어 표시됩니다.")


class IntakeForm(forms.Form):
    """A request received by phone, letter, e-mail, fax or in person (P8, P8.5, L5.1)."""

    SCOPE_ITEMS, SCOPE_ACCOUNT = "items", "account"

    channel = forms.ChoiceField(label="접수 경로", widget=forms.RadioSelect,
                                choices=[(c.value, c.label)
                                         for c in RightsRequest.INTAKE_CHANNELS])
    received_on = forms.DateField(
        label="접수일(한국 시간)", widget=forms.DateInput(attrs={"type": "date"}),
        help_text="전화를 받은 날, 서면·이메일·팩스가 도착한 날, 방문한 날. 처리 기한 10일(자동화된 "
                  "결정에 대한 요구는 30일)은 이 날의 다음 날부터 셉니다.")
    received_time = forms.TimeField(label="접수 시각(선택)", required=False,
                                    widget=forms.TimeInput(attrs={"type": "time"}))
    requester = forms.ChoiceField(label="요구인", widget=forms.RadioSelect,
                                  choices=RightsRequest.Requester.choices,
                                  initial=RightsRequest.Requester.MEMBER)
    requester_name = forms.CharField(label="대리인 이름(위임 대리인인 경우)", required=False,
                                     max_length=50)
    verification = forms.CharField(
        label="본인 확인 방법", max_length=200,
        help_text="요구인이 누구인지 어떻게 확인했는지 적으세요(예: 휴대폰 본인확인 후 DI 일치, "
                  "신분증 원본 대조). 번호·이름 등 개인정보는 적지 마세요(입력되면 마스킹됩니다).")
    representation = forms.CharField(
        label="대리 권한 확인(법정대리인·대리인인 경우)", required=False, max_length=200,
        help_text="대리 권한을 확인한 서류와 방법(예: 가족관계증명서 원본 대조, 위임장과 위임인 "
                  "인감증명서 확인). 본인이 요구한 경우에는 비워 두세요.")
    kind = forms.ChoiceField(label="요구 종류", widget=forms.RadioSelect,
                             choices=[(k.value, f"개인정보 {k.label}") for k in REQUESTABLE])
    scope = forms.ChoiceField(
        label="삭제 범위(삭제 요구인 경우)", widget=forms.RadioSelect, required=False,
        choices=[(SCOPE_ITEMS, "아래에서 고른 항목만"),
                 (SCOPE_ACCOUNT, "계정 전체(회원 탈퇴로 처리: 법령상 보존 기록은 분리 보관)")],
        initial=SCOPE_ITEMS)
    items = forms.MultipleChoiceField(label="대상 항목", required=False,
                                      widget=forms.CheckboxSelectMultiple)
    consents = forms.MultipleChoiceField(label="철회할 동의", required=False,
                                         widget=forms.CheckboxSelectMultiple)
    decision = forms.ChoiceField(label="자동화된 결정(설명·재검토 요구, 거부인 경우)",
                                 required=False)
    details = forms.CharField(label="요구 내용", max_length=1000,
                              widget=forms.Textarea(attrs={"rows": 4}),
                              help_text="받은 요구를 요약해 적으세요(정정 요구는 올바른 내용 포함).")

    def __init__(self, *args, now=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.now = now or timezone.now()
        self.fields["received_on"].initial = self.now.astimezone(KST).date()
        self.fields["items"].choices = item_choices()
        self.fields["consents"].choices = consent_choices()
        self.fields["decision"].choices = decision_choices()

    def received_at(self, day: datetime.date, time: datetime.time | None) -> datetime.datetime:
        """The moment of receipt in KST; without a time, now (today) or the day's start."""
        if time is None:
            if day == self.now.astimezone(KST).date():
                return self.now
            time = datetime.time(0, 0)
        return datetime.datetime.combine(day, time, tzinfo=KST)

    def clean(self):
        data = super().clean()
        Requester = RightsRequest.Requester
        day = data.get("received_on")
        if day is not None:
            moment = self.received_at(day, data.get("received_time"))
            if moment > self.now:
                self.add_error("received_on" if day > self.now.astimezone(KST).date()
                               else "received_time", "접수 일시는 지금보다 늦을 수 없습니다.")
            data["received_at"] = moment
        kind = data.get("kind")
        items = data.get("items") or []
        if kind == Kind.DELETION:
            scope = data.get("scope") or self.SCOPE_ITEMS
            if scope == self.SCOPE_ACCOUNT:
                if items:
                    self.add_error("items", "계정 전체 삭제에는 항목을 따로 고르지 않습니다.")
                data["items"] = [RightsRequest.WHOLE_ACCOUNT]
            elif not items:
                self.add_error("items", "삭제할 항목을 고르거나 삭제 범위를 '계정 전체'로 "
                                        "선택하세요.")
        elif kind and Kind(kind).needs_items and not items:
            self.add_error("items", "대상 항목을 하나 이상 선택해 주세요.")
        if kind == Kind.WITHDRAW_CONSENT and not data.get("consents"):
            self.add_error("consents", "철회할 동의를 하나 이상 선택해 주세요.")
        if kind and Kind(kind).about_decision and not data.get("decision"):
            self.add_error("decision", "어떤 자동화된 결정에 대한 요구인지 골라 주세요.")
        requester = data.get("requester")
        representation = (data.get("representation") or "").strip()
        name = (data.get("requester_name") or "").strip()
        if requester == Requester.MEMBER:
            if representation:
                self.add_error("representation", "본인이 요구한 경우에는 비워 두세요.")
            if name:
                self.add_error("requester_name", "본인이 요구한 경우에는 비워 두세요.")
        elif requester:
            if len(representation) < 4:
                self.add_error("representation", "법정대리인·대리인의 요구는 대리 권한을 확인한 "
                                                 "서류와 방법을 적어야 합니다.")
            if requester == Requester.AGENT and not name:
                self.add_error("requester_name", "대리인의 이름을 적어 주세요.")
        if len((data.get("verification") or "").strip()) < 4 and "verification" in data:
            self.add_error("verification", "본인 확인 방법을 구체적으로 적어 주세요.")
        return data
