"""Rule files: validation errors name the file and line; examples hold; directories extend."""

import textwrap

import pytest

from factcheck.rules import RuleError, builtin_rules_dir, load_rules
from factcheck.rules.examples import check_examples


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "text, message",
    [
        ("kind: placez\n", "places.yaml:1: 'kind' must be one of"),
        (
            "kind: places\nplaces:\n  mars:\n    names: [Mars]\n    withn: [sky]\n",
            "places.yaml:5: place 'mars': unknown key 'withn'",
        ),
        ("kind: places\nplaces:\n  mars:\n    names: 7\n", "places.yaml:4: place 'mars': names must be a list of text"),
        (
            "kind: places\nplaces:\n  mars:\n    names: [Mars]\n    within: [sky]\n",
            "place 'mars': within names unknown place 'sky'",
        ),
        ("kind: places\nplaces: [1, 2\n", "places.yaml:3: invalid YAML"),
        ("kind: severities\nrules:\n  FC999: error\n", "places.yaml:3: unknown rule 'FC999'"),
        (
            "kind: severities\nrules:\n  date-conflict: fatal\n",
            "places.yaml:3: severity of date-conflict must be one of",
        ),
        (
            "kind: events\nevents:\n  launch: {verbs: [launch]}\nignore: 5\n",
            "places.yaml:4: ignore must be a list of text",
        ),
        (
            "kind: stories\nrarity:\n  documents: 10\n  words: |\n    police 9\n    riverton 11\n",
            "places.yaml:6: rarity.words: expected 'stem count' with 0 < count <= 10",
        ),
    ],
)
def test_invalid_rule_files_fail_with_file_and_line(tmp_path, text, message):
    write(tmp_path, "places.yaml", text)
    with pytest.raises(RuleError) as error:
        load_rules([tmp_path])
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_a_corpus_directory_extends_and_overrides_the_builtin_rules(tmp_path):
    write(tmp_path, "severities.yaml", "kind: severities\nrules:\n  place-uncertain: error\n")
    write(
        tmp_path,
        "places.yaml",
        """\
        kind: places
        places:
          olympus-mons:
            names: [Olympus Mons]
            within: [moon]
        """,
    )
    rules = load_rules([builtin_rules_dir(), tmp_path])
    assert rules.severity("FC202") == "error"
    assert rules.gazetteer.relation("olympus-mons", "moon").kind == "inside"
    assert rules.sha256 != load_rules().sha256


def test_builtin_rule_examples_hold(rules, nlp):
    results = check_examples(rules, nlp)
    assert results and [str(r) for r in results if not r.passed] == []


def test_a_failing_example_is_reported(tmp_path):
    write(
        tmp_path,
        "aliases.yaml",
        """\
        kind: aliases
        aliases: {}
        examples:
          - {a: "Chang'e-6", b: "Chang'e-8", same: true}
        """,
    )
    [result] = check_examples(load_rules([tmp_path]))
    assert not result.passed and "aliases.yaml:4: FAILED" in str(result)


def test_gazetteer_relations_are_inherited_along_containment(rules):
    relation = rules.gazetteer.relation
    assert relation("lunar-orbit", "lunar-far-side").kind == "disjoint"
    assert relation("south-pole-aitken-basin", "lunar-far-side").kind == "overlap"
    assert relation("lunar-far-side", "lunar-surface").kind == "inside"
    assert relation("lunar-surface", "lunar-far-side").kind == "contains"


def test_gazetteer_prefers_the_longest_name_and_needs_its_context(rules):
    text = "It landed on the Moon’s South Pole Aitken Basin, not on the far side of the river."
    found = {text[m.start : m.end]: m.place for m in rules.gazetteer.find(text)}
    assert found["South Pole Aitken Basin"] == "south-pole-aitken-basin"
    assert found["far side"] == "lunar-far-side"  # "Moon" is in the same text
    assert rules.gazetteer.find("They sat on the far side of the river.") == []


def test_case_sensitive_places_need_their_capitals(rules):
    text = "They ate turkey with the china plates, then flew to Turkey; the moon rose."
    found = [(text[m.start : m.end], m.place) for m in rules.gazetteer.find(text)]
    assert ("Turkey", "turkey") in found
    assert not any(written in ("turkey", "china") for written, _ in found)
    assert ("moon", "moon") in found  # the space file does not ask for case
