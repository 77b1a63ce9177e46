"""Filling a claim's slots: the time, the place and the quantity that belong to a trigger."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from factcheck.extract.clauses import clause_depth, distance, root_of
from factcheck.extract.mentions import PLACE_LABELS, Mention
from factcheck.extract.setting import Setting
from factcheck.quantities import Quantity, currency_of, parse_quantity, qualifier_before
from factcheck.rules import Gazetteer, PlaceMatch
from factcheck.rules.gazetteer import StreetMatch, on_a_street, read_by_matcher, told_as_nearby
from factcheck.rules.lexicon import EventLexicon
from factcheck.temporal import Timex

_LOCATIVE_PREPOSITIONS = frozenset(
    {
        "in",
        "at",
        "on",
        "near",
        "off",
        "across",
        "over",
        "inside",
        "outside",
        "into",
        "onto",
        "around",
        "throughout",
        "within",
        "from",
        "aboard",
    }
)

# Prepositions of a site, whose object's owner is a place ("at Bucharest's airport"); not
# "aboard China's probe" or "on the Moon's far side", where it is a craft's or a body's.
_SITE_PREPOSITIONS = frozenset({"in", "at", "near", "inside", "outside", "within", "throughout", "across", "around"})

_QUANTITY_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})


def nearest_time(doc: Doc, trigger: Token, timexes, scope: set[int], event_nouns=frozenset()) -> Timex | None:
    """The time in the trigger's clause nearest it, an explicit date first, and narrowed by one
    inside it ("starting next week on April 29th"); never a year that names a thing rather than
    when it happened (`_names_a_thing`)."""
    best = None
    found = []
    for timex in timexes:
        if timex.type not in ("DATE", "TIME"):
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is not None and _names_a_thing(span, timex, trigger, event_nouns):
            continue
        # The parse may split an expression ("11:47 p.m. local time"): any token in scope counts.
        inside = [t for t in span or () if t.i in scope]
        if not inside:
            continue
        # An explicit date says more than a relative one ("A year later ... in January 2024").
        rank = (timex.anchor != "absolute", min(distance(t, trigger) for t in inside))
        found.append(timex)
        if best is None or rank < best[0]:
            best = (rank, timex)
    if best is None:
        return None
    narrower = [t for t in found if _narrows(t, best[1])]
    return min(narrower, key=lambda t: t.until - t.begin) if narrower else best[1]


def _narrows(inner: Timex, outer: Timex) -> bool:
    """The first interval lies within the second and is shorter: it says more of the same time."""
    if None in (inner.begin, inner.until, outer.begin, outer.until):
        return False
    within = outer.begin <= inner.begin and inner.until <= outer.until
    return within and (inner.begin, inner.until) != (outer.begin, outer.until)


def _names_a_thing(span: Span, timex: Timex, trigger: Token, event_nouns) -> bool:
    """A year that modifies a noun ("approved the 2025 budget", "its 2023 models", "the 2022
    season opener") is part of the thing's name, not the event's date; unless the noun is the
    trigger or itself an event ("won the 2024 election": the election's year is the win's)."""
    if timex.granularity not in ("year", "season", "decade", "century"):  # "the 1940s Hollywood actress"
        return False
    modifiers = [
        t for t in span if t.dep_ in ("nummod", "compound", "amod", "nmod") and not span.start <= t.head.i < span.end
    ]
    noun = modifiers[0].head if modifiers else None
    return noun is not None and noun.pos_ == "NOUN" and noun.i != trigger.i and noun.lemma_.lower() not in event_nouns


# A street is more precise than any place the gazetteer holds.
STREET_DEPTH = 100

# Prepositions of an opponent or a partner ("drew with Italy", "the match between England and
# Croatia"): a country there is a team or a state, not where the event happened.
_OPPONENT_PREPOSITIONS = frozenset({"with", "against", "versus", "vs", "vs.", "v", "v.", "between"})


@dataclass(frozen=True)
class Sites:
    """The places the cheap matchers found in a sentence, and what the article told before it."""

    places: tuple[PlaceMatch, ...]
    streets: tuple[StreetMatch, ...]
    setting: Setting
    gazetteer: Gazetteer


def best_place(doc, trigger, sites: Sites, named, scope, object_is_place=False, destination=False) -> tuple | None:
    """(start, end, place key, known to the gazetteer, city of a street or None) of the claim's
    most specific place; with `destination`, where the event went to is its place ("crews were
    called to Carmont")."""
    gazetteer = sites.gazetteer
    candidates = []
    # A place the scene lies by ("off of Pellissippi Parkway") is the scene only if nothing else is.
    for match in sites.places:
        root = root_of(doc, match.start, match.end)
        if _is_site(doc, root, match.start, match.end, scope, sites.setting, trigger, object_is_place):
            nearby = told_as_nearby(doc.text[: match.start])
            rank = (clause_depth(root, trigger), _in_a_noun(root, trigger), nearby, -gazetteer.depth(match.place))
            candidates.append((*rank, distance(root, trigger), match.start, match.end, match.place, True, None))
    for street in sites.streets:
        root = root_of(doc, street.start, street.end)
        if _is_site(doc, root, street.start, street.end, scope, sites.setting, trigger, object_is_place):
            nearby = told_as_nearby(doc.text[: street.start])
            rank = (clause_depth(root, trigger), _in_a_noun(root, trigger), nearby, -STREET_DEPTH)
            city = _city_of(doc, street, sites) or ""  # "": a street whose city the article never named
            candidates.append((*rank, distance(root, trigger), street.start, street.end, street.street, False, city))
    for mention in named:
        root = doc[mention.end - 1]
        start, end = doc[mention.start].idx, root.idx + len(root.text)
        if (
            root.i not in scope
            or any(c[5] < end and start < c[6] for c in candidates)
            or on_a_street(sites.streets, start, end)
            or _hyphenated(doc.text, end)
            or sites.setting.is_person(mention.text)
            or _other_role(root, object_is_place)
            or _owned_by_someone(root)
        ):
            continue
        located = _located(root, trigger) or (destination and _went_to(root, trigger))
        # The small model labels unfamiliar towns as people or firms: a name known to the
        # gazetteer, or the object of an event whose object is where it happened, is a place.
        placed = mention.kind in PLACE_LABELS or gazetteer.lookup(mention.text) is not None
        # "struck Nepal": the object of a strike is where; "struck Raj Chohan" is whom.
        if (located and placed) or (object_is_place and mention.kind != "PERSON" and _is_object(root, trigger)):
            key = gazetteer.lookup(mention.text)
            nearby = told_as_nearby(doc.text[:start])
            depth = gazetteer.depth(key) if key else -1
            rank = (clause_depth(root, trigger), _in_a_noun(root, trigger), nearby, -depth)
            candidates.append((*rank, distance(root, trigger), start, end, key or mention.text, key is not None, None))
    if not candidates:
        return None
    return min(candidates)[5:]


def _owned_by_someone(name: Token) -> bool:
    """ "hit his Mercedes", "on their Toyota": a name someone owns is a thing, not a place."""
    return any(child.dep_ == "poss" and child.tag_ == "PRP$" for child in name.children)


def _in_a_noun(place: Token, trigger: Token) -> bool:
    """The place hangs from a participant on its way up to the trigger ("groups with ties to Utah
    were arrested in Canada"): it describes that participant, so a place said of the event itself
    wins over it, however much more specific. A noun the event's own preposition governs ("in the
    centre of Paris", "near the town of Kineta") is on the way, not a participant."""
    token = place
    while token.i != trigger.i and token.head.i != token.i:
        token = token.head
        said_of_event = token.dep_ == "pobj" and token.head.head.i == trigger.i
        if token.i != trigger.i and token.pos_ in ("NOUN", "PROPN", "PRON") and not said_of_event:
            return True
    return False


def _is_site(doc: Doc, root, start: int, end: int, scope: set[int], setting, trigger, object_is_place) -> bool:
    """Whether a matched place name says where the claim's event happened."""
    return (
        root is not None
        and root.i in scope
        and (not _actor(root) or (object_is_place and _is_object(root, trigger)))
        and not _other_role(root, object_is_place)
        and not _hyphenated(doc.text, end)
        and not setting.is_person(doc.text[start:end])
        and not _inside_a_name(doc, start, end)
    )


# Names that can hold a place without being at it: "the Organization for Security and
# Cooperation in Europe", "the Bank of England", "the New York Times".
_NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "LAW", "PRODUCT", "EVENT"})


