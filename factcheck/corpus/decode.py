"""Bytes to text: detect binary files, honour byte-order marks, tolerate a few bad bytes with a warning."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SNIFF = 8192  # bytes looked at to tell binary from text
# A letter, then a byte that would open a UTF-8 sequence, then no continuation byte but plain text:
# an accented letter of a legacy 8-bit encoding ('Caf\xe9 ', 'M\xe1laga'), which UTF-8 never writes.
_LEGACY_LETTER = re.compile(rb"[A-Za-z][\xc0-\xff](?=[A-Za-z\s.,;:!?'\")-])")


class NotText(ValueError):
    """The bytes are not a text document (the message says why; `line` is where, when known)."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


def decode(data: bytes) -> Decoded:
    """Decode a document's bytes; raise NotText for binary content."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_as(data[len(bom) :], encoding)
    head = data[:_SNIFF]
    if b"\x00" in head:
        if _looks_like_utf16(head):
            raise NotText("UTF-16 text without a byte-order mark (save it as UTF-8)")
        raise NotText("binary file (NUL bytes)")
    return _decode_as(data, "utf-8")


def _decode_as(data: bytes, encoding: str) -> Decoded:
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError as error:
        text = data.decode(encoding, errors="replace")
        shown = encoding.upper()
        if encoding == "utf-8" and _LEGACY_LETTER.search(data):
            raise NotText(
                f"not UTF-8 but an 8-bit encoding such as Latin-1 or Windows-1252 (first bad byte at {error.start}); "
                "save it as UTF-8",
                data.count(b"\n", 0, error.start) + 1,
            ) from None
        if _mostly_replacement(text):
            raise NotText(f"not {shown} text (first bad byte at {error.start})") from None
        return Decoded(text, encoding, f"invalid {shown} at byte {error.start}; bad bytes replaced with U+FFFD")


def _looks_like_utf16(head: bytes) -> bool:
    """ASCII-range text in UTF-16 has a NUL in every other byte, and nowhere else."""
    zeros = sorted((head[0::2].count(0), head[1::2].count(0)))
    return len(head) >= 4 and zeros[0] == 0 and zeros[1] > 0.9 * (len(head) // 2)


def _mostly_replacement(text: str) -> bool:
    return text.count("\ufffd") > max(8, len(text) // 20)
