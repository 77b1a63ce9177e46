"""Claims from one parsed sentence: an event trigger with its participants, time, place and quantity."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from factcheck.claims_table import ONE_MORE, VICTIM_SOURCE
from factcheck.extract.ages import AGE, StatedAge, hurts_itself, stated_ages, victim_age
from factcheck.extract.clauses import (
    MODIFIER_DEPS,
    adverbials,
    cause_of,
    coordinated_with,
    dated_by,
    outcome_of,
    scope,
    setting_of,
    simultaneous_with,
    when_clause,
)
from factcheck.extract.headline import place_prefix
from factcheck.extract.mentions import Mention, argument_nouns, named_mentions, role_of
from factcheck.extract.parts import as_part
from factcheck.extract.setting import Setting
from factcheck.extract.slots import (
    ARGUMENTS,
    RELATIVE_PRONOUNS,
    Sites,
    best_place,
    count_owners,
    described_by,
    describes_a_site,
    nearest_quantity,
    nearest_time,
    numbers_of,
    overlaps,
    read_quantity,
    shares_arguments,
    victims_of,
    with_conjoined_counts,
)
from factcheck.quantities import Quantity, currency_of
from factcheck.rules import Gazetteer, PlaceMatch
from factcheck.rules.gazetteer import StreetMatch, on_a_street
from factcheck.rules.lexicon import EventLexicon
from factcheck.temporal import Timex
from factcheck.temporal.calendar import with_its_day


@dataclass(frozen=True)
class SentenceFacts:
    """What the cheap matchers found in a sentence, with offsets relative to the sentence."""

    timexes: tuple[Timex, ...]
    places: tuple[PlaceMatch, ...]
    streets: tuple[StreetMatch, ...] = ()
    headline: bool = False  # the sentence is the article's headline, in headline-ese ("Quake kills 4")
    in_headline: bool = False  # the sentence stands in the headline, read as headline-ese or as the text's first line
    # The headline or one of the lede's first sentences: the events it names are told even bare.
    names_bare: bool = False


def claims_in_sentence(
    doc: Doc,
    facts: SentenceFacts,
    lexicon: EventLexicon,
    gazetteer: Gazetteer,
    article: Setting | None = None,
) -> list[dict]:
    """One claim per event trigger that has a time, a place or a quantity, and in a headline or a
    lede's first sentences one per event the lexicon knows even without them (`named_only`);
    `article` tells what the sentences before said (see `setting.Setting`)."""
    sites = Sites(facts.places, facts.streets, article or Setting(), gazetteer)
    sent = doc[:]
    in_timexes = _tokens_of(doc, facts.timexes)
    named = named_mentions(sent, in_timexes)
    taken = in_timexes | {i for m in named for i in range(m.start, m.end)}
    headline = headline_counts(sent, lexicon) if facts.headline else {}
    counts = (
        tally_counts(sent, lexicon)
        | predicate_counts(sent, lexicon, set(headline))
        | manner_counts(sent, lexicon)
        | headline
    )
    # "the 1200 block" counts no blocks; "Three dead after a bomb hits a bank" counts no strikes
    counted = {i for _, ent, _ in counts.values() for i in range(ent.start, ent.end)}
    numbers_taken = taken | _tokens_of(doc, facts.streets) | counted
    mentions = named + argument_nouns(sent, taken)
    prefix = place_prefix(doc.text, facts.places) if facts.headline else None
    claims = []
    triggers = _with_antecedents(list(_triggers(sent, lexicon, counts)), article, lexicon)
    owners = count_owners(sent, {trigger.i for trigger, _, _ in triggers}, lexicon.involvements)
    nouns = [(trigger, event_type) for trigger, event_type, _ in triggers if trigger.pos_ == "NOUN"]
    for trigger, event_type, source in triggers:
        own_clause = scope(trigger, keep_modifiers=False)
        with_descriptions = scope(trigger, keep_modifiers=True)
        object_is_place = event_type in lexicon.object_places and not _felt_afar(trigger, lexicon)
        own_times = own_clause - _other_events(trigger, event_type, nouns, lexicon)
        time = _time_of(doc, trigger, facts.timexes, lexicon.nouns, own_times)
        place = best_place(
            doc, trigger, sites, named, own_clause, object_is_place, destination=event_type in lexicon.attends
        )
        partner = coordinated_with(trigger)
        # The tolls of one incident are told together ("two were killed and one was injured in a
        # shooting on Saturday"); other joined clauses may be of other days ("announced ... and
        # registration will begin on April 29").
        tolls_together = (
            partner is not None and {event_type, lexicon.event_type(partner.lemma_.lower())} <= lexicon.tolls
        )
        # "struck western Nepal on Friday, killing 150": the participle shares when and where, as
        # a "when" clause lends them ("were killed when a train derailed on Thursday"). What
        # befell the dead and hurt lends its own: they fell victim then, and died then or later.
        # A toll's own "after" clause tells what befell its victims before the verb it is joined to
        # does ("One died and three were injured after gunfire erupted at a party early Sunday").
        own_cause = cause_of(trigger) if event_type in lexicon.counted else None
        setting = (
            None
            if own_cause
            else setting_of(trigger)
            or when_clause(trigger)
            or outcome_of(trigger, lexicon.outcomes)
            or _strikes_a_place(trigger, lexicon)
        )
        cause = own_cause or (
            _cause(trigger, partner if tolls_together else None, lexicon)
            if setting is None and event_type in lexicon.counted
            else None
        )
        time_of_cause = False
        if (lender := setting or cause) is not None:
            head_clause = scope(lender, keep_modifiers=False)
            lent = nearest_time(doc, lender, facts.timexes, head_clause, lexicon.nouns)
            time_of_cause = (
                time is None and lent is not None and lender is cause and event_type in lexicon.follow_their_cause
            )
            time = time or lent
            lender_is_place = lexicon.event_type(lender.lemma_.lower()) in lexicon.object_places
            place = place or best_place(doc, lender, sites, named, head_clause, lender_is_place)
        if place is None and prefix is not None and trigger.idx >= prefix.end:
            place = (prefix.start, prefix.end, prefix.place, True, None)
        meanwhile = simultaneous_with(trigger)
        if meanwhile is not None:
            time = time or _time_of(doc, meanwhile, facts.timexes, lexicon.nouns, adverbials(meanwhile))
        if (manner_of := _verb_of_manner(trigger)) is not None and trigger.i in counts:
            # "were shot in Dayton on Sunday, one fatally": the killing is the shooting's.
            time = time or _time_of(doc, manner_of, facts.timexes, lexicon.nouns, adverbials(manner_of))
            place = place or best_place(doc, manner_of, sites, named, adverbials(manner_of), False)
        if tolls_together:
            time = time or _time_of(doc, partner, facts.timexes, lexicon.nouns, adverbials(partner))
            place = place or best_place(doc, partner, sites, named, adverbials(partner), False)
        # The victims of "were shot and killed" are those of "shot"; never its agents' number.
        sharer = trigger.head.i if event_type in lexicon.counted and shares_arguments(trigger) else None
        owned_by_others = {i for i, owner in owners.items() if owner not in (trigger.i, sharer)}
        if event_type in lexicon.counted and (described := _described(trigger, event_type, lexicon)) is not None:
            # "identified three people who were killed": the number counts the clause's victims too.
            owned_by_others -= numbers_of(described)
        quantity = (
            counts[trigger.i][1:]
            if trigger.i in counts
            else _quantity(
                doc, trigger, event_type, own_clause, facts.timexes, numbers_taken | owned_by_others, lexicon
            )
        )
        named_only = time is None and place is None and quantity is None
        if named_only and not (facts.names_bare and source == "lexicon"):
            continue
        participants = [
            m
            for m in mentions
            if m.root(sent).i in with_descriptions
            and not (place and overlaps(doc, m, place[0], place[1]))
            and not _attribution(m.root(sent), trigger)
            and not _names_the_event(m.root(sent), trigger, lexicon)
        ]
        participants += _modified_noun(trigger, mentions, participants)
        participants += _shared_subject(trigger, mentions, participants)
        occurring = _occurring(trigger, lexicon) if trigger.pos_ == "VERB" else None
        if occurring is not None:  # the event itself, not one of its participants
            participants = [m for m in participants if m.root(sent).i != occurring.i]
        claims.append(
            {
                "event_type": event_type,
                "event_source": source,
                "trigger": trigger.text,
                "trigger_start": trigger.idx,
                "trigger_end": trigger.idx + len(trigger.text),
                "participants": [sites.setting.expansions.get(m.text, m.text) for m in participants],
                "participant_kinds": [m.kind for m in participants],
                "participant_roles": [
                    m.role
                    or (
                        "site"
                        if describes_a_site(m.root(sent), lexicon) or _names_a_street(doc, m, facts.streets)
                        else role_of(m, sent, trigger)
                    )
                    for m in participants
                ],
                **_time_columns(time, doc.text),
                "time_of_cause": time_of_cause,
                **_place_columns(doc, place),
                **_quantity_columns(quantity),
                "negated": _negated(trigger),
                "modality": _modality(trigger, lexicon, facts.headline),
                "headline": facts.in_headline,
                "named_only": named_only,
            }
        )
    ages = [*stated_ages(sent, named, sites.setting.expansions), *_victims_ages(triggers, lexicon)]
    claims += [_age_claim(doc, age, facts.in_headline) for age in ages]
    return claims


def _names_a_street(doc: Doc, mention: Mention, streets) -> bool:
    """A name of a street ("near Downing Street", "near Fort Street and Omaha Street"): it says
    where, not who took part, and two outlets name different streets by one scene."""
    last = doc[mention.end - 1]
    return on_a_street(streets, doc[mention.start].idx, last.idx + len(last))


def _victims_ages(triggers: list[tuple[Token, str, str]], lexicon: EventLexicon) -> list[StatedAge]:
    """The ages the sentence gives the one victim of each of its deaths, unnamed, each once ("was
    shot and killed" and "was pronounced dead" may tell one victim's death twice). A verb typed by
    its object befalls its subject ("a 45-year-old man suffered fatal injuries")."""
    ages = (
        victim_age(
            trigger,
            event_type in lexicon.subject_undergoes
            or any(_types_the_verb(c, trigger, lexicon) for c in trigger.children),
            lexicon,
        )
        for trigger, event_type, _ in triggers
        if event_type in lexicon.ages_its_victim or (event_type in lexicon.counted and hurts_itself(trigger))
    )
    return list(dict.fromkeys(age for age in ages if age is not None))


def _age_claim(doc: Doc, age: StatedAge, headline: bool) -> dict:
    """A person's age as a claim: the person its one participant, the years its count."""
    years = float(age.years)
    oldest = float(age.oldest) if age.oldest is not None else years
    number = doc.char_span(age.start, age.end, alignment_mode="expand")
    return {
        "event_type": AGE,
        "event_source": VICTIM_SOURCE if age.unnamed else "apposition",
        "trigger": number.text,
        "trigger_start": number.start_char,
        "trigger_end": number.end_char,
        "participants": [age.name],
        "participant_kinds": ["NOMINAL" if age.unnamed else "PERSON"],
        "participant_roles": ["patient"],
        **_time_columns(None, doc.text),
        "time_of_cause": False,
        **_place_columns(doc, None),
        **_quantity_columns((number, Quantity(years, years, oldest, "years of age"))),
        "negated": False,
        "modality": "reported",
        "headline": headline,
        "named_only": False,
    }


def _other_events(trigger: Token, event_type: str, nouns, lexicon: EventLexicon) -> set[int]:
    """The tokens of an event noun below the trigger that tells an event of another kind, whose
    time is its own ("convicted of murder in the 2012 shooting death", "charged for the deaths of
    two co-workers in September 2010"); not a casualty's ("died in the crash on Monday") nor one
    that is the subject ("the Monday crash killed five")."""
    if event_type in lexicon.counted:
        return set()
    return {
        token.i
        for noun, kind in nouns
        if noun.i != trigger.i
        and noun.dep_ not in ("nsubj", "nsubjpass")
        and not lexicon.are_compatible(kind, event_type)
        and trigger in noun.ancestors
        for token in noun.subtree
    }


def _time_of(doc: Doc, verb: Token, timexes, event_nouns, where: set[int] | None = None) -> Timex | None:
    """The time the verb's own clause (or `where` in it) tells, or the date its "when" clause describes."""
    date = dated_by(verb)
    where = scope(verb, keep_modifiers=False) if where is None else where
    return nearest_time(doc, verb, timexes, where, event_nouns) or (
        nearest_time(doc, date, timexes, {date.i}, event_nouns) if date is not None else None
    )


def _quantity(doc: Doc, trigger: Token, event_type: str, clause: set[int], timexes, taken: set[int], lexicon):
    """The trigger's quantity; a death or an injury counts its victims only, in the lexicon's unit
    ("killed 43 people" and "43 died" agree)."""
    unit = lexicon.counted.get(event_type)
    if unit is not None and shares_arguments(trigger):
        clause = clause | {t.i for c in trigger.head.children if c.dep_ in ARGUMENTS for t in c.subtree}
    described = _described(trigger, event_type, lexicon) if unit is not None else None
    if described is not None:
        clause = clause | numbers_of(described)
    if unit is None:
        # "a crash involving three motorcycles": what the event involved is counted by it.
        clause = clause | {
            t.i for c in trigger.children if c.dep_ == "acl" and c.lemma_ in lexicon.involvements for t in c.subtree
        }
        found = nearest_quantity(doc, trigger, clause, timexes, taken)
        return found and (found[0], as_part(found[0], found[1], trigger, clause))
    victims = {described.i} if described is not None and trigger.tag_ == "VBG" else victims_of(trigger)
    if trigger.tag_ == "VBG" and event_type not in lexicon.subject_undergoes:
        # "whether more than one person was shooting", "found two men shooting at each other": the
        # subject of an -ing form does it, and counts no one it befell; so does the noun a relative
        # pronoun subject stands for ("two men who were shooting at officers").
        doers = {c.i for c in trigger.children if c.dep_ == "nsubj"}
        if described is not None and any(doc[i].tag_ in RELATIVE_PRONOUNS for i in doers):
            doers.add(described.i)
        victims -= doers
    if victims and all(_names_the_event(doc[i], trigger, lexicon) and not _numbered(doc[i]) for i in victims):
        # "Two children lost their lives": the object completes the verb, the subject undergoes
        # it; "two gunmen opened fire" counts no one hit. "cut 420 jobs" counts its object.
        undergoes = event_type in lexicon.subject_undergoes
        victims = {c.i for c in trigger.children if c.dep_ == "nsubj"} if undergoes else set()
    elif victims and all(_types_the_verb(doc[i], trigger, lexicon) and not _numbered(doc[i]) for i in victims):
        # "three people suffered injuries": the object names what the subject underwent.
        victims = {c.i for c in trigger.children if c.dep_ == "nsubj"}
    found = nearest_quantity(doc, trigger, clause, timexes, taken, counting=victims)
    if found is None:
        return _one_more(doc, victims - {trigger.i}, unit)
    if found[1].unit in ("%", "money") or currency_of(found[0].text):
        return None
    number, quantity = with_conjoined_counts(found[0], replace(found[1], unit=unit))
    return number, as_part(number, quantity, trigger, clause, victims=True)


def _described(trigger: Token, event_type: str, lexicon: EventLexicon) -> Token | None:
    """The noun a clause after it tells of (`described_by`), or that an -ing participle tells
    underwent its event ("eleven individuals sustaining injuries", "two people dying"): the
    event's victims. Not one doing it ("two men shooting at each other")."""
    described = described_by(trigger)
    if described is not None or trigger.dep_ != "acl" or trigger.tag_ != "VBG":
        return described
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    if any(_numbered(c) for c in objects):
        return None  # "Police investigating 2 deaths": the object counts the victims itself
    undergoes = event_type in lexicon.subject_undergoes or any(_types_the_verb(c, trigger, lexicon) for c in objects)
    return trigger.head if undergoes and trigger.head.pos_ in ("NOUN", "PROPN") else None


def _one_more(doc: Doc, victims: set[int], unit: str):
    """ "One man was killed and another was wounded", "another man was hurt": one victim (not
    "another shooting", the event itself)."""
    for i in sorted(victims):
        word = doc[i] if doc[i].lower_ == ONE_MORE else next((c for c in doc[i].children if c.lower_ == ONE_MORE), None)
        if word is not None and word.dep_ in ("nsubj", "nsubjpass", "dobj", "det"):
            return doc[word.i : word.i + 1], Quantity(1.0, 1.0, 1.0, unit)
    return None


def _numbered(noun: Token) -> bool:
    return any(c.dep_ == "nummod" or c.like_num for c in noun.children)


def _tokens_of(doc: Doc, matches) -> set[int]:
    tokens: set[int] = set()
    for match in matches:
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        if span is not None:
            tokens.update(range(span.start, span.end))
    return tokens


def headline_counts(sent: Span, lexicon: EventLexicon) -> dict[int, tuple[str, Span, Quantity]]:
    """Headline-ese drops the verb: "1 dead, 2 hurt in office shooting", "Three Killed in Bank Fire".
    A number, the people it counts if named ("three people"), then a word that states what befell
    them (the lexicon's `states`) make a count of that event's victims: word index -> (event type,
    number, quantity). Not when the word acts on someone after it ("2 gunmen killed 5"), nor when
    the number belongs to a preposition ("mother of 2 dead in crash": one death, not two)."""
    found = {}
    doc = sent.doc
    for ent in sent.ents:
        at = ent.end + (ent.end < len(doc) and doc[ent.end].tag_ == "NNS")
        if ent.label_ != "CARDINAL" or at >= len(doc) or (ent.start > 0 and doc[ent.start - 1].pos_ == "ADP"):
            continue
        event_type = lexicon.states.get(doc[at].lower_)
        if event_type is None or event_type not in lexicon.counted:
            continue
        if at + 1 < len(doc) and doc[at + 1].pos_ in ("NOUN", "PROPN", "PRON", "NUM", "DET"):
            continue
        quantity = read_quantity(ent, lexicon.counted[event_type])
        if quantity is not None:
            found[at] = (event_type, *_with_groups_listed_before(sent, ent, at, quantity))
    return found


def _with_groups_listed_before(sent: Span, ent: Span, state: int, quantity: Quantity) -> tuple[Span, Quantity]:
    """A headline's count with the counted groups listed before it, which its state befell as
    well ("4 adults, 2 children killed": six), as one span up to the state; unchanged for a
    count listed alone or after a group with a state of its own ("1 dead, 2 hurt")."""
    doc, start, total = sent.doc, ent.start, quantity.value
    numbers = {e.end: e for e in sent.ents if e.label_ == "CARDINAL"}
    while start >= 3 and doc[start - 1].lower_ in (",", "and") and doc[start - 2].tag_ == "NNS":
        group = numbers.get(start - 2)
        told = None if group is None else read_quantity(group, quantity.unit)
        if told is None or told.low != told.high or quantity.low != quantity.high:
            break
        start, total = group.start, total + told.value
    if start == ent.start:
        return ent, quantity
    return doc[start:state], replace(quantity, value=total, low=total, high=total)


# The verbs a state is said of its people with: "three people are dead", "it left two dead".
_STATING_VERBS = {"acomp": ("nsubj", frozenset({"be", "remain"})), "oprd": ("dobj", frozenset({"leave"}))}


def predicate_counts(sent: Span, lexicon: EventLexicon, stated: set[int]) -> dict[int, tuple[str, Span, Quantity]]:
    """ "Three people are dead after a house fire", "a shooting that left two dead": a word that
    states what befell people (the lexicon's `states`), said of a counted subject of "be" or
    object of "leave", gives that event's count. The verb is the trigger, so the claim has its
    clause's time and place. Not for a state the headline's own reading counts (`stated`). Same
    shape as `headline_counts`. A count of others than someone told before is a part ("Ten other
    people ... remain hospitalized" after two workers died)."""
    found = {}
    for state in sent:
        event_type = lexicon.states.get(state.lower_)
        if event_type not in lexicon.counted or state.i in stated:
            continue
        verb, people = _stated_of(state)
        event_type = _left_by_its_cause(verb, event_type, lexicon)
        ent = next(
            (e for e in sent.ents if e.label_ == "CARDINAL" and (e.root.i in people or e.root.head.i in people)), None
        )
        quantity = None if ent is None else read_quantity(ent, lexicon.counted[event_type])
        if quantity is not None:
            found[verb.i] = (event_type, ent, as_part(ent, quantity, verb, set(), victims=True))
    return found


def _stood_for(subject: Token) -> Token:
    """The noun a relative pronoun stands for as the subject of its clause ("a shooting which left
    two dead", "a shooting that occurred Friday"): the noun the clause tells of; any other subject
    is itself."""
    verb = subject.head
    return verb.head if subject.tag_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else subject


def _left_by_its_cause(verb: Token | None, event_type: str, lexicon: EventLexicon) -> str:
    """ "A shooting in the Russell neighborhood leaves one man dead Sunday afternoon": the deaths
    an event named as the subject of "leave" leaves at once are its killings (the death's kin the
    cause is compatible with), of its day; a death alone may come days after its cause."""
    if verb is None or verb.lemma_.lower() != "leave":
        return event_type
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        cause = _noun_event(_stood_for(subject), lexicon)  # "a shooting which left two dead"
        if cause and lexicon.is_death_by(event_type, cause):
            kin = sorted(lexicon.compatible.get(event_type, ()))
            return next((k for k in kin if lexicon.are_compatible(cause, k)), event_type)
    return event_type


def manner_counts(sent: Span, lexicon: EventLexicon) -> dict[int, tuple[str, Span, Quantity]]:
    """ "Two people were shot, one fatally": a number beside the verb, with an adverb that makes
    the verb another counted event ("shoot fatally" is a killing), counts that event. The number
    is the trigger, and the verb's own count stays its own. Same shape as `headline_counts`."""
    found = {}
    for number in sent:
        verb = _verb_of_manner(number)
        if verb is None:
            continue
        for adverb in (c for c in number.children if c.dep_ == "advmod"):
            event_type = lexicon.event_type(verb.lemma_.lower(), [adverb.lower_])
            if event_type in lexicon.counted and event_type != lexicon.event_type(verb.lemma_.lower()):
                told = sent.doc[number.i : number.i + 1]
                quantity = read_quantity(told, lexicon.counted[event_type])
                if quantity is not None:
                    found[number.i] = (event_type, told, quantity)
    return found


def _verb_of_manner(number: Token) -> Token | None:
    """The verb a number tells the manner of for some of its people: "were shot, one fatally"
    (the small model hangs the number from the verb) or "three men were shot, one of them fatally"
    (in apposition to a noun of the verb's clause)."""
    if not number.like_num or not any(c.dep_ == "advmod" for c in number.children):
        return None
    if number.dep_ not in ("npadvmod", "appos"):
        return None
    return next((a for a in number.ancestors if a.pos_ == "VERB"), None)


def _stated_of(state: Token) -> tuple[Token | None, set[int]]:
    """The verb that says a state of people and the tokens that name them: "three people are
    dead" (the subject of "be"), "left two dead" (the object of "leave", which the small model
    also reads as "two" modified by a "dead" after it, or as a "dead" that "two" counts)."""
    if state.dep_ in _STATING_VERBS:
        role, verbs = _STATING_VERBS[state.dep_]
        verb = state.head
        people = {c.i for c in verb.children if c.dep_ == role}
        if verb.lemma_.lower() in verbs and people:
            return verb, people
    people = state.head
    if state.dep_ == "amod" and people.i < state.i and people.dep_ == "dobj" and people.head.lemma_.lower() == "leave":
        return people.head, {people.i}
    # "leaving at least 25 dead": the small model hangs the number from the state, its object.
    if (
        state.dep_ in ("acomp", "oprd", "dobj")
        and state.head.lemma_.lower() == "leave"
        and any(c.dep_ == "nummod" for c in state.children)
    ):
        return state.head, {state.i}
    return None, set()


def tally_counts(sent: Span, lexicon: EventLexicon) -> dict[int, tuple[str, Span, Quantity]]:
    """ "The death toll rose to 43", "reached 43", "stands at 43", "a death toll of 43", "bringing
    the death toll to 43": a tally (the lexicon's `tallies`) of a counted event (its compound,
    "death") gives that event's count; the verb that gives the figure is the trigger, so the
    claim has the verb's time and place. Same shape as `headline_counts`."""
    found = {}
    for tally in sent:
        kinds = [c for c in tally.children if c.dep_ == "compound"]
        event_type = lexicon.event_type(kinds[0].lemma_.lower(), noun=True) if kinds else None
        if tally.lemma_.lower() not in lexicon.tallies or event_type not in lexicon.counted:
            continue
        trigger = tally.head if tally.dep_ in ("nsubj", "dobj") and tally.head.pos_ in ("VERB", "AUX") else tally
        figures = [t for t in trigger.subtree if t.like_num and _gives_the_figure(t, trigger, tally)]
        ent = next((e for e in sent.ents if figures and e.start <= figures[0].i < e.end), None)
        quantity = None if ent is None else read_quantity(ent, lexicon.counted[event_type])
        if quantity is not None:
            found[trigger.i] = (event_type, ent, quantity)
    return found


def _gives_the_figure(number: Token, trigger: Token, tally: Token) -> bool:
    """The number a tally rises to, stands at or reaches ("rose from 30 to 43": 43), or is of."""
    if number.dep_ == "pobj" and number.head.lower_ in ("to", "at"):
        return True
    if number.dep_ == "pobj" and number.head.lower_ == "of":
        return number.head.head.i == tally.i
    return number.dep_ in ("dobj", "attr") and number.head.i == trigger.i


def _triggers(sent: Span, lexicon: EventLexicon, counts) -> Iterable[tuple[Token, str, str]]:
    for token in sent:
        lemma = token.lemma_.lower()
        if token.i in counts:
            yield token, counts[token.i][0], "lexicon"
        elif token.pos_ == "VERB" and not (token.dep_ == "acl" and lemma in lexicon.involvements):
            begun = _occurring_event(token, lexicon) if lemma in lexicon.beginnings else None
            event_type = begun or _phrasal_event(token, lemma, lexicon) or _light_verb_event(token, lexicon)
            if event_type:
                yield token, event_type, "lexicon"
            elif lemma not in lexicon.ignore and lemma.isalpha():
                yield token, _lemma_type(token, lemma, lexicon), "lemma"
        elif token.pos_ == "NOUN" and not (token.dep_ == "dobj" and token.head.pos_ == "VERB"):
            event_type = _noun_event(token, lexicon)
            if event_type:
                yield token, event_type, "lexicon"


def _with_antecedents(triggers: list, article: Setting | None, lexicon: EventLexicon) -> list:
    """The triggers, one told by a pronoun ("It happened around 10:30 p.m. Thursday") typed as the
    last event the article told before it ("A teenager was killed in a drive-by shooting"), not a
    response to it; the article then has told the sentence's first such event."""
    if article is None:
        return triggers
    typed = [
        (trigger, (article.event or event_type) if event_type in lexicon.referring else event_type, source)
        for trigger, event_type, source in triggers
    ]
    told = (t for _, t, source in typed if source == "lexicon" and t not in lexicon.attends | lexicon.referring)
    article.event = next(told, article.event)
    return typed


def _phrasal_event(verb: Token, lemma: str, lexicon: EventLexicon) -> str | None:
    """The verb's type, from an entry for it with the noun of its subject ("officers arrived"), or
    with one of the words that can complete it (see `_completes`), or from its lemma alone. A
    negated word is looked up with its negation: "found not guilty" is no "found guilty"."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if found := lexicon.by_subject.get((lemma, subject.lemma_.lower())):
            return found
    words = [c for c in verb.children if _completes(c, verb)]
    # "shots were fired", "a report of shots fired": the passive subject, or the noun a participle
    # tells of, is the verb's object.
    words += [c for c in verb.children if c.dep_ == "nsubjpass"]
    words += [verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBN" else []
    # "found Pellow guilty": an adjective on the object completes the verb too.
    words += [g for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "amod"]
    companions = [f"not {w.lower_}" if any(n.dep_ == "neg" for n in w.children) else w.lower_ for w in words]
    # "broke out of the prison" is an escape, "fire broke out" is not: the preposition that
    # follows a particle completes the verb first.
    longer = [f"{w.lower_} {c.lower_}" for w in words for c in w.children if c.dep_ == "prep" and c.i == w.i + 1]
    # "shot to death", "stabbed his wife to death": a preposition with its object completes it too.
    preps = [p for p in verb.children if p.dep_ == "prep"]
    if any(c.dep_ == "auxpass" for c in verb.children):
        # "were called to a home", "were called out": an entry the passive alone makes ("called
        # to say" is none).
        for word in (c for c in verb.children if c.dep_ in ("prep", "prt")):
            if found := lexicon.passives.get(f"{lemma} {word.lower_}"):
                return found
    longer += [f"{p.lower_} {o.lower_}" for p in preps for o in p.children if o.dep_ == "pobj"]
    return lexicon.event_type(lemma, longer + companions)


def _lemma_type(verb: Token, lemma: str, lexicon: EventLexicon) -> str:
    """A verb the lexicon does not know, typed by its lemma with its particle: "went up in flames"
    and "go back years" are different events, though both are "go". Never a type the lexicon
    declares: "Cheeks was fired Saturday" is no blaze, nor "shares fell" a fall from a height."""
    phrase = " ".join([lemma, *(c.lower_ for c in verb.children if c.dep_ == "prt")])
    return f"{phrase} (verb)" if phrase in lexicon.declared else phrase


def _completes(word: Token, verb: Token) -> bool:
    """Whether a child of the verb can complete it into a phrasal entry: a particle, whatever
    label the small model gives it ("stepped down"), a predicate adjective ("found him guilty"),
    the object of an idiom ("took the title") or a preposition right after an active verb
    ("broke into"). "broke the record in 2019" is no "break in"."""
    if word.dep_ in ("prt", "advmod", "acomp", "oprd", "dobj") or (
        word.dep_ in ("ccomp", "xcomp") and word.pos_ == "ADJ"
    ):
        return True
    return word.dep_ == "prep" and word.i == verb.i + 1 and not any(c.dep_ == "auxpass" for c in verb.children)


def _light_verb_event(verb: Token, lexicon: EventLexicon) -> str | None:
    """ "made landfall", "held talks": the event is the object noun; time and place attach to the verb
    (not "condemned the shooting", a comment the lexicon lists).
    "a shooting that occurred Friday", "the crash happened at 5 p.m.": the event is the noun that occurs."""
    if verb.lemma_.lower() in lexicon.comments:
        return None
    occurring = _occurring_event(verb, lexicon)
    if occurring is not None:
        return occurring
    for child in verb.children:
        if child.dep_ == "dobj":  # the small model tags some event nouns ("landfall") as adjectives
            event_type = _noun_event(child, lexicon)
            # "survived the incident", "investigating the incident": a noun that names whatever
            # incident its story tells makes no verb that incident.
            return None if event_type in lexicon.stand_ins else event_type
    return None


def _noun_event(noun: Token, lexicon: EventLexicon) -> str | None:
    """The type of an event noun, with the modifiers that can make it another ("fatal injuries")
    or tell what it is ("a house fire")."""
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    event_type = lexicon.event_type(noun.lemma_.lower(), [c.lower_ for c in modifiers], noun=True)
    if event_type in lexicon.stand_ins:
        # "a stabbing incident", "the fire tragedy": the modifier tells the kind.
        kinds = (lexicon.event_type(c.lower_, noun=True) for c in modifiers if c.dep_ == "compound")
        kind = next((kind for kind in kinds if kind), None)
        # "a warrant stemming from an incident June 3": told as new, it may be any incident.
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in noun.children)
        return kind or (None if indefinite else event_type)
    return event_type


def _tells_occurrence(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether the verb says only that something happened ("occurred", "took place", "broke out",
    "tore through")."""
    lemma = verb.lemma_.lower()
    return lemma in lexicon.occurrences or any(
        f"{lemma} {c.lower_}" in lexicon.occurrences
        for c in verb.children
        if c.dep_ in ("dobj", "prt") or (c.dep_ == "prep" and c.i == verb.i + 1)
    )


def _occurring_event(verb: Token, lexicon: EventLexicon) -> str | None:
    """The type of the event noun a verb of occurrence says happened, or began ("The incident
    started shortly before 6 p.m.": the incident, not a start)."""
    occurring = _occurring(verb, lexicon)
    if occurring is None:
        return None
    return _noun_event(occurring, lexicon) or lexicon.occurring_nouns.get(occurring.lemma_.lower())


def _occurring(verb: Token, lexicon: EventLexicon) -> Token | None:
    """The event noun a verb of occurrence says happened: its subject, or the noun its relative
    clause hangs from ("a homicide that occurred on Chestnut Avenue"); or the passive subject of a
    verb of report, not reported to anyone ("the shooting was reported just after 2 a.m.", "the
    fire was reported at 7:52 a.m.")."""
    if verb.lemma_.lower() in lexicon.reports and not any(
        c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children
    ):
        return next(
            (
                c
                for c in verb.children
                # not "it was reported Wednesday": the pronoun there holds the place of what was reported
                if c.dep_ == "nsubjpass" and (_noun_event(c, lexicon) or _occurs_as_told(c, lexicon))
            ),
            None,
        )
    # "The incident started shortly before 6 p.m.": a stand-in for the incident began then.
    begins = verb.lemma_.lower() in lexicon.beginnings
    if not (begins or _tells_occurrence(verb, lexicon)):
        return None
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        noun = _stood_for(subject)
        # "the deadly exchange of gunfire happened": the event the subject is made of
        made_of = [
            o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
        ]
        for candidate in (noun, *made_of):
            event_type = _noun_event(candidate, lexicon) or lexicon.occurring_nouns.get(candidate.lemma_.lower())
            if event_type and (not begins or event_type in lexicon.stand_ins | lexicon.referring):
                return candidate
    return None


def _occurs_as_told(noun: Token, lexicon: EventLexicon) -> bool:
    """A noun that a verb of occurrence makes an event ("a fire broke out"); not a pronoun."""
    lemma = noun.lemma_.lower()
    return lemma in lexicon.occurring_nouns and lemma not in lexicon.pronouns


def _cause(trigger: Token, partner: Token | None, lexicon: EventLexicon) -> Token | None:
    """The clause of what befell the victims of the trigger, or of the toll it is told with."""
    for verb in (trigger, partner):
        if verb is not None and (clause := _occurred_in(verb, lexicon) or cause_of(verb)) is not None:
            return clause
    return None


def _occurred_in(trigger: Token, lexicon: EventLexicon) -> Token | None:
    """The verb of occurrence of what the trigger befell its victims in ("three are dead in a
    stabbing incident which took place in Forbury Gardens on Saturday evening", "died in a
    crash that happened on Sunday"): the deaths were then and there."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ in ("acomp", "attr"))]
    for prep in (c for head in heads for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            for clause in (c for c in noun.children if c.dep_ == "relcl"):
                if _tells_occurrence(clause, lexicon):
                    return clause
    return None


def _strikes_a_place(trigger: Token, lexicon: EventLexicon) -> Token | None:
    """The verb of which a noun event is the subject or the agent, when that verb's object is
    where it happened ("a heist hit Paris on Monday", "Paris hit by a jewelry heist"): the event
    happened there and then."""
    if trigger.pos_ != "NOUN":
        return None
    by = trigger.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "by" else None
    verb = by.head if by is not None and by.dep_ in ("agent", "prep") else trigger.head
    if trigger.dep_ not in ("nsubj", "pobj") or verb.pos_ != "VERB":
        return None
    return verb if lexicon.event_type(verb.lemma_.lower()) in lexicon.object_places else None


def _felt_afar(trigger: Token, lexicon: EventLexicon) -> bool:
    """The trigger's subject is a hazard named by its country ("Iranian earthquake tremor hits
    Dubai", "Iran quake rocks Dubai"): the place it hits is where it was felt, not where it was."""
    for subject in (c for c in trigger.children if c.dep_ == "nsubj"):
        phrase = [subject, *(c for c in subject.children if c.dep_ in ("compound", "amod", "poss"))]
        if any(t.lemma_.lower() in lexicon.hazards for t in phrase) and any(
            t.ent_type_ in ("NORP", "GPE") for t in phrase
        ):
            return True
    return False


def _names_the_event(token: Token, trigger: Token, lexicon: EventLexicon) -> bool:
    """The object that makes the verb a phrasal entry ("returned its verdicts", "took the title")
    names the event, not someone or something it happens to."""
    if token.dep_ != "dobj" or token.head.i != trigger.i:
        return False
    phrase = f"{trigger.lemma_.lower()} {token.lower_}"
    return phrase in lexicon.verbs or phrase in lexicon.synonym_verbs or phrase in lexicon.occurrences


def _types_the_verb(token: Token, trigger: Token, lexicon: EventLexicon) -> bool:
    """The object that gives its type to a verb the lexicon does not know ("suffered injuries",
    "sustained fatal wounds"): the subject undergoes the event."""
    return (
        token.dep_ == "dobj"
        and token.head.i == trigger.i
        and lexicon.event_type(trigger.lemma_.lower()) is None
        and _noun_event(token, lexicon) is not None
    )


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
    if trigger.dep_ not in MODIFIER_DEPS:
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
    ("Hurricane Delia made landfall ..., killing 43 people"), and so does a gerund after a
    preposition ("Nordhavn are champions after beating Vérac"); of a passive, as its patient."""
    governor = trigger.head.head if trigger.dep_ == "pcomp" and trigger.head.dep_ == "prep" else trigger.head
    if trigger.dep_ not in ("advcl", "conj", "xcomp", "pcomp") or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children
    ):
        return []
    subjects = {c.i: c.dep_ for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")}
    found = [(m, dep) for m in mentions for i, dep in subjects.items() if m.start <= i < m.end and m not in already]
    # "A woman was shot and killed": a participle joined to a passive shares its voice.
    passive = trigger.dep_ == "conj" and trigger.tag_ == "VBN"
    return [
        Mention(m.start, m.end, m.text, m.kind, "patient" if passive and dep == "nsubjpass" else "agent")
        for m, dep in found
    ]


def _negated(trigger: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in trigger.children)


def _modality(trigger: Token, lexicon: EventLexicon, headline: bool = False) -> str:
    """How the event is told: "reported", "planned" or "possible". A headline's present tense tells
    what happened ("Gunman kills 1"), its infinitive what is to come ("HP to acquire EDS")."""
    auxiliaries = {c.lower_ for c in trigger.children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries & lexicon.possible_aux:
        return "possible"
    if auxiliaries & lexicon.planned_aux or (headline and _headline_infinitive(trigger, auxiliaries)):
        return "planned"
    token = trigger
    while (token.dep_ in ("xcomp", "ccomp", "acl", "relcl", "acomp") or _participle(token)) and token.head.i != token.i:
        head = token.head
        head_auxiliaries = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
        if head.lemma_.lower() in lexicon.planned_heads or head_auxiliaries & lexicon.planned_aux:
            return "planned"
        if head_auxiliaries & lexicon.possible_aux:
            return "possible"
        # "will be able to get it beginning in June": a complement or a participle shares its
        # head's modality; a clause of its own ("said that ...", "the man who ...") has its own.
        if token.dep_ not in ("xcomp", "acomp") and not _participle(token):
            break
        token = head
    return "reported"


def _participle(token: Token) -> bool:
    setting = setting_of(token) if token.dep_ == "advcl" else None
    return setting is not None and setting.i == token.head.i


def _headline_infinitive(trigger: Token, auxiliaries: set[str]) -> bool:
    """ "Ellen DeGeneres to host Oscars", "Elections to be held": an infinitive that no verb governs,
    the headline's own verb."""
    if "to" not in auxiliaries:
        return False
    return trigger.dep_ == "ROOT" or trigger.head.pos_ not in ("VERB", "AUX", "ADJ")


def _time_columns(time: Timex | None, text: str) -> dict:
    """The time's columns; a clock time's text takes in the day told beside it ("midnight on
    Saturday"), as that day is what it tells, and what evidence must show."""
    if time is None:
        return dict.fromkeys(
            (
                "time_text",
                "time_start",
                "time_end",
                "time_type",
                "time_value",
                "time_granularity",
                "time_anchor",
                "time_begin",
                "time_until",
            )
        )
    start, end = with_its_day(text, time.start, time.end)
    return {
        "time_text": text[start:end],
        "time_start": start,
        "time_end": end,
        "time_type": time.type,
        "time_value": time.value,
        "time_granularity": time.granularity,
        "time_anchor": time.anchor,
        "time_begin": time.begin.isoformat() if time.begin else None,
        "time_until": time.until.isoformat() if time.until else None,
    }


def _place_columns(doc: Doc, place) -> dict:
    if place is None:
        return dict.fromkeys(("place_text", "place_start", "place_end", "place_key", "place_known", "place_within"))
    start, end, key, known, within = place
    return {
        "place_text": doc.text[start:end],
        "place_start": start,
        "place_end": end,
        "place_key": key,
        "place_known": known,
        "place_within": within,
    }


def _quantity_columns(found) -> dict:
    if not found:
        return dict.fromkeys(
            (
                "quantity_text",
                "quantity_start",
                "quantity_end",
                "quantity_value",
                "quantity_low",
                "quantity_high",
                "quantity_unit",
            )
        )
    ent, quantity = found
    return {
        "quantity_text": ent.text,
        "quantity_start": ent.start_char,
        "quantity_end": ent.end_char,
        "quantity_value": quantity.value,
        "quantity_low": quantity.low,
        "quantity_high": quantity.high,
        "quantity_unit": quantity.unit,
    }
