"""The stages after extraction, composed: claims -> stories -> events -> findings -> a report.

A pure function of the corpus, the rules and the claims table; reading files, caching and
writing output are the command line's business.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from factcheck import __version__
from factcheck.compare import Finding, compare
from factcheck.corpus import Corpus
from factcheck.reconcile import Alignment, reconcile
from factcheck.rules import Rules
from factcheck.stories import Profiles, Stories, annotate, find_stories, text_profiles


@dataclass(frozen=True)
class DocumentStatus:
    path: str
    published: str | None
    status: str  # "checked" or "skipped"
    reason: str | None  # why it was skipped, or a warning about a checked document
    claims: int = 0


@dataclass
class Report:
    findings: list[Finding]
    documents: list[DocumentStatus]
    claims: int
    events: int
    stories: Stories = field(default_factory=lambda: Stories(()))
    version: str = __version__
    alignment: Alignment | None = field(default=None, repr=False, compare=False)

    def counts(self) -> dict[str, int]:
        counts = {"error": 0, "warning": 0, "info": 0}
        for finding in self.findings:
            counts[finding.severity] += 1
        return counts

    def to_dict(self, shown: list[Finding] | None = None) -> dict:
        """The report as plain data; `shown` lists only those findings (the summary counts all)."""
        checked = sum(d.status == "checked" for d in self.documents)
        return {
            "version": self.version,
            "summary": {
                "documents": len(self.documents),
                "checked": checked,
                "skipped": len(self.documents) - checked,
                "claims": self.claims,
                "stories": len(self.stories),
                "events": self.events,
                "findings": self.counts(),
            },
            "stories": [story.to_dict() for story in self.stories],
            "findings": [finding.to_dict() for finding in (self.findings if shown is None else shown)],
            "documents": [vars(document) for document in self.documents],
        }


def analyse(corpus: Corpus, rules: Rules, claims: pd.DataFrame, texts: Profiles | None = None) -> Report:
    """Group the articles into stories, align the claims into events, compare them and account
    for every document. `texts` are the documents' text profiles where a cache kept them."""
    # Claims in order of document name, so events and findings do not depend on the order the
    # documents came in (a claim's place within its document is kept).
    claims = claims.sort_values("doc", kind="stable").reset_index(drop=True)
    texts = texts if texts is not None else text_profiles(corpus.documents, rules)
    stories = find_stories(corpus.documents, claims, rules, texts)
    claims = annotate(claims, corpus.documents, stories, rules, texts)
    alignment = reconcile(claims, rules, stories.related)
    findings = compare(alignment, rules)
    per_document = claims["doc"].value_counts().to_dict() if len(claims) else {}
    documents = [
        DocumentStatus(
            d.name,
            d.published.isoformat() if d.published else None,
            "checked",
            d.warning,
            int(per_document.get(d.name, 0)),
        )
        for d in corpus.documents
    ] + [DocumentStatus(s.name, None, "skipped", s.reason) for s in corpus.skipped]
    events = alignment.claims["event"].dropna().nunique() if len(claims) else 0
    return Report(
        findings=findings,
        documents=sorted(documents, key=lambda d: d.path),
        claims=len(claims),
        events=int(events),
        stories=stories,
        alignment=alignment,
    )
