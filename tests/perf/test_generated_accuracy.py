"""Precision and recall of findings on a generated archive, against the generator's ground truth.

The generator plants one differing date, place or count in some events; every other finding
is unplanted. The floors below are what the checker reached when the test was written, so a
change that loses recall or adds spurious findings fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from make_corpus import generate

KIND_OF_CHECK = {
    **{"FC101": "date", "FC103": "date"},
    **{"FC201": "place", "FC202": "place", "FC204": "place", "FC205": "place"},
    **{"FC301": "count", "FC303": "count"},
}
# Found, but at information severity by design: the generator's towns are invented, so no
# gazetteer relates two of them (FC204), and some of its events are verbs the lexicon does not
# list ("watched by 32 thousand fans": FC103, FC205, FC303).
FOUND_AS_INFORMATION = {"FC103", "FC204", "FC205", "FC303"}


@pytest.fixture(scope="module")
def generated(tmp_path_factory, analyse_paths, rules):
    directory = tmp_path_factory.mktemp("archive")
    truth = generate(300, directory)
    return analyse_paths([directory], rules), truth


def test_planted_contradictions_are_found_and_little_else(generated):
    report, truth = generated
    planted = {(t["kind"], frozenset({t["outlier"], other})) for t in truth for other in t["agreeing"]}
    scored = [f for f in report.findings if f.severity != "info" or f.rule in FOUND_AS_INFORMATION]
    found = {(KIND_OF_CHECK[f.rule], frozenset(Path(e.doc).name for e in f.evidence)) for f in scored}
    hits = {
        t["event"] for t in truth for other in t["agreeing"] if (t["kind"], frozenset({t["outlier"], other})) in found
    }
    unplanted = [
        f for f in scored if (KIND_OF_CHECK[f.rule], frozenset(Path(e.doc).name for e in f.evidence)) not in planted
    ]
    # 33 of 60 before the story stage; 32 since: event-00077's storm shares a story with a launch
    # whose articles carry the same boilerplate, so its incident is the launch (BENCHMARKS.md).
    assert len(hits) / len(truth) >= 0.53, f"recall {len(hits)}/{len(truth)}"
    assert len(unplanted) <= 0.1 * len(scored), [f.message for f in unplanted]
