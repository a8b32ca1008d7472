"""Rendering: the briefing exporters on a small in-memory notebook, and the report helpers."""

from __future__ import annotations

import html
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from toolkit.pipeline import store
from toolkit.present import plots

from toolkit.present import views
from toolkit.core.errors import BuildError
from toolkit.present.render import (STATIC, BriefingHTMLExporter, WeasyPDFExporter, html_to_pdf, inline_fonts,
                                    notebook_to_html, render_html)

EVIL = "<script>alert('x')</script>"
ENTITIES = pd.DataFrame({"name": ["Donald Trump", EVIL], "label": ["PERSON", "ORG"],
                         "mentions": [3, 1], "documents": [1, 1], "aliases": ["Trump", ""]})
QUOTES = pd.DataFrame({"doc": ["a"], "text": [f"“It seems {EVIL} working,”"], "speaker": ["Volodymyr Zelensky"],
                       "unterminated": [False]})


def _bundle(obj):
    data, metadata = obj._repr_mimebundle_()
    return new_output("display_data", data=data, metadata=metadata)


def _html(obj, execution_count=None):
    if execution_count is None:
        return new_output("display_data", data={"text/html": obj.data, "text/plain": "<HTML>"})
    return new_output("execute_result", data={"text/html": obj.data, "text/plain": "<HTML>"},
                      execution_count=execution_count)


@pytest.fixture(scope="module")
def notebook():
    nb = new_notebook(metadata={"title": "A <b>test</b> briefing",
                                "kernelspec": {"name": "python3", "language": "python", "display_name": "Python 3"}})
    nb.cells = [
        new_code_cell('params_file = "../params/x.yaml"', metadata={"tags": ["parameters"]}),
        new_code_cell('# Parameters\nparams_file = "/home/someone/secret/params.yaml"\n',
                      metadata={"tags": ["injected-parameters"]}),
        new_markdown_cell("## Summary\n\nSome text."),
        new_code_cell("views.show_table(ENTITIES)", execution_count=3,
                      outputs=[_html(views.show_table(ENTITIES), execution_count=3)]),
        new_markdown_cell("### A sub-section"),
        new_code_cell("views.show_figure(plots.plot_entity_mentions(ENTITIES))", execution_count=4, outputs=[
            _bundle(views.show_figure(plots.plot_entity_mentions(ENTITIES))),
            new_output("stream", name="stderr", text="/home/someone/venv/warnings.py:1: UserWarning: noise\n"),
            new_output("display_data", data={"application/javascript": "fetch('https://example.com')"}),
        ]),
        new_markdown_cell("## Who said what"),
        new_code_cell("views.show_quotes(QUOTES)", execution_count=5, outputs=[_html(views.show_quotes(QUOTES))]),
    ]
    return nb


@pytest.fixture(scope="module")
def page(notebook):
    return notebook_to_html(notebook, name="test")


def test_no_code_prompts_or_parameter_cells(page):
    body = page.split("</head>", 1)[1]
    assert "views.show_table" not in body and "params_file" not in body
    assert "/home/someone" not in body  # neither the injected parameters nor stderr
    assert "In&nbsp;[" not in body and "Out[" not in body
    assert 'class="jp-InputPrompt' not in body and 'class="jp-OutputPrompt' not in body


def test_article_text_is_escaped(page):
    assert "<script" not in page
    assert "&lt;script&gt;" in page
    assert "<b>test</b>" not in page  # the title is text, too


def test_images_are_inline_with_alt_text(page):
    images = re.findall(r"<img [^>]*>", page)
    assert images
    for image in images:
        assert re.search(r'src="data:image/png;base64,[A-Za-z0-9+/=]+"', image)
        alt = re.search(r'alt="([^"]*)"', image).group(1)
        assert alt.startswith("Bar chart of the 2 most-mentioned names")


