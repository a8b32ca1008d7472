"""The deferred import of rfc3987-syntax (toolkit.core.imports): a build's process does not compile its
grammar, and a schema that does check IRIs still gets the real package's answers."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(importlib.util.find_spec("rfc3987_syntax") is None,
                                reason="rfc3987-syntax is not installed")

_IRIS = ["http://例え.テスト/パス", "https://example.org/a?b=c#d", "not an iri", "a b", "../x", "mailto:x@y.z"]

_CHECK = """
import json, sys
{setup}
import jsonschema
before = sys.modules["rfc3987_syntax"]
checker = jsonschema.FormatChecker()
answers = [[checker.conforms(v, "iri"), checker.conforms(v, "iri-reference")] for v in {iris!r}]
print(json.dumps({{"deferred_at_import": getattr(before, "__deferred__", False), "lark": "lark" in sys.modules,
                   "answers": answers}}))
"""


def _run(setup: str) -> dict:
    code = _CHECK.format(setup=setup, iris=_IRIS)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


class TestDeferIriGrammar:
    def test_a_build_imports_the_notebook_machinery_without_the_grammar(self):
        code = ("import sys, toolkit.build.kernel, nbformat\n"
                "print(int('lark' in sys.modules), int(getattr(sys.modules['rfc3987_syntax'], '__deferred__', False)))")
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        assert done.stdout.split() == ["0", "1"]

    def test_iri_checks_answer_as_the_real_package(self):
        deferred = _run("import toolkit.build")
        plain = _run("")
        assert deferred["deferred_at_import"] and not plain["deferred_at_import"]
        assert deferred["answers"] == plain["answers"]
        assert any(a for pair in plain["answers"] for a in pair) and not all(a for pair in plain["answers"] for a in pair)

    def test_nothing_is_deferred_twice_or_after_the_real_import(self):
        code = ("import rfc3987_syntax\nfrom toolkit.core.imports import defer_iri_grammar\n"
                "print(defer_iri_grammar())")
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        assert done.stdout.strip() == "False"
