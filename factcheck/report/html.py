"""The HTML report: one self-contained page, a summary, then each event with a finding on a timeline.

The page makes no network request: its style, drawings and script are inline, and a content
security policy allows only that style and that script (by their hashes), so article text that
slipped through escaping still could not run. Jinja2 escapes every value; nothing here builds
markup by hand.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path, PurePath
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from factcheck.catalogue import CHECKS
from factcheck.compare import Evidence, Finding
from factcheck.pipeline import Report
from factcheck.report import SEVERITY_RANK, RenderOptions, renderer, shown
from factcheck.report.timeline import Timeline, layout

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Quote:
    """An evidence sentence cut around the matched text, and where it comes from."""

    evidence: Evidence
    href: str
    before: str
    match: str
    after: str


@dataclass(frozen=True)
class FindingView:
    finding: Finding
    quotes: tuple[Quote, ...]
    relation: tuple[str, ...]  # place findings: the gazetteer's relation, places at odd positions


@dataclass(frozen=True)
class EventView:
    id: str
    label: str
    findings: tuple[FindingView, ...]
    timeline: Timeline | None


@renderer("html")
def render_html(report: Report, options: RenderOptions) -> str:
    environment = _environment()
    style, script = _inline(environment, "report.css"), _inline(environment, "report.js")
    findings = shown(report, options)
    return environment.get_template("report.html").render(
        report=report,
        findings=findings,
        summary=_summary(report, findings),
        events=_events(report, findings, options.links_from),
        checks=CHECKS,
        style=style,
        script=script,
    )


def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("factcheck.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@dataclass(frozen=True)
class Inline:
    """A style sheet or script of ours, to be written into the page, and its hash for the security policy."""

    text: Markup
    hash: str


def _inline(environment: Environment, name: str) -> Inline:
    text = environment.loader.get_source(environment, name)[0]
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return Inline(Markup(text), f"'sha256-{digest}'")


def _summary(report: Report, findings: list[Finding]) -> dict:
    by_rule = Counter(f.rule for f in report.findings)
    severity_of = {f.rule: f.severity for f in report.findings}
    return {
        "checked": [d for d in report.documents if d.status == "checked"],
        "skipped": [d for d in report.documents if d.status == "skipped"],
        "warned": [d for d in report.documents if d.status == "checked" and d.reason],
        "severities": report.counts(),
        "rules": [(rule, CHECKS.get(rule), severity_of[rule], count) for rule, count in sorted(by_rule.items())],
        "shown_severities": [s for s in SEVERITIES if any(f.severity == s for f in findings)],
        "shown_rules": sorted(Counter(f.rule for f in findings).items()),
    }


def _events(report: Report, findings: list[Finding], links_from: Path | None) -> list[EventView]:
    grouped: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        grouped[finding.event].append(finding)
    claims = _claims(report, set(grouped))
    members: dict[str, list[dict]] = defaultdict(list)
    for claim in claims.values():
        members[claim["event"]].append(claim)
    return [
        EventView(
            id=event,
            label=group[0].event_label,
            findings=tuple(
                _finding_view(f, claims, links_from)
                for f in sorted(group, key=lambda f: (-SEVERITY_RANK[f.severity], f.rule))
            ),
            timeline=_timeline(group, members[event]),
        )
        for event, group in grouped.items()
    ]


def _claims(report: Report, events: set[str]) -> dict[str, dict]:
    """Claim id -> claim, for the claims of these events, with missing values as None."""
    if report.alignment is None:
        return {}
    frame = report.alignment.claims
    frame = frame[frame["event"].isin(events)]
    records = frame.astype(object).where(frame.notna(), None).to_dict("records")
    return {claim["claim_id"]: claim for claim in records}


def _timeline(findings: list[Finding], members: list[dict]) -> Timeline | None:
    if not members:
        return None
    articles: dict[str, list[dict]] = defaultdict(list)
    for claim in sorted(members, key=lambda c: (c["doc"], c["time_begin"] or "", c["claim_id"])):
        articles[claim["doc"]].append(claim)
    # A changed plan is news, not a conflict: only date conflicts mark their claims and outlier.
    conflicts = [f for f in findings if f.name == "date-conflict"]
    pairs = [(f.evidence[0].claim, f.evidence[1].claim) for f in conflicts]
    return layout(dict(articles), pairs, {f.outlier for f in conflicts if f.outlier})


def _finding_view(finding: Finding, claims: dict[str, dict], links_from: Path | None) -> FindingView:
    return FindingView(
        finding=finding,
        quotes=tuple(_quote(e, claims.get(e.claim), links_from) for e in finding.evidence),
        relation=_relation(finding) if "relation" in finding.details else (),
    )


def _quote(evidence: Evidence, claim: dict | None, links_from: Path | None) -> Quote:
    sentence, text = evidence.sentence, evidence.text
    at = evidence.start - claim["sentence_start"] if claim and claim["sentence_start"] is not None else -1
    if at < 0 or sentence[at : at + len(text)] != text:
        at = sentence.find(text)
    href = f"{_file_url(evidence.doc, links_from)}#L{evidence.line}"
    if at < 0 or not text:
        return Quote(evidence, href, sentence, "", "")
    return Quote(evidence, href, sentence[:at], text, sentence[at + len(text) :])


def _file_url(path: str, links_from: Path | None) -> str:
    """A link to the article, relative to the directory the report is written to."""
    pure = PurePath(path)
    if pure.is_absolute():
        return pure.as_uri()
    if links_from is not None:
        pure = PurePath(os.path.relpath(Path.cwd() / pure, links_from))
    return quote(pure.as_posix())


def _relation(finding: Finding) -> tuple[str, ...]:
    """The gazetteer's explanation, cut so that the odd parts are the places."""
    explanation = finding.details["relation"]["explanation"]
    places = sorted({e.value for e in finding.evidence if e.value}, key=len, reverse=True)
    return tuple(re.split(f"({'|'.join(map(re.escape, places))})", explanation)) if places else (explanation,)
