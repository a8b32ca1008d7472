"""Rendering an executed briefing notebook to self-contained HTML and to PDF.

Two nbconvert exporters, registered as entry points so that the command line works::

    jupyter nbconvert --to briefing reports/ukraine-diplomacy/briefing.ipynb
    jupyter nbconvert --to weasypdf reports/ukraine-diplomacy/briefing.ipynb

:class:`BriefingHTMLExporter` hides code, prompts and the parameter cells, inlines
images, the stylesheet and its fonts, and adds a table of contents; the page loads nothing
from the network. :class:`WeasyPDFExporter` prints that same HTML with WeasyPrint (Pango,
no TeX, no browser), refusing every URL that is not a ``data:`` URI.

The fonts are the project's (``templates/briefing/static/fonts/``, DejaVu cut down to Latin,
Cyrillic and punctuation), declared under family names of their own ("Briefing Serif",
"Briefing Sans", "Briefing Mono"), so the PDF embeds the same fonts on every machine
whatever fontconfig has installed; :func:`pdf_font_names` reads back which it embeds.
"""

from __future__ import annotations

import base64
import functools
import os
import re
import threading
import zlib
from pathlib import Path

import nbformat
from bs4 import BeautifulSoup
from nbconvert.exporters import HTMLExporter
from nbconvert.preprocessors import Preprocessor
from traitlets import default

from toolkit.core.errors import BuildError
from toolkit.core.files import atomic_write

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC = TEMPLATES / "briefing" / "static"
FONTS = STATIC / "fonts"
# The font families the stylesheet declares with @font-face; a PDF font of any other family
# came from the system.
FONT_FAMILIES = ("Briefing Serif", "Briefing Sans", "Briefing Mono")
HIDDEN_TAGS = {"parameters", "injected-parameters", "remove-cell", "remove_cell"}
TOC_MARKER = "<!--briefing-toc-->"
PANGO_HINT = ("WeasyPrint cannot load Pango, which it needs for PDF output: "
              "install the Debian package libpango-1.0-0 (apt-get install libpango-1.0-0 libpangoft2-1.0-0)")


class BriefingPreprocessor(Preprocessor):
    """Drops what a reader should not see: parameter cells, stderr and script outputs.

    Warnings and progress bars on stderr would also carry machine paths and timings
    into the briefing, breaking byte-for-byte reproducibility.
    """

    def preprocess(self, nb, resources):
        nb.cells = [c for c in nb.cells if not HIDDEN_TAGS & set(c.get("metadata", {}).get("tags", []))]
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            cell.outputs = [o for o in cell.get("outputs", []) if _keep(o)]
        return nb, resources


def _keep(output) -> bool:
    if output.get("output_type") == "stream":
        return output.get("name") == "stdout"
    data = output.get("data")
    if data is not None:
        return bool(set(data) - {"application/javascript", "application/vnd.jupyter.widget-view+json"})
    return True


_FONT_URL = re.compile(r"""url\(\s*["']?fonts/([\w.-]+\.woff2)["']?\s*\)""")


@functools.cache
def _font_data_uri(name: str) -> str:
    return "data:font/woff2;base64," + base64.b64encode((FONTS / name).read_bytes()).decode("ascii")


def inline_fonts(css: str) -> str:
    """The stylesheet with each ``url("fonts/<name>.woff2")`` replaced by that font as a ``data:`` URI.

    A Jinja filter of the briefing template: the page stays one self-contained file, and
    WeasyPrint, which fetches only ``data:`` URIs, gets the fonts from the page itself.
    """
    return _FONT_URL.sub(lambda m: f'url("{_font_data_uri(m.group(1))}")', str(css))


class BriefingHTMLExporter(HTMLExporter):
    """HTML for readers: no code, no prompts, images and CSS inline, a table of contents."""

    export_from_notebook = "Briefing (HTML)"

    @default("template_name")
    def _template_name_default(self):
        return "briefing"

    @default("extra_template_basedirs")
    def _extra_template_basedirs_default(self):
        return [str(TEMPLATES)]

    @default("exclude_input")
    def _exclude_input_default(self):
        return True

    @default("exclude_input_prompt")
    def _exclude_input_prompt_default(self):
        return True

    @default("exclude_output_prompt")
    def _exclude_output_prompt_default(self):
        return True

    @default("exclude_anchor_links")
    def _exclude_anchor_links_default(self):
        return True

    @default("embed_images")
    def _embed_images_default(self):
        return True

    def _init_preprocessors(self):
        super()._init_preprocessors()
        self.register_preprocessor(BriefingPreprocessor(parent=self), enabled=True)

    def default_filters(self):
        yield from super().default_filters()
        yield ("inline_fonts", inline_fonts)

    def from_notebook_node(self, nb, resources=None, **kw):
        """Render ``nb`` and insert the table of contents of its h2/h3 headings."""
        output, resources = super().from_notebook_node(nb, resources, **kw)
        return add_toc(output), resources


