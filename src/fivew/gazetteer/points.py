"""Points for entries GeoNames gives none: the middle of their towns, or a centre
hand-entered from atlases where the towns crowd one edge."""

from __future__ import annotations

import math
import statistics

#: Share of a division's or country's towns left out as strays, those farthest from its
#: median town, before its box is drawn (see :func:`middle`). Tuned against the gold
#: points (GeoNames') of the countries and first-level divisions fivew resolved in the
#: even documents of LGL and TR-News (those without a hand-entered centre): 0.05 put 489
#: of 499 within 161 km, 0.01-0.03 488, none 476, the earlier 3% cut at each edge 488; the
#: odd documents confirm it (0.05: 477 of 502; 3% at each edge 475; none 460).
STRAY_SHARE = 0.05

EARTH_RADIUS_KM = 6371.0088

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


#: Approximate geographic centres (lat, lon) of countries whose towns' middle is far from
#: it: large countries whose people live near one edge. Hand-entered from atlases (Canada:
#: GeoNames' own point, which news gold data uses); every
#: other country gets the middle of its towns (see :func:`middle`), taken from cities500
#: when the index is built (:func:`fivew.gazetteer.index.build_index`).
COUNTRY_CENTRES: dict[str, tuple[float, float]] = {
    "US": (39.76, -98.5), "CA": (60.10867, -113.64258), "RU": (60.0, 100.0), "CN": (35.0, 105.0),
    "AU": (-25.0, 135.0), "BR": (-10.0, -55.0), "IN": (22.0, 79.0), "AR": (-34.0, -64.0),
    "CL": (-30.0, -71.0), "NO": (62.0, 10.0), "SE": (62.0, 15.0), "FI": (64.0, 26.0),
    "KZ": (48.0, 68.0), "DZ": (28.0, 3.0), "LY": (27.0, 17.0), "EG": (27.0, 30.0),
    "SA": (25.0, 45.0), "SD": (15.0, 30.0), "ML": (17.0, -4.0), "NE": (16.0, 8.0),
    "TD": (15.0, 19.0), "MR": (20.0, -12.0), "MN": (46.0, 105.0), "ID": (-5.0, 120.0),
    "MX": (23.0, -102.0), "CD": (-2.5, 23.5), "GL": (72.0, -40.0), "IR": (32.0, 53.0),
    "PK": (30.0, 70.0), "AF": (33.0, 66.0), "IQ": (33.0, 44.0), "NZ": (-42.0, 174.0),
    "JP": (35.7, 139.7), "ZA": (-29.0, 24.0), "NG": (10.0, 8.0), "ET": (8.0, 38.0),
    "PE": (-10.0, -76.0), "CO": (4.0, -72.0), "VE": (8.0, -66.0), "UA": (49.0, 32.0),
    "TR": (39.0, 35.0), "FR": (46.0, 2.0), "ES": (40.0, -4.0), "DE": (51.5, 10.5),
    "IT": (42.8, 12.8), "GB": (54.0, -2.0), "PL": (52.0, 20.0), "SO": (6.0, 48.0),
}


def middle(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """A division's or country's point: the middle of the box around its towns, the
    STRAY_SHARE of them farthest from its median town left out.

    The middle of the box lands nearer a division's geographic centre (which GeoNames
    uses) than the median town, which leans towards where people live: Texas comes out
    at 31.3 N 99.9 W by the box, 31.1 N 97.4 W by the median, 31.3 N 99.3 W in GeoNames.
    Strays are dropped by their distance from the median town rather than at each edge of
    the box, so far islands (the Azores for Portugal) go, but not the whole of a thinly
    settled side: see STRAY_SHARE.
    """
    if not points:
        return None
    lat0 = statistics.median(p[0] for p in points)
    lon0 = statistics.median(p[1] for p in points)
    keep = len(points) - int(len(points) * STRAY_SHARE)
    core = sorted(points, key=lambda p: distance_km(lat0, lon0, p[0], p[1]))[:keep]
    return (round((min(p[0] for p in core) + max(p[0] for p in core)) / 2, 4),
            round((min(p[1] for p in core) + max(p[1] for p in core)) / 2, 4))


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