def _inside_a_name(doc: Doc, start: int, end: int) -> bool:
    """The place is part of a longer name of something else."""
    return any(
        ent.label_ in _NAME_LABELS
        and ent.start_char <= start
        and end <= ent.end_char
        and (ent.end_char - ent.start_char) > end - start
        for ent in doc.ents
    )


def _other_role(token: Token, object_is_place: bool) -> bool:
    """A country the event is against or with ("Brazil beat Argentina", "drew with Italy", "a
    3-0 win over Germany") is a team or a state, one a thing comes from ("the rover from
    China") its maker or its home, and one after a name's "of" part of that name: none is
    where the event happened."""
    while token.dep_ in ("conj", "appos"):  # "of Fort Smith, Arkansas": the state is in apposition
        token = token.head
    if token.dep_ == "dobj":
        return not object_is_place
    if token.dep_ != "pobj":
        return False
    preposition = token.head
    if preposition.lower_ == "of" and preposition.head.pos_ == "PROPN":
        return True  # part of a name ("Xavier University of Louisiana") or a home ("Flynn, of Arkansas")
    if _continues_a_name(preposition) or _reference_point(preposition):
        return True
    return preposition.lower_ in _OPPONENT_PREPOSITIONS or (
        preposition.lower_ in ("over", "from") and preposition.head.pos_ in ("NOUN", "PROPN")
    )