def add_toc(page: str) -> str:
    """Replace the template's TOC marker with a list of the h2 headings in ``<main>`` (h3 headings
    get unique ids too, for links, but are not listed)."""
    if TOC_MARKER not in page:
        return page
    soup = BeautifulSoup(page, features="html.parser")
    main = soup.find("main")
    headings = main.find_all(["h2", "h3"]) if main else []
    used: set[str] = set()
    items: list[tuple[str, str, str]] = []
    for heading in headings:
        text = " ".join(heading.get_text(" ").split())
        ident = heading.get("id") or re.sub(r"[^\w-]+", "-", text).strip("-") or "section"
        while ident in used:  # two sections with the same heading still get distinct anchors
            ident += "-x"
        heading["id"] = ident
        used.add(ident)
        if heading.name == "h2":  # the sections only: the contents stay a few lines on page 1
            items.append((heading.name, ident, text))
    if not items:
        return str(soup).replace(TOC_MARKER, "")
    nav = soup.new_tag("nav", attrs={"class": "toc", "aria-label": "Contents"})
    title = soup.new_tag("p", attrs={"class": "toc-title"})
    title.string = "Contents"
    nav.append(title)
    top = soup.new_tag("ol")
    nav.append(top)
    current = None
    for level, ident, text in items:
        li = soup.new_tag("li")
        link = soup.new_tag("a", href=f"#{ident}")
        link.string = text
        li.append(link)
        if level == "h3" and current is not None:
            if current.find("ol") is None:
                current.append(soup.new_tag("ol"))
            current.find("ol").append(li)
        else:
            top.append(li)
            current = li
    return str(soup).replace(TOC_MARKER, str(nav))


def _weasyprint(name: str):
    """Import WeasyPrint, turning a missing Pango into a clear :class:`BuildError`."""
    try:
        import weasyprint
    except OSError as exc:
        raise BuildError(name, f"{PANGO_HINT} ({exc})") from None
    return weasyprint


_PDF_LOCK = threading.Lock()


def html_to_pdf(page: str, *, name: str = "briefing") -> bytes:
    """Print a self-contained HTML page to PDF with WeasyPrint, fetching nothing.

    Only ``data:`` URIs are allowed: the briefing inlines everything, so any other URL
    (http, https, file) is a mistake and is refused rather than fetched.
    """
    weasyprint = _weasyprint(name)
    fetcher = weasyprint.URLFetcher(allowed_protocols={"data"}, timeout=1)
    # fontTools stamps the current time into each embedded font subset unless
    # SOURCE_DATE_EPOCH is set: fix it so that the same page gives the same PDF bytes. The
    # variable is process-wide and sets are built in threads side by side: one PDF at a
    # time, or one thread's clean-up would unset it under another's rendering.
    with _PDF_LOCK:
        saved = os.environ.get("SOURCE_DATE_EPOCH")
        os.environ["SOURCE_DATE_EPOCH"] = saved or "0"
        try:
            return weasyprint.HTML(string=page, url_fetcher=fetcher, media_type="print").write_pdf()
        except OSError as exc:
            raise BuildError(name, f"PDF rendering failed: {exc}") from None
        finally:
            if saved is None:
                os.environ.pop("SOURCE_DATE_EPOCH", None)


def warm_up_pdf() -> None:
    """Print a one-line page and throw it away: WeasyPrint's first page finds the fonts and sets up
    Pango (about half a second), which a build does while its kernel runs (toolkit.build.publish).

    Unlike :func:`html_to_pdf` it leaves ``SOURCE_DATE_EPOCH`` alone (the discarded PDF's date does
    not matter), so it never changes the environment under a thread that is starting a process.
    """
    weasyprint = _weasyprint("warm-up")
    fetcher = weasyprint.URLFetcher(allowed_protocols={"data"}, timeout=1)
    with _PDF_LOCK:
        weasyprint.HTML(string="<!DOCTYPE html><html><body><p>Warm-up.</p></body></html>", url_fetcher=fetcher,
                        media_type="print").write_pdf()


class WeasyPDFExporter(BriefingHTMLExporter):
    """PDF of the briefing: :class:`BriefingHTMLExporter`'s page printed by WeasyPrint."""

    export_from_notebook = "Briefing (PDF via WeasyPrint)"
    output_mimetype = "application/pdf"

    @default("file_extension")
    def _file_extension_default(self):
        return ".pdf"

    @default("template_extension")
    def _template_extension_default(self):
        return ".html.j2"  # the template is the HTML one; only the output is PDF

    def from_notebook_node(self, nb, resources=None, **kw):
        page, resources = super().from_notebook_node(nb, resources, **kw)
        name = resources.get("metadata", {}).get("name") or "briefing"
        resources["output_extension"] = ".pdf"
        return html_to_pdf(page, name=name), resources


