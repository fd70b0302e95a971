"""Points for entries GeoNames gives none: the middle of their towns."""

from __future__ import annotations

#: Share of a division's towns left out at each edge when its box is drawn, so that
#: one stray town does not move the point (see :func:`middle`).
EDGE_SHARE = 0.03


def middle(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """A division's point: the middle of the box around its towns, strays left out.

    The middle of the box lands nearer a division's geographic centre (which GeoNames
    uses) than the median town, which leans towards where people live: Texas comes out
    at 31.3 N 99.9 W by the box, 31.1 N 97.4 W by the median, 31.3 N 99.3 W in GeoNames.
    """
    if not points:
        return None
    out = []
    for axis in (0, 1):
        values = sorted(p[axis] for p in points)
        cut = int(len(values) * EDGE_SHARE)
        values = values[cut: len(values) - cut] or values
        out.append(round((values[0] + values[-1]) / 2, 4))
    return out[0], out[1]
