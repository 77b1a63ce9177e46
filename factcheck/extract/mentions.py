"""Participant mentions in a parsed sentence: named entities, proper-noun chunks, argument nouns."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

NOT_PARTICIPANTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
SETTING_LABELS = frozenset({"GPE", "NORP", "LOC"})
_ARGUMENT_DEPS = {"nsubj": "agent", "nsubjpass": "patient", "dobj": "patient", "attr": "patient"}
# Numbers are quantities, compared as such: "43 people" and "61 people" are both "people".
_NOMINAL_MODIFIERS = {"amod", "compound", "npadvmod"}
_PRONOUN_LIKE = {"PRON", "DET"}


@dataclass(frozen=True)
class Mention:
    start: int  # token index in the sentence doc
    end: int  # exclusive
    text: str
    kind: str  # an entity label ("PERSON", "ORG", "GPE", ...), "PROPN" or "NOMINAL"
    role: str | None = None  # set when the role is not read off the mention's own attachment

    @property
    def named(self) -> bool:
        return self.kind != "NOMINAL"

    def root(self, sent: Span) -> Token:
        """The token of the mention whose head lies outside it."""
        tokens = sent.doc[self.start : self.end]
        return next((t for t in tokens if not (self.start <= t.head.i < self.end) or t.head.i == t.i), tokens[-1])


def named_mentions(sent: Span, excluded: set[int] = frozenset()) -> list[Mention]:
    """Entities the NER found, plus proper-noun chunks it missed ("Chang’e-6", "Chang’E 8").

    Tokens in `excluded` (those of temporal expressions) never belong to a name.
    """
    doc = sent.doc
    mentions: list[Mention] = []
    covered: set[int] = set(excluded)
    for ent in sent.ents:
        if ent.label_ in NOT_PARTICIPANTS or covered.intersection(range(ent.start, ent.end)):
            continue
        start, end = _trim(doc, ent.start, ent.end)
        end = _extend_with_number(doc, end, sent.end)
        if start < end:
            mentions.append(Mention(start, end, doc[start:end].text, ent.label_))
            covered.update(range(start, end))
    i = sent.start
    while i < sent.end:
        if _is_proper(doc[i]) and i not in covered:
            j = i + 1
            while (
                j < sent.end
                and j not in covered
                and (_is_proper(doc[j]) or (_joins(doc, j) and j + 1 < sent.end and _is_proper(doc[j + 1])))
            ):
                j += 1
            j = _extend_with_number(doc, j, sent.end)
            mentions.append(Mention(i, j, doc[i:j].text, "PROPN"))
            covered.update(range(i, j))
            i = j
        else:
            i += 1
    return sorted(mentions, key=lambda m: m.start)


def _is_proper(token: Token) -> bool:
    """Tagged a proper noun, or capitalised mid-sentence where the tagger missed it ("Chang’e");
    never a number word ("Seventeen inmates" opening a sentence: a count, not a name)."""
    if token.like_num and token.is_alpha:
        return False
    if token.tag_ in ("NNP", "NNPS"):
        return True
    return (
        token.text[:1].isupper()
        and not token.is_sent_start
        and not token.is_stop
        and token.text.replace("’", "").replace("'", "").isalpha()
        and token.tag_
        not in (
            "PRP",
            "PRP$",
            "WDT",
            "WP",
            "MD",
            "JJ",
            "NNS",
            "NN",
            "VBD",
            "VB",
            "VBZ",
            "VBG",
            "VBN",
            "VBP",
            "RB",
            "IN",
            "CC",
        )
    )


def _joins(doc, i: int) -> bool:
    """A hyphen written without spaces inside a name ("ICUBE-Q")."""
    return doc[i].text in ("-", "‐", "‑") and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def argument_nouns(sent: Span, taken: set[int]) -> list[Mention]:
    """Common-noun arguments ("its first lunar satellite" -> "first lunar satellite")."""
    mentions = []
    for token in sent:
        if token.pos_ != "NOUN" or token.i in taken:
            continue
        if token.dep_ not in _ARGUMENT_DEPS and not (token.dep_ == "pobj" and token.head.dep_ == "agent"):
            continue
        modifiers = [
            child
            for child in token.lefts
            if child.dep_ in _NOMINAL_MODIFIERS and child.i not in taken and child.pos_ not in _PRONOUN_LIKE
        ]
        words = [_noun_lemma(m) if m.pos_ == "NOUN" else m.text.lower() for m in modifiers]
        start = modifiers[0].i if modifiers else token.i
        mentions.append(Mention(start, token.i + 1, " ".join([*words, _noun_lemma(token)]), "NOMINAL"))
    return mentions


def _noun_lemma(token: Token) -> str:
    # The model's lemma of "people" is "people": "one person" and "two people" name one kind.
    lemma = token.lemma_.lower()
    return "person" if lemma == "people" else lemma


def role_of(mention: Mention, sent: Span, trigger: Token) -> str:
    """agent, patient or other, from the dependency that attaches the mention to the clause."""
    root = mention.root(sent)
    if root.head.i == trigger.i:
        return _ARGUMENT_DEPS.get(root.dep_, "other")
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.i == trigger.i:
        return "agent"
    if trigger.dep_ in ("acl", "relcl") and trigger.head.i in range(mention.start, mention.end):
        return "patient" if trigger.dep_ == "acl" else "agent"
    return "other"


def _trim(doc, start: int, end: int) -> tuple[int, int]:
    opened = [i for i in range(start, end) if doc[i].text == "("]
    if opened and not any(doc[i].text == ")" for i in range(opened[-1], end)):
        end = opened[-1]
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and doc[end - 1].tag_ == "POS":
        end -= 1
    return start, end


def _extend_with_number(doc, end: int, limit: int) -> int:
    """Names that end in a short number keep it: "Chang’E 8", "Apollo 11", but not "Pakistan 5 people"."""
    if end >= limit:
        return end
    token = doc[end]
    if not token.like_num or token.ent_type_ in NOT_PARTICIPANTS - {"CARDINAL"}:
        return end
    if len(token.text) > 3 or not token.text.isalnum():
        return end
    if end + 1 < limit and (doc[end + 1].tag_ == "NNS" or doc[end + 1].text in ("-", "–", ":")):
        return end  # "Pakistan 5 people", a score "United 3-1"
    return end + 1
