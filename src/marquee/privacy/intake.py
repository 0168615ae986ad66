"""How a request or an answer reached the operator (P5, P8, L5.1).

One vocabulary for consent records (``ConsentRecord.via``), rights requests and
withdrawals, so that a letter is a letter everywhere and a report can count requests by
channel across them. The stored values are the ones each model used before it shared
this list: ``web`` (the member's own form on the site) for consents and rights requests,
``mypage`` for withdrawals made from My Page, ``app`` for the apps. Which channels a
given workflow accepts from staff is that workflow's decision (e.g.
``RightsRequest.INTAKE_CHANNELS``).
"""

from django.db import models


class IntakeChannel(models.TextChoices):
    WEB = "web", "웹사이트(마이페이지)"
    MYPAGE = "mypage", "마이페이지"
    APP = "app", "앱"
    PHONE = "phone", "전화"
    LETTER = "letter", "서면"
    EMAIL = "email", "이메일"
    FAX = "fax", "팩스"
    VISIT = "visit", "방문"
