"""YAML front matter: `---` fenced metadata at the top of an article (title, published, source).

A page with no date key is dated by its `url` where the address carries a day, as news sites
write it ("https://example.com/2021/04/04/fire-kills-one/").

Reading the top of a file also tells the body's language when it is one extraction does not read:
both are worked out once per text, and the claims cache remembers them together.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import yaml

from factcheck.language import unchecked_language
from factcheck.safeyaml import describe, error_line, load_yaml

_OPENING = re.compile(r"\A---[ \t]*\r?\n")
_FENCE = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_DATE_KEYS = ("published", "date")
_SOURCE_KEYS = ("source", "url")


class FrontMatterError(ValueError):
    """Malformed front matter; `line` is 1-based in the file."""

    def __init__(self, line: int | None, message: str):
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class FrontMatter:
    body_start: int
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    unread_language: str | None = None  # the body's language, e.g. "Spanish (es)", when extraction cannot read it


def parse_front_matter(text: str) -> FrontMatter:
    """Split off the front matter; the body starts at `body_start` (0 when there is none).

    A `---` first line with no closing fence is an error: read as text, its lines would
    become claims (a `published:` line a claim's date).
    """
    match = _FENCE.match(text)
    if not match:
        if _OPENING.match(text):
            raise FrontMatterError(1, "front matter is not closed (no '---' line ends it)")
        return FrontMatter(body_start=0, unread_language=_unread_language(text))
    try:
        meta = load_yaml(match.group(1))
    except yaml.YAMLError as error:
        raise FrontMatterError(error_line(error, first_line=2), describe(error)) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise FrontMatterError(2, "front matter must be a mapping of keys to values")
    return FrontMatter(
        body_start=match.end(),
        title=_text_field(meta, ("title",), text),
        published=_date_field(meta, text),
        source=_text_field(meta, _SOURCE_KEYS, text),
        unread_language=_unread_language(text[match.end() :]),
    )


def title_span(text: str, body_start: int, title: str) -> tuple[int, int] | None:
    """Where the title stands on its `title:` line, when the line writes it as it reads; a title
    escaped or folded over lines by YAML has no place in the file that reads so."""
    key = re.search(r"^title\s*:", text[:body_start], re.M)
    wanted = title.strip()
    if key is None or not wanted:
        return None
    line_end = text.find("\n", key.end(), body_start)
    start = text.find(wanted, key.end(), body_start if line_end < 0 else line_end)
    return None if start < 0 else (start, start + len(wanted))


def _unread_language(body: str) -> str | None:
    language = unchecked_language(body)
    return None if language is None else str(language)


def _key_line(text: str, key: str) -> int | None:
    found = re.search(rf"^{re.escape(key)}\s*:", text, re.M)
    return text.count("\n", 0, found.start()) + 1 if found else None


def _text_field(meta: dict, keys: tuple[str, ...], text: str) -> str | None:
    for key in keys:
        if key in meta and meta[key] is not None:
            if not isinstance(meta[key], (str, int, float)):
                raise FrontMatterError(_key_line(text, key), f"'{key}' must be text")
            return str(meta[key])
    return None


def _date_field(meta: dict, text: str) -> dt.date | None:
    """The date a date key gives, else the day the page's `url` carries."""
    for key in _DATE_KEYS:
        value = meta.get(key)
        if value is None:
            continue
        try:
            return parse_date(str(value))
        except ValueError:
            raise FrontMatterError(
                _key_line(text, key), f"'{key}' is not a date (YYYY-MM-DD): {str(value)[:40]!r}"
            ) from None
    return url_date(meta.get("url"))


# "/2021/04/04/", "/2024-11-12/", "-20200905.html": a full date in a page's path, as news sites
# write the day a story first appeared; not "/2019/09/" (no day) nor a longer run of digits (an id).
_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)([/_-]?)([01]\d)\2([0-3]\d)(?!\d)")


def url_date(url: object) -> dt.date | None:
    """The day a page's address carries in its path, the first one that is a real date; None
    for an address without one."""
    if not isinstance(url, str):
        return None
    path = urlsplit(url.strip()).path
    for found in _URL_DATE.finditer(path):
        try:
            return dt.date(int(found[1]), int(found[3]), int(found[4]))
        except ValueError:
            continue
    return None


def parse_date(value: str) -> dt.date:
    """An ISO date, or the date part of an ISO timestamp; ValueError otherwise."""
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
