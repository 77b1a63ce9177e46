"""bench/timeml_eval.py: reading TimeML, TempEval-3 scoring, and the tagger on tests/timeml."""

from __future__ import annotations

import datetime
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("timeml_eval", ROOT / "bench" / "timeml_eval.py")
timeml_eval = importlib.util.module_from_spec(_spec)
sys.modules["timeml_eval"] = timeml_eval  # dataclasses look their module up there
_spec.loader.exec_module(timeml_eval)

SAMPLE = """<?xml version="1.0" ?>
<TimeML>
<DOCID>sample</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-14" temporalFunction="false" functionInDocument="CREATION_TIME">March 14, 2013</TIMEX3></DCT>
<TEXT>
Stocks &amp; bonds <EVENT eid="e1" class="OCCURRENCE">rose</EVENT> <TIMEX3 tid="t1" type="DATE" value="2013-03-14">Thursday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3> of losses.
</TEXT>
</TimeML>
"""


@pytest.fixture()
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.tml"
    path.write_text(SAMPLE, encoding="utf-8")
    return path


def test_reading_keeps_gold_offsets_into_the_plain_text(sample):
    document = timeml_eval.read_timeml(sample)
    assert document.creation == datetime.date(2013, 3, 14)
    assert "<" not in document.text and "Stocks & bonds rose Thursday" in document.text
    assert [(document.text[g.start : g.end], g.type, g.value) for g in document.gold] == [
        ("Thursday", "DATE", "2013-03-14"),
        ("three days", "DURATION", "P3D"),
    ]


def test_scoring_strict_relaxed_and_value(sample):
    document = timeml_eval.read_timeml(sample)
    thursday, days = document.gold
    system = [
        timeml_eval.Mention(thursday.start, thursday.end, "DATE", "2013-03-07"),  # exact extent, wrong value
        timeml_eval.Mention(days.start + 6, days.end, "DURATION", "P3D"),  # overlapping extent
        timeml_eval.Mention(0, 6, "DATE", "PRESENT_REF"),  # spurious
    ]
    tallies = {}
    timeml_eval.score_document(document, system, tallies)
    total = tallies["ALL"]
    assert total.f1("strict") == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    assert total.f1("relaxed") == pytest.approx(2 * (2 / 3) * 1 / (2 / 3 + 1))
    assert total.type_accuracy == 1.0 and total.value_accuracy == 0.5
    assert len(total.errors) == 3


def test_report_ends_with_the_summary_line(sample):
    files, tallies = timeml_eval.evaluate(sample.parent)
    last = timeml_eval.report(files, tallies).splitlines()[-1]
    assert last.startswith("timeml: 1 files, relaxed F1 ")
    assert last.count("F1 0.") + last.count("F1 1.") == 3


def test_tagger_on_the_hand_annotated_stories():
    files, tallies = timeml_eval.evaluate(ROOT / "tests" / "timeml")
    total = tallies["ALL"]
    assert files >= 12
    assert total.f1("relaxed") >= 0.9
    assert total.f1("relaxed") * total.value_accuracy >= 0.8


def test_command_line(sample, capsys):
    assert timeml_eval.main([str(sample.parent)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("timeml: 1 files")
    assert timeml_eval.main([]) == 2
