"""Rule files: YAML data for the event lexicon, entity aliases, the place gazetteer and severities.

Rule directories are read in order, each recursively in sorted path order; later files extend and
override earlier ones, so a corpus repository can add its own directory after the built-in one.
Every file has a `kind` and may carry `examples`, which `factcheck rules test` checks.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

import yaml

from factcheck.catalogue import CHECKS, SEVERITIES, find_check
from factcheck.rules.gazetteer import Gazetteer, Place, PlaceMatch, Relation, StreetShapes
from factcheck.rules.lexicon import EventLexicon
from factcheck.rules.located import LocatedDict, LocatedList, load_located
from factcheck.rules.patterns import PatternError, compile_pattern
from factcheck.rules.schema import FileReader, RuleError
from factcheck.rules.stories import StorySettings
from factcheck.safeyaml import describe, error_line
from factcheck.text import normalise_name

__all__ = [
    "EventLexicon",
    "Example",
    "Gazetteer",
    "Place",
    "PlaceMatch",
    "Relation",
    "RuleError",
    "Rules",
    "StreetShapes",
    "builtin_rules_dir",
    "load_rules",
]

MAX_RULE_FILE_BYTES = 2_000_000
_KINDS = ("events", "event-synonyms", "aliases", "places", "severities", "stories")


@dataclass(frozen=True)
class Example:
    """An example a rule file carries about itself, checked by `factcheck rules test`."""

    path: str
    line: int
    kind: str
    data: dict


@dataclass
class Rules:
    events: EventLexicon = field(default_factory=EventLexicon)
    aliases: dict[str, str] = field(default_factory=dict)  # normalised alias -> canonical name
    patterns: list[tuple[re.Pattern, str]] = field(default_factory=list)  # name pattern -> canonical name
    gazetteer: Gazetteer = field(default_factory=Gazetteer)
    severities: dict[str, str] = field(default_factory=dict)  # check id -> severity
    stories: StorySettings = field(default_factory=StorySettings)
    examples: list[Example] = field(default_factory=list)
    synonym_types: dict[str, str] = field(default_factory=dict)  # event type given synonyms -> "path:line"
    files: list[str] = field(default_factory=list)
    sha256: str = ""

    def severity(self, check_id: str) -> str:
        return self.severities.get(check_id, CHECKS[check_id].default)

    def canonical(self, name: str) -> str:
        """The canonical form of a name after alias resolution: listed aliases first, then patterns."""
        key = normalise_name(name)
        if key in self.aliases:
            return self.aliases[key]
        return next((target for pattern, target in self.patterns if pattern.fullmatch(name.strip())), key)


def builtin_rules_dir() -> Path:
    """The built-in rules, package data: in a checkout `factcheck/builtin_rules` links to `rules/`."""
    return Path(str(files("factcheck") / "builtin_rules")).resolve()


def load_rules(directories: Sequence[Path | str] | None = None) -> Rules:
    """Load and validate every rule file below the directories (default: the built-in rules)."""
    directories = [builtin_rules_dir()] if directories is None else list(directories)
    rules = Rules()
    digest = hashlib.sha256()
    for directory in directories:
        directory = Path(directory)
        if not directory.is_dir():
            raise RuleError(f"{directory}: rules directory not found")
        for path in sorted(p for p in directory.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()):
            data = _read_rule_file(path)
            digest.update(path.relative_to(directory).as_posix().encode() + b"\0" + data + b"\0")
            _load_file(rules, path, data)
    _check_references(rules)
    rules.sha256 = digest.hexdigest()
    return rules


def _read_rule_file(path: Path) -> bytes:
    """The file's bytes, its size checked before it is read."""
    try:
        if path.stat().st_size > MAX_RULE_FILE_BYTES:
            raise FileReader(path).fail(1, f"rule file larger than {MAX_RULE_FILE_BYTES:,} bytes")
        return path.read_bytes()
    except OSError as error:
        raise FileReader(path).fail(1, f"unreadable: {error.strerror or error}") from None


