"""Fonts that travel: the HTML and the PDF use the fonts shipped in the package, not the system's.

The briefing's stylesheet declares its fonts (DejaVu faces cut down by
``templates/briefing/static/fonts/subset.py``) under family names of its own and the
exporter inlines them as ``data:`` URIs. A PDF rendered from a briefing page embeds exactly
those fonts, and its bytes are the same when fontconfig knows no font at all.
"""

from __future__ import annotations

import base64
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from fontTools.ttLib import TTFont
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from toolkit.core.errors import BuildError
from toolkit.present import render, views
from toolkit.present.render import FONTS, html_to_pdf, notebook_to_html, pdf_font_names

ROOT = Path(__file__).resolve().parent.parent
# Every face the stylesheet declares, as WeasyPrint names it in the PDF.
BUNDLED = {"Briefing-Serif", "Briefing-Serif-Bold", "Briefing-Sans", "Briefing-Sans-Bold", "Briefing-Sans-Italic",
           "Briefing-Mono"}
TEXT = "Zelensky said in Kyiv: “Україна — це Європа.” Déjà vu in Łódź and Brașov; Nguyễn, Xí Jìnpíng, 12 € ≥ 3 … ✓"


def _html(obj):
    return new_output("display_data", data={"text/html": obj.data, "text/plain": "<HTML>"})


@pytest.fixture(scope="module")
def page() -> str:
    """A briefing page through the real exporter, using every face: serif body and bold focus
    row, sans headings, table heads and italic "unattributed", mono file names."""
    entities = pd.DataFrame({"name": ["Donald Trump", "Володимир Зеленський"], "label": ["PERSON", "PERSON"],
                             "mentions": [3, 1]})
    quotes = pd.DataFrame({"doc": ["a", "a"], "text": [f"“{TEXT}”", "“We will see.”"],
                           "speaker": ["Volodymyr Zelensky", None], "unattributed": [False, False]})
    nb = new_notebook(metadata={"title": "Fonts — “test”"})
    nb.cells = [
        new_markdown_cell(f"## Summary\n\n{TEXT} The tables are in `data/facts.parquet`."),
        new_code_cell("x", outputs=[_html(views.show_table(entities, highlight=["Donald Trump"]))]),
        new_markdown_cell("## Who said what"),
        new_code_cell("x", outputs=[_html(views.show_quotes(quotes))]),
    ]
    return notebook_to_html(nb, name="fonts")


@pytest.fixture(scope="module")
def pdf(page) -> bytes:
    return html_to_pdf(page, name="fonts")


def _subset_recipe():
    spec = importlib.util.spec_from_file_location("briefing_fonts_subset", FONTS / "subset.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fonts_are_inlined_from_the_package(page):
    style = re.search(r"<style[^>]*>(.*?)</style>", page, re.S).group(1)
    urls = re.findall(r"url\(\s*([^)]*?)\s*\)", style)
    assert urls and all(u.startswith('"data:font/woff2;base64,') for u in urls), [u[:40] for u in urls]
    inlined = {base64.b64decode(u.split(",", 1)[1].rstrip('"')) for u in urls}
    shipped = {path.read_bytes() for path in FONTS.glob("*.woff2")}
    assert inlined == shipped  # every bundled face is declared once, and nothing else
    families = set(re.findall(r'@font-face\s*\{[^}]*font-family:\s*"([^"]+)"', style))
    assert families == set(render.FONT_FAMILIES)
    # Text is set only in those families (a generic family last, for a browser that cannot load them).
    for stack in re.findall(r"font-family:\s*([^;]+);", style):
        first = stack.split(",")[0].strip()
        assert first.startswith("var(") or first.strip('"') in render.FONT_FAMILIES, stack


def test_pdf_embeds_exactly_the_bundled_fonts(pdf):
    assert pdf_font_names(pdf) == BUNDLED


def test_font_names_agree_with_poppler(pdf, tmp_path):
    if not shutil.which("pdffonts"):
        pytest.skip("poppler-utils' pdffonts is not installed")
    (tmp_path / "x.pdf").write_bytes(pdf)
    listing = subprocess.run(["pdffonts", str(tmp_path / "x.pdf")], capture_output=True, text=True, check=True).stdout
    names = {line.split()[0].split("+", 1)[-1] for line in listing.splitlines()[2:] if line.strip()}
    assert names == pdf_font_names(pdf)


RENDER_IN_CHILD = """
import sys, warnings
from pathlib import Path
from toolkit.present.render import html_to_pdf
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    pdf = html_to_pdf(Path(sys.argv[1]).read_text(encoding="utf-8"), name="fonts")
Path(sys.argv[2]).write_bytes(pdf)
print("\\n".join(str(w.message) for w in caught))
"""


def test_pdf_bytes_do_not_depend_on_the_systems_fonts(page, pdf, tmp_path):
    """The same page rendered where fontconfig knows no font at all gives the same bytes."""
    empty = tmp_path / "fonts.conf"
    empty.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
                     "<fontconfig></fontconfig>\n", encoding="utf-8")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(empty),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    env.pop("FONTCONFIG_PATH", None)
    child = subprocess.run([sys.executable, "-c", RENDER_IN_CHILD, str(tmp_path / "page.html"), str(tmp_path / "x.pdf")],
                           env=env, capture_output=True, text=True, timeout=300)
    assert child.returncode == 0, child.stderr
    assert "No fonts configured" in child.stdout  # WeasyPrint's own word that the system's fonts were gone
    assert (tmp_path / "x.pdf").read_bytes() == pdf


