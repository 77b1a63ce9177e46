"""The shape of a parsed sentence around an event trigger: which tokens are its own clause,
which clause a participle shares, and how far apart two tokens are."""

from __future__ import annotations

from spacy.tokens import Doc, Token

# Children that head a clause of their own: their content is not part of the trigger's claim.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "conj", "parataxis", "csubj", "csubjpass", "xcomp", "pcomp"})

# Clauses that describe a participant ("the probe, which landed on the far side"): their
# participants still tell who, but their times and places belong to their own events.
MODIFIER_DEPS = frozenset({"relcl", "acl"})
# Participles that only say where their noun is ("the Hartford Terrace Apartments, located at
# 1080 Terrace St.") or what its event befell ("a shooting involving two teenage friends inside a
# home"): no event of their own, so their places and times are the clause's.
_NO_EVENT_OF_THEIR_OWN = frozenset({"locate", "situate", "involve"})


def scope(trigger: Token, keep_modifiers: bool) -> set[int]:
    """Token indices that belong to the trigger's own clause."""
    scope = {trigger.i}
    stack = list(trigger.children)
    while stack:
        token = stack.pop()
        if token.dep_ in CLAUSE_DEPS and token.pos_ in ("VERB", "AUX"):
            continue
        if (
            token.dep_ in MODIFIER_DEPS
            and not keep_modifiers
            and token.pos_ in ("VERB", "AUX")
            and token.lemma_ not in _NO_EVENT_OF_THEIR_OWN
        ):
            continue
        scope.add(token.i)
        stack.extend(token.children)
    return scope


def distance(a: Token, b: Token) -> int:
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    ids_b = {t.i: n for n, t in enumerate(up_b)}
    for n, token in enumerate(up_a):
        if token.i in ids_b:
            return n + ids_b[token.i]
    return len(up_a) + len(up_b)


def clause_depth(token: Token, trigger: Token) -> int:
    depth = 0
    for ancestor in [token, *token.ancestors]:
        if ancestor.i == trigger.i:
            break
        depth += ancestor.dep_ in CLAUSE_DEPS | MODIFIER_DEPS and ancestor.lemma_ not in _NO_EVENT_OF_THEIR_OWN
    return depth


def root_of(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def when_clause(trigger: Token) -> Token | None:
    """The verb of a "when" clause of the trigger ("Seven people were killed when a train
    derailed ... on Thursday"), or the copula of a "while" clause telling the state the trigger
    befell ("shot himself while he was home alone Saturday evening in Tioga"): it happened at
    that time, in that place. A "while" clause of an action may move elsewhere ("escaped while
    being transported from a prison in Huntsville"), so only a state lends. The parser hangs a
    clause after coordinated verbs on the last ("were killed and 43 injured when ...")."""
    verbs = [trigger, *(c for c in trigger.children if c.dep_ == "conj")]
    for child in (c for verb in verbs for c in verb.children):
        if child.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in child.children):
            return child
        if child.dep_ == "advcl" and child.lemma_ == "be" and any(c.lower_ == "while" for c in child.children):
            return child
    return None


def setting_of(trigger: Token) -> Token | None:
    """The verb whose time and place a participle, an infinitive complement ("agreed on 4
    September to buy") or a conjoined verb shares, if any."""
    if trigger.dep_ in ("conj", "xcomp") and trigger.head.pos_ == "VERB":
        return trigger.head
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and not any(c.dep_ == "mark" for c in trigger.children):
        return trigger.head
    return None


def outcome_of(trigger: Token, outcomes: set[str]) -> Token | None:
    """The verb the trigger is the outcome of, by one of `outcomes` ("an argument in the hall led
    to a shooting", "ended with a man firing shots", "led to two men opening fire"): what it led to
    happened then and there."""
    outcome = trigger.head if trigger.dep_ in ("acl", "xcomp") and trigger.head.dep_ == "pobj" else trigger
    if outcome.dep_ not in ("pobj", "pcomp") or outcome.head.dep_ != "prep":
        return None
    verb = outcome.head.head
    told = f"{verb.lemma_.lower()} {outcome.head.lower_}" in outcomes
    return verb if told and verb.pos_ == "VERB" else None


# Prepositions that tell what befell the victims of a death or an injury before it.
_CAUSES = frozenset({"after", "from", "following"})


def cause_of(trigger: Token) -> Token | None:
    """The clause telling what befell the victims of a death or an injury ("died after being
    trapped in a house fire Tuesday afternoon", "died from injuries suffered in a Tuesday
    afternoon fire", "was killed after an argument turned violent outside a store on Saturday
    night"): its time and place are the incident's, and the death came then or later."""
    for clause in (c for c in trigger.children if c.dep_ == "advcl" and c.pos_ == "VERB"):
        if any(m.dep_ == "mark" and m.lower_ in _CAUSES for m in clause.children):
            return clause
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in _CAUSES):
        for child in prep.children:
            if child.dep_ == "pcomp" and child.pos_ == "VERB":
                return child
            if child.dep_ == "pobj":
                described = [c for c in child.children if c.dep_ in MODIFIER_DEPS and c.pos_ == "VERB"]
                if described:
                    return described[0]
    return None


def dated_by(trigger: Token) -> Token | None:
    """The date a "when" clause describes ("since March 2012, when 16 people died"): the clause
    tells what happened then."""
    if trigger.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in trigger.children):
        return trigger.head
    return None


# Conjunctions of a clause that happens at the same time as the one it hangs from.
_SIMULTANEOUS = frozenset({"as", "when", "while"})


def simultaneous_with(trigger: Token) -> Token | None:
    """The verb a clause introduced by "as", "when" or "while" hangs from ("on Feb. 12, when sobs
    filled the air as Peterson was found guilty"): the clause happened then, so without a time
    of its own it has that verb's, said of the verb itself (see `adverbials`)."""
    if trigger.dep_ != "advcl" or trigger.head.pos_ not in ("VERB", "AUX"):
        return None
    introduced = any(c.dep_ in ("mark", "advmod") and c.lower_ in _SIMULTANEOUS for c in trigger.children)
    return trigger.head if introduced else None


def coordinated_with(trigger: Token) -> Token | None:
    """The verb the trigger is joined to by "and" ("Two men were killed and a woman was injured in
    a shooting early Saturday"): the time and place said once, of the last of them, are of both.
    The small model joins such clauses as a conjunct or as two clauses of one head; "are dead"
    is a toll told by its copula."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB":
        return trigger.head
    joined = [c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if not joined and any(c.dep_ == "cc" for c in trigger.children):
        joined = [s for s in trigger.head.children if s.i > trigger.i and s.dep_ == trigger.dep_ and s.pos_ == "VERB"]
    return joined[0] if joined else None


def adverbials(verb: Token) -> set[int]:
    """The tokens that tell the verb's own circumstances: a noun phrase of time ("Tuesday", "last
    night") or a preposition's object said of the verb ("on Monday"), with their modifiers; not
    a time inside a noun phrase ("the dramas of the 20th century") or a contrast ("Unlike on Feb. 12")."""
    heads = [c for c in verb.children if c.dep_ in ("npadvmod", "tmod")]
    heads += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return {t.i for head in heads for t in head.subtree}