_COMPASS = re.compile(r"(?:north|south)(?:-?(?:east|west))?|east|west")


def _reference_point(preposition: Token) -> bool:
    """ "some 930 miles south of the capital, Tehran", "just north of Paris": a place the event is
    measured from, not where it happened ("in the south of France" is in France)."""
    direction = preposition.head
    return (
        preposition.lower_ == "of"
        and _COMPASS.fullmatch(direction.lower_) is not None
        and not any(child.dep_ == "det" for child in direction.children)
    )


def _continues_a_name(preposition: Token) -> bool:
    """The preposition goes on with a name made of phrases that the entity recogniser cut short:
    "the Organization for Security and Cooperation" + "in Europe" is one organisation's name;
    "Halloway & Finch in New York" is a firm and where it is."""
    return any(
        ent.label_ in _NAME_LABELS
        and ent.end == preposition.i
        and ent.start <= preposition.head.i < ent.end
        and any(t.pos_ == "ADP" for t in ent[1:])
        for ent in preposition.doc.ents
    )


def _city_of(doc: Doc, street: StreetMatch, sites: Sites) -> str | None:
    """The place a street lies in: the nearest other place its sentence names ("410 W. Main St.
    in Springfield"), else the one the article named last, else the first it names."""
    named = [(m.start, m.end, m.place) for m in sites.places]
    named += [
        (ent.start_char, ent.end_char, sites.gazetteer.lookup(ent.text) or ent.text)
        for ent in doc.ents
        if ent.label_ in ("GPE", "LOC") and not read_by_matcher(sites.places, ent.start_char, ent.end_char)
    ]
    # A name that overlaps a street ("97th Avenue" read as a place) is that street, not its city;
    # one right before it names the road for where it leads ("the Newberg 214 Highway").
    outside = [
        (min(abs(start - street.end), abs(street.start - end)), key)
        for start, end, key in named
        if not any(s.start < end and start < s.end for s in sites.streets)
        and not (end <= street.start and not doc.text[end : street.start].strip())
        and not sites.setting.is_person(doc.text[start:end])
    ]
    return min(outside)[1] if outside else sites.setting.place or sites.setting.home


def _hyphenated(text: str, end: int) -> bool:
    """A name that opens a hyphenated modifier ("a Dubai-bound jet", "a Lagos-based firm")
    describes something else; it is not where the event happened."""
    return text[end : end + 1] == "-" and text[end + 1 : end + 2].islower()


def _located(token: Token, trigger: Token) -> bool:
    """The object of a locative preposition, or the name in "off the island of Šolta" and
    "near the town of Sucha Beskidzka" when the island or the town is; never the name in "in
    the death of Zurana Horton", where the noun is the event itself."""
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        token = token.head.head
        if token.i == trigger.i:
            return False
    return token.dep_ == "pobj" and token.head.lower_ in _LOCATIVE_PREPOSITIONS


def _went_to(token: Token, trigger: Token) -> bool:
    """The object of the trigger's own "to"."""
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.i == trigger.i


def _is_object(token: Token, trigger: Token) -> bool:
    """The trigger's object, or the name in "the coastal town of Lankel" when that is its object;
    in the passive, its subject ("Nepal was struck by a quake", "Paris store hit by heist")."""
    if token.dep_ == "dobj" and token.head.i == trigger.i:
        return True
    subject = token.head if token.dep_ == "compound" else token
    if subject.head.i == trigger.i and _passive_subject(subject):
        return True
    noun = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    return noun is not None and noun.dep_ == "dobj" and noun.head.i == trigger.i


