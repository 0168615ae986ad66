"""Password rules beyond Django's built-ins."""

import re

from django.core.exceptions import ValidationError


class CharacterClassValidator:
    """At least three of: lower-case, upper-case, digits, symbols (KISA guidance)."""

    classes = (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^A-Za-z0-9]")

    def validate(self, password, user=None):
        if sum(bool(re.search(c, password)) for c in self.classes) < 3:
            raise ValidationError(
                "비밀번호는 영문 대문자, 영문 소문자, 숫자, 특수문자 중 3종류 이상을 포함해야 합니다.",
                code="password_too_simple",
            )

    def get_help_text(self):
        return "영문 대문자, 영문 소문자, 숫자, 특수문자 중 3종류 이상을 포함하세요."
