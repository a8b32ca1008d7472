"""The renderer's warm-up while a kernel runs (toolkit.build.publish.warm_renderer)."""

from __future__ import annotations

import os
import sys

from toolkit.build.publish import warm_renderer


class TestWarmRenderer:
    def test_nothing_to_warm_without_a_pdf(self):
        assert warm_renderer(["html"]) is None
        assert warm_renderer([]) is None

    def test_warms_weasyprint_and_leaves_environment_and_folder_alone(self, tmp_path, monkeypatch):
        monkeypatch.chdir(tmp_path)
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
        before = dict(os.environ)
        thread = warm_renderer(["html", "pdf"])
        assert thread is not None and thread.daemon
        thread.join(timeout=120)
        assert not thread.is_alive()
        assert "weasyprint" in sys.modules
        assert dict(os.environ) == before
        assert list(tmp_path.iterdir()) == []
