"""Bytes to text: detect binary files, honour byte-order marks, tolerate bad UTF-8 with a warning."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class NotText(ValueError):
    """The bytes are not a text document (the message says why)."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


def decode(data: bytes) -> Decoded:
    """Decode a document's bytes; raise NotText for binary content."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(encoding), encoding)
            except UnicodeDecodeError as error:
                raise NotText(f"invalid {encoding} after its byte-order mark at byte {error.start}") from None
    if b"\x00" in data[:8192]:
        raise NotText("binary file (NUL bytes)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        text = data.decode("utf-8", errors="replace")
        if _mostly_replacement(text):
            raise NotText(f"not UTF-8 text (first bad byte at {error.start})") from None
        return Decoded(text, "utf-8", f"invalid UTF-8 at byte {error.start}; bad bytes replaced with U+FFFD")


def _mostly_replacement(text: str) -> bool:
    return text.count("\ufffd") > max(8, len(text) // 20)
