"""Regular expressions in rule files: compiled at load time, refused when they can backtrack badly.

A rules repository is shared input, so a pattern is checked statically instead of being run with
a time limit: a repeat (`*`, `+`, `{2,}`) may not contain another repeat or an alternation of
strings, the two shapes (`(a+)+`, `(a|aa)*`) behind catastrophic backtracking. Fixed counts
(`(ab{2})*`) and alternations of single characters (`(a|b)*`, a character class) are allowed.
"""

from __future__ import annotations

import re

try:
    from re import _parser as _sre  # type: ignore[attr-defined]  # Python 3.11+
except ImportError:  # pragma: no cover  (Python 3.10)
    import sre_parse as _sre  # type: ignore[no-redef]

_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)}
_BRANCH = _sre.BRANCH


class PatternError(ValueError):
    """A pattern that does not compile or may backtrack catastrophically; the message says which."""


def compile_pattern(pattern: str) -> re.Pattern:
    """The compiled pattern, or PatternError."""
    try:
        compiled = re.compile(pattern)
    except re.error as error:
        raise PatternError(f"invalid regular expression {pattern!r}: {error.msg}") from None
    shape = _nested_repeat(_sre.parse(pattern), False)
    if shape:
        raise PatternError(
            f"regular expression {pattern!r} has {shape} inside a repeat, which can backtrack "
            "catastrophically; rewrite it without the nesting"
        )
    return compiled


def _nested_repeat(items, inside_repeat: bool) -> str | None:
    """The kind of dangerous construct found under a repeat, or None."""
    for op, argument in items:
        if op is _BRANCH and inside_repeat:
            return "an alternation"
        repeats = False
        if op in _REPEATS:
            low, high = argument[0], argument[1]
            if inside_repeat and low != high:
                return "a repeat"
            repeats = high > 1
        for child in _subpatterns(argument):
            found = _nested_repeat(child, inside_repeat or repeats)
            if found:
                return found
    return None


def _subpatterns(argument):
    """The parsed sub-patterns inside an operator's argument (groups, branches, lookarounds)."""
    if isinstance(argument, _sre.SubPattern):
        yield argument
    elif isinstance(argument, (tuple, list)):
        for part in argument:
            yield from _subpatterns(part)
