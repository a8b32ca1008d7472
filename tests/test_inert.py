"""Nothing executed: article text and params values are data, never markup or code.

An article full of ``<script>``, ``onerror=``, ``javascript:`` links, raw HTML, Markdown,
Jinja and LaTeX is built into a real briefing (once, in the module fixture); its HTML
must show all of it as literal, inert text, and its PDF must carry no script or link.
"""

from __future__ import annotations

import json
import re
import zlib
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from bs4 import BeautifulSoup

from toolkit.present import views
from toolkit.present.render import notebook_to_html

QUOTE_SCRIPT = "<script>alert('quote')</script>"
IMG = "<img src=x onerror=alert('img')>"
LINK = "<a href=\"javascript:alert('link')\">here</a>"
JINJA = "{{ 7*7 }}"
LATEX = "$x^2$"
HOSTILE_ARTICLE = f"""---
title: "<script>alert('title')</script> Talks {{{{ 7*7 }}}}"
outlet: "<img src=x onerror=alert('outlet')>"
published: 2025-08-07
url: "javascript:alert('url')"
---
Donald Trump said on Friday: “{QUOTE_SCRIPT} We will meet {JINJA} times, {LATEX} and \\(\\alpha\\) of them.”

Vladimir Putin told reporters in Moscow on Monday, “Click {LINK} or {IMG} right now, please.”

Emmanuel Macron met Olaf Scholz in Paris on Tuesday to discuss {{% for i in range(3) %}}{{{{ i }}}}{{% endfor %}} loops.
Macron said on Thursday: “Read **this** and [a link](javascript:alert('md')) and <iframe src='https://example.org/x'></iframe> today.”

Trump said on Wednesday that the $$E = mc^2$$ formula and \\begin{{equation}}x\\end{{equation}} were “<b>fake</b> news, folks”.
"""
HOSTILE_TITLE = "Evil </title><script>alert('t')</script> {{ 7*7 }} \"q\" '; import os #"
HOSTILE_FOCUS = "x\"); __import__('pathlib').Path('PWNED').touch() #"
PARAMS_FILE = "ho'st\"ile\\ params.yaml"  # quotes and a backslash in the path papermill injects
PARAMS = f"""\
name: hostile
title: {json.dumps(HOSTILE_TITLE)}
sources: hostile
published: 2025-08-07
focus: [Donald Trump, {json.dumps(HOSTILE_FOCUS)}]
aliases: {{"<script>x</script>": Donald Trump}}
formats: [html, pdf]
"""


def assert_inert(page: str) -> BeautifulSoup:
    """No live script, handler, javascript: URL, frame or remote resource in ``page``."""
    soup = BeautifulSoup(page, "html.parser")
    assert not soup.find_all(["script", "iframe", "frame", "object", "embed", "form", "base", "link", "svg"])
    assert not [m for m in soup.find_all("meta") if m.get("http-equiv")]  # no refresh to elsewhere
    for tag in soup.find_all(True):
        for attr, value in tag.attrs.items():
            assert not attr.lower().startswith("on"), (tag.name, attr)
            values = value if isinstance(value, list) else [value]
            for v in values:
                assert not re.match(r"\s*(javascript|vbscript|data:text/html)", str(v), re.I), (tag.name, attr, v)
    for img in soup.find_all("img"):
        assert img["src"].startswith("data:image/"), img["src"][:40]
    assert "MathJax" not in page and "katex" not in page.lower()
    return soup


def _html_cell(html: str):
    cell = nbformat.v4.new_code_cell("x")
    cell.outputs = [nbformat.v4.new_output("display_data", data={"text/html": html, "text/plain": "x"})]
    return cell


class TestRenderingWithoutAKernel:
    """views.py's displays, through BriefingHTMLExporter, with hostile values."""

    VALUES = [QUOTE_SCRIPT, IMG, LINK, JINJA, LATEX, "**bold** [x](javascript:alert(1))", "\\(\\alpha\\)",
              "{% raw %}", "<!-- comment -->", "]]><![CDATA[", "&lt;already escaped&gt;"]

    def test_every_display_shows_the_literal_text(self):
        frame = pd.DataFrame({"doc": "d", "text": self.VALUES, "speaker": self.VALUES, "sentence": self.VALUES,
                              "name": self.VALUES, "start": 0, "end": 1, "score": 1.0})
        documents = pd.DataFrame({"id": ["d", "e"], "title": [IMG, JINJA], "outlet": [LINK, LATEX]})
        nb = nbformat.v4.new_notebook()
        nb.metadata["title"] = HOSTILE_TITLE
        nb.cells = [
            _html_cell(views.show_heading(QUOTE_SCRIPT).data),
            _html_cell(views.show_table(frame, ["name", "sentence"], caption=IMG).data),
            _html_cell(views.show_quotes(frame, documents).data),
            _html_cell(views.show_summary(frame, documents).data),
        ]
        page = notebook_to_html(nb, name="hostile")
        soup = assert_inert(page)
        text = soup.get_text()
        for value in self.VALUES:
            assert value in text, value
        assert soup.title.string == HOSTILE_TITLE and soup.find("h1").get_text() == HOSTILE_TITLE
        assert "49" not in text

    def test_latex_in_chart_labels_is_drawn_as_text(self):
        from toolkit.present import plots

        entities = pd.DataFrame({"name": ["$\\frac{1}{0$ Corp", LATEX, QUOTE_SCRIPT], "label": "ORG",
                                 "mentions": [3, 2, 1]})
        figure = views.show_figure(plots.plot_entity_mentions(entities))  # an unbalanced "$" must not fail
        assert figure.png.startswith(b"\x89PNG") and LATEX in figure.alt


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, make_project):
    """Build the hostile set once, with hostile params values, into a temporary reports folder."""
    from toolkit.build.run import build
    from toolkit.core.paths import notebooks_dir

    project = make_project(tmp_path_factory.mktemp("inert"), sets={"hostile": {"hostile.txt": HOSTILE_ARTICLE}},
                           params={PARAMS_FILE: PARAMS})
    root = project.root
    with project.environment(), pytest.MonkeyPatch.context() as mp:
        mp.chdir(root)
        [result] = build([project.params_file(PARAMS_FILE)], reports=project.reports, progress=False)
    return {"root": root, "result": result, "page": result.html.read_text(encoding="utf-8"),
            "pdf": result.pdf.read_bytes(), "pwned": [root / "PWNED", notebooks_dir() / "PWNED"]}


