"""One list of intake channels (issue 18): consent records, rights requests and
withdrawals record how a request reached us with the same values (P5.1, P8, L5.1)."""

from marquee.compliance.rights.models import RightsRequest
from marquee.members.models import Withdrawal
from marquee.privacy.intake import IntakeChannel
from marquee.privacy.models import ConsentRecord


def test_p5_1_p8_every_workflow_records_its_channel_from_the_one_list():
    assert RightsRequest.Channel is Withdrawal.Channel is ConsentRecord.Via is IntakeChannel
    fields = [RightsRequest._meta.get_field("channel"), Withdrawal._meta.get_field("channel"),
              ConsentRecord._meta.get_field("via")]
    assert all(f.choices == IntakeChannel.choices for f in fields)
    assert all(f.max_length >= max(len(v) for v in IntakeChannel.values) for f in fields)


def test_p5_1_p8_values_stored_before_the_lists_were_merged_stay_valid():
    # consents: web, app, phone, letter, email; rights: web … visit; withdrawals: mypage …
    assert {"web", "app", "mypage", "phone", "letter", "email", "visit"} <= set(
        IntakeChannel.values)
    assert (IntakeChannel.VISIT.label, IntakeChannel.FAX.label) == ("방문", "팩스")


def test_l5_1_staff_register_requests_from_every_channel_but_the_members_own_forms():
    assert set(RightsRequest.INTAKE_CHANNELS) == {
        IntakeChannel.PHONE, IntakeChannel.LETTER, IntakeChannel.EMAIL, IntakeChannel.FAX,
        IntakeChannel.VISIT}