def test_bundled_fonts_are_the_recipes_subsets():
    recipe = _subset_recipe()
    assert sorted(p.stem for p in FONTS.glob("*.woff2")) == sorted(recipe.FACES)
    for face, ranges in recipe.FACES.items():
        font = TTFont(FONTS / f"{face}.woff2")
        assert font.flavor == "woff2"
        cmap = set(font.getBestCmap())
        assert cmap <= set(recipe.unicodes(ranges)), face
        assert set(map(ord, "Aa0 éŁß’“”—…€")) <= cmap, face
        if ranges is recipe.RANGES:  # the faces for article text
            assert set(map(ord, TEXT.replace("✓", ""))) <= cmap, face  # ✓ is drawn from Briefing Sans
            assert set(map(ord, "УкраїнаЁё ș ț ǎ ễ")) <= cmap, face
        names = {record.nameID: record.toUnicode() for record in font["name"].names}
        assert "Bitstream" in names[0] and "DejaVu" in names[1]  # the copyright notice travels with the font
    licence = (FONTS / "LICENSE").read_text(encoding="utf-8")
    assert "Bitstream Vera Fonts Copyright" in licence and "Arev Fonts Copyright" in licence


def test_doctor_says_so(capsys):
    from toolkit.cli import main

    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^PDF fonts: only the bundled ones \(Briefing-Mono, .*Briefing-Serif-Bold\)", out, re.M), out


def test_doctor_names_a_system_font(monkeypatch):
    listing = subprocess.run(["fc-list"], capture_output=True, text=True).stdout if shutil.which("fc-list") else ""
    if not listing.strip():
        pytest.skip("no system fonts to fall back on")  # (Pango cannot draw unstyled text without one)
    monkeypatch.setattr(render, "font_test_page", lambda: "<p>Text in the default font</p>")
    with pytest.raises(BuildError, match=r"embeds fonts that are not the briefing's own: \w"):
        render.check_pdf_fonts()


@pytest.mark.build
def test_chromium_draws_the_text_with_the_bundled_fonts(page, tmp_path):
    """Opened from disk in Chromium (network blocked, as in test_browser.py), every face loads
    from its data: URI and every text node is drawn with a web font of the page."""
    from test_browser import Page, _chromium, CHROMIUM_ARGS

    executable = _chromium()
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
    (tmp_path / "fonts.html").write_text(page, encoding="utf-8")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, proxy={"server": "http://127.0.0.1:9"})
        try:
            opened = Page(browser, (tmp_path / "fonts.html").as_uri())
            faces = opened.page.evaluate("""async () => { await document.fonts.ready;
                return [...document.fonts].map(f => [f.family, f.weight, f.style, f.status]); }""")
            assert sorted(faces) == [["Briefing Mono", "400", "normal", "loaded"],
                                     ["Briefing Sans", "400", "italic", "loaded"],
                                     ["Briefing Sans", "400", "normal", "loaded"],
                                     ["Briefing Sans", "700", "normal", "loaded"],
                                     ["Briefing Serif", "400", "normal", "loaded"],
                                     ["Briefing Serif", "700", "normal", "loaded"]], faces
            cdp = opened.context.new_cdp_session(opened.page)
            cdp.send("DOM.enable")
            cdp.send("CSS.enable")
            root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
            used = []
            for selector in ("h1", "h2", "main p", "th", "td", "code", "blockquote p", ".unattributed", "nav.toc a"):
                for node in cdp.send("DOM.querySelectorAll", {"nodeId": root, "selector": selector})["nodeIds"]:
                    used += [(selector, f["familyName"], f["isCustomFont"])
                             for f in cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]]
            assert used and all(custom for _, _, custom in used), [u for u in used if not u[2]]
            assert not opened.errors and not opened.blocked and not opened.console, (opened.errors, opened.blocked)
            opened.close()
        finally:
            browser.close()
