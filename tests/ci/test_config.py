"""Configuration: [tool.factcheck] or factcheck.toml, --config, sources shown, errors naming file and line."""

from __future__ import annotations

import json


def _settings(factcheck, root, *args):
    result = factcheck("config", "--format", "json", *args, cwd=root)
    assert result.code == 0, result.stderr
    return json.loads(result.stdout)


def test_settings_come_from_pyproject_with_their_line(repo, factcheck):
    repo.write(
        "pyproject.toml",
        '[project]\nname = "news"\n\n[tool.factcheck]\npaths = ["data"]\nfail-on = "warning"\n\n[tool.factcheck.severity]\nplace-uncertain = "error"\n',
    )

    shown = _settings(factcheck, repo.root)

    assert shown["file"].endswith("pyproject.toml")
    settings = shown["settings"]
    assert settings["paths"] == {"value": ["data"], "source": f"{repo.root / 'pyproject.toml'}:5"}
    assert settings["fail-on"]["source"].endswith("pyproject.toml:6")
    assert settings["severity"] == {"value": {"FC202": "error"}, "source": f"{repo.root / 'pyproject.toml'}:8"}
    assert settings["model"] == {"value": None, "source": "default"}


def test_factcheck_toml_is_found_from_a_subdirectory_and_its_paths_are_relative_to_it(repo, factcheck):
    repo.write("factcheck.toml", 'paths = ["data/seeds"]\nexclude = ["004_*"]\n')
    (repo.root / "elsewhere").mkdir()

    result = factcheck("check", "--format", "json", cwd=repo.root / "elsewhere")

    report = json.loads(result.stdout)
    assert report["summary"]["checked"] == 4
    documents = {e["doc"] for f in report["findings"] for e in f["evidence"]}
    assert all(doc.startswith(f"{repo.root}/data/seeds/") for doc in documents)
    assert not any("/004_" in doc for doc in documents)


def test_per_rule_severity_and_fail_level_decide_the_exit_code(repo, factcheck, contradicting):
    repo.commit("add a contradicting article", {"data/new/lunar.md": contradicting})
    repo.write("gate.toml", '[severity]\ndate-conflict = "warning"\n')
    gate = ("check", "--changed-since", "HEAD~1", "--config", "gate.toml")
    assert factcheck(*gate[:3], cwd=repo.root).code == 1
    assert factcheck(*gate, cwd=repo.root).code == 0
    assert factcheck(*gate, "--fail-on", "warning", cwd=repo.root).code == 1


def test_command_line_options_override_the_file_and_say_so(repo, factcheck):
    repo.write("factcheck.toml", 'fail-on = "info"\n')
    settings = _settings(factcheck, repo.root)["settings"]
    assert settings["fail-on"]["source"].endswith("factcheck.toml:1")
    assert factcheck("check", "data/seeds", "--fail-on", "error", "--exit-zero", cwd=repo.root).code == 0


def test_an_invalid_setting_is_a_one_line_error_with_file_and_line(repo, factcheck):
    repo.write("factcheck.toml", '# gate\nfail-on = "fatal"\n')
    result = factcheck("check", "data/seeds", cwd=repo.root)
    assert result.code == 2
    assert (
        result.stderr
        == f"factcheck: error: {repo.root / 'factcheck.toml'}:2: fail-on: must be one of: info, warning, error (got 'fatal')\n"
    )


def test_an_unknown_setting_or_rule_is_an_error(repo, factcheck):
    repo.write("a.toml", 'fail_on = "error"\n')
    repo.write("b.toml", '[severity]\nFC999 = "error"\n')
    unknown = factcheck("check", "--config", "a.toml", cwd=repo.root)
    assert unknown.code == 2 and "a.toml:1: unknown setting 'fail_on'" in unknown.stderr
    rule = factcheck("check", "--config", "b.toml", cwd=repo.root)
    assert rule.code == 2 and "b.toml:2: severity: unknown rule 'FC999'" in rule.stderr


def test_invalid_toml_names_its_line(repo, factcheck):
    repo.write("factcheck.toml", 'paths = ["data"]\nfail-on = \n')
    result = factcheck("config", cwd=repo.root)
    assert result.code == 2
    assert result.stderr.startswith(f"factcheck: error: {repo.root / 'factcheck.toml'}:2: invalid TOML")


def test_a_missing_config_file_or_path_is_an_input_error(repo, factcheck):
    assert factcheck("check", "--config", "nowhere.toml", cwd=repo.root).code == 2
    missing = factcheck("check", "no/such/dir", cwd=repo.root)
    assert missing.code == 2 and missing.stderr == "factcheck: error: no/such/dir: no such file or directory\n"
    assert factcheck("check", "data/seeds", "--format", "yaml", cwd=repo.root).code == 2
