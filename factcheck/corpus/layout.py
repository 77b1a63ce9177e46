"""Paragraphs, and which of them are the article rather than page furniture.

Scraped news pages carry sidebars ("Recent Posts"), comment forms, cookie notices and teasers
around the article. They are told apart by shape, not by wording: the article is the longest
run of prose paragraphs (full sentences ending in terminal punctuation), in which headings and
short lines may stand alone between prose, while a teaser cut off with an ellipsis (not one the
next paragraph goes on from in lower case) or a cluster of short lines ends the run. Widgets
inside the article are known by shape too: a photo gallery's counter ("Image 2 of 9") with the
caption under it, and a call for tips with a phone number or an e-mail address to write to; they
state nothing about the story.

The headline is the one heading that states the story: the title, where the body repeats it, or
else the heading that opens the article (`opening_heading`). Other headings (site names, section
labels, "Related stories") state nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_LIST_OR_HEADING = re.compile(r"^\s*(?:#{1,6}\s|[-*+>]\s|\d+[.)]\s)")
_COMMENT = re.compile(r"^\s*<!--.*?-->\s*$", re.S)
_TERMINAL = tuple('.!?"”’)»')
_ELLIPSIS = ("…", "...")
# "Image 2 of 9", "Photo 3/12", "1 of 5": a gallery's position counter opening a paragraph.
_GALLERY_COUNTER = re.compile(r"^\s*(?:[A-Z][a-z]+\s+)?\d{1,3}\s*(?:of|/)\s*\d{1,3}\b")
# A phone number ("555-1234", "(800) 222-8477", "1-800-TIPS") or an e-mail address; the address
# is only looked for around an "@", as trying it at every word is most of segmenting's time.
_PHONE = re.compile(r"(?:\(\d{3}\)\s*|\b\d{3}[-.\s])?\b\d{3}[-.]\d{4}\b|\b1-800-[\dA-Z-]{4,}")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
# Widgets that may sit anywhere in the article without ending it.
_WIDGETS = frozenset({"comment", "caption", "contact"})

PROSE_MIN_WORDS = 8
HEADLINE_MIN_WORDS = 3  # "Quake kills 4"; shorter headings are site names and section labels
REPEAT_MIN_SIMILARITY = 0.8  # of a title's words and a heading's that says it again
WRAPPED_LINE_MAX = 100  # hard-wrapped prose keeps lines shorter than this
MAX_GAP = 3  # non-prose paragraphs that may stand between two prose paragraphs


@dataclass(frozen=True)
class Paragraph:
    start: int  # offset into the document text
    end: int
    kind: str  # "prose" | "heading" | "short" | "teaser" | "comment" | "caption" | "contact"
    article: bool  # part of the article, not page furniture


def segment(text: str, start: int = 0) -> tuple[Paragraph, ...]:
    """Split text[start:] into paragraphs and mark the ones that form the article."""
    spans = list(_paragraph_spans(text, start))
    paragraphs = [text[a:b] for a, b in spans]
    kinds = _continued(_captions([_kind(paragraph) for paragraph in paragraphs], paragraphs), paragraphs)
    article = _article_indices(kinds, [_word_count(text[a:b]) for a, b in spans])
    return tuple(Paragraph(a, b, kind, i in article) for i, ((a, b), kind) in enumerate(zip(spans, kinds)))


def _paragraph_spans(text: str, start: int):
    """Blank-line separated blocks; a block of long lines is one paragraph per line."""
    position = start
    for separator in [*_BLANK_LINE.finditer(text, start), None]:
        block_end = separator.start() if separator else len(text)
        lines = list(_line_spans(text, position, block_end))
        if _is_wrapped_prose(text, lines):
            yield lines[0][0], lines[-1][1]
        else:
            yield from lines
        if separator is None:
            break
        position = separator.end()


def _line_spans(text: str, start: int, end: int):
    for match in _LINE.finditer(text[start:end]):
        a, b = start + match.start(), start + match.end()
        stripped = text[a:b].strip()
        if stripped:
            offset = text.index(stripped, a, b)
            yield offset, offset + len(stripped)


def _is_wrapped_prose(text: str, lines: list[tuple[int, int]]) -> bool:
    if len(lines) < 2:
        return False
    return all(b - a <= WRAPPED_LINE_MAX and not _LIST_OR_HEADING.match(text[a:b]) for a, b in lines)


def _word_count(paragraph: str) -> int:
    return len(_WORD.findall(paragraph))


def _kind(paragraph: str) -> str:
    if _COMMENT.match(paragraph):
        return "comment"
    if _GALLERY_COUNTER.match(paragraph):
        return "caption"
    if _PHONE.search(paragraph) or ("@" in paragraph and _EMAIL.search(paragraph)):
        return "contact"
    if paragraph.rstrip().endswith(_ELLIPSIS):
        return "teaser"
    words = _word_count(paragraph)
    if paragraph.lstrip().startswith("#"):
        return "heading"
    if paragraph.rstrip().endswith(_TERMINAL):
        return "prose" if words >= PROSE_MIN_WORDS else "short"
    return "heading" if words <= 20 else "prose"


def _captions(kinds: list[str], paragraphs: list[str]) -> list[str]:
    """A counter that stands alone ("Image 2 of 9") captions the paragraph under it."""
    for i in range(1, len(kinds)):
        if kinds[i - 1] == "caption" and _word_count(_GALLERY_COUNTER.sub("", paragraphs[i - 1])) == 0:
            kinds[i] = "caption"
    return kinds


# A paragraph that opens in lower case, quotation marks passed over: it goes on with a sentence.
_GOES_ON = re.compile(r"""^[\s"'“‘(]*[a-z]""")


