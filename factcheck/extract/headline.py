"""Reading a headline: headline-ese is English with its capitals, articles and verbs cut.

A title-cased headline ("Paris Store Hit by $2.6 Million Jewelry Heist") misleads the small
model, which reads every capitalised word as a name and finds no verb. It is parsed as if
written in sentence case, each capitalised word put in lower case unless it is a name. A word
is a name when the article writes it so (capitalised inside a sentence, never in lower case);
one the article writes in lower case is not; of the others, the model decides: a word it still
reads as a proper noun in lower case ("paris") is a name. The parse is then put back on the
headline as written, so evidence quotes it unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from factcheck.extract.written import as_written, for_the_model
from factcheck.rules import PlaceMatch

# A capitalised word whose other letters are lower case, hyphenated or not: "Begins", "Pre-Order";
# not "NFL", "BlackBerry", "Q10" or "T-Mobile".
_WORD = r"[A-Z][a-z]+(?:['’][a-z]+)?(?:-[A-Z][a-z]+)*\b(?!-)"
_CAPITALISED = re.compile(rf"(?<![\w’'-]){_WORD}")
_LONG_WORD = re.compile(r"[A-Za-z][a-z’'-]{3,}")
# Inside a sentence: after a word or a comma, not after a full stop, a colon or a quotation mark.
_MID_SENTENCE = re.compile(rf"(?<=[\w,;] ){_WORD}")
_LOWER_WORD = re.compile(r"\b[a-z]+(?:['’-][a-z]+)*\b")
_NAME_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})


def title_cased(headline: str) -> bool:
    """Whether every word of four letters or more after the first is capitalised."""
    words = _LONG_WORD.findall(headline)[1:]
    return bool(words) and all(word[0].isupper() for word in words)


def parse_headlines(nlp: Language, headlines: Sequence[tuple[str, str]], batch_size: int = 256) -> list[Doc]:
    """The parses of headlines, each given with the text of the article it stands over; parsed
    in batches, as the model is many times faster on a batch than on one text at a time."""
    read = [for_the_model(headline) for headline, _ in headlines]
    folds = [
        _Fold(text, for_the_model(article)) if title_cased(text) else None
        for text, (_, article) in zip(read, headlines)
    ]
    probes = nlp.pipe((fold.probe() for fold in folds if fold), batch_size=batch_size)
    texts = [fold.settled(next(probes)) if fold else text for fold, text in zip(folds, read)]
    parsed = nlp.pipe(texts, batch_size=batch_size)
    return [as_written(doc, headline) for doc, (headline, _) in zip(parsed, headlines)]


class _Fold:
    """A title-cased headline put in sentence case: a capitalised word is put in lower case
    unless the article writes it as a name; of the words the article does not write in lower
    case either, those the model still reads as names in lower case ("paris") get their capital
    back."""

    def __init__(self, headline: str, article: str):
        self.headline = headline
        names, common = _article_words(article)
        self.folded = list(headline)
        self.undecided: list[int] = []
        for match in _CAPITALISED.finditer(headline):
            word, lowered = match.group(), match.group().lower()
            if match.start() == 0 or word in names:
                continue
            capitals = [match.start() + i for i, letter in enumerate(word) if letter.isupper()]
            for at in capitals:
                self.folded[at] = headline[at].lower()
            if lowered not in common:
                self.undecided += capitals

    def probe(self) -> str:
        return "".join(self.folded)

    def settled(self, probe: Doc) -> str:
        """The headline in sentence case, given the model's reading of the probe."""
        for token in probe:
            if token.idx in self.undecided and (token.pos_ == "PROPN" or token.ent_type_ in _NAME_LABELS):
                self.folded[token.idx] = self.headline[token.idx]
        return "".join(self.folded)


def place_prefix(headline: str, places: Iterable[PlaceMatch]) -> PlaceMatch | None:
    """The place a headline opens with, before a colon ("Paris: Jewellery Stolen In Shop Raid"):
    where the headline's events happened, which its words after the colon seldom repeat."""
    return next((m for m in places if m.start == 0 and headline[m.end :].lstrip().startswith(":")), None)


def _article_words(article: str) -> tuple[set[str], set[str]]:
    """The article's names (words it capitalises inside its sentences, never writing them in lower
    case) and the words it writes in lower case."""
    common = set(_LOWER_WORD.findall(article))
    names = {word for word in _MID_SENTENCE.findall(article) if word.lower() not in common}
    return names, common
