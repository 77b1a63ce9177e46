"""Mending parse errors of the small model that lose an event's participants or counts, before claims are read.

The parse is changed in place, only where its shape cannot be right.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.slots import RELATIVE_PRONOUNS

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_COUNTED_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass"})
_NOT_COUNTING = frozenset({"no", "any", "each", "every", "the", "this", "that"})  # "no one was hurt"


def repair(doc: Doc) -> Doc:
    for verb in doc:
        if _relative_clause_without_object(verb):
            noun = _stray_subject_after(verb)
            if noun is not None:
                noun.head = verb
                noun.dep_ = "dobj"
        subject = _subject_before_participle(verb)
        if subject is not None:
            _make_participle_modify_subject(subject, verb)
    unlabelled = [Span(doc, token.i, token.i + 1, label="CARDINAL") for token in doc if _uncounted_number(token)]
    if unlabelled:
        doc.ents = sorted([*doc.ents, *unlabelled], key=lambda span: span.start)
    return doc


def _uncounted_number(token: Token) -> bool:
    """A number that is a verb's subject or object, or counts a noun, which the entity recogniser
    left unlabelled: "Explosion Kills One, Injures Others" (title case hides it), "killed one",
    "Eleven people were injured" (opening a sentence, the tagger takes it for an adjective)."""
    argument = token.pos_ == "NUM" and token.dep_ in _COUNTED_ARGUMENTS and token.head.pos_ == "VERB"
    counting = token.dep_ == "nummod" and token.head.pos_ == "NOUN"
    return (
        token.like_num
        and (argument or counting)
        and not token.ent_type_
        and not (token.i > 0 and token.doc[token.i - 1].lower_ in _NOT_COUNTING)
    )


def _subject_before_participle(verb: Token) -> Token | None:
    """The subject of a participle the parser read as the main verb, when the finite verb after
    it has none: in "Three men pulled from a burning home have died", "have died" needs one, and
    "men" can only be its subject, "pulled" a participle on it ("men who were pulled")."""
    if verb.dep_ not in ("ccomp", "conj"):
        return None
    children = list(verb.children)
    finite_have = any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in children)
    if not finite_have or any(c.dep_ in _SUBJECTS for c in children):
        return None
    participle = verb.head
    if (
        participle.i >= verb.i
        or participle.tag_ not in ("VBN", "VBD")
        or any(c.dep_ in ("aux", "auxpass", "dobj", "cc") for c in participle.children)
    ):
        return None
    subjects = [c for c in participle.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    return subjects[0] if subjects and subjects[0].i < participle.i else None


def _make_participle_modify_subject(subject: Token, verb: Token) -> None:
    participle = subject.head
    root = participle.head == participle
    governor, relation = participle.head, participle.dep_
    subject.head = verb
    verb.head = verb if root else governor
    verb.dep_ = "ROOT" if root else relation
    participle.head = subject
    participle.dep_ = "acl"
    participle.tag_ = "VBN"


def _relative_clause_without_object(verb: Token) -> bool:
    """An active relative clause whose pronoun is its subject and that has no object."""
    children = list(verb.children)
    return (
        verb.dep_ == "relcl"
        and verb.pos_ == "VERB"
        and any(c.dep_ == "nsubj" and c.tag_ in RELATIVE_PRONOUNS for c in children)
        and not any(c.dep_ in ("dobj", "auxpass") for c in children)
    )


def _stray_subject_after(verb: Token) -> Token | None:
    """The noun phrase right after the verb, when the parser made it the subject of a verb outside
    the relative clause ("a strike that killed about 40 Palestinians sheltering in a school brought
    ...": of "brought") or of a participle inside it ("that wounded 14 Iraqis queuing for fuel"):
    a clause's subject never follows its relative clause's verb with nothing between, and a
    participle has none. A finite clause's subject stays ("who said police arrested him")."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or not verb.whitespace_:
        return None
    noun = doc[verb.i + 1]
    while noun.pos_ not in ("NOUN", "PROPN") and noun.head.i > noun.i:
        noun = noun.head  # from "about" of "about 40 Palestinians" up to the noun
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "nsubj" or noun.left_edge.i != verb.i + 1:
        return None
    governor = noun.head
    outside = governor.i != verb.i and verb not in governor.ancestors
    participle = governor.tag_ == "VBG" and not any(c.dep_ == "aux" for c in governor.children)
    return noun if outside or participle else None