def _resources(nb_path: Path) -> dict:
    return {"metadata": {"name": nb_path.stem, "path": str(nb_path.parent)}}


def notebook_to_html(nb, *, name: str = "briefing", path: str | Path | None = None) -> str:
    """Render a notebook node to the briefing's HTML page."""
    resources = {"metadata": {"name": name, "path": str(path or "")}}
    page, _ = BriefingHTMLExporter().from_notebook_node(nb, resources)
    return page


def render_html(nb_path: str | Path, out_path: str | Path) -> Path:
    """Render an executed notebook file to HTML (written atomically)."""
    nb_path = Path(nb_path)
    nb = nbformat.read(nb_path, as_version=4)
    page, _ = BriefingHTMLExporter().from_notebook_node(nb, _resources(nb_path))
    return atomic_write(out_path, page)


def render_pdf(nb_path: str | Path, out_path: str | Path) -> Path:
    """Render an executed notebook file to PDF (written atomically)."""
    nb_path = Path(nb_path)
    nb = nbformat.read(nb_path, as_version=4)
    pdf, _ = WeasyPDFExporter().from_notebook_node(nb, _resources(nb_path))
    return atomic_write(out_path, pdf)


_PDF_FONT_NAME = re.compile(rb"/FontName\s*/([^\s/\[\]<>(){}%]+)")
_PDF_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)


def pdf_font_names(pdf: bytes) -> set[str]:
    """The fonts a PDF embeds: the ``/FontName`` of each font descriptor, subset tag dropped.

    WeasyPrint names an embedded font ``ABCDEF+Family-Style`` after the CSS family it was
    matched for ("Briefing-Sans-Bold"; a system font keeps its own name, "DejaVu-Sans").
    Descriptors may sit in compressed object streams, so every Flate stream is read too.
    (No PDF reader is among the dependencies; the descriptors are plain PDF syntax.)
    """
    parts = [pdf]
    for match in _PDF_STREAM.finditer(pdf):
        try:
            parts.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    names = set()
    for part in parts:
        for raw in _PDF_FONT_NAME.findall(part):
            name = re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), raw).decode("latin-1")
            names.add(name.split("+", 1)[1] if re.match(r"[A-Z]{6}\+", name) else name)
    return names


def foreign_fonts(names: set[str]) -> set[str]:
    """The names in ``names`` that are not of the families the briefing ships."""
    ours = tuple(family.replace(" ", "-") for family in FONT_FAMILIES)
    return {n for n in names if not any(n == family or n.startswith(family + "-") for family in ours)}


# Every face the stylesheet declares: serif and bold serif (body, focus rows), sans, bold and
# italic sans (headings, table heads, "unattributed"), mono (file names), Cyrillic too.
FONT_TEST_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fonts</title>
{style}</head><body><main><h1 class="title">Font test — “quotes”</h1>
<p>Zelensky said in Kyiv: “Україна — це Європа.” Déjà vu, Łódź, Nguyễn, 12 € ≥ 3.</p>
<table><thead><tr><th>Name</th></tr></thead><tbody><tr class="focus"><td>Donald Trump</td></tr></tbody></table>
<blockquote class="quote"><p>“A quotation.”</p>
<footer>— <span class="unattributed">unattributed</span></footer></blockquote>
<p><code>data/facts.parquet</code> 4d240d6c60ada09b</p></main></body></html>"""


def font_test_page() -> str:
    """A short page in the briefing's stylesheet that uses every face it declares."""
    css = inline_fonts((STATIC / "briefing.css").read_text(encoding="utf-8"))
    return FONT_TEST_PAGE.format(style=f'<style type="text/css">\n{css}</style>')


def check_pdf_support() -> str:
    """Render a test page to PDF, proving WeasyPrint and Pango work (``toolkit doctor``).

    Raises:
        BuildError: naming the Debian packages to install when Pango is missing.
    """
    pdf = html_to_pdf(font_test_page(), name="doctor")
    weasyprint = _weasyprint("doctor")
    return f"PDF route: WeasyPrint {weasyprint.__version__} with Pango, {len(pdf):,} byte test page"


def check_pdf_fonts() -> str:
    """Render a page that uses every face of the stylesheet and check that its PDF embeds
    the bundled fonts only (``toolkit doctor``).

    Raises:
        BuildError: naming the fonts of the system the test page was drawn with.
    """
    names = pdf_font_names(html_to_pdf(font_test_page(), name="doctor"))
    foreign = foreign_fonts(names)
    if foreign or not names:
        raise BuildError("doctor", "the test PDF embeds fonts that are not the briefing's own: "
                                   f"{', '.join(sorted(foreign)) or 'none at all'} "
                                   f"(the bundled families: {', '.join(FONT_FAMILIES)})")
    return f"PDF fonts: only the bundled ones ({', '.join(sorted(names))}), no font of the system"