def test_nothing_is_loaded_from_the_network(page):
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
    assert "<link" not in page and "@import" not in page and "require.js" not in page
    assert "mathjax" not in page.lower() and "mermaid" not in page.lower()


def test_table_of_contents_lists_the_sections(page):
    toc = re.search(r'<nav aria-label="Contents" class="toc">(.*?)</nav>', page, re.S).group(1)
    # The sections only (h2): the contents stay a few lines on page 1; an h3 keeps its id for links.
    assert re.findall(r'href="#([^"]+)"', toc) == ["Summary", "Who-said-what"]
    for ident in ("Summary", "Who-said-what"):
        assert re.search(rf'<h2 id="{ident}">', page)
    assert re.search(r'<h3 id="A-sub-section">', page)


def test_quotes_show_their_speaker(page):
    assert re.search(r"It seems .{0,80} working,”</p><footer>— Volodymyr Zelensky", page)


def test_rendering_is_deterministic(notebook):
    assert notebook_to_html(notebook, name="test") == notebook_to_html(notebook, name="test")


def test_render_html_writes_the_file(tmp_path, notebook):
    nbformat.write(notebook, tmp_path / "x.ipynb")
    out = render_html(tmp_path / "x.ipynb", tmp_path / "out" / "x.html")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in out.parent.iterdir()] == ["x.html"]  # no temporary file left behind


def test_pdf_is_rendered_without_fetching_urls(monkeypatch, page):
    opened = []
    real_open = urllib.request.OpenerDirector.open

    def spy(self, url, *args, **kwargs):
        full = getattr(url, "full_url", url)
        if not str(full).startswith("data:"):
            opened.append(full)
        return real_open(self, url, *args, **kwargs)

    monkeypatch.setattr(urllib.request.OpenerDirector, "open", spy)
    remote = page.replace("</main>", '<img src="http://127.0.0.1:9/x.png" alt="remote"><link rel="stylesheet" '
                                     'href="https://127.0.0.1:9/x.css"></main>')
    pdf = html_to_pdf(remote)
    assert pdf.startswith(b"%PDF") and b"/Image" in pdf
    assert opened == []


def test_pdf_exporter(notebook):
    pdf, resources = WeasyPDFExporter().from_notebook_node(notebook, {"metadata": {"name": "test"}})
    assert pdf.startswith(b"%PDF")
    assert resources["output_extension"] == ".pdf"


def test_missing_pango_is_explained(monkeypatch):
    class NoPango:
        def find_spec(self, name, path=None, target=None):
            if name == "weasyprint":
                raise OSError("cannot load library 'libpango-1.0-0'")

    monkeypatch.delitem(sys.modules, "weasyprint", raising=False)
    monkeypatch.setattr(sys, "meta_path", [NoPango(), *sys.meta_path])
    with pytest.raises(BuildError, match=r"apt-get install libpango-1.0-0 libpangoft2-1.0-0"):
        html_to_pdf("<p>x</p>", name="some-set")


def test_exporters_are_registered():
    from nbconvert.exporters import get_exporter

    assert get_exporter("briefing") is BriefingHTMLExporter
    assert get_exporter("weasypdf") is WeasyPDFExporter


def test_nbconvert_command_line(tmp_path, notebook):
    nbformat.write(notebook, tmp_path / "x.ipynb")
    jupyter = Path(sys.executable).with_name("jupyter")
    subprocess.run([str(jupyter), "nbconvert", "--to", "weasypdf", str(tmp_path / "x.ipynb")],
                   check=True, capture_output=True, timeout=300)
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")


# The report helpers behind the notebook.


def test_show_table_limits_rows_and_highlights_focus():
    shown = views.show_table(ENTITIES, {"name": "Name", "mentions": "Mentions"}, max_rows=1,
                              highlight=["Donald Trump"]).data
    assert re.search(r'<tr class="focus"><td[^>]*>Donald Trump</td><td class="num">3</td></tr>', shown)
    assert "Showing 1 of 2 rows" in shown and "ORG" not in shown
    assert "Nothing here." in views.show_table(ENTITIES.iloc[0:0], empty="Nothing here.").data


