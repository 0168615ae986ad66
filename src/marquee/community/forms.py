from django import forms

from marquee.booking.models import Movie
from marquee.uploads.forms import MultipleImageField

from .models import REASON_TEXT, Board, Reason
from .services import BODY_MAX, COMMENT_MAX, NOTE_MAX, REPORT_DETAIL_MAX, TITLE_MAX

RATING_CHOICES = [("", "별점 선택")] + [(str(n), "★" * n + "☆" * (5 - n)) for n in range(5, 0, -1)]

PRIVACY_HELP = ("다른 사람의 이름, 전화번호, 주소 같은 개인정보는 게시할 때 자동으로 가려집니다"
                "(예: 010-****-5678, 홍*동).")


class PostForm(forms.Form):
    movie = forms.ModelChoiceField(label="영화", queryset=Movie.objects.all(), required=False,
                                   empty_label="영화 선택")
    rating = forms.TypedChoiceField(label="별점", choices=RATING_CHOICES, coerce=int,
                                    required=False, empty_value=None)
    title = forms.CharField(label="제목", max_length=TITLE_MAX)
    body = forms.CharField(label="본문", max_length=BODY_MAX, help_text=PRIVACY_HELP,
                           widget=forms.Textarea(attrs={"rows": 10}))
    images = MultipleImageField(label="이미지 첨부", required=False)

    def __init__(self, *args, board: Board, editing: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.board = board
        if board.kind != Board.Kind.REVIEW:
            del self.fields["rating"]
        else:
            self.fields["movie"].required = True
            self.fields["rating"].required = True
        if editing:
            del self.fields["movie"]
        if editing or not board.allow_attachments:
            del self.fields["images"]
        elif "images" in self.fields:
            self.fields["images"].help_text = ("JPEG, PNG, GIF, WebP 이미지만 올릴 수 있습니다. "
                                               "악성코드 검사 후 저장되며, 사진의 위치(GPS) 등 "
                                               "촬영 정보는 지워집니다.")


class CommentForm(forms.Form):
    body = forms.CharField(label="댓글", max_length=COMMENT_MAX,
                           widget=forms.Textarea(attrs={"rows": 3}))


class ReportForm(forms.Form):
    reason = forms.ChoiceField(label="신고 사유", choices=Reason.choices, widget=forms.RadioSelect)
    detail = forms.CharField(label="상세 내용 (선택)", max_length=REPORT_DETAIL_MAX, required=False,
                             widget=forms.Textarea(attrs={"rows": 3}))


class RemovalForm(forms.Form):
    reason = forms.ChoiceField(
        label="삭제 사유 (운영정책 제11조)",
        choices=[(value, f"{label} — {REASON_TEXT[value]}") for value, label in Reason.choices],
        widget=forms.RadioSelect)
    note = forms.CharField(label="처리 메모 (선택)", max_length=NOTE_MAX, required=False,
                           widget=forms.Textarea(attrs={"rows": 2}))
