"""Process a withdrawal requested by phone, letter or e-mail (P5.1).

The staff member must have verified the requester's identity first and says how;
the request is recorded with the channel, the handler and the verification.
"""

from django.core.management.base import BaseCommand, CommandError

from marquee.members import withdrawal
from marquee.members.models import Member, Withdrawal


class Command(BaseCommand):
    help = "Withdraw a member on a request received by phone, letter or e-mail."

    def add_arguments(self, parser):
        parser.add_argument("--login-id", required=True)
        parser.add_argument("--channel", required=True,
                            choices=[Withdrawal.Channel.PHONE, Withdrawal.Channel.LETTER,
                                     Withdrawal.Channel.EMAIL])
        parser.add_argument("--staff", required=True, help="login ID of the handling staff member")
        parser.add_argument("--verification", required=True,
                            help="how the requester's identity was verified")
        parser.add_argument("--resume", action="store_true",
                            help="finish interrupted withdrawals instead")

    def handle(self, *args, **options):
        staff = Member.objects.find(login_id=options["staff"]).filter(is_staff=True).first()
        if staff is None:
            raise CommandError("no staff account with that login ID")
        member = Member.objects.find(login_id=options["login_id"]).filter(is_staff=False).first()
        if member is None:
            raise CommandError("no member with that login ID")
        if len(options["verification"].strip()) < 5:
            raise CommandError("say how the identity was verified (e.g. '휴대폰 본인확인 DI 일치')")
        number = member.pk
        try:
            done = withdrawal.withdraw(member, channel=options["channel"], handled_by=staff,
                                       verification=options["verification"].strip())
        except withdrawal.WithdrawalRefused as exc:
            raise CommandError(str(exc)) from exc
        # A staff deletion of personal data is in the staff access log too (L3.3).
        from marquee.backoffice import audit
        from marquee.backoffice import services as backoffice

        audit.append(staff=staff, roles=backoffice.role_keys(staff), source_ip="manage.py",
                     action="delete", target="members.Member", object_id=number,
                     subjects=[number], reason_code="rights",
                     reason=f"{options['channel']} 탈퇴 요청 / 본인 확인: "
                            f"{options['verification'].strip()}")
        self.stdout.write(f"withdrawal {done.pk}: {done.get_state_display()}, kept {done.kept}")
