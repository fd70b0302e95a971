"""Points for entries GeoNames gives none: the middle of their towns."""

from __future__ import annotations

#: Share of a division's towns left out at each edge when its box is drawn, so that
#: one stray town does not move the point (see :func:`middle`).
EDGE_SHARE = 0.03

#: Approximate geographic centres (lat, lon) of large first-level divisions whose towns
#: crowd one edge (southern Canada, coastal Australia, south-central Alaska), where the
#: middle of the towns lands hundreds of kilometres from the centre. Hand-entered from
#: atlases; every other division gets :func:`middle`. After changing, rebuild the index
#: (bump ``INDEX_VERSION``) and re-run ``fivew evaluate geo`` on TR-News and LGL.
DIVISION_CENTRES: dict[str, tuple[float, float]] = {
    "CA.01": (55.0, -115.0), "CA.02": (54.0, -124.0), "CA.03": (55.0, -97.4),
    "CA.04": (46.5, -66.5), "CA.05": (53.1, -60.6), "CA.07": (45.0, -63.0),
    "CA.08": (49.8, -84.5), "CA.09": (46.4, -63.2), "CA.10": (53.0, -72.0),
    "CA.11": (54.4, -105.9), "CA.12": (64.0, -135.0), "CA.13": (65.0, -120.0),
    "CA.14": (66.0, -95.0),
    "AU.01": (-35.5, 149.0), "AU.02": (-32.2, 147.0), "AU.03": (-19.4, 133.4),
    "AU.04": (-22.5, 144.5), "AU.05": (-30.0, 135.8), "AU.06": (-42.0, 146.6),
    "AU.07": (-36.9, 144.3), "AU.08": (-25.3, 122.3),
    "US.AK": (63.8, -152.0),
}


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
