from django import forms

from marquee.privacy.inventory import Sensitivity, inventory
from marquee.privacy.provision.values import member_items

from .deadlines import REQUESTABLE, Kind
from .models import RightsRequest


class RightsRequestForm(forms.Form):
    kind = forms.ChoiceField(label="요구 종류", widget=forms.RadioSelect,
                             choices=[(k.value, f"개인정보 {k.label}") for k in REQUESTABLE])
    items = forms.MultipleChoiceField(label="대상 항목", required=False,
                                      widget=forms.CheckboxSelectMultiple)
    consents = forms.MultipleChoiceField(label="철회할 동의", required=False,
                                         widget=forms.CheckboxSelectMultiple)
    details = forms.CharField(label="요구 내용", required=False, max_length=1000,
                              widget=forms.Textarea(attrs={"rows": 4}),
                              help_text="정정을 요구하시는 경우 올바른 내용을 적어 주세요.")
    requester = forms.ChoiceField(label="요구하는 분", widget=forms.RadioSelect,
                                  choices=RightsRequest.Requester.choices,
                                  initial=RightsRequest.Requester.MEMBER)

    def __init__(self, *args, guardian_allowed: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["items"].choices = [
            (i.key, i.label) for i in member_items()
            if i.sensitivity != Sensitivity.AUTHENTICATION]
        self.fields["consents"].choices = [
            (c.key, c.title) for c in inventory.consents.values() if not c.required]
        if not guardian_allowed:
            del self.fields["requester"]

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        if kind and Kind(kind).needs_items and not data.get("items"):
            self.add_error("items", "대상 항목을 하나 이상 선택해 주세요.")
        if kind == Kind.WITHDRAW_CONSENT and not data.get("consents"):
            self.add_error("consents", "철회할 동의를 하나 이상 선택해 주세요.")
        return data


class AppealForm(forms.Form):
    details = forms.CharField(label="이의 제기 내용", max_length=1000,
                              widget=forms.Textarea(attrs={"rows": 4}))
