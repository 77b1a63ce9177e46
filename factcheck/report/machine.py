"""JSON for machines: the whole report, or one finding per line."""

from __future__ import annotations

import json

from factcheck.pipeline import Report
from factcheck.report import RenderOptions, renderer, shown


@renderer("json")
def render_json(report: Report, options: RenderOptions) -> str:
    data = report.to_dict(shown(report, options))
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


@renderer("jsonl")
def render_jsonl(report: Report, options: RenderOptions) -> str:
    return "".join(json.dumps(f.to_dict(), ensure_ascii=False) + "\n" for f in shown(report, options))