def test_save_tables_is_atomic_and_deterministic(tmp_path):
    class Ex:
        documents = pd.DataFrame({"id": ["b", "a"], "path": ["/elsewhere/b.txt", "/elsewhere/a.txt"],
                                  "published": ["2025-08-07", None]})
        entities = ENTITIES.iloc[::-1]
        quotes = QUOTES.assign(start=[5], end=[9])
        timeline = pd.DataFrame({"doc": ["a", "a"], "expression": ["Friday", "Wednesday"], "start": [9, 2],
                                 "end": [15, 11]})
        events = pd.DataFrame(columns=["doc", "subject", "verb", "object", "start", "end"])

    first = {k: p.read_bytes() for k, p in store.save_tables(Ex, tmp_path / "data").items()}
    assert sorted(first) == ["documents", "entities", "events", "quotes", "timeline"]
    assert first["documents"].splitlines()[1:] == [b"a,a.txt,", b"b,b.txt,2025-08-07"]
    assert first["entities"].splitlines()[1].startswith(b"Donald Trump,")
    assert first["timeline"].splitlines()[1].startswith(b"a,Wednesday")
    Ex.entities = ENTITIES
    again = {k: p.read_bytes() for k, p in store.save_tables(Ex, tmp_path / "data").items()}
    assert again == first
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == [f"{k}.csv" for k in sorted(first)]


class TestLineBreaking:
    """A cited sentence followed by its source link prints as a paragraph: no word stranded alone.

    WeasyPrint, splitting a run of text that another inline box follows, sometimes leaves one
    word on a line of its own ("… netted an additional / 66 / seats, …" in the Brexit bottom
    line). The briefing's items wrap each such run in a span of its own (``_run``).
    """

    @staticmethod
    def _lines(items_html: str) -> list[list[str]]:
        """The printed lines of each list item, laid out with the briefing's own stylesheet."""
        from weasyprint import HTML as Page
        from weasyprint.formatting_structure import boxes

        css = inline_fonts((STATIC / "briefing.css").read_text(encoding="utf-8"))
        document = Page(string=f"<html><head><style>{css}</style></head><body><main>"
                               f'<ul class="bottom-line">{items_html}</ul></main></body></html>').render()

        def text(box) -> str:
            if isinstance(box, boxes.TextBox):
                return box.text
            return "".join(text(child) for child in getattr(box, "children", []))

        items, seen = [], set()
        for page in document.pages:
            for box in page._page_box.descendants():
                if isinstance(box, boxes.BlockBox) and box.element_tag == "li" and id(box.element) not in seen:
                    seen.add(id(box.element))  # a list item's anonymous inner block has its element too
                    lines = [text(line).strip() for line in box.descendants() if isinstance(line, boxes.LineBox)]
                    items.append([line for line in lines if line and line != "•"])
        return items

    def test_no_word_is_stranded_on_a_line_of_its_own(self):
        from toolkit.present.html_tables import _run

        seeds = Path(__file__).parents[1] / "seeds" / "brexit-2019"
        sentences = [s for f in sorted(seeds.glob("*.txt"))
                     for s in re.split(r"(?<=[.!?])\s+|\n+", f.read_text(encoding="utf-8"))
                     if 60 < len(s) < 300]
        assert any("an additional 66 seats" in s for s in sentences)
        items = "".join(f'<li><strong><a href="#a">12 Dec</a></strong> {_run(html.escape(s))} '
                        f'<span class="source">(<a href="#a">Wikinews, 16 Dec [6]</a>)</span></li>'
                        for s in sentences)
        printed = self._lines(items)
        assert len(printed) == len(sentences)
        stranded = [(lines[i - 1], line) for lines in printed for i, line in enumerate(lines)
                    if 0 < i < len(lines) - 1 and len(line.split()) == 1]
        assert stranded == []
