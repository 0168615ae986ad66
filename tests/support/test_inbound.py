"""E-mail in: a new e-mail becomes an inquiry on the 24-hour clock; a reply carrying the
inquiry's token joins its conversation (P13.1, P13.2)."""

from __future__ import annotations

from email.message import EmailMessage

from marquee.support import inbound, services
from marquee.support.models import Inquiry


def _eml(folder, name, *, sender, subject, body):
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "help@mecross.net"
    message["Subject"] = subject
    message.set_content(body)
    (folder / name).write_bytes(bytes(message))


def test_p13_1_an_email_becomes_an_inquiry_and_a_reply_joins_it(db, tmp_path, outbox):
    _eml(tmp_path, "1.eml", sender="박민수 <minsu@example.com>", subject="좌석 변경",
         body="내일 7시 상영 좌석을 바꾸고 싶어요. 친구 번호는 010-9876-5432예요.")
    assert inbound.process(inbound.FolderMailbox(tmp_path)) == 1
    inquiry = Inquiry.objects.get()
    assert inquiry.channel == "email" and inquiry.reply_by == "email"
    assert inquiry.contact == "minsu@example.com" and inquiry.guest_name == "박민수"
    assert "010-9876-5432" not in inquiry.messages.get().body
    assert (tmp_path / "done" / "1.eml").exists()

    services.answer(inquiry, "변경해 드렸습니다.", by=None)
    subject = outbox("inquiry_answer")[-1].subject
    _eml(tmp_path, "2.eml", sender="minsu@example.com", subject=f"Re: {subject}",
         body="감사합니다. 하나 더 여쭤볼게요.\n> 변경해 드렸습니다.")
    inbound.process(inbound.FolderMailbox(tmp_path))
    assert Inquiry.objects.count() == 1
    inquiry.refresh_from_db()
    last = inquiry.messages.last()
    assert last.author == "inquirer" and last.body == "감사합니다. 하나 더 여쭤볼게요."
    assert inquiry.status == "in_progress"


def test_p13_1_a_token_from_another_address_starts_a_new_inquiry(db, tmp_path):
    first = services.submit(services.Ask(category="other", subject="s", body="b", reply_by="email",
                                         guest_name="가", contact="a@example.com"))
    _eml(tmp_path, "1.eml", sender="x@example.com", subject=f"[문의 {first.number}] 끼어들기",
         body="남의 문의에 덧붙이기")
    inbound.process(inbound.FolderMailbox(tmp_path))
    assert first.messages.count() == 1
    assert Inquiry.objects.count() == 2
