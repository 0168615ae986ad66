"""Canonical forms for blind-indexed values, so that equal values index equally."""

import unicodedata

import phonenumbers


def text(value: str) -> str:
    return unicodedata.normalize("NFKC", value).strip()


def casefold(value: str) -> str:
    return text(value).casefold()


def mobile(value: str) -> str:
    try:
        number = phonenumbers.parse(text(value), "KR")
    except phonenumbers.NumberParseException:
        return text(value)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


NORMALIZERS = {"text": text, "casefold": casefold, "mobile": mobile}
