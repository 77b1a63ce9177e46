"""Claims from one parsed sentence: an event trigger with its participants, time, place and quantity."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from spacy.tokens import Doc, Span, Token

from factcheck.extract.mentions import (
    PLACE_LABELS, Mention, argument_nouns, named_mentions, role_of,
)
from factcheck.extract.quantities import currency_of, parse_quantity, qualifier_before
from factcheck.rules import Gazetteer, PlaceMatch
from factcheck.rules.lexicon import EventLexicon
from factcheck.temporal import Timex

# Children that head a clause of their own: their content is not part of the trigger's claim.
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "conj", "parataxis", "csubj", "csubjpass", "xcomp", "pcomp"})
# Clauses that describe a participant ("the probe, which landed on the far side"): their
# participants still tell who, but their times and places belong to their own events.
_MODIFIER_DEPS = frozenset({"relcl", "acl"})
_LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "on", "near", "off", "across", "over", "inside", "outside", "into", "onto",
     "around", "throughout", "within", "from", "aboard"}
)
_QUANTITY_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})


@dataclass(frozen=True)
class SentenceFacts:
    """What the cheap matchers found in a sentence, with offsets relative to the sentence."""

    timexes: tuple[Timex, ...]
    places: tuple[PlaceMatch, ...]
    dateline: int = 0    # the sentence opens with a dateline this long: it says nothing of events


def claims_in_sentence(
    doc: Doc, facts: SentenceFacts, lexicon: EventLexicon, gazetteer: Gazetteer,
    expand: dict[str, str] | None = None,
) -> list[dict]:
    """One claim per event trigger that has a time, a place or a quantity."""
    sent = doc[:]
    dateline = {t.i for t in doc if t.idx < facts.dateline}
    facts = SentenceFacts(
        tuple(t for t in facts.timexes if t.start >= facts.dateline),
        tuple(p for p in facts.places if p.start >= facts.dateline),
    )
    in_timexes = _tokens_of(doc, facts.timexes) | dateline
    named = named_mentions(sent, in_timexes)
    taken = in_timexes | {i for m in named for i in range(m.start, m.end)}
    mentions = named + argument_nouns(sent, taken)
    claims = []
    for trigger, event_type, source in _triggers(sent, lexicon):
        if trigger.i in dateline:
            continue
        own_clause = _scope(trigger, keep_modifiers=False)
        with_descriptions = _scope(trigger, keep_modifiers=True)
        object_is_place = event_type in lexicon.object_places
        time = _nearest_time(doc, trigger, facts.timexes, own_clause)
        place = _best_place(doc, trigger, facts.places, named, own_clause, gazetteer, object_is_place)
        setting = _setting_of(trigger)
        if setting is not None:
            # "struck western Nepal on Friday, killing 150": the participle shares when and where.
            head_clause = _scope(setting, keep_modifiers=False)
            time = time or _nearest_time(doc, setting, facts.timexes, head_clause)
            place = place or _best_place(doc, setting, facts.places, named, head_clause, gazetteer,
                                         lexicon.event_type(setting.lemma_.lower()) in lexicon.object_places)
        quantity = _nearest_quantity(doc, trigger, own_clause, facts.timexes, taken)
        if time is None and place is None and quantity is None:
            continue
        participants = [
            m for m in mentions
            if m.root(sent).i in with_descriptions
            and not (place and _overlaps(doc, m, place[0], place[1]))
            and not _attribution(m.root(sent), trigger)
        ]
        participants += _modified_noun(trigger, mentions, participants)
        participants += _shared_subject(trigger, mentions, participants)
        claims.append({
            "event_type": event_type,
            "event_source": source,
            "trigger": trigger.text,
            "trigger_start": trigger.idx,
            "trigger_end": trigger.idx + len(trigger.text),
            "participants": [(expand or {}).get(m.text, m.text) for m in participants],
            "participant_kinds": [m.kind for m in participants],
            "participant_roles": [m.role or role_of(m, sent, trigger) for m in participants],
            **_time_columns(time),
            **_place_columns(doc, place),
            **_quantity_columns(quantity),
            "negated": _negated(trigger),
            "modality": _modality(trigger, lexicon),
        })
    return claims


def _tokens_of(doc: Doc, timexes) -> set[int]:
    tokens: set[int] = set()
    for timex in timexes:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is not None:
            tokens.update(range(span.start, span.end))
    return tokens


def _triggers(sent: Span, lexicon: EventLexicon) -> Iterable[tuple[Token, str, str]]:
    for token in sent:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB":
            particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
            event_type = lexicon.event_type(lemma, particle) or _light_verb_event(token, lexicon)
            if event_type:
                yield token, event_type, "lexicon"
            elif lemma not in lexicon.ignore and lemma.isalpha():
                yield token, lemma, "lemma"
        elif token.pos_ == "NOUN" and not (token.dep_ == "dobj" and token.head.pos_ == "VERB"):
            event_type = lexicon.event_type(lemma, noun=True)
            if event_type:
                yield token, event_type, "lexicon"


def _light_verb_event(verb: Token, lexicon: EventLexicon) -> str | None:
    """"made landfall", "held talks": the event is the object noun; time and place attach to the verb."""
    for child in verb.children:
        if child.dep_ == "dobj":  # the small model tags some event nouns ("landfall") as adjectives
            return lexicon.event_type(child.lemma_.lower(), noun=True)
    return None


def _scope(trigger: Token, keep_modifiers: bool) -> set[int]:
    """Token indices that belong to the trigger's own clause."""
    scope = {trigger.i}
    stack = list(trigger.children)
    while stack:
        token = stack.pop()
        if token.dep_ in _CLAUSE_DEPS and token.pos_ in ("VERB", "AUX"):
            continue
        if token.dep_ in _MODIFIER_DEPS and not keep_modifiers and token.pos_ in ("VERB", "AUX"):
            continue
        scope.add(token.i)
        stack.extend(token.children)
    return scope