def _load_file(rules: Rules, path: Path, data: bytes) -> None:
    reader = FileReader(path)
    try:
        document = load_located(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise reader.fail(1, f"not UTF-8 text (byte {error.start})") from None
    except yaml.YAMLError as error:
        raise reader.fail(error_line(error) or 1, f"invalid YAML: {describe(error)}") from None
    top = reader.mapping(document, "rule file", 1, ("kind", "description", "examples", *_SECTIONS))
    kind = top.get("kind")
    if kind not in _KINDS:
        raise reader.fail(top.line_of("kind"), f"'kind' must be one of: {', '.join(_KINDS)} (got {kind!r})")
    for key in top:
        if key in _SECTIONS and key not in _SECTIONS_OF[kind]:
            raise reader.fail(top.line_of(key), f"key {key!r} does not belong in a file of kind {kind!r}")
    _LOADERS[kind](rules, reader, top)
    for example in reader.records(top.get("examples", LocatedList()), "examples", top.line_of("examples")):
        rules.examples.append(Example(str(path), example.line, kind, dict(example)))
    rules.files.append(str(path))


# The event lexicon's lists of words and phrases matched in lower case, each kept in the set of its name.
_PHRASE_LISTS = (
    "occurrences",
    "reports",
    "beginnings",
    "outcomes",
    "involvements",
    "hazards",
    "separate",
    "recurrences",
    "parts",
    "rises",
)


def _load_events(rules: Rules, reader: FileReader, top: LocatedDict) -> None:
    lexicon = rules.events
    lexicon.ignore.update(reader.strings(top.get("ignore", []), "ignore", top.line_of("ignore")))
    lexicon.comments.update(reader.strings(top.get("comments", []), "comments", top.line_of("comments")))
    lexicon.ignore.update(lexicon.comments)
    lexicon.tallies.update(reader.strings(top.get("tallies", []), "tallies", top.line_of("tallies")))
    for key in _PHRASE_LISTS:
        getattr(lexicon, key).update(w.lower() for w in reader.strings(top.get(key, []), key, top.line_of(key)))
    sexes = reader.table(top.get("sexes", LocatedDict()), "sexes", top.line_of("sexes"))
    for sex, nouns in sexes.items():
        lexicon.sexes.update((noun.lower(), sex) for noun in reader.strings(nouns, f"sexes: {sex}", sexes.line_of(sex)))
    if "modality" in top:
        modality = reader.mapping(
            top["modality"], "modality", top.line_of("modality"), ("planned_aux", "planned_heads", "possible_aux")
        )
        for key in modality:
            getattr(lexicon, key).update(reader.strings(modality[key], f"modality.{key}", modality.line_of(key)))
    events = reader.table(top.get("events", LocatedDict()), "events", top.line_of("events"))
    for name, spec in events.items():
        _load_event(lexicon, reader, name, spec, events.line_of(name))


_FLAGS = {
    "once": "once",
    "accumulates": "accumulates",
    "subject_undergoes": "subject_undergoes",
    "toll": "tolls",
    "object_is_place": "object_places",
    "follows_its_cause": "follow_their_cause",
    "as_of_publication": "as_of_publication",
    "attends": "attends",
    "answered_at_once": "answered_at_once",
    "answered_at_its_scene": "answered_at_its_scene",
    "at_one_moment": "moments",
    "ages_its_victim": "ages_its_victim",
    "names_its_story_incident": "stand_ins",
    "refers_back": "referring",
}


def _load_event(lexicon: EventLexicon, reader: FileReader, name: str, spec, line: int) -> None:
    where = f"event {name!r}"
    spec = reader.mapping(
        spec,
        where,
        line,
        ("verbs", "passive", "by", "nouns", "occurs", "states", "compatible", *_FLAGS, "counts", "description"),
    )
    for flag, members in _FLAGS.items():
        if reader.flag(spec.get(flag, False), f"{where}: {flag}", spec.line_of(flag)):
            getattr(lexicon, members).add(name)
    for lemma in reader.strings(spec.get("verbs", []), f"{where}: verbs", spec.line_of("verbs")):
        lexicon.verbs[lemma.lower()] = name
    for phrase in reader.strings(spec.get("passive", []), f"{where}: passive", spec.line_of("passive")):
        lexicon.passives[phrase.lower()] = name
    _load_by_subject(lexicon, reader, name, spec)
    for lemma in reader.strings(spec.get("nouns", []), f"{where}: nouns", spec.line_of("nouns")):
        lexicon.nouns[lemma.lower()] = name
    for lemma in reader.strings(spec.get("occurs", []), f"{where}: occurs", spec.line_of("occurs")):
        lexicon.occurring_nouns[lemma.lower()] = name
    for word in reader.strings(spec.get("states", []), f"{where}: states", spec.line_of("states")):
        lexicon.states[word.lower()] = name
    others = reader.strings(spec.get("compatible", []), f"{where}: compatible", spec.line_of("compatible"))
    lexicon.compatible.setdefault(name, set()).update(others)
    if "counts" in spec:
        lexicon.counted[name] = reader.text(spec["counts"], f"{where}: counts", spec.line_of("counts"))
    if "description" in spec:
        lexicon.descriptions[name] = reader.text(
            spec["description"], f"{where}: description", spec.line_of("description")
        )


def _load_by_subject(lexicon: EventLexicon, reader: FileReader, name: str, spec) -> None:
    """`by`: verbs that make the event when done by one of the nouns listed under each."""
    where = f"event {name!r}: by"
    by = reader.table(spec.get("by", LocatedDict()), where, spec.line_of("by"))
    for verb, subjects in by.items():
        for subject in reader.strings(subjects, f"{where} {verb}", by.line_of(verb)):
            lexicon.by_subject[verb.lower(), subject.lower()] = name


def _load_event_synonyms(rules: Rules, reader: FileReader, top: LocatedDict) -> None:
    """Synonyms derived for the hand lexicon's types (rules/core/wordnet-events.yaml); kept apart
    from the hand tables so that a hand entry wins whatever the order the files load in."""
    lexicon = rules.events
    table = reader.table(top.get("synonyms", LocatedDict()), "synonyms", top.line_of("synonyms"))
    for name, spec in table.items():
        where = f"synonyms of {name!r}"
        spec = reader.mapping(spec, where, table.line_of(name), ("verbs", "nouns"))
        rules.synonym_types.setdefault(name, f"{reader.path}:{table.line_of(name)}")
        for key, target in (("verbs", lexicon.synonym_verbs), ("nouns", lexicon.synonym_nouns)):
            for lemma in reader.strings(spec.get(key, []), f"{where}: {key}", spec.line_of(key)):
                target[lemma.lower()] = name


def _load_aliases(rules: Rules, reader: FileReader, top: LocatedDict) -> None:
    table = reader.table(top.get("aliases", LocatedDict()), "aliases", top.line_of("aliases"))
    for canonical, aliases in table.items():
        target = normalise_name(canonical)
        for alias in reader.strings(aliases, f"aliases of {canonical!r}", table.line_of(canonical)):
            rules.aliases[normalise_name(alias)] = target
    patterns = reader.table(top.get("patterns", LocatedDict()), "patterns", top.line_of("patterns"))
    for pattern, canonical in patterns.items():
        line = patterns.line_of(pattern)
        target = normalise_name(reader.text(canonical, f"canonical name for pattern {pattern!r}", line))
        try:
            rules.patterns.append((compile_pattern(pattern), target))
        except PatternError as error:
            raise reader.fail(line, str(error)) from None


def _load_places(rules: Rules, reader: FileReader, top: LocatedDict) -> None:
    table = reader.table(top.get("places", LocatedDict()), "places", top.line_of("places"))
    match_case = reader.flag(top.get("match_case", False), "match_case", top.line_of("match_case"))
    local_to = reader.text(top["local_to"], "local_to", top.line_of("local_to")) if "local_to" in top else ""
    for place_id, spec in table.items():
        where = f"place {place_id!r}"
        line = table.line_of(place_id)
        spec = reader.mapping(
            spec,
            where,
            line,
            (
                "label",
                "names",
                "within",
                "overlaps",
                "disjoint",
                "context",
                "disjoint_children",
                "abbreviations",
                "description",
            ),
        )
        if "names" not in spec:
            raise reader.fail(line, f"{where}: 'names' is required")
        names = reader.strings(spec["names"], f"{where}: names", spec.line_of("names"))
        place = Place(
            id=place_id,
            label=reader.text(spec["label"], f"{where}: label", spec.line_of("label")) if "label" in spec else names[0],
            names=names,
            **{
                key: reader.strings(spec.get(key, []), f"{where}: {key}", spec.line_of(key))
                for key in ("within", "overlaps", "disjoint", "context", "abbreviations")
            },
            disjoint_children=reader.flag(
                spec.get("disjoint_children", False), f"{where}: disjoint_children", spec.line_of("disjoint_children")
            ),
            match_case=match_case,
            local_to=local_to,
            source=(reader.path, line),
        )
        rules.gazetteer.places[place_id] = place
    _load_streets(rules, reader, top)
    if "name_words" in top:
        rules.gazetteer.name_words.extend(reader.strings(top["name_words"], "name_words", top.line_of("name_words")))


def _load_streets(rules: Rules, reader: FileReader, top: LocatedDict) -> None:
    if "streets" not in top:
        return
    streets = reader.mapping(
        top["streets"], "streets", top.line_of("streets"), ("suffixes", "numbered", "prefixes", "coded")
    )
    for key in streets:
        getattr(rules.gazetteer.streets, key).extend(
            reader.strings(streets[key], f"streets.{key}", streets.line_of(key))
        )


def _load_severities(rules: Rules, reader: FileReader, top: LocatedDict) -> None:
    table = reader.table(top.get("rules", LocatedDict()), "rules", top.line_of("rules"))
    for key, severity in table.items():
        check = find_check(key)
        if check is None:
            raise reader.fail(table.line_of(key), f"unknown rule {key!r} (see `factcheck rules list`)")
        if severity not in SEVERITIES:
            raise reader.fail(
                table.line_of(key), f"severity of {key} must be one of: {', '.join(SEVERITIES)} (got {severity!r})"
            )
        rules.severities[check.id] = severity


def _load_stories(rules: Rules, reader: FileReader, top: LocatedDict) -> None:
    settings = rules.stories
    settings.stopwords.update(
        word.lower() for word in reader.strings(top.get("stopwords", []), "stopwords", top.line_of("stopwords"))
    )
    table = reader.mapping(
        top.get("settings", LocatedDict()),
        "settings",
        top.line_of("settings"),
        StorySettings.NUMBERS + StorySettings.WHOLE_NUMBERS,
    )
    for key, value in table.items():
        whole = key in StorySettings.WHOLE_NUMBERS
        setattr(settings, key, reader.number(value, f"settings.{key}", table.line_of(key), whole=whole))
    if "rarity" in top:
        _load_rarity(settings, reader, top)


def _load_rarity(settings: StorySettings, reader: FileReader, top: LocatedDict) -> None:
    """A reference corpus's article count and, one line a stem, "stem count"; the counts of
    several files add up."""
    rarity = reader.mapping(top["rarity"], "rarity", top.line_of("rarity"), ("documents", "words"))
    documents = int(
        reader.number(rarity.get("documents", 0), "rarity.documents", rarity.line_of("documents"), whole=True)
    )
    words = reader.text(rarity.get("words", ""), "rarity.words", rarity.line_of("words"))
    first = rarity.line_of("words") + 1  # a block scalar starts on the line after its key
    counts = settings.reference_counts
    for offset, line in enumerate(words.splitlines()):
        stem, _, count = line.partition(" ")
        if not (stem and count.isdigit() and 0 < int(count) <= documents):
            raise reader.fail(first + offset, f"rarity.words: expected 'stem count' with 0 < count <= {documents}")
        counts["w:" + stem] = counts.get("w:" + stem, 0) + int(count)
    settings.reference_documents += documents


def _check_references(rules: Rules) -> None:
    places = rules.gazetteer.places
    for place in places.values():
        path, line = place.source
        for key in ("within", "overlaps", "disjoint"):
            for other in getattr(place, key):
                if other not in places:
                    raise RuleError(f"{path}:{line}: place {place.id!r}: {key} names unknown place {other!r}")
        if place.id in rules.gazetteer.ancestors(place.id):
            raise RuleError(f"{path}:{line}: place {place.id!r} lies within itself (a 'within' cycle)")
    lexicon = rules.events
    types = set(lexicon.types)
    for name, where in rules.synonym_types.items():
        if name not in types:
            raise RuleError(f"{where}: synonyms of {name!r}: no event type of that name in the lexicon")
    for name, others in lexicon.compatible.items():
        unknown = sorted(set(others) - types)
        if unknown:
            raise RuleError(f"event {name!r} is compatible with unknown event types: {', '.join(unknown)}")


_LOADERS = {
    "events": _load_events,
    "event-synonyms": _load_event_synonyms,
    "aliases": _load_aliases,
    "places": _load_places,
    "severities": _load_severities,
    "stories": _load_stories,
}
_SECTIONS_OF = {
    "events": (
        "events",
        "ignore",
        "comments",
        "tallies",
        *_PHRASE_LISTS,
        "sexes",
        "modality",
    ),
    "event-synonyms": ("synonyms",),
    "aliases": ("aliases", "patterns"),
    "places": ("places", "match_case", "local_to", "streets", "name_words"),
    "severities": ("rules",),
    "stories": ("settings", "stopwords", "rarity"),
}
_SECTIONS = tuple(sorted({key for keys in _SECTIONS_OF.values() for key in keys}))
