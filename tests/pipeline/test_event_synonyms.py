"""The event synonyms derived from WordNet (rules/core/wordnet-events.yaml): paraphrases get the
seed's type, the hand lexicon wins, and a paraphrase aligns two reports of one event."""

import textwrap

import pytest

from factcheck.rules import RuleError, builtin_rules_dir, load_rules

SYNONYMS = builtin_rules_dir() / "core" / "wordnet-events.yaml"


def write(directory, name, text):
    (directory / name).write_text(textwrap.dedent(text), encoding="utf-8")


def test_the_shipped_table_loads_small_with_its_licence(rules):
    header = SYNONYMS.read_text(encoding="utf-8").splitlines()[:4]
    assert any("python scripts/build_event_vocabulary.py" in line for line in header)
    assert "Princeton University" in (SYNONYMS.parent / "WORDNET-LICENSE").read_text(encoding="utf-8")
    lexicon = rules.events
    assert 50 < len(lexicon.synonym_verbs) + len(lexicon.synonym_nouns) < 1000
    assert set(lexicon.synonym_verbs.values()) | set(lexicon.synonym_nouns.values()) <= set(lexicon.types)


@pytest.mark.parametrize(
    "lemma, noun, event_type",
    [
        ("murder", False, "kill"),
        ("slay", False, "kill"),
        ("assassinate", False, "kill"),
        ("mow down", False, "kill"),
        ("murder", True, "kill"),
        ("assassination", True, "kill"),
        ("apprehend", False, "arrest"),
        ("nab", False, "arrest"),
        ("purchase", False, "acquire"),
        ("buyout", True, "acquire"),
        ("embezzle", False, "steal"),
        ("abscond", False, "escape"),
    ],
)
def test_a_paraphrase_gets_the_seeds_type(rules, lemma, noun, event_type):
    *verb, word = lemma.split()
    assert rules.events.event_type(" ".join(verb) or word, [word] if verb else [], noun=noun) == event_type


@pytest.mark.parametrize("lemma", ["execute", "fire", "harm", "erase", "retire", "defect"])
def test_an_ambiguous_lemma_stays_untyped(rules, lemma):
    assert rules.events.event_type(lemma) is None


def test_a_shooting_is_its_own_event_not_a_killing(rules):
    """WordNet would make "shoot" a killing; the hand lexicon types it as a shooting, which
    counts the wounded and the dead together."""
    assert rules.events.event_type("shoot") == "shoot"
    assert rules.events.event_type("shoot", ["dead"]) == "kill"


def test_the_hand_lexicon_wins_whatever_the_order(tmp_path):
    hand, derived = tmp_path / "hand", tmp_path / "derived"
    hand.mkdir()
    derived.mkdir()
    write(hand, "events.yaml", "kind: events\nevents:\n  die:\n    verbs: [murder]\n")
    write(
        derived,
        "synonyms.yaml",
        """\
        kind: event-synonyms
        synonyms:
          die:
            verbs: [kill, say, "take over"]
        """,
    )
    lexicon = load_rules([builtin_rules_dir(), hand, derived]).events
    assert lexicon.event_type("murder") == "die"  # a hand entry after the derived one
    assert lexicon.event_type("kill") == "kill"  # a hand entry before it
    assert lexicon.event_type("say") is None  # ignored by the hand lexicon
    assert lexicon.event_type("take", ["over"]) == "acquire"


def test_synonyms_of_an_unknown_type_name_the_file_and_line(tmp_path):
    write(tmp_path, "synonyms.yaml", "kind: event-synonyms\nsynonyms:\n  murther:\n    verbs: [slay]\n")
    with pytest.raises(RuleError, match=r"synonyms.yaml:3: synonyms of 'murther': no event type"):
        load_rules([builtin_rules_dir(), tmp_path])


def test_the_rules_digest_covers_the_synonyms(tmp_path):
    core = tmp_path / "core"
    core.mkdir()
    for path in (builtin_rules_dir() / "core").glob("*.yaml"):
        (core / path.name).write_bytes(path.read_bytes())
    before = load_rules([tmp_path]).sha256
    with (core / SYNONYMS.name).open("a", encoding="utf-8") as synonyms:
        synonyms.write("# edited\n")
    assert load_rules([tmp_path]).sha256 != before


def test_a_murder_and_a_killing_on_different_dates_conflict(analyse_paths, rules, tmp_path):
    write(tmp_path, "a.md", "---\npublished: 2024-05-06\n---\nJournalist Mara Velez was murdered on 3 May 2024.\n")
    write(tmp_path, "b.md", "---\npublished: 2024-05-06\n---\nJournalist Mara Velez was killed on 5 May 2024.\n")
    report = analyse_paths([tmp_path], rules)
    assert [f.rule for f in report.findings] == ["FC101"]
