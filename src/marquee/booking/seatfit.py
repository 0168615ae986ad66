"""The seat map fitted to the screen by CSS alone (issues 15 and 19).

The seats shrink until the widest row fits the panel, but not below 20 px (with the
4 px gap, seats stay 24 px apart: WCAG 2.5.8); when even that is too wide the panel
scrolls sideways, a hint says so and SCREEN stays in view (sticky). This used to be
measured by script after the first layout, which laid the map out again (up to four
forced layouts: the seat map's longest task). A row's width is a linear function of
the seat size (seats and row labels scale with ``--seat``, the gaps do not), so the
sizes and the point where the panel starts to scroll are written here as CSS from the
layout: a container query length (``cqi``: the panel's content width) for the size,
container queries for the scrolling state. The first layout is the final one, with or
without script. ``marquee/seatmap-fit.js`` only shows "좌석 크게 보기" (the full size,
``.theatre-panel.full``) when the full size does not fit.
"""

from __future__ import annotations

from django.utils.safestring import SafeString, mark_safe

GAP_PX = 4          # booking.css: .seat-row's gap, and the extra width of a couple seat
LABELS = 1.7        # two row labels, each .85 of a seat wide
MIN_PX = 20         # the smallest seat
FULL = "1.9rem"     # booking.css: the full size of a seat
SCREEN_MIN = "16rem"  # booking.css: .screen's min-width

# What changes while the panel scrolls sideways (the container is .theatre-panel).
SCROLLING = (".seatmap { align-items:flex-start; } "
             ".screen { position:sticky; left:0; width:16rem; margin-left:0; } "
             ".scroll-hint { display:block; position:sticky; left:0; } "
             ".legend { position:sticky; left:0; }")


def row_widths(rows) -> list[tuple[float, int]]:
    """Each distinct row as (seats, px): its width is ``seats * size + px``. Counted as
    ``booking/_seat_map.html`` draws the cells: the second seat of a couple unit is not
    drawn, the first is a wide cell (two seats and a gap) unless it is blocked."""
    widths = set()
    for cells in rows.values():
        drawn = wide = 0
        for cell in cells:
            pair = cell.seat is not None and bool(cell.seat.pair)
            if pair and not cell.first_of_pair:
                continue
            drawn += 1
            wide += int(pair and cell.state != "blocked")
        widths.add((round(drawn + wide + LABELS, 2), (drawn + 1) * GAP_PX + wide * GAP_PX))
    return sorted(widths)


def css(rows) -> SafeString:
    """The panel's size rules for this layout (numbers only, so safe to inline)."""
    widths = row_widths(rows)
    fits = "".join(f", calc((100cqi - {px}px) / {seats})" for seats, px in widths)
    fitted_need = max([seats * MIN_PX + px for seats, px in widths], default=0)
    full_need = " or ".join(f"(width < calc({seats} * {FULL} + {px}px))" for seats, px in widths)
    # Where container units are unknown (browsers before 2023) the full size stays and
    # the panel scrolls: an unknown unit inside --seat would leave the seats no width.
    rules = [f"@supports (width: 1cqi) {{ .theatre-panel {{ --seat: max({MIN_PX}px, min({FULL}{fits})); }} }}",
             f"@container seat-panel (width < {fitted_need:g}px) or (width < {SCREEN_MIN}) "
             f"{{ {SCROLLING} }}"]
    if full_need:
        full = " ".join(f".theatre-panel.full {rule.strip()}}}" for rule in SCROLLING.split("}")
                        if rule.strip())
        rules.append(f"@container seat-panel {full_need} {{ {full} }}")
    return mark_safe("\n".join(rules))  # noqa: S308 - built from numbers and fixed text