def _passive_subject(token: Token) -> bool:
    """The subject of a passive verb; headline-ese drops its "was" ("Paris hit by heist")."""
    verb = token.head
    by_agent = any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children)
    headline_passive = token.dep_ == "nsubj" and verb.tag_ in ("VBN", "VBD") and by_agent
    return token.dep_ == "nsubjpass" or (headline_passive and not any(c.dep_ == "dobj" for c in verb.children))


def _actor(token: Token) -> bool:
    """A place name that acts, owns or names ("China launched", "Pakistan's rover", "China National
    Space Administration", "the Government of India said") stands for a state or an organisation,
    not for where the event happened."""
    while token.dep_ == "conj" or (token.dep_ == "pobj" and token.head.lower_ == "of"):
        token = token.head if token.dep_ == "conj" else token.head.head
    site = token.head
    if token.dep_ in ("poss", "compound") and site.dep_ == "pobj" and site.head.lower_ in _SITE_PREPOSITIONS:
        # "at Bucharest's main airport", "in the Lisbon stadium": where, not who; but in "Sudan's
        # Nuba Mountains" the place is the name it owns, which lies somewhere within it.
        return token.dep_ == "poss" and site.pos_ == "PROPN"
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return True  # "the probe, built by Japan": the builder, not the site
    return token.dep_ in ("nsubj", "nsubjpass", "poss", "compound")


def describes_a_site(token: Token, lexicon: EventLexicon) -> bool:
    """A name that modifies the noun of the place where something happened ("refuge in a small
    UN school", "at a United Nations-run school"): it says whose the place is, not who took part,
    and two strikes on two UN schools share no participant. Not "on the Chang'e-6 mission":
    there the noun is what carried it."""
    noun = token
    for _ in range(2):
        if noun.dep_ not in ("compound", "npadvmod", "amod", "nmod"):
            return False
        noun = noun.head
        if noun.pos_ == "NOUN":
            break
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in _SITE_PREPOSITIONS
        and lexicon.event_type(noun.lemma_.lower(), noun=True) is None
    )


