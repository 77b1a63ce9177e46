"""Score factcheck's temporal tagger on TimeML documents the TempEval-3 way.

    python bench/timeml_eval.py DIR

Each `.tml` file below DIR gives its text (inside <TEXT>), its document creation time (the
TIMEX3 with functionInDocument="CREATION_TIME") and gold TIMEX3 annotations.  The tagger runs
on the plain text with the creation date as publication date.  Extents are scored strict
(identical offsets) and relaxed (overlapping); type and value accuracy are measured on the
relaxed matches, and value F1 = relaxed F1 x value accuracy, as in TempEval-3.
"""

from __future__ import annotations

import datetime
import html
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

_TAG_OR_TEXT = re.compile(r"<(?P<close>/?)(?P<name>[A-Za-z_][\w.-]*)(?P<attrs>[^>]*?)(?P<empty>/?)>|(?P<text>[^<]+)|<")
_ATTRIBUTE = re.compile(r"([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_TEXT_ELEMENT = re.compile(r"<TEXT\b[^>]*>(.*?)</TEXT>", re.S)
_CREATION_TIME = re.compile(r"<TIMEX3\b[^>]*\bfunctionInDocument\s*=\s*[\"']CREATION_TIME[\"'][^>]*>")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    creation: datetime.date | None
    gold: tuple[Mention, ...]


def _attributes(raw: str) -> dict[str, str]:
    return {m.group(1): m.group(2) if m.group(2) is not None else m.group(3) for m in _ATTRIBUTE.finditer(raw)}


def read_timeml(path: Path) -> Document:
    """The plain text of a TimeML file's <TEXT>, its creation date and its gold TIMEX3s."""
    source = path.read_text(encoding="utf-8")
    body = _TEXT_ELEMENT.search(source)
    if body is None:
        raise ValueError(f"{path}: no <TEXT> element")
    creation = _creation_date(source)
    pieces: list[str] = []
    length = 0
    open_timexes: list[tuple[int, dict[str, str]]] = []
    gold: list[Mention] = []
    for token in _TAG_OR_TEXT.finditer(body.group(1)):
        if token.group("text") is not None or token.group("name") is None:
            chunk = html.unescape(token.group(0))
            pieces.append(chunk)
            length += len(chunk)
        elif token.group("name") == "TIMEX3":
            if token.group("close"):
                if open_timexes:
                    start, attrs = open_timexes.pop()
                    if length > start:
                        gold.append(Mention(start, length, attrs.get("type", ""), attrs.get("value", "")))
            elif not token.group("empty"):
                open_timexes.append((length, _attributes(token.group("attrs"))))
    return Document(path.name, "".join(pieces), creation, tuple(sorted(gold, key=lambda m: m.start)))


def _creation_date(source: str) -> datetime.date | None:
    dct = _CREATION_TIME.search(source)
    if not dct:
        return None
    try:
        return datetime.date.fromisoformat(_attributes(dct.group(0)).get("value", "")[:10])
    except ValueError:
        return None


@dataclass
class Tally:
    """Counts for one slice of the data: all mentions, or the gold and system mentions of one type."""

    gold: int = 0
    system: int = 0
    strict_gold: int = 0  # gold mentions with a system mention of identical extent
    strict_system: int = 0
    relaxed_gold: int = 0  # gold mentions overlapped by a system mention
    relaxed_system: int = 0  # system mentions overlapping a gold mention
    same_type: int = 0  # among relaxed gold matches
    same_value: int = 0
    errors: list[str] = field(default_factory=list)

    def f1(self, kind: str) -> float:
        found_gold = self.strict_gold if kind == "strict" else self.relaxed_gold
        found_system = self.strict_system if kind == "strict" else self.relaxed_system
        precision, recall = _ratio(found_system, self.system), _ratio(found_gold, self.gold)
        return _ratio(2 * precision * recall, precision + recall)

    @property
    def type_accuracy(self) -> float:
        return _ratio(self.same_type, self.relaxed_gold)

    @property
    def value_accuracy(self) -> float:
        return _ratio(self.same_value, self.relaxed_gold)


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _same_extent(a: Mention, b: Mention) -> bool:
    return (a.start, a.end) == (b.start, b.end)


def score_document(document: Document, system: list[Mention], tallies: dict[str, Tally]) -> None:
    """Add one document's counts to tallies["ALL"] and to the tally of each mention's type."""
    gold, name = document.gold, document.name
    everything = tallies.setdefault("ALL", Tally())

    def quote(m: Mention) -> str:
        return f"{document.text[m.start : m.end]!r} {m.type} {m.value}"

    for mention in system:
        for tally in (everything, tallies.setdefault(mention.type, Tally())):
            tally.system += 1
            tally.strict_system += any(_same_extent(mention, g) for g in gold)
            tally.relaxed_system += any(_overlaps(mention, g) for g in gold)
        if not any(_overlaps(mention, g) for g in gold):
            everything.errors.append(f"{name}: spurious {quote(mention)}")
    for g in gold:
        match = next((s for s in system if _overlaps(s, g)), None)
        for tally in (everything, tallies.setdefault(g.type, Tally())):
            tally.gold += 1
            if match is not None:
                tally.strict_gold += any(_same_extent(s, g) for s in system)
                tally.relaxed_gold += 1
                tally.same_type += match.type == g.type
                tally.same_value += match.value == g.value
        error = _error(match, g, quote)
        if error:
            everything.errors.append(f"{name}: {error}")


def _error(match: Mention | None, g: Mention, quote) -> str | None:
    """How the system's mention differs from the gold one, if it does."""
    if match is None:
        return f"missed {quote(g)}"
    if match.value != g.value or match.type != g.type:
        return f"{quote(match)} for gold {quote(g)}"
    if not _same_extent(match, g):
        return f"extent {quote(match)} for gold {quote(g)}"
    return None


def evaluate(directory: Path) -> tuple[int, dict[str, Tally]]:
    from factcheck.temporal import tag

    tallies: dict[str, Tally] = {"ALL": Tally()}
    files = sorted(directory.rglob("*.tml"))
    for path in files:
        document = read_timeml(path)
        system = [Mention(t.start, t.end, t.type, t.value) for t in tag(document.text, document.creation)]
        score_document(document, system, tallies)
    return len(files), tallies


def report(files: int, tallies: dict[str, Tally]) -> str:
    lines = [
        f"{'type':<9} {'gold':>5} {'system':>6} {'strict F1':>9} {'relaxed F1':>10} {'type acc':>8} {'value acc':>9}"
    ]
    for kind in sorted(tallies, key=lambda k: (k == "ALL", k)):
        t = tallies[kind]
        lines.append(
            f"{kind:<9} {t.gold:>5} {t.system:>6} {t.f1('strict'):>9.3f} {t.f1('relaxed'):>10.3f} "
            f"{t.type_accuracy:>8.3f} {t.value_accuracy:>9.3f}"
        )
    total = tallies["ALL"]
    lines.append(
        f"timeml: {files} files, relaxed F1 {total.f1('relaxed'):.3f}, strict F1 {total.f1('strict'):.3f}, "
        f"value F1 {total.f1('relaxed') * total.value_accuracy:.3f}"
    )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv or "--verbose" in argv
    paths = [a for a in argv if a not in ("-v", "--verbose")]
    if len(paths) != 1 or not Path(paths[0]).is_dir():
        print("usage: python bench/timeml_eval.py [-v] DIR   (-v lists every miss and wrong value)", file=sys.stderr)
        return 2
    # The tagger needs only the standard library: run from a checkout, nothing need be installed.
    root = str(Path(__file__).resolve().parents[1])
    if root not in sys.path:
        sys.path.insert(0, root)
    files, tallies = evaluate(Path(paths[0]))
    if verbose:
        print("\n".join(tallies["ALL"].errors))
    print(report(files, tallies))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
