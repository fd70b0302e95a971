"""Build-time vendoring of the desk's map assets; never run by the server.

``make vendor`` fetches two packages from the npm registry with ``npm pack`` into
``build/vendor/`` and calls ``python -m fivew.web.vendor build/vendor``, which

- copies Leaflet's ``dist/leaflet.js``, ``dist/leaflet.css`` and its licence
  (BSD-2-Clause) into ``static/vendor/leaflet/``;
- turns world-atlas's ``countries-110m.json`` (TopoJSON of Natural Earth 1:110m
  country outlines, public domain) into GeoJSON at ``static/vendor/countries.geojson``,
  with the rings cut at the antimeridian made continuous (:func:`unwrap_antimeridian`).

The output is committed, so a checkout serves the map without npm; this module
rebuilds it when the pinned versions below change.
"""

from __future__ import annotations

import json
import shutil
import sys
import tarfile
from pathlib import Path
from typing import Any

#: Pinned npm packages (name, version). Bump together with the committed output.
LEAFLET = ("leaflet", "1.9.4")
WORLD_ATLAS = ("world-atlas", "2.0.2")
#: Leaflet files copied, from inside the npm tarball's ``package/`` folder.
LEAFLET_FILES = ("dist/leaflet.js", "dist/leaflet.css", "LICENSE")
#: Decimal places kept in the basemap's coordinates: 0.01° is about 1 km, far finer
#: than the 1:110m outlines themselves, and keeps the file well under 1 MB.
COORDINATE_DECIMALS = 2
#: Largest basemap the desk ships; a bigger file means the wrong atlas was picked.
MAX_BASEMAP_BYTES = 1_000_000

STATIC = Path(__file__).resolve().parent / "static" / "vendor"


def _member(tarball: Path, name: str) -> bytes:
    with tarfile.open(tarball, "r:gz") as archive:
        handle = archive.extractfile(f"package/{name}")
        if handle is None:
            raise FileNotFoundError(f"{name} is not in {tarball}")
        return handle.read()


def _arc_points(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Every arc as absolute longitude/latitude points (arcs are delta-quantised)."""
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs: list[list[tuple[float, float]]] = []
    for arc in topology["arcs"]:
        x = y = 0
        points: list[tuple[float, float]] = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append(
                (
                    round(x * scale_x + shift_x, COORDINATE_DECIMALS),
                    round(y * scale_y + shift_y, COORDINATE_DECIMALS),
                )
            )
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    """One closed ring from arc indexes; a negative index ``~i`` walks arc ``i`` backwards."""
    ring: list[list[float]] = []
    for index in indexes:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        # Consecutive arcs share their joining point: keep it once.
        for point in points if not ring else points[1:]:
            ring.append([point[0], point[1]])
    return ring


def topology_to_geojson(topology: dict[str, Any], layer: str) -> dict[str, Any]:
    """The GeoJSON FeatureCollection of one TopoJSON object (polygons only)."""
    arcs = _arc_points(topology)
    features: list[dict[str, Any]] = []
    for geometry in topology["objects"][layer]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            coordinates: Any = [_ring(ring, arcs) for ring in geometry["arcs"]]
        elif kind == "MultiPolygon":
            coordinates = [[_ring(ring, arcs) for ring in poly] for poly in geometry["arcs"]]
        else:
            continue
        features.append(
            {
                "type": "Feature",
                "properties": {"name": geometry.get("properties", {}).get("name")},
                "geometry": {"type": kind, "coordinates": coordinates},
            }
        )
    return {"type": "FeatureCollection", "features": features}


def unwrap_ring(ring: list[list[float]]) -> list[list[float]]:
    """``ring`` with longitudes made continuous where it crosses the antimeridian and back.

    Natural Earth cuts Russia's and Fiji's rings at 180°: a step from 179.9 to -180
    makes a map draw a streak across the whole world. Such a ring is shifted by 360°
    past each crossing (Leaflet draws longitudes beyond 180). A ring that crosses only
    once (Antarctica, closed along the pole) is returned as it is.
    """
    shift = 0.0
    out = [list(ring[0])] if ring else []
    for before, point in zip(ring, ring[1:], strict=False):
        step = point[0] - before[0]
        if step > 180:
            shift -= 360
        elif step < -180:
            shift += 360
        out.append([round(point[0] + shift, COORDINATE_DECIMALS), point[1]])
    return out if shift == 0 else [list(p) for p in ring]


def unwrap_antimeridian(collection: dict[str, Any]) -> dict[str, Any]:
    """Every ring of ``collection`` passed through :func:`unwrap_ring`, in place."""
    for feature in collection["features"]:
        geometry = feature["geometry"]
        polygons = (
            geometry["coordinates"]
            if geometry["type"] == "MultiPolygon"
            else [geometry["coordinates"]]
        )
        for polygon in polygons:
            polygon[:] = [unwrap_ring(ring) for ring in polygon]
    return collection


def vendor(build: Path, static: Path = STATIC) -> None:
    """Copy Leaflet and write the basemap from the tarballs ``npm pack`` left in ``build``."""
    leaflet = build / f"{LEAFLET[0]}-{LEAFLET[1]}.tgz"
    atlas = build / f"{WORLD_ATLAS[0]}-{WORLD_ATLAS[1]}.tgz"
    target = static / "leaflet"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for name in LEAFLET_FILES:
        (target / Path(name).name).write_bytes(_member(leaflet, name))
    (static / "NATURAL_EARTH.txt").write_text(
        "countries.geojson: Natural Earth 1:110m country outlines (public domain),\n"
        f"via the npm package {WORLD_ATLAS[0]}@{WORLD_ATLAS[1]} (ISC), converted from\n"
        "TopoJSON by fivew.web.vendor.\n",
        encoding="utf-8",
    )
    topology = json.loads(_member(atlas, "countries-110m.json"))
    countries = unwrap_antimeridian(topology_to_geojson(topology, "countries"))
    basemap = json.dumps(countries, separators=(",", ":"))
    if len(basemap) > MAX_BASEMAP_BYTES:
        raise ValueError(f"basemap is {len(basemap)} bytes, over {MAX_BASEMAP_BYTES}")
    (static / "countries.geojson").write_text(basemap, encoding="utf-8")


if __name__ == "__main__":
    vendor(Path(sys.argv[1] if len(sys.argv) > 1 else "build/vendor"))