def _continued(kinds: list[str], paragraphs: list[str]) -> list[str]:
    """An ellipsis before a paragraph that goes on with its sentence ("we will see him again..." /
    "his memory will live on," she said) is a pause in a quotation, not a teaser cut off."""
    for i in range(len(kinds) - 1):
        if kinds[i] == "teaser" and _GOES_ON.match(paragraphs[i + 1]):
            kinds[i] = "prose" if _word_count(paragraphs[i]) >= PROSE_MIN_WORDS else "short"
    return kinds


def _article_indices(kinds: list[str], words: list[int]) -> set[int]:
    """Indices of the paragraphs in the longest (by words) run of prose, or of the short
    sentences when there is no prose at all."""
    runs: list[list[int]] = []
    current: list[int] = []
    gap: list[int] = []
    for i, kind in enumerate(kinds):
        if kind == "prose":
            if current:
                current.extend(gap)
            current.append(i)
            gap = []
        elif kind == "teaser" or (kind not in _WIDGETS and len(gap) >= MAX_GAP):
            if current:
                runs.append(current)
            current, gap = [], []
        elif current:
            gap.append(i)
    if current:
        runs.append(current)
    if not runs:
        # A note or a brief too short for prose paragraphs: its full sentences are the article.
        return {i for i, kind in enumerate(kinds) if kind == "short"}
    longest = max(runs, key=lambda run: sum(words[i] for i in run))
    return {i for i in longest if kinds[i] not in _WIDGETS}


def repeated_title(text: str, paragraphs: tuple[Paragraph, ...], title: str) -> tuple[int, int] | None:
    """The line above the article's text, or its first line, that says the title again, as (start,
    end): markup and case aside ("# Quake kills 4" repeats "Quake Kills 4"), and give or take a
    site's name or a word (a page's title and its heading are written apart), the closest one."""
    first = next((p for p in paragraphs if p.article), None)
    wanted = _words(title)
    if first is None or not wanted:
        return None
    best, found = REPEAT_MIN_SIMILARITY, None
    for line in _LINE.finditer(text, paragraphs[0].start, first.end):
        similarity = SequenceMatcher(None, wanted, _words(line.group()), autojunk=False).ratio()
        if similarity > best or (similarity == best and found is None):
            best, found = similarity, line
    if found is None:
        return None
    stripped = found.group().strip()
    start = text.index(stripped, found.start())
    return start, start + len(stripped)


def opening_heading(text: str, paragraphs: tuple[Paragraph, ...]) -> Paragraph | None:
    """The headline of an article without a title: of the headings that stand right before its
    first paragraph (bylines and timestamps come under the headline; a menu run together into
    one block is no headline), the first one-line heading of HEADLINE_MIN_WORDS words or more."""
    first = next((i for i, p in enumerate(paragraphs) if p.article), None)
    if first is None:
        return None
    above: list[Paragraph] = []
    for paragraph in reversed(paragraphs[max(0, first - MAX_GAP) : first]):
        if paragraph.kind != "heading":
            break
        above.insert(0, paragraph)
    return next(
        (
            p
            for p in above
            if "\n" not in text[p.start : p.end] and _word_count(text[p.start : p.end]) >= HEADLINE_MIN_WORDS
        ),
        None,
    )


def _words(line: str) -> list[str]:
    return _WORD.findall(line.casefold())
