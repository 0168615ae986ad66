from django import forms

from marquee.booking.models import Movie
from marquee.uploads.forms import MultipleImageField

from .models import ALT_TEXT_MAX, REASON_TEXT, Board, Reason
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
    # One line per image, in the order chosen (issue 19: alt text that says something).
    image_alts = forms.CharField(
        label="이미지 설명 (대체 텍스트)", required=False,
        max_length=(ALT_TEXT_MAX + 1) * 4,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="이미지를 올리면 필수입니다. 이미지마다 한 줄씩, 올린 순서대로 무엇이 보이는지 "
                  f"적어 주세요(한 줄 {ALT_TEXT_MAX}자 이내). 화면 낭독기 사용자에게 읽어 줍니다.")

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
            del self.fields["image_alts"]
        elif "images" in self.fields:
            self.fields["images"].help_text = ("JPEG, PNG, GIF, WebP 이미지만 올릴 수 있습니다. "
                                               "악성코드 검사 후 저장되며, 사진의 위치(GPS) 등 "
                                               "촬영 정보는 지워집니다.")


    def clean(self):
        cleaned = super().clean()
        if "images" not in self.fields:
            return cleaned
        images = cleaned.get("images") or []
        lines = [line.strip() for line in (cleaned.get("image_alts") or "").splitlines()]
        lines = [line for line in lines if line]
        if images and len(lines) != len(images):
            self.add_error("image_alts", f"이미지마다 한 줄씩 설명을 적어 주세요(이미지 {len(images)}장, "
                                         f"설명 {len(lines)}줄).")
        elif not images and lines:
            self.add_error("image_alts", "설명할 이미지가 없습니다. 이미지를 선택하거나 설명을 지워 주세요.")
        elif any(len(line) > ALT_TEXT_MAX for line in lines):
            self.add_error("image_alts", f"이미지 설명은 한 줄에 {ALT_TEXT_MAX}자까지 쓸 수 있습니다.")
        cleaned["image_alts"] = lines
        return cleaned


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
