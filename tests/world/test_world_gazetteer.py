"""The world gazetteer (rules/world/places.yaml and towns.yaml): its examples, its structure and a
few relations."""

from __future__ import annotations

from collections import Counter

import pytest

from factcheck.rules import builtin_rules_dir
from factcheck.rules.examples import check_examples
from factcheck.rules.gazetteer import _key, _words
from factcheck.rules.located import load_located

WORLD = builtin_rules_dir() / "world" / "places.yaml"
TOWNS = builtin_rules_dir() / "world" / "towns.yaml"


def _place_ids(path) -> list[str]:
    return list(load_located(path.read_text(encoding="utf-8"))["places"])


@pytest.mark.parametrize("path", [WORLD, TOWNS], ids=["places", "towns"])
def test_the_files_examples_hold(rules, path):
    results = [r for r in check_examples(rules) if r.example.path == str(path)]
    assert len(results) >= 5
    assert [str(r) for r in results if not r.passed] == []


def test_place_ids_are_unique_across_rule_files():
    ids = Counter(i for path in builtin_rules_dir().rglob("places.yaml") for i in _place_ids(path))
    assert [i for i, n in ids.items() if n > 1] == []


def test_no_name_denotes_two_places(rules):
    owners: dict[str, set[str]] = {}
    for place in rules.gazetteer.places.values():
        for name in place.names:
            owners.setdefault(_key(m.group() for m in _words(name)), set()).add(place.id)
    assert {name: ids for name, ids in owners.items() if len(ids) > 1} == {}


def test_every_world_place_is_loaded_with_existing_containers(rules):
    places = rules.gazetteer.places
    world = _place_ids(WORLD)
    assert len(world) > 1000
    assert all(i in places for i in world)
    assert all(parent in places for i in world for parent in places[i].within)


@pytest.mark.parametrize("path", [WORLD, TOWNS], ids=["places", "towns"])
def test_the_description_credits_geonames(path):
    description = load_located(path.read_text(encoding="utf-8"))["description"]
    assert "GeoNames" in description and "CC BY 4.0" in description


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("Geneva", "Switzerland", "inside"),
        ("Switzerland", "Geneva", "contains"),
        ("Paris", "Tokyo", "disjoint"),
        ("Texas", "California", "disjoint"),
        ("Houston", "Texas", "inside"),
        ("Houston", "Dallas", "disjoint"),
        ("Russia", "Europe", "overlap"),
        ("Turkey", "Greece", "disjoint"),
        ("France", "Asia", "disjoint"),
        ("United States", "USA", "same"),
        ("South Korea", "Republic of Korea", "same"),
        ("Hong Kong", "China", "inside"),
        ("Naugatuck", "Waterbury", "disjoint"),
        ("Fitchburg, Mass.", "Worcester, Mass.", "disjoint"),
        ("Cicero, Ill.", "Chicago", "inside"),
        ("Jamaica", "Cuba", "disjoint"),
    ],
)
def test_relations(rules, a, b, kind):
    gazetteer = rules.gazetteer
    assert gazetteer.relation(gazetteer.lookup(a), gazetteer.lookup(b)).kind == kind


@pytest.mark.parametrize("name", ["Georgia", "Punjab", "Reading", "Nice", "Florence", "Charlotte", "Cordoba", "Korea"])
def test_ambiguous_names_are_left_out(rules, name):
    assert rules.gazetteer.lookup(name) is None


def test_qualified_names_stand_in_for_ambiguous_ones(rules):
    gazetteer = rules.gazetteer
    assert gazetteer.relation(gazetteer.lookup("Austin, Texas"), gazetteer.lookup("Texas")).kind == "inside"
    assert gazetteer.lookup("Georgia, United States") != gazetteer.lookup("Republic of Georgia")


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("A woman drowned in London, Ontario, on Sunday.", [("London, Ontario", "ca-ontario")]),
        (
            "Leaders in Bountiful, British Columbia, were held.",
            [("Bountiful, British Columbia", "ca-british-columbia")],
        ),
        (
            "He flew from Toronto, Ontario, to Paris.",
            [("Toronto", "toronto-ca"), ("Ontario", "ca-ontario"), ("Paris", "paris-fr")],
        ),
        (
            "Offices in Paris, London and Berlin.",
            [("Paris", "paris-fr"), ("London", "london-gb"), ("Berlin", "de-berlin")],
        ),
        ("A woman died in Victoria, B.C., on Sunday.", [("Victoria, B.C.", "ca-british-columbia")]),
        ("They met in Victoria, British Columbia.", [("Victoria, British Columbia", "ca-british-columbia")]),
        ("Leaders in Bountiful, B.C., were held.", [("Bountiful, B.C.", "ca-british-columbia")]),
        (
            "Storms hit Texas, Oklahoma and Kansas.",
            [("Texas", "us-texas"), ("Oklahoma", "us-oklahoma"), ("Kansas", "us-kansas")],
        ),
        ("It was built in 300 B.C. in Rome.", [("Rome", "rome-it")]),
        ("He lives in Portland, Ore., now.", [("Portland", "portland-us-5746545")]),
    ],
)
def test_a_region_after_a_town_of_another_region_stands_for_the_town(rules, text, named):
    assert [(text[m.start : m.end], m.place) for m in rules.gazetteer.find(text)] == named


def test_capitalised_abbreviations_never_match_ordinary_words(rules):
    text = "Tell us what the US and the U.K. decided."
    found = [(text[m.start : m.end], m.place) for m in rules.gazetteer.find(text)]
    assert found == [("US", "united-states"), ("U.K", "united-kingdom")]


def test_short_names_are_only_country_abbreviations(rules):
    world = set(_place_ids(WORLD))
    short = {
        (name, place.id)
        for place in rules.gazetteer.places.values()
        if place.id in world
        for name in place.names
        if len(name) < 4
    }
    countries = {i for i in world if "world" in rules.gazetteer.places[i].within}
    assert short and all(name.isupper() and place in countries for name, place in short)


def test_a_town_never_takes_the_name_of_a_country_or_city_far_larger():
    towns = load_located(TOWNS.read_text(encoding="utf-8"))["places"]
    names = {name for town in towns.values() for name in _names(town)}
    assert {"Lebanon", "Jamaica", "Holland", "Birmingham", "Athens", "Alexandria"}.isdisjoint(names)


def test_a_name_several_towns_bear_is_known_only_with_the_state(rules):
    gazetteer = rules.gazetteer
    assert gazetteer.lookup("Dover") is None
    delaware, new_hampshire = gazetteer.lookup("Dover, Del."), gazetteer.lookup("Dover, New Hampshire")
    assert gazetteer.relation(delaware, new_hampshire).kind == "disjoint"


def _names(place) -> list[str]:
    names = place["names"]
    return [names] if isinstance(names, str) else names


def test_a_suburb_lies_within_its_metro_and_a_town_beyond_it_does_not(rules):
    """Outlets put one incident in Baytown or "near Houston": the suburb is a part of the city
    (nested, information), while a city of its own 36 km from Milwaukee stays apart."""
    gazetteer = rules.gazetteer
    assert gazetteer.relation(gazetteer.lookup("Baytown"), gazetteer.lookup("Houston")).kind == "inside"
    assert gazetteer.relation(gazetteer.lookup("Racine"), gazetteer.lookup("Milwaukee")).kind == "disjoint"
