"""Declarations for the fixture app: declared correctly, so only the models' own
mistakes (a plain field without a reason, an encrypted field outside a vault model)
are left for the checks to find."""

from marquee.privacy.inventory import Category, Channel, Item, LegalBasis, Purpose

_PURPOSE = Purpose("newsletter", "뉴스레터 발송", "뉴스레터 발송", LegalBasis.CONSENT)

ITEMS = [
    Item("newsletter_referrer", "추천인", Category.OPTIONAL, Channel.SIGNUP,
         ("undeclared_app.Newsletter.referrer",), (_PURPOSE,), ("until_withdrawal",)),
    Item("coupon_holder", "쿠폰 소지자", Category.EVENT, Channel.EVENT,
         ("undeclared_app.Coupon.holder",), (_PURPOSE,), ("until_withdrawal",)),
]