@pytest.mark.build
class TestHostileBriefing:
    def test_no_live_markup(self, hostile):
        assert_inert(hostile["page"])

    def test_article_text_appears_literally(self, hostile):
        text = BeautifulSoup(hostile["page"], "html.parser").get_text()
        for literal in (QUOTE_SCRIPT, IMG, LINK, JINJA, LATEX, "**this**", "[a link](javascript:alert('md'))",
                        "{% for i in range(3)", "$$E = mc^2$$", "\\begin{equation}",
                        "<iframe src='https://example.org/x'></iframe>", "<b>fake</b>"):
            assert literal in text, literal
        assert "We will meet 49 times" not in text and "012" not in text  # Jinja was not evaluated

    def test_metadata_and_params_appear_literally(self, hostile):
        soup = BeautifulSoup(hostile["page"], "html.parser")
        text = soup.get_text()
        assert soup.title.string == HOSTILE_TITLE
        assert "<img src=x onerror=alert('outlet')>" in text and "javascript:alert('url')" in text
        assert "<script>alert('title')</script> Talks {{ 7*7 }}" in text
        assert HOSTILE_FOCUS in text  # shown in the parameters table, never executed
        assert not any(p.exists() for p in hostile["pwned"])

    def test_index_is_inert(self, hostile):
        page = (hostile["root"] / "reports" / "index.html").read_text(encoding="utf-8")
        soup = assert_inert(page)
        assert HOSTILE_TITLE in soup.get_text()

    def test_pdf_has_no_script_or_link(self, hostile):
        pdf = hostile["pdf"]
        assert pdf.startswith(b"%PDF")
        streams = [pdf] + [_inflate(m.group(1)) for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S)]
        content = b"".join(streams)
        for forbidden in (b"/JavaScript", b"/JS ", b"/JS(", b"/Launch", b"/URI (javascript", b"/URI(javascript"):
            assert forbidden not in content, forbidden

    def test_executed_notebook_holds_the_text_as_data(self, hostile):
        nb = nbformat.read(hostile["result"].notebook, as_version=4)
        [injected] = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
        namespace: dict = {}
        exec(injected.source, {"__builtins__": {}}, namespace)  # plain assignments, nothing else
        assert {"params_file", "data_dir"} <= set(namespace)
        assert all(v is None or isinstance(v, str) for v in namespace.values())
        assert namespace["params_file"].endswith("ho'st\"ile\\ params.yaml")


def _inflate(data: bytes) -> bytes:
    try:
        return zlib.decompress(data)
    except zlib.error:
        return b""


def test_params_file_path_is_injected_as_a_value(tmp_path, monkeypatch):
    """The only values papermill injects are paths, and a path cannot break out of its string."""
    import papermill
    from papermill.translators import translate_parameters

    from toolkit.build.run import build_one

    captured = {}

    def capture(input_path, output_path, parameters=None, **kwargs):
        captured.update(parameters)
        raise KeyboardInterrupt  # stop here: no kernel

    monkeypatch.setattr(papermill, "execute_notebook", capture)
    name = 'p"; import os; os.system("touch PWNED") #\\\n\'x.yaml'
    params = tmp_path / name
    params.write_text("name: demo\ntitle: Demo\nsources: ukraine-diplomacy\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        build_one(params, reports=tmp_path / "reports", progress=False)
    source = translate_parameters("python3", "python", captured, "Parameters")
    namespace: dict = {}
    exec(compile(source, "<injected>", "exec"), {"__builtins__": {}}, namespace)
    assert namespace["params_file"] == str(params.resolve()) and not (tmp_path / "PWNED").exists()
    assert not [p for p in (tmp_path / "reports").iterdir()]  # the interrupted build left nothing
