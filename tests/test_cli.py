"""The command line: options in front of one API call each (the build call is patched)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest

from conftest import SEED
from toolkit import cli
from toolkit.core.errors import BuildError


class TestBuildCommand:
    def test_options_reach_the_build_call(self, monkeypatch):
        monkeypatch.delenv("TOOLKIT_SCHEDULER", raising=False)
        with mock.patch("toolkit.build.run.build", return_value=[object()]) as build:
            assert cli.main(["build", "params/a.yaml", "--force", "-j", "2", "--quiet"]) == 0
        build.assert_called_once_with([Path("params/a.yaml")], progress=False, force=True, jobs=2, scheduler=None)

    def test_the_scheduler_comes_from_the_option_or_the_environment(self, monkeypatch):
        monkeypatch.setenv("TOOLKIT_SCHEDULER", "tcp://127.0.0.1:8786")
        with mock.patch("toolkit.build.run.build", return_value=[object()]) as build:
            cli.main(["build"])
            assert build.call_args.kwargs["scheduler"] == "tcp://127.0.0.1:8786"
            cli.main(["build", "--scheduler", "local:2"])
            assert build.call_args.kwargs["scheduler"] == "local:2"
        with mock.patch("toolkit.extraction.cluster.extract") as extract:
            extract.return_value.to_text.return_value = ""
            cli.main(["extract", str(SEED), "--scheduler", "tcp://10.0.0.1:8786"])
        assert extract.call_args.kwargs["scheduler"] == "tcp://10.0.0.1:8786"

    def test_no_params_means_all(self):
        with mock.patch("toolkit.build.run.build", return_value=[object()]) as build:
            cli.main(["build"])
        assert build.call_args.args[0] is None

    def test_a_failed_build_exits_non_zero_naming_the_set(self, capsys):
        with mock.patch("toolkit.build.run.build", side_effect=BuildError("demo", "cell 3 failed")):
            assert cli.main(["build"]) == 1
        assert "source set 'demo'" in capsys.readouterr().err

    def test_nothing_to_build_is_said_without_loading_the_notebook_machinery(self, tmp_path, make_project):
        project = make_project(tmp_path, sets={"one": {"a.txt": "Marco Rubio spoke on Monday."},
                                               "two": {"b.txt": "Donald Trump met reporters on Friday."}})
        project.pretend_built()
        index = (project.reports / "index.html").read_bytes()
        # A fresh interpreter: this one has imported papermill already.
        code = ("import sys; from toolkit import cli; rc = cli.main(['build']); "
                "print(sorted(m for m in ('papermill', 'nbformat', 'nbconvert', 'weasyprint') if m in sys.modules)); "
                "sys.exit(rc)")
        run = subprocess.run([sys.executable, "-c", code], env={**os.environ, **project.env}, capture_output=True,
                             text=True, timeout=120)
        assert run.returncode == 0 and run.stdout.strip() == "[]", run.stdout + run.stderr
        assert "Skipped one: unchanged since" in run.stderr and "Skipped two: unchanged since" in run.stderr
        assert (project.reports / "index.html").read_bytes() == index  # nothing built: the index is left alone


class TestExtractCommand:
    def test_json_has_every_table_with_offsets_into_the_file(self, capsys, nlp):
        assert cli.main(["extract", str(SEED), "--published", "2025-08-07", "--json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert set(data) >= {"documents", "entities", "quotes", "timeline", "events"}
        text = SEED.read_text(encoding="utf-8")
        assert data["documents"][0]["published"] == "2025-08-07"
        for quote in data["quotes"]:
            assert text[quote["start"]:quote["end"]] == quote["text"]
        for item in data["timeline"]:
            assert text[item["start"]:item["end"]] == item["expression"]
        assert {"Trump"} <= set(next(e for e in data["entities"] if e["name"] == "Donald Trump")["aliases"])

    def test_bad_date_is_a_usage_error(self, capsys):
        with pytest.raises(SystemExit) as exited:
            cli.main(["extract", str(SEED), "--published", "August"])
        assert exited.value.code == 2
        assert "expected a date YYYY-MM-DD" in capsys.readouterr().err

    def test_missing_path_names_it(self, capsys, tmp_path):
        assert cli.main(["extract", str(tmp_path / "nope")]) == 2
        assert "nope" in capsys.readouterr().err


class TestEvaluate:
    def test_gold_files_and_the_error_count_reach_the_scorer(self, tmp_path, capsys):
        gold = tmp_path / "one.json"
        with mock.patch("toolkit.evaluation.scoring.evaluate_gold", return_value={"gold": "one"}) as score, \
                mock.patch("toolkit.evaluation.report.format_report", return_value="REPORT") as report:
            assert cli.main(["evaluate", str(gold), "--errors", "7"]) == 0
        score.assert_called_once_with(gold)
        report.assert_called_once_with([{"gold": "one"}], errors=7)
        assert "REPORT" in capsys.readouterr().out

    def test_each_gum_folder_is_scored_on_its_own_in_order(self, tmp_path, capsys):
        news, bios = tmp_path / "gum-news", tmp_path / "gum-bio"
        with mock.patch("toolkit.evaluation.gum.evaluate_gum", side_effect=lambda f: {"folder": f.name}) as score, \
                mock.patch("toolkit.evaluation.report.format_report", return_value="REPORT") as report:
            assert cli.main(["evaluate", "--gum", str(news), "--gum", str(bios)]) == 0
        assert [c.args for c in score.call_args_list] == [(news,), (bios,)]
        report.assert_called_once_with([{"folder": "gum-news"}, {"folder": "gum-bio"}], errors=0)

    def test_uner_folders_are_scored_after_the_gum_ones(self, tmp_path, capsys):
        news, pud = tmp_path / "gum-news", tmp_path / "uner-pud"
        with mock.patch("toolkit.evaluation.gum.evaluate_gum", side_effect=lambda f: {"folder": f.name}), \
                mock.patch("toolkit.evaluation.uner.evaluate_uner", side_effect=lambda f: {"uner": f.name}) as score, \
                mock.patch("toolkit.evaluation.report.format_report", return_value="REPORT") as report:
            assert cli.main(["evaluate", "--uner", str(pud), "--gum", str(news)]) == 0
        assert [c.args for c in score.call_args_list] == [(pud,)]
        report.assert_called_once_with([{"folder": "gum-news"}, {"uner": "uner-pud"}], errors=0)