def victims_of(trigger: Token) -> set[int]:
    """Tokens that name whom a death or an injury befalls: the verb's object or passive subject
    ("killed 43 people", "five were wounded"), the subject of a verb without one ("three died"),
    and the trigger noun itself ("43 deaths") or what it is "of" ("the slayings of two women");
    never the agent ("two gunmen killed five"). A verb conjoined to another without a subject or
    object of its own befalls that verb's ("three men were shot and killed")."""
    victims = {c.i for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")}
    if not victims:  # "found two people dead": the subject of the state the verb finds them in
        victims = {
            g.i
            for c in trigger.children
            if c.dep_ in ("ccomp", "oprd") and c.pos_ == "ADJ"
            for g in c.children
            if g.dep_ == "nsubj"
        }
    if not victims and trigger.pos_ == "VERB":
        victims = {c.i for c in trigger.children if c.dep_ == "nsubj"}
    if not victims and shares_arguments(trigger):
        return victims_of(trigger.head)
    described = described_by(trigger)
    if described is not None and (
        trigger.dep_ == "acl" or any(trigger.doc[i].tag_ in RELATIVE_PRONOUNS for i in victims)
    ):
        return {described.i}
    if trigger.pos_ != "NOUN":
        return victims
    of = [g.i for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return victims | {trigger.i, *of}


# A verb's subject and object.
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
# "who", "that", "which": the tags of a relative clause's pronoun.
RELATIVE_PRONOUNS = frozenset({"WP", "WDT"})


def described_by(verb: Token) -> Token | None:
    """The noun a relative clause tells of ("three people who were killed"), or a participle
    after it ("one of nine people wounded by gunshots"): the victims a death's clause befalls when
    its pronoun undergoes it, and so the ones its number counts."""
    relative = verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBN")
    return verb.head if relative and verb.head.pos_ in ("NOUN", "PROPN", "PRON") else None


def numbers_of(noun: Token) -> set[int]:
    """The tokens of the numbers that count a noun ("at least three people")."""
    return {t.i for c in noun.children if c.dep_ == "nummod" for t in c.subtree}


def shares_arguments(verb: Token) -> bool:
    """A verb conjoined to the verb before it, with no subject or object of its own: what the
    first verb's arguments are, its are too ("were shot and killed")."""
    return (
        verb.dep_ == "conj"
        and verb.pos_ == "VERB"
        and verb.head.pos_ == "VERB"
        and not any(c.dep_ in ARGUMENTS for c in verb.children)
    )


def count_owners(sent: Span, triggers: set[int], involvements: set[str]) -> dict[int, int]:
    """Token of a number -> the trigger it is said of: the nearest trigger above it ("killing two
    workers and wounding two others", "Paris hit by a 2 mn-euro heist": the heist's, not the
    hit's; "rolling the dice on a $13.2 billion acquisition"), or the event noun a verb of
    `involvements` tells it of ("a crash involving three motorcycles"). A trigger with no number
    of its own never borrows one that another trigger governs."""
    owners = {}
    for ent in sent.ents:
        if ent.label_ not in _QUANTITY_LABELS:
            continue
        owner = next((t for t in ent.root.ancestors if t.i in triggers), None)
        if owner is not None and owner.dep_ == "acl" and owner.lemma_ in involvements and owner.head.i in triggers:
            owner = owner.head
        if owner is not None:
            owners.update(dict.fromkeys(range(ent.start, ent.end), owner.i))
    return owners


def nearest_quantity(
    doc: Doc, trigger: Token, scope: set[int], timexes, taken: set[int], counting: set[int] | None = None
):
    """The quantity nearest the trigger in its clause; with `counting`, only a number that is,
    or counts, one of those tokens."""
    best = None
    for ent in doc.ents:
        if (
            ent.label_ not in _QUANTITY_LABELS
            or ent.root.i not in scope
            or taken.intersection(range(ent.start, ent.end))
            or (counting is not None and not {ent.root.i, ent.root.head.i} & counting)
        ):
            continue
        if any(t.start < ent.end_char and ent.start_char < t.end for t in timexes):
            continue
        unit = _unit(ent)
        quantity = None if unit is None else read_quantity(ent, unit)
        if quantity is None:
            continue
        # Of two numbers the parse hangs on one verb ("Two stabbed near Lake Park, one dies"), the
        # one beside it.
        rank = (distance(ent.root, trigger), abs(ent.root.i - trigger.i))
        if best is None or rank < best[0]:
            best = (rank, ent, quantity)
    if best is None:
        return None
    part = _part_of_the_group(best[1])
    counted = None if part is None else read_quantity(part, best[2].unit)
    return (best[1], best[2]) if counted is None else (part, counted)


def _part_of_the_group(ent: Span) -> Span | None:
    """ "Two of three children have died": the number before "of" counts the noun's part that
    the verb befell, the one after it the whole group."""
    if not any(c.dep_ == "quantmod" and c.lower_ == "of" for c in ent.root.children):
        return None
    return next(
        (e for e in ent.doc.ents if e.label_ == "CARDINAL" and e.root.head.i == ent.root.i and e.end <= ent.start),
        None,
    )


def read_quantity(ent: Span, unit: str | None):
    """The value of a number entity, with the qualifier before it ("at least 10") and a scale glued after it."""
    doc = ent.doc
    number_at = next((t.i for t in ent if t.like_num), None)
    if number_at is None:  # "more than a dozen": the qualifier opens the entity, before a number word
        number_at = next(
            (i for i in range(ent.end - 1, ent.start, -1) if qualifier_before(doc[ent.start : i].text)), ent.start
        )
    qualifier = qualifier_before(doc[:number_at].text)
    return parse_quantity(doc[number_at : _glued_scale_end(doc, ent.end)].text, qualifier, unit)


def with_conjoined_counts(number: Span, quantity: Quantity) -> tuple[Span, Quantity]:
    """A count of people joined to others by "and" or a headline's comma, each counted ("four
    adults and two children", "three juveniles and one adult male", "two men and a woman", "4
    adults, 2 children die"): all of them, as one span.
    Unchanged for a count that stands alone or is not exact, and for one joined to a noun it
    does not count ("two men and their dog")."""
    noun = number.root.head
    if number.root.dep_ != "nummod" or noun.pos_ != "NOUN" or quantity.low != quantity.high:
        return number, quantity
    others = _listed_with(noun)
    # "and", or a headline's comma ("4 adults, 2 children"); not "or"
    alternatives = any(c.dep_ == "cc" and c.lower_ != "and" for t in (noun, *others) for c in t.children)
    counts = [_count_of(other) for other in others]
    if not others or alternatives or None in counts:
        return number, quantity
    total = quantity.value + sum(counts)
    first = min(number.start, *(other.left_edge.i for other in others))
    last = max(noun.i, *(other.i for other in others))
    return number.doc[first : last + 1], replace(quantity, value=total, low=total, high=total)


def _listed_with(noun: Token) -> list[Token]:
    """The nouns listed with this one: its conjuncts, or (as the parser reads a headline's "4
    adults, 2 children die") nouns of the same role beside it, apart only by commas and "and"."""
    if noun.conjuncts:
        return list(noun.conjuncts)
    doc = noun.doc
    return [
        other
        for other in noun.head.children
        if other.i != noun.i
        and other.dep_ == noun.dep_
        and other.pos_ == "NOUN"
        and all(t.lower_ in (",", "and") for t in doc[min(noun.i, other.i) + 1 : _later(noun, other).left_edge.i])
    ]


def _later(one: Token, other: Token) -> Token:
    return one if one.i > other.i else other


def _count_of(noun: Token) -> float | None:
    """How many a noun joined to a count tells: its exact number ("two children"), one for "a"
    or "an" ("a woman"); None for a noun without either."""
    if noun.pos_ != "NOUN":
        return None
    for child in noun.children:
        if child.dep_ == "nummod" and child.like_num:
            told = parse_quantity(child.text)
            return told.value if told is not None and told.low == told.high else None
        if child.dep_ == "det" and child.lower_ in ("a", "an"):
            return 1.0
    return None


# Scale words written glued to their figure, which the tokenizer splits off ("$53m", "$334m.").
_GLUED_SCALES = frozenset({"m", "mn", "mln", "bn", "b", "k", "tn"})
# Those that are scales even apart from it ("2 mn euros"; "2 m" may be metres).
_SCALE_ABBREVIATIONS = frozenset({"mn", "mln", "bn", "tn"})


def _glued_scale_end(doc: Doc, end: int) -> int:
    """The end of a figure with the scale glued after it ("$53m": the entity stops at "53"), or
    abbreviated after it ("2 mn")."""
    if end < len(doc) and (
        doc[end].lower_.rstrip(".") in _SCALE_ABBREVIATIONS
        or (not doc[end - 1].whitespace_ and doc[end].lower_.rstrip(".") in _GLUED_SCALES)
    ):
        return end + 1
    return end


def _currency_after(ent: Span) -> str | None:
    """The currency a word right after the figure names, its scale and a hyphen passed over: the
    small model leaves "Two million euro heist" and "2 mn-euro heist" a bare number."""
    doc = ent.doc
    at = _glued_scale_end(doc, ent.end)
    at += at < len(doc) and doc[at].text in ("-", "–")
    return currency_of(doc[at].text) if at < len(doc) and doc[at].is_alpha else None


def _unit(ent: Span) -> str | None:
    if ent.label_ == "MONEY":
        # The sign may stand outside the entity ("$" + "1.2bn"): the token before it counts too.
        return currency_of(ent.doc[max(ent.start - 1, 0) : ent.end].text) or "money"
    if ent.label_ == "CARDINAL" and (currency := _currency_after(ent)):
        return currency
    if ent.label_ == "PERCENT":
        return "%"
    if ent.label_ == "QUANTITY":
        return ent[-1].lemma_.lower()
    head = ent.root.head
    # "Seventeen inmates": a capitalised number word is parsed as a compound, not a nummod;
    # "40 Palestinians" counts people named by their nationality, a proper noun
    if ent.root.dep_ in ("nummod", "compound") and (head.pos_ == "NOUN" or head.ent_type_ == "NORP"):
        return head.lemma_.lower()
    # "one dies": the small model may tag a lone "one" a pronoun, but the recogniser calls it a number
    if ent.root.dep_ in ("nsubj", "nsubjpass", "dobj") and (ent.root.pos_ == "NUM" or ent.root.like_num):
        # "31 of the 90 seats" counts seats
        counted = [g for c in ent.root.children if c.lower_ == "of" for g in c.children if g.pos_ == "NOUN"]
        return counted[0].lemma_.lower() if counted else "count"
    return None


def overlaps(doc: Doc, mention: Mention, start: int, end: int) -> bool:
    first, last = doc[mention.start], doc[mention.end - 1]
    return first.idx < end and start < last.idx + len(last.text)
