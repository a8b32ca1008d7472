"""The briefing as its readers see it: opened from disk in headless Chromium, network blocked.

One briefing (the seed article) is built into a temporary ``reports/`` folder, then
``reports/<name>/briefing.html`` is opened as a ``file://`` page in Debian's Chromium, driven
by Playwright (``executable_path``: Playwright's own browser download is never used). Every
request other than the page itself is recorded and aborted, and Chromium's proxy points at a
closed local port, so nothing can leave the machine. Checked: no console error, no network
request, every chart loaded and not blank, every in-page link resolves, the heading
hierarchy, alt text, and tables that fit the page on screen and in print. A screenshot is
saved as ``reports/screenshots/<name>.png``.

``make test`` installs Debian's ``chromium`` when it is missing and it can (root with
apt-get); otherwise this module is skipped with the reason.
"""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest

from conftest import seed_params

ROOT = Path(__file__).resolve().parent.parent
NAME = "ukraine-diplomacy"
PARAMS = seed_params("html")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-default-apps", "--disable-extensions", "--no-pings"]
SECTIONS = ("Bottom line", "Developments", "Who says what", "Who's who", "Appendix", "Source texts")
A4_TEXT_WIDTH = 658  # CSS px: 210 mm less the print stylesheet's 2 × 18 mm margins, at 96 px per inch

pytestmark = pytest.mark.build  # every test here reads a real briefing


def _chromium() -> str:
    found = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.skip("Debian's chromium is not installed, and `make test` could not install it "
                    "(it needs root and apt-get: `apt-get install chromium`)")
    return found


@pytest.fixture(scope="module")
def briefing(tmp_path_factory, make_project) -> Path:
    """Build the seed briefing (HTML only) into a temporary reports folder."""
    from toolkit.build.run import build

    project = make_project(tmp_path_factory.mktemp("browser"), params={NAME: PARAMS})
    (result,) = build([project.params_file(NAME)], reports=project.reports, progress=False)
    return result.html


@pytest.fixture(scope="module")
def browser():
    executable = _chromium()
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
    with sync_api.sync_playwright() as p:
        # A proxy that goes nowhere (the discard port, closed): a request that slipped past the
        # route below still could not reach any network.
        chromium = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS,
                                     proxy={"server": "http://127.0.0.1:9"})
        try:
            yield chromium
        finally:
            chromium.close()


