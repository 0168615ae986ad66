"""What booking holds about a member: bookings (purchase history, kept five years as
contract records in the separate store) and favourite theatres (an optional item)."""

from __future__ import annotations

from django.utils import timezone

from marquee.privacy.api import Destroyed, PersonalDataProvider, archive, inventory

ORIGINALS = "분리 보관 후 운영 DB의 예매·결제 원본"  # one record line with payments'
MOVED = "분리 DB 이관 후 운영 DB에서 삭제"


def _bookings(member):
    from .models import Booking

    return Booking.objects.filter(member=member).exclude(status=Booking.Status.EXPIRED) \
        .select_related("showtime__movie", "showtime__screen__theatre").order_by("-created_at")


def _favourites(member):
    return member.favourite_theatres.select_related("theatre")


def _archived_booking(booking) -> dict:
    """Only the fields the contract-records rule needs (P3, P5.2)."""
    showtime = booking.showtime
    return {"number": booking.number, "movie": showtime.movie.title,
            "theatre": showtime.screen.theatre.name, "screen": showtime.screen.name,
            "starts_at": showtime.starts_at.isoformat(),
            "seats": [c.seat.label for c in booking.claims.all()],
            "seat_count": booking.seat_count, "total": booking.total, "status": booking.status,
            "created_at": booking.created_at.isoformat(),
            "cancelled_at": booking.cancelled_at.isoformat() if booking.cancelled_at else None}


class BookingProvider(PersonalDataProvider):
    key = "booking"
    label = "예매 내역·단골 극장"
    order = 20
    items = ("purchase_history", "favourite_theatres")

    def export(self, member) -> dict:
        return {
            "favourite_theatres": [f.theatre.name for f in _favourites(member)],
            "bookings": [
                {"number": b.number, "movie": b.showtime.movie.title,
                 "theatre": b.showtime.screen.theatre.name,
                 "starts_at": b.showtime.starts_at.isoformat(),
                 "status": b.get_status_display(), "total": b.total}
                for b in _bookings(member)],
        }

    def mypage(self, member) -> dict:
        """Purchase history and favourite theatres (P1.1, P1.4, P8.1)."""
        return {"template": "booking/_mypage_bookings.html",
                "bookings": list(_bookings(member)[:20]), "favourites": list(_favourites(member))}

    def blockers(self, member) -> list[str]:
        from .models import Booking

        if Booking.objects.filter(member=member, status=Booking.Status.CONFIRMED,
                                  showtime__starts_at__gt=timezone.now()).exists():
            return ["관람 전인 예매가 있습니다. 예매를 취소하거나 관람 후 탈퇴해 주세요."]
        return []

    def kept(self, member) -> list[dict]:
        count = _bookings(member).count()
        if not count:
            return []
        rule = inventory.rules["contract_records"]
        return [{"what": "계약·청약철회 기록(예매·취소 내역)", "count": count,
                 "why": rule.citation or rule.basis,
                 "until": f"각 기록일로부터 {rule.period.label}", "rule": "contract_records"}]

    def archive(self, member, *, subject: str, at) -> dict[str, int]:
        count = 0
        for booking in _bookings(member).prefetch_related("claims__seat"):
            archive.keep(rule="contract_records", kind="booking", source=f"booking:{booking.pk}",
                         reference=booking.number, subject_index=subject,
                         trigger_at=booking.created_at, payload=_archived_booking(booking))
            count += 1
        return {"contract_records": count}

    def erase(self, member, items) -> int:
        """Favourite theatres are optional (consent): their rows go."""
        from .models import FavouriteTheatre

        if "favourite_theatres" not in items:
            return 0
        return FavouriteTheatre.objects.filter(member=member).delete()[0]

    def destroy(self, member) -> list[Destroyed]:
        from .models import Booking, FavouriteTheatre

        FavouriteTheatre.objects.filter(member=member).delete()
        bookings = Booking.objects.filter(member=member)
        count = bookings.count()
        bookings.delete()  # seat claims go with them
        return [Destroyed("contract_records", ORIGINALS, count, MOVED)]
