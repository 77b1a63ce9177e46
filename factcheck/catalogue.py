"""The catalogue of checks: every finding's rule has a stable id, a name, a rationale and an example.

`factcheck rules list` and the documentation are generated from this table; severities come
from the rule files (`kind: severities`), with `default` used where none is given.
"""

from __future__ import annotations

from dataclasses import dataclass

SEVERITIES = ("info", "warning", "error")


@dataclass(frozen=True)
class Check:
    id: str
    name: str
    default: str  # severity when no rule file sets one
    summary: str
    rationale: str
    example: str


CHECKS: dict[str, Check] = {
    check.id: check
    for check in (
        Check(
            "FC001",
            "unused-suppression",
            "warning",
            "A `<!-- factcheck: ignore RULE -->` comment suppresses no finding.",
            "A suppression that outlives the conflict it silenced would hide the next one unseen; "
            "`factcheck check` reports it so it can be removed (like ruff's RUF100).",
            "<!-- factcheck: ignore FC101 --> above a paragraph that no date conflict involves.",
        ),
        Check(
            "FC002",
            "document-not-checked",
            "error",
            "A document was found but not checked: undecodable, binary, malformed or unclosed front matter, "
            "too large, unreadable, or in a language the extractor does not read.",
            "A gate that passes what it could not read would pass anything: like ruff's E999 for a file it cannot "
            "parse, a document left unchecked fails the run until it is fixed, excluded, or this check re-levelled.",
            "news/a.md starts with '---' and no '---' line closes the front matter; news/b.md is in Spanish.",
        ),
        Check(
            "FC003",
            "document-damaged",
            "warning",
            "A document was checked, but some of its bytes were not valid UTF-8 and were replaced.",
            "A file saved in another encoding (Latin-1, Windows-1252) loses its accented letters, and with them "
            "names and numbers may not match: re-save it as UTF-8.",
            "news/c.md saved as Latin-1: 'Caf\\xe9 owner' is read as 'Caf\ufffd owner'.",
        ),
        Check(
            "FC101",
            "date-conflict",
            "error",
            "Two articles date the same event to intervals that cannot overlap, or one article its incident.",
            "Each date is read as an interval at its own granularity (May 2024 is the whole month), "
            "so only dates that exclude each other conflict; a planned date is never held against a reported one. "
            "What happens at one moment (a shooting) is one time: two clock times of it two hours apart conflict, "
            "whatever day each page gives them.",
            "A: 'In May 2024, Acme launched its first satellite.'  B: 'Acme launched its first satellite in May 2022.'",
        ),
        Check(
            "FC102",
            "date-plan-changed",
            "info",
            "A planned or expected date differs from the date another article reports or plans.",
            "Plans slip: 'expected to launch in 2028' against 'launched in 2029' is news, not an error.",
            "A: 'The probe is expected to launch in 2028.'  B: 'The probe launched in 2029.'",
        ),
        Check(
            "FC103",
            "date-conflict-unlisted",
            "info",
            "As date-conflict, for an event typed by its verb alone (not in the lexicon).",
            "Verbs the lexicon does not list ('missed nine games', 'completed 28 passes', 'received her degree') "
            "say nothing of whether the event happens once or what its count counts, so the difference is shown, "
            "not gated.",
            "A: 'Pre-orders start next week.'  B: 'Customers can get it starting in June.'",
        ),
        Check(
            "FC201",
            "place-disjoint",
            "error",
            "Two articles put the same event in places the gazetteer says are disjoint.",
            "Disjoint places (the near and the far side of the Moon, two different countries) cannot both be right.",
            "A: 'The lander touched down on the far side of the Moon.'  B: 'The lander touched down on the near side.'",
        ),
        Check(
            "FC202",
            "place-uncertain",
            "warning",
            "Two articles put the same event in places the gazetteer says only overlap, or on two streets "
            "(or two blocks of one street) of one city.",
            "Overlapping places may both be right, and a corner joins two streets, but one event has one scene: "
            "an editor should look.",
            "A: '... landed in the South Pole-Aitken basin.'  B: '... landed on the far side.'  "
            "A: 'in the 300 block of Margate Road'  B: 'in the 3000 block of Margate Road'",
        ),
        Check(
            "FC203",
            "place-nested",
            "info",
            "One article names a place inside the place another article names.",
            "A city within a country, a crater within a basin: the two agree, one is more precise.",
            "A: 'The quake struck Nepal.'  B: 'The quake struck near Kathmandu.'",
        ),
        Check(
            "FC204",
            "place-unrelated",
            "info",
            "Two articles put the same event in places the gazetteer cannot relate (one of them it does not know).",
            "Real news names places at every scale, from a motel to a province; a town the gazetteer does not know "
            "is most often inside the other place, so this is for a person to look at, not a gate to fail.",
            "A: 'He died at his home in Santa Rosa.'  B: 'He died in California.'",
        ),
        Check(
            "FC205",
            "place-conflict-unlisted",
            "info",
            "As place-disjoint or place-uncertain, for an event typed by its verb alone (not in the lexicon).",
            "Verbs the lexicon does not list ('missed nine games', 'completed 28 passes', 'received her degree') "
            "say nothing of whether the event happens once or what its count counts, so the difference is shown, "
            "not gated.",
            "A: 'She received her degree from the University of Alabama, Birmingham.'  "
            "B: 'She received a bachelor's degree from Xavier University of Louisiana.'",
        ),
        Check(
            "FC301",
            "count-conflict",
            "warning",
            "Two articles give the same event counts or amounts that cannot both hold, or one article its toll.",
            "Quantities are read with their qualifiers ('more than 40', 'about 2,000') before they are compared.",
            "A: 'The earthquake killed 2,100 people.'  B: 'The earthquake killed 1,400 people.'",
        ),
        Check(
            "FC302",
            "count-update",
            "info",
            "A later article gives a larger count for the same event: likely an update, not an error.",
            "Tolls and tallies grow as news develops; when both articles are dated, the dates differ and the "
            "later count is the larger, it is an update (a smaller later count is a conflict). So is a larger "
            "toll told as what it has risen to ('the death toll rose to 33') in an article of the same day or "
            "without a date.",
            "A (1 May): 'two people died.'  B (3 May): 'three people died.'",
        ),
        Check(
            "FC303",
            "count-conflict-unlisted",
            "info",
            "As count-conflict, for an event typed by its verb alone (not in the lexicon).",
            "Verbs the lexicon does not list ('missed nine games', 'completed 28 passes', 'received her degree') "
            "say nothing of whether the event happens once or what its count counts, so the difference is shown, "
            "not gated.",
            "A: 'Thomas missed nine games this season.'  B: 'Thomas missed 10 of the Saints' 16 games.'",
        ),
    )
}

BY_NAME = {check.name: check for check in CHECKS.values()}


def find_check(key: str) -> Check | None:
    """A check by id ("FC101") or name ("date-conflict")."""
    return CHECKS.get(key.upper()) or BY_NAME.get(key.lower())