class Page:
    """A briefing opened in a fresh browser context, with what it logged and requested."""

    def __init__(self, browser, url: str, *, width: int = 1280, height: int = 900):
        self.context = browser.new_context(viewport={"width": width, "height": height}, java_script_enabled=True,
                                           service_workers="block")
        self.console, self.errors, self.requests, self.blocked = [], [], [], []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(url, wait_until="load")

    def _route(self, route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort("blockedbyclient")

    def close(self):
        self.context.close()


@pytest.fixture(scope="module")
def opened(browser, briefing):
    page = Page(browser, briefing.as_uri())
    yield page
    page.close()


def test_no_console_errors_and_no_network(opened, briefing):
    opened.page.wait_for_timeout(300)  # anything late (a lazy image, a font) would show up here
    assert not opened.errors, opened.errors
    assert not [m for m in opened.console if m[0] in ("error", "warning")], opened.console
    assert not opened.blocked, f"the page asked for {opened.blocked}"
    assert opened.requests == [briefing.as_uri()], opened.requests  # the file itself, nothing else
    assert opened.page.evaluate("document.scripts.length") == 0


def test_charts_load_and_are_not_blank(opened):
    from PIL import Image, ImageStat

    images = opened.page.locator("img")
    assert images.count() >= 1  # the coverage chart of the appendix
    for i in range(images.count()):
        image = images.nth(i)
        info = image.evaluate("e => ({src: e.currentSrc.slice(0, 22), complete: e.complete, "
                              "w: e.naturalWidth, h: e.naturalHeight, alt: e.alt, shown: e.getBoundingClientRect().width})")
        assert info["src"].startswith("data:image/"), info
        assert info["complete"] and info["w"] > 100 and info["h"] > 100 and info["shown"] > 100, info
        shot = Image.open(io.BytesIO(image.screenshot())).convert("L")
        stat = ImageStat.Stat(shot)
        assert stat.stddev[0] > 10, f"image {i} ({info['alt'][:60]}) is blank: {stat.extrema}"
        assert len(shot.getcolors(1 << 16) or range(1 << 16)) > 8, f"image {i} has almost no colours"


def test_every_in_page_link_resolves(opened, briefing):
    links = opened.page.eval_on_selector_all(
        "a[href]", "as => as.map(a => [a.getAttribute('href'), a.textContent.trim()])")
    internal = [(href, text) for href, text in links if href.startswith("#")]
    assert len(internal) >= len(SECTIONS), links
    missing = opened.page.evaluate(
        "hrefs => hrefs.filter(h => !document.getElementById(decodeURIComponent(h.slice(1))))",
        [href for href, _ in internal])
    assert not missing, missing
    # Besides in-page links, a briefing links only to its own full tables in data/ (which exist).
    # and to the sources' own pages (their URLs, in "Source texts" and the provenance).
    other = [h for h, _ in links if not h.startswith("#") and not h.startswith(("https://", "http://"))]
    assert all(h.startswith("data/") and (briefing.parent / h).is_file() for h in other), other
    toc = opened.page.eval_on_selector_all("nav.toc a", "as => as.map(a => a.textContent.trim())")
    assert list(SECTIONS) == [t for t in toc if t in SECTIONS]
    # Following one scrolls its section to the top of the window.
    opened.page.click("nav.toc a >> text=Appendix")
    top = opened.page.evaluate("document.getElementById(decodeURIComponent(location.hash.slice(1)))"
                               ".getBoundingClientRect().top")
    assert opened.page.evaluate("location.hash") and abs(top) < 5
    opened.page.evaluate("window.scrollTo(0, 0)")


def test_headings_alt_text_and_landmarks(opened):
    levels = opened.page.eval_on_selector_all("h1, h2, h3, h4, h5, h6", "hs => hs.map(h => +h.tagName[1])")
    assert levels.count(1) == 1 and levels[0] == 1, levels
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:])), f"a heading level is skipped: {levels}"
    alts = opened.page.eval_on_selector_all("img", "is => is.map(i => i.getAttribute('alt'))")
    assert all(a and len(a) > 20 and a != "Chart" for a in alts), alts
    assert opened.page.evaluate("document.documentElement.lang")
    assert opened.page.locator("main").count() == 1 and opened.page.locator("nav.toc").count() == 1
    assert opened.page.title() == "US–Russia–Ukraine peace diplomacy"


def _overflow(page) -> dict:
    return page.evaluate("""() => {
        const width = document.documentElement.clientWidth;
        const main = document.querySelector('main').getBoundingClientRect();
        const wide = [...document.querySelectorAll('table')]
            .map(t => ({caption: (t.caption || {}).textContent || t.rows[0].textContent.slice(0, 40),
                        right: t.getBoundingClientRect().right, scroll: t.parentElement.scrollWidth,
                        client: t.parentElement.clientWidth}))
            .filter(t => t.right > main.right + 1 || t.scroll > t.client + 1);
        return {page: document.documentElement.scrollWidth - width, tables: wide};
    }""")


@pytest.mark.parametrize("width", [1280, 390])
def test_tables_fit_the_screen(browser, briefing, width):
    page = Page(browser, briefing.as_uri(), width=width)
    try:
        found = _overflow(page.page)
        assert found["page"] <= 0, f"the page scrolls sideways at {width} px"
        if width >= 1000:
            assert not found["tables"], found["tables"]
    finally:
        page.close()


def test_tables_fit_the_printed_page(browser, briefing):
    page = Page(browser, briefing.as_uri(), width=A4_TEXT_WIDTH, height=1000)
    try:
        page.page.emulate_media(media="print")
        found = _overflow(page.page)
        assert found["page"] <= 0 and not found["tables"], found
        assert page.page.evaluate("getComputedStyle(document.querySelector('nav.toc')).backgroundColor") \
            == "rgba(0, 0, 0, 0)"  # the print stylesheet applies
    finally:
        page.close()


def test_screenshot(opened):
    from PIL import Image, ImageStat

    folder = ROOT / "reports" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{NAME}.png"
    opened.page.screenshot(path=str(path), full_page=True)
    shot = Image.open(path)
    assert shot.width == 1280 and shot.height > 2000
    assert ImageStat.Stat(shot.convert("L")).stddev[0] > 10
    print(f"screenshot: {path}")
