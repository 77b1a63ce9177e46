"""Text rebuilt from ECB+ tokens: one sentence per line, spaced the way it was printed.

The two halves of ECB+ were tokenised differently. The `ecb` files follow the Penn Treebank
(``quotes'', "do n't", "family 's", hyphenated words kept whole, a lone "-" is a dash). The
`ecbplus` files split at every punctuation mark ("U . S .", "10 : 00", "1 , 300", "court - ordered",
"don ’ t") and leave most straight quotes attached ('"The'). Which marks join their neighbours
therefore depends on the half and, for straight quotes, on whether a quotation is open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Marks written against the word before them, and marks written against the word after them.
_CLOSING = {".", ",", ":", ";", "?", "!", ")", "]", "}", "%", "...", "…", "''", "”", "'s", "n't", "'m", "'re", "'ve"}
_CLOSING |= {"'ll", "'d", "'S", "N'T"}
_OPENING = {"(", "[", "{", "$", "#", "``", "“"}
# What follows an apostrophe inside a word split by the ecbplus tokeniser: "don ’ t", "AMD ’ s".
_APOSTROPHE_ENDINGS = {"s", "t", "re", "ll", "ve", "d", "m"}
# Top-level domains, for "SI . com" and "www . colts . com" written inside sentences.
_DOMAINS = {"com", "org", "net", "co", "uk", "gov", "edu", "ca", "au", "in", "pk", "ie", "nz", "za"}
_QUOTE_MARKS = {'"', "'"}
_PTB_QUOTES = {"``": '"', "''": '"'}
_DIGITS = re.compile(r"\d+")
_AMOUNT = re.compile(r"[$£€]?(\d+)")  # the ecbplus tokeniser keeps a currency sign on its number: "$2 . 6"
_WORDISH = re.compile(r"\w")


@dataclass(frozen=True)
class Line:
    text: str
    spans: tuple[tuple[int, int], ...]  # (start, end) of each token in `text`


def rebuild(sentences: tuple[tuple[str, ...], ...], kind: str) -> list[Line]:
    """The lines of a document: each sentence's tokens joined with the spacing of print."""
    joiner = _Joiner(kind)
    return [joiner.line(words) for words in sentences]


class _Joiner:
    def __init__(self, kind: str):
        self.split_hyphens = kind == "ecbplus"
        self.open: set[str] = set()  # the straight quote marks (" and ') of open quotations, which may span sentences

    def line(self, words: tuple[str, ...]) -> Line:
        if words and words[0] in _QUOTE_MARKS:
            self.open.discard(words[0])  # a quote that starts a sentence opens a quotation
        text, spans = "", []
        glue_next = True  # no space before the first token
        for i, word in enumerate(words):
            before = words[i - 1] if i else ""
            after = words[i + 1] if i + 1 < len(words) else ""
            shown = _PTB_QUOTES.get(word, word)
            if not (glue_next or self._glued_left(before, word, after)):
                text += " "
            spans.append((len(text), len(text) + len(shown)))
            text += shown
            glue_next = self._glued_right(before, word, after)
            self._track_quotes(word)
        return Line(text, tuple(spans))

    def _glued_left(self, before: str, word: str, after: str) -> bool:
        """Whether `word` is written against the token before it."""
        if word in _QUOTE_MARKS and self.split_hyphens:
            return word in self.open or not after  # a quote that ends a sentence closes a quotation
        if word in ("``", "“") and not after:  # an opening mark ending a sentence is a closing one mistyped
            return True
        if word == "'":  # ecb: the possessive of a plural ("Jeffs ' attorneys") or a closing quote
            return True
        if word == "-":
            return before == "-" or self._joining_hyphen(before, after)
        if word in ("’", "‘"):
            return after in _APOSTROPHE_ENDINGS or word == "’"
        if word == "/":
            return True
        return word in _CLOSING

    def _glued_right(self, before: str, word: str, after: str) -> bool:
        """Whether the token after `word` is written against it."""
        if word in _QUOTE_MARKS and self.split_hyphens:
            return word not in self.open  # an opening quote: read before the quote state flips
        if word == "-":
            return after == "-" or self._joining_hyphen(before, after)
        if word in ("’", "‘"):
            return after in _APOSTROPHE_ENDINGS or word == "‘"
        if word == "/":
            return True
        if word == ".":
            decimal = _is_amount(before) and _is_number(after)  # "2 . 6", "$2 . 6"
            initials = _is_letter(before) and _is_letter(after)  # "U . S .", "a . m ."
            return decimal or initials or after in _DOMAINS
        if word == ",":  # "1 , 300"
            return _is_amount(before, 3) and len(after) == 3 and _is_number(after)
        if word == ":":
            return _is_number(before) and after[:1].isdigit()
        return word in _OPENING

    def _joining_hyphen(self, before: str, after: str) -> bool:
        """ecbplus splits "court-ordered" into three tokens; ecb keeps it whole, so there a lone "-" is a dash."""
        return self.split_hyphens and bool(_WORDISH.match(before[-1:])) and bool(_WORDISH.match(after[:1]))

    def _track_quotes(self, word: str) -> None:
        if word in _QUOTE_MARKS and self.split_hyphens:
            self.open ^= {word}
        elif len(word) > 1 and word.startswith('"') != word.endswith('"'):
            # '"The' opens a quotation, 'said"' closes one
            (self.open.add if word.startswith('"') else self.open.discard)('"')


def _is_number(word: str) -> bool:
    return bool(_DIGITS.fullmatch(word))


def _is_amount(word: str, most_digits: int = 99) -> bool:
    match = _AMOUNT.fullmatch(word)
    return bool(match) and len(match[1]) <= most_digits


def _is_letter(word: str) -> bool:
    return len(word) == 1 and word.isalpha()
