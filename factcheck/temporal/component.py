"""The tagger as a spaCy pipeline component: `nlp.add_pipe("factcheck_dates")`.

Results go to `doc.spans["dates"]`; each span carries its `Timex` as `span._.timex` and,
for convenience, `span._.timex_value`, `span._.timex_type` and `span._.timex_granularity`.
"""

from __future__ import annotations

import datetime

from spacy.language import Language
from spacy.tokens import Doc, Span

from factcheck.temporal.tagger import tag

SPANS_KEY = "dates"

if not Span.has_extension("timex"):
    Span.set_extension("timex", default=None)
for _field in ("value", "type", "granularity"):
    if not Span.has_extension(f"timex_{_field}"):
        Span.set_extension(
            f"timex_{_field}",
            getter=lambda span, field=_field: getattr(span._.timex, field) if span._.timex else None,
        )


class DateTagger:
    """Tags each document's temporal expressions, resolving them against `published`."""

    def __init__(self, published: datetime.date | None):
        self.published = published

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for timex in tag(doc.text, self.published):
            span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if span is not None:
                span._.timex = timex
                spans.append(span)
        doc.spans[SPANS_KEY] = spans
        return doc


@Language.factory("factcheck_dates", default_config={"published": None})
def create_date_tagger(nlp: Language, name: str, published: str | None) -> DateTagger:
    """`published` is the publication date as YYYY-MM-DD, or None to leave relative dates open."""
    return DateTagger(datetime.date.fromisoformat(published) if published else None)
