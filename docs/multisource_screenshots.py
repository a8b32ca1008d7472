"""Make the README's pictures of the briefing's sections, in Debian's headless Chromium.

    .venv/bin/python docs/multisource_screenshots.py

Builds, in a temporary folder,

* the default set ``ukraine-diplomacy`` without its last White House document (A26), then
  again with it, so that the briefing says what changed; and
* the small multi-outlet set of ``tests/test_multisource_build.py`` (the seed article, a White
  House round-up, the same round-up from a second feed, and a short report written for the
  test), whose sources word and attribute one quotation differently,

and writes ``docs/multisource-*.png`` (256-colour PNGs, each well under 300 KB): each picture
is one or more clips of the page, from an element to the next section heading, stacked with a
grey band between clips. Requests that leave the machine are aborted.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
sys.path.insert(0, str(ROOT / "docs"))
sys.path.insert(0, str(ROOT / "tests"))

from screenshots import ARGS, _local_only, save_small  # noqa: E402

MAX_HEIGHT = 1500  # pixels of one picture


def _build(params: Path, reports: Path, seeds: Path):
    from toolkit.build.run import build

    os.environ["TOOLKIT_SEEDS"] = str(seeds)
    (result,) = build([params], reports=reports, progress=False)
    return result


def real_set(work: Path):
    """ukraine-diplomacy built without A26, then with it: the second briefing."""
    seeds = work / "seeds"
    shutil.copytree(ROOT / "seeds" / "ukraine-diplomacy", seeds / "ukraine-diplomacy")
    late = next((seeds / "ukraine-diplomacy").glob("A26_*.txt"))
    held = work / late.name
    late.rename(held)
    params = work / "ukraine-diplomacy.yaml"
    params.write_text((ROOT / "params" / "ukraine-diplomacy.yaml").read_text(encoding="utf-8")
                      .replace("formats: [html, pdf]", "formats: [html]"), encoding="utf-8")
    _build(params, work / "reports", seeds)
    held.rename(late)
    return _build(params, work / "reports", seeds)


def fixture_set(work: Path):
    """The test's multi-outlet set, with the Ledger's report: quotations shared between outlets."""
    import test_multisource_build as t

    folder = work / "fixture-seeds" / t.NAME
    folder.mkdir(parents=True)
    (folder / f"{t.SEED_ID}.txt").write_bytes((t.SEEDS / f"{t.SEED_ID}.txt").read_bytes())
    opening = t._a25_opening()
    (folder / f"{t.WH_ID}.txt").write_text(opening, encoding="utf-8")
    (folder / f"{t.WIRE_ID}.txt").write_text("WASHINGTON (Example Wire) — " + opening, encoding="utf-8")
    (folder / "MANIFEST.tsv").write_text(t.MANIFEST, encoding="utf-8")
    (folder / f"{t.LEDGER_ID}.md").write_text(t.LEDGER, encoding="utf-8")
    params = work / f"{t.NAME}.yaml"
    params.write_text(t.PARAMS, encoding="utf-8")
    return _build(params, work / "fixture-reports", work / "fixture-seeds")


GAP = 14  # pixels of grey between two clips of one picture


def _clip(page, start: str, end: str | None, height: int) -> bytes:
    """A screenshot of the page from the element ``start`` (a CSS selector) to the element
    ``end`` (or ``height`` pixels, whichever is less)."""
    box = page.evaluate("""([a, b]) => {
        const first = document.querySelector(a);
        const top = first.getBoundingClientRect().top + window.scrollY;
        const bottom = b ? document.querySelector(b).getBoundingClientRect().top + window.scrollY : 1e9;
        const body = document.body.getBoundingClientRect();
        return {x: body.left, top, bottom, width: body.width};
    }""", [start, end])
    y = max(box["top"] - 12, 0)
    return page.screenshot(full_page=True, clip={"x": box["x"], "y": y, "width": box["width"],
                                                 "height": min(box["bottom"] - y - 8, height)})


def picture(page, clips: list[tuple[str, str | None]], path: Path, *, height: int = MAX_HEIGHT) -> None:
    """Save the clips ``(start, end)`` of the page, one under the other, as one picture."""
    import io

    from PIL import Image

    shots = [Image.open(io.BytesIO(_clip(page, start, end, height))).convert("RGB") for start, end in clips]
    width = max(s.width for s in shots)
    sheet = Image.new("RGB", (width, sum(s.height for s in shots) + GAP * (len(shots) - 1)), (214, 214, 214))
    y = 0
    for shot in shots:
        sheet.paste(shot, (0, y))
        y += shot.height + GAP
    buffer = io.BytesIO()
    sheet.save(buffer, format="PNG")
    save_small(buffer.getvalue(), path)


def main() -> None:
    from playwright.sync_api import sync_playwright

    executable = os.environ.get("CHROMIUM") or shutil.which("chromium")
    if not executable:
        sys.exit("Debian's chromium is needed: apt-get install chromium")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        work = Path(tmp)
        real = real_set(work / "real")
        fixture = fixture_set(work / "fixture")
        browser = p.chromium.launch(executable_path=executable, args=ARGS)
        try:
            context = browser.new_context(viewport={"width": 1000, "height": 1000})
            context.route("**/*", _local_only)
            page = context.new_page()
            page.goto(real.html.as_uri())
            picture(page, [("#developments", "#who-says-what")], DOCS / "multisource-developments.png")
            # Who says what: its first three speakers, then its end: the round-up folded into one line.
            picture(page, [("#who-says-what", "div.voice:nth-of-type(4)"),
                           ("#who-says-what ~ p.also, #who-says-what ~ p.chorus", "#whos-who")],
                    DOCS / "multisource-voices.png", height=1000)
            picture(page, [("#whos-who", "#Appendix")], DOCS / "multisource-who.png")
            # The line under the title when the set changed, then the appendix down to provenance.
            picture(page, [("p.lede", "#bottom-line"), ("#Appendix", "#Provenance")], DOCS / "multisource-appendix.png",
                    height=1700)
            picture(page, [("#doc-1", "#doc-2")], DOCS / "multisource-source-text.png", height=800)
            page.goto(fixture.html.as_uri())
            picture(page, [("#where-sources-differ", "#whos-who")], DOCS / "multisource-differences.png", height=900)
            context.close()
        finally:
            browser.close()


if __name__ == "__main__":
    main()