def _distance(a: Token, b: Token) -> int:
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    ids_b = {t.i: n for n, t in enumerate(up_b)}
    for n, token in enumerate(up_a):
        if token.i in ids_b:
            return n + ids_b[token.i]
    return len(up_a) + len(up_b)


def _clause_depth(token: Token, trigger: Token) -> int:
    depth = 0
    for ancestor in [token, *token.ancestors]:
        if ancestor.i == trigger.i:
            break
        depth += ancestor.dep_ in _CLAUSE_DEPS | _MODIFIER_DEPS
    return depth


def _root_of(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _nearest_time(doc: Doc, trigger: Token, timexes, scope: set[int]) -> Timex | None:
    best = None
    for timex in timexes:
        if timex.type not in ("DATE", "TIME"):
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        # The parse may split an expression ("11:47 p.m. local time"): any token in scope counts.
        inside = [t for t in span or () if t.i in scope]
        if not inside:
            continue
        # An explicit date says more than a relative one ("A year later ... in January 2024").
        rank = (timex.anchor != "absolute", min(_distance(t, trigger) for t in inside))
        if best is None or rank < best[0]:
            best = (rank, timex)
    return best[1] if best else None


def _setting_of(trigger: Token) -> Token | None:
    """The verb whose time and place a participle or a conjoined verb shares, if any."""
    if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB":
        return trigger.head
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and not any(c.dep_ == "mark" for c in trigger.children):
        return trigger.head
    return None


def _best_place(doc, trigger, matches, named, scope, gazetteer, object_is_place=False) -> tuple[int, int, str, bool] | None:
    """(start, end, place key, known to the gazetteer) of the claim's most specific place."""
    candidates = []
    for match in matches:
        root = _root_of(doc, match.start, match.end)
        if root is not None and root.i in scope and not _actor(root):
            candidates.append((_clause_depth(root, trigger), -gazetteer.depth(match.place),
                               _distance(root, trigger), match.start, match.end, match.place, True))
    for mention in named:
        # The small model sometimes labels a country a person: the gazetteer knows better.
        if mention.kind not in PLACE_LABELS and gazetteer.lookup(mention.text) is None:
            continue
        root = doc[mention.end - 1]
        start, end = doc[mention.start].idx, root.idx + len(root.text)
        if root.i not in scope or any(c[3] < end and start < c[4] for c in candidates):
            continue
        preposition = root.head
        located = root.dep_ == "pobj" and preposition.lower_ in _LOCATIVE_PREPOSITIONS
        if located or (object_is_place and root.dep_ == "dobj" and root.head.i == trigger.i):
            key = gazetteer.lookup(mention.text)
            candidates.append((_clause_depth(root, trigger), -(gazetteer.depth(key) if key else -1),
                               _distance(root, trigger), start, end, key or mention.text, key is not None))
    if not candidates:
        return None
    *_, start, end, key, known = min(candidates)
    return start, end, key, known


def _actor(token: Token) -> bool:
    """A place name that acts, owns or names ("China launched", "Pakistan's rover", "China National
    Space Administration", "the Government of India said") stands for a state or an organisation,
    not for where the event happened."""
    while token.dep_ == "conj" or (token.dep_ == "pobj" and token.head.lower_ == "of"):
        token = token.head if token.dep_ == "conj" else token.head.head
    return token.dep_ in ("nsubj", "nsubjpass", "poss", "compound")


def _overlaps(doc: Doc, mention: Mention, start: int, end: int) -> bool:
    first, last = doc[mention.start], doc[mention.end - 1]
    return first.idx < end and start < last.idx + len(last.text)


def _nearest_quantity(doc: Doc, trigger: Token, scope: set[int], timexes, taken: set[int]):
    best = None
    for ent in doc.ents:
        if ent.label_ not in _QUANTITY_LABELS or ent.root.i not in scope or taken.intersection(range(ent.start, ent.end)):
            continue
        if any(t.start < ent.end_char and ent.start_char < t.end for t in timexes):
            continue
        unit = _unit(ent)
        if unit is None:
            continue
        number_at = next((t.i for t in ent if t.like_num), ent.start)
        qualifier = qualifier_before(doc[: number_at].text)
        quantity = parse_quantity(doc[number_at: ent.end].text, qualifier, unit)
        if quantity is None:
            continue
        rank = _distance(ent.root, trigger)
        if best is None or rank < best[0]:
            best = (rank, ent, quantity)
    return best and (best[1], best[2])


def _unit(ent: Span) -> str | None:
    if ent.label_ == "MONEY":
        return currency_of(ent.text) or "money"
    if ent.label_ == "PERCENT":
        return "%"
    if ent.label_ == "QUANTITY":
        return ent[-1].lemma_.lower()
    head = ent.root.head
    if ent.root.dep_ == "nummod" and head.pos_ == "NOUN":
        return head.lemma_.lower()
    if ent.root.dep_ in ("nsubj", "dobj") and ent.root.pos_ == "NUM":
        return "count"
    return None


def _attribution(token: Token, trigger: Token) -> bool:
    """Under "according to ...": a source of the claim, not a participant in the event."""
    for ancestor in token.ancestors:
        if ancestor.i == trigger.i:
            return False
        if ancestor.lower_ == "according":
            return True
    return False


def _modified_noun(trigger: Token, mentions: list[Mention], already: list[Mention]) -> list[Mention]:
    """A participle or relative clause is about the noun it modifies, with that noun's own
    modifiers ("an MoU signed on ...", "China’s Chang’e-6 probe, which landed ...")."""
    if trigger.dep_ not in _MODIFIER_DEPS:
        return []
    noun = trigger.head
    phrase = {t.i for t in noun.subtree} - {t.i for t in trigger.subtree}
    role = "patient" if trigger.dep_ == "acl" else "agent"
    # The noun itself and the names compounded with it ("Chang’e-6 probe") fill the role.
    naming = {noun.i} | {c.i for c in noun.children if c.dep_ == "compound"}
    return [
        Mention(m.start, m.end, m.text, m.kind, role if naming & set(range(m.start, m.end)) else None)
        for m in mentions
        if m not in already and any(i in phrase for i in range(m.start, m.end))
    ]


def _shared_subject(trigger: Token, mentions: list[Mention], already: list[Mention]) -> list[Mention]:
    """A participle, infinitive or conjoined verb without a subject shares its head verb's
    ("Hurricane Delia made landfall ..., killing 43 people")."""
    if trigger.dep_ not in ("advcl", "conj", "xcomp") or any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return []
    subjects = [c.i for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    found = [m for m in mentions if any(m.start <= i < m.end for i in subjects) and m not in already]
    return [Mention(m.start, m.end, m.text, m.kind, "agent") for m in found]


def _negated(trigger: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in trigger.children)


def _modality(trigger: Token, lexicon: EventLexicon) -> str:
    auxiliaries = {c.lower_ for c in trigger.children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries & lexicon.possible_aux:
        return "possible"
    if auxiliaries & lexicon.planned_aux:
        return "planned"
    token = trigger
    while token.dep_ in ("xcomp", "ccomp", "acl", "relcl") and token.head.i != token.i:
        head = token.head
        head_auxiliaries = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
        if head.lemma_.lower() in lexicon.planned_heads or head_auxiliaries & lexicon.planned_aux:
            return "planned"
        if head_auxiliaries & lexicon.possible_aux:
            return "possible"
        if token.dep_ != "xcomp":
            break
        token = head
    return "reported"


def _time_columns(time: Timex | None) -> dict:
    if time is None:
        return dict.fromkeys(
            ("time_text", "time_start", "time_end", "time_type", "time_value", "time_granularity",
             "time_anchor", "time_begin", "time_until")
        )
    return {
        "time_text": time.text, "time_start": time.start, "time_end": time.end,
        "time_type": time.type, "time_value": time.value, "time_granularity": time.granularity,
        "time_anchor": time.anchor,
        "time_begin": time.begin.isoformat() if time.begin else None,
        "time_until": time.until.isoformat() if time.until else None,
    }


def _place_columns(doc: Doc, place) -> dict:
    if place is None:
        return dict.fromkeys(("place_text", "place_start", "place_end", "place_key", "place_known"))
    start, end, key, known = place
    return {"place_text": doc.text[start:end], "place_start": start, "place_end": end,
            "place_key": key, "place_known": known}


def _quantity_columns(found) -> dict:
    if not found:
        return dict.fromkeys(
            ("quantity_text", "quantity_start", "quantity_end", "quantity_value", "quantity_low",
             "quantity_high", "quantity_unit")
        )
    ent, quantity = found
    return {
        "quantity_text": ent.text, "quantity_start": ent.start_char, "quantity_end": ent.end_char,
        "quantity_value": quantity.value, "quantity_low": quantity.low, "quantity_high": quantity.high,
        "quantity_unit": quantity.unit,
    }
