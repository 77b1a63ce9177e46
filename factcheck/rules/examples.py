"""Checking the examples rule files carry about themselves (like textlint-rule-prh `specs`)."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.rules import Example, Rules


@dataclass(frozen=True)
class ExampleResult:
    example: Example
    passed: bool
    message: str

    def __str__(self) -> str:
        status = "ok" if self.passed else "FAILED"
        return f"{self.example.path}:{self.example.line}: {status}: {self.message}"


def check_examples(rules: Rules, nlp=None) -> list[ExampleResult]:
    """Run every example; event examples need the spaCy pipeline and are skipped without it."""
    checkers = {"aliases": _alias, "places": _place, "events": _event, "event-synonyms": _event}
    results = []
    for example in rules.examples:
        if checkers[example.kind] is _event and nlp is None:
            continue
        results.append(checkers[example.kind](example, rules, nlp))
    return results


def _alias(example: Example, rules: Rules, nlp) -> ExampleResult:
    from factcheck.reconcile.entities import canonical_ids

    a, b, same = str(example.data.get("a")), str(example.data.get("b")), bool(example.data.get("same", True))
    ids = canonical_ids([a, b], rules)
    actual = ids[a] == ids[b]
    verdict = "the same entity" if actual else "different entities"
    return ExampleResult(example, actual == same, f"{a!r} and {b!r} are {verdict} ({ids[a]!r}, {ids[b]!r})")


def _place(example: Example, rules: Rules, nlp) -> ExampleResult:
    if "street" in example.data:
        return _finds(example, "street", rules.gazetteer.streets.find)
    if "text" in example.data:
        return _finds(example, "text", rules.gazetteer.find)
    a, b = str(example.data.get("a")), str(example.data.get("b"))
    expected = example.data.get("relation")
    gazetteer = rules.gazetteer
    ids = gazetteer.lookup(a), gazetteer.lookup(b)
    if None in ids:
        unknown = a if ids[0] is None else b
        return ExampleResult(example, False, f"{unknown!r} is not a name in the gazetteer")
    relation = gazetteer.relation(*ids)
    return ExampleResult(
        example, relation.kind == expected, f"{relation.explanation} ({relation.kind}; expected {expected})"
    )


def _finds(example: Example, key: str, find) -> ExampleResult:
    """A sentence and the phrases `find` reads in it, streets or place names ("nothing" for none)."""
    sentence, expected = str(example.data[key]), str(example.data.get("finds"))
    shown = ", ".join(sentence[m.start : m.end] for m in find(sentence)) or "nothing"
    return ExampleResult(example, shown == expected, f"{sentence!r}: found {shown} (expected {expected})")


def _event(example: Example, rules: Rules, nlp) -> ExampleResult:
    from factcheck.corpus import load_document
    from factcheck.extract import extract_claims

    sentence = str(example.data.get("sentence"))
    expected_type, expected_modality = example.data.get("event"), example.data.get("modality")
    document = load_document("example", sentence.encode("utf-8"))
    claims = extract_claims([document], rules, nlp) if hasattr(document, "text") else None
    found = [] if claims is None else list(zip(claims["event_type"], claims["modality"]))
    passed = any(t == expected_type and (expected_modality in (None, m)) for t, m in found)
    wanted = expected_type + (f" ({expected_modality})" if expected_modality else "")
    got = ", ".join(f"{t} ({m})" for t, m in found) or "no claim"
    return ExampleResult(example, passed, f"{sentence!r}: expected {wanted}, found {got}")
