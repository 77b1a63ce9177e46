"""What kind of place a name is (country, subdivision or city), from the world gazetteer of the
rules (`rules/world/places.yaml`, GeoNames data), so that a planted place replaces a city by a
city and a country by a country.
"""

from __future__ import annotations

from pathlib import Path

import yaml

GAZETTEER = Path(__file__).resolve().parents[1] / "rules" / "world" / "places.yaml"


def place_kinds(path: Path = GAZETTEER) -> dict[str, tuple[str, str]]:
    """Each name of a country, subdivision or city -> (kind, place id); continents are left out."""
    places = yaml.safe_load(path.read_text(encoding="utf-8"))["places"]
    kinds = {}
    for place_id, place in places.items():
        kind = _kind(place)
        names = place.get("names", [])
        for name in [names] if isinstance(names, str) else names:
            if kind:
                kinds[name] = (kind, place_id)
    return kinds


def _kind(place: dict) -> str | None:
    within = place.get("within", [])
    within = [within] if isinstance(within, str) else within
    if "world" in within:
        return "country"
    if not within:
        return None  # a continent, or the world
    # Countries and subdivisions hold disjoint parts; a city holds none in the gazetteer.
    return "subdivision" if place.get("disjoint_children") else "city"
