"""Every document accounted for in the findings: what could not be read fails the gate, by name and line."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from tests.ci.conftest import Repository

ACME_2024 = """---
title: Acme reaches orbit
published: 2024-06-01
---
# Acme reaches orbit

In May 2024, Acme launched its first satellite from the Kourou spaceport, the company said.

Engineers said the satellite was working normally.
"""

ACME_2022 = """---
title: Acme looks back
published: 2024-06-03
---
# Acme looks back

Acme launched its first satellite in May 2022 from the Kourou spaceport, the company said.
"""

SPANISH = """# Terremoto en Marruecos

El terremoto de magnitud 6,8 sacudió el sur de Marruecos el viernes por la noche y dejó más de dos mil muertos,
según el Ministerio del Interior.

Los equipos de rescate siguen buscando supervivientes entre los escombros de las aldeas del Atlas.
"""

# Its `published:` line was once read as article text, and became a claim's date.
UNCLOSED = "---\ntitle: Budget\npublished: 2023-01-05\n\nThe council approved the budget on Monday, officials said.\n"
LATIN_1 = "# Café opens\n\nThe café in Málaga opened on Monday, the owner José García said.\n".encode("latin-1")
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"


@pytest.fixture
def scratch(tmp_path) -> Repository:
    """A new user's corpus repository: two contradicting articles and four that cannot be checked."""
    repository = Repository(tmp_path / "scratch")
    repository.write("news/acme_a.md", ACME_2024)
    repository.write("news/acme_b.md", ACME_2022)
    repository.write("news/terremoto.md", SPANISH)
    repository.write("news/unclosed.md", UNCLOSED)
    (repository.root / "news/latin1.md").write_bytes(LATIN_1)
    (repository.root / "news/image.md").write_bytes(BINARY)
    repository.commit("articles")
    return repository


def test_each_unchecked_document_is_a_failing_finding_on_its_own_line(scratch, factcheck):
    result = factcheck("check", "--no-cache", cwd=scratch.root)
    assert result.code == 1
    lines = result.stdout.splitlines()
    expected = {
        "news/image.md:1:1: FC002 [error] not checked: binary file",
        "news/latin1.md:1:1: FC002 [error] not checked: not UTF-8 but an 8-bit encoding",
        "news/terremoto.md:1:1: FC002 [error] not checked: unsupported language: Spanish (es)",
        "news/unclosed.md:1:1: FC002 [error] not checked: malformed front matter: line 1: front matter is not closed",
    }
    for start in expected:
        assert sum(line.startswith(start) for line in lines) == 1, (start, lines)
    assert sum(line.startswith("news/acme_") and " FC101 [error] " in line for line in lines) == 1


def test_ignoring_fc002_leaves_only_the_contradiction(scratch, factcheck):
    scratch.write("factcheck.toml", 'ignore = ["FC002"]\n')
    result = factcheck("check", "--no-cache", cwd=scratch.root)
    assert result.code == 1
    findings = [line for line in result.stdout.splitlines() if not line.startswith("factcheck:")]
    assert len(findings) == 1 and " FC101 [error] " in findings[0]
    assert "(see news/acme_" in findings[0]


def test_unchecked_documents_reach_every_machine_format(scratch, factcheck):
    github = factcheck("check", "--no-cache", "--format", "github", cwd=scratch.root)
    assert github.code == 1
    assert "::error file=news/terremoto.md,line=1,col=1," in github.stdout
    assert "FC002" in github.stderr.splitlines()[-1] or "5 errors" in github.stderr.splitlines()[-1]
    data = json.loads(factcheck("check", "--format", "json", cwd=scratch.root).stdout)
    not_checked = sorted(f["evidence"][0]["doc"] for f in data["findings"] if f["rule"] == "FC002")
    assert not_checked == ["news/image.md", "news/latin1.md", "news/terremoto.md", "news/unclosed.md"]
    assert {d["path"] for d in data["documents"] if d["status"] == "skipped"} == set(not_checked)
    junit = ET.fromstring(factcheck("check", "--format", "junit", cwd=scratch.root).stdout)
    assert junit.get("failures") == "5"
    sarif = json.loads(factcheck("check", "--format", "sarif", cwd=scratch.root).stdout)
    assert sum(r["ruleId"] == "FC002" for r in sarif["runs"][0]["results"]) == 4


def test_fc002_can_be_re_levelled_like_any_check(scratch, factcheck):
    scratch.write("factcheck.toml", '[severity]\ndocument-not-checked = "warning"\n')
    result = factcheck("check", "--ignore", "FC1", cwd=scratch.root)
    assert result.code == 0
    assert "news/image.md:1:1: FC002 [warning]" in result.stdout


def test_an_empty_directory_says_so_in_one_warning_line(tmp_path, factcheck):
    (tmp_path / "empty").mkdir()
    result = factcheck("check", "empty", cwd=tmp_path)
    assert result.code == 0
    assert result.stderr.splitlines() == ["factcheck: warning: no articles found under empty"]
