"""The bad files the robustness tests feed to factcheck, as bytes."""

from __future__ import annotations

# One of every kind of bad file the loader must survive: name -> bytes.
BAD_FILES: dict[str, bytes] = {
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
    "invalid-utf8.txt": b"The bridge opened on 3 May 2024 \xff\xfe to traffic, the city said on Monday.\n",
    "utf16-bom.txt": "\ufeffThe bridge opened on 3 May 2024 to traffic, the city said on Monday.\n".encode("utf-16-le"),
    "empty.txt": b"",
    "malformed-front-matter.txt": b"---\ntitle: [unclosed\npublished: 2024-05-01\n---\nThe bridge opened.\n",
    "bomb-front-matter.txt": (
        b"---\na: &a [lol, lol, lol]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n---\nThe bridge opened.\n"
    ),
    "impossible-dates.txt": (
        b"The bridge opened on February 30, 2024, officials said in a statement on Monday.\n\n"
        b"Engineers expect it to last until the year 99999, according to the city council.\n\n"
        b"The records list its inspection date as 0000-00-00, the council said on Tuesday.\n"
    ),
}
GOOD_FILE = "000_058c13e0e39cb983.txt"

# The documented outcome of each (docs/input.md): name -> (status, reason or warning).
OUTCOMES: dict[str, tuple[str, str | None]] = {
    "good.txt": ("checked", None),
    "binary.txt": ("skipped", "binary file (NUL bytes)"),
    "invalid-utf8.txt": ("checked", "invalid UTF-8 at byte 32; bad bytes replaced with U+FFFD"),
    "utf16-bom.txt": ("checked", None),
    "empty.txt": ("skipped", "empty file"),
    "malformed-front-matter.txt": ("skipped", "malformed front matter: line 3: did not find expected ',' or ']'"),
    "bomb-front-matter.txt": ("skipped", "malformed front matter: line 3: YAML aliases are not allowed"),
    "impossible-dates.txt": ("checked", None),
    "escape.txt": ("skipped", "symbolic link to outside the corpus root (not followed)"),
    "loop.txt": ("skipped", "symbolic link loop"),
}
