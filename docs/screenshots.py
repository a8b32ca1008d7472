"""Make the README's screenshots: page 1 of the briefing's PDF, and the explore notebook in JupyterLab.

    .venv/bin/python docs/screenshots.py

Builds the default set's briefing (``params/ukraine-diplomacy.yaml``, HTML and PDF) into a
temporary folder and renders page 1 of its PDF with ``pdftoppm`` (Debian's poppler-utils):
what the analyst sees first, as printed. Runs ``notebooks/explore.ipynb`` (seed article only,
on the registered "briefing-toolkit" kernel) and opens it in a JupyterLab started on loopback
in Debian's headless Chromium (requests that leave 127.0.0.1 are aborted). Writes
``docs/briefing.png`` and ``docs/explore-notebook.png`` (palette PNGs, well under 300 KB).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SEED = "ukraine-diplomacy/000_4d240d6c60ada09b.txt"
PAGE_DPI = 100  # A4 at 100 dpi: 827 × 1169 pixels, body text about 14 px high


def save_small(png: bytes, path: Path) -> None:
    """Save a screenshot as a 256-colour PNG (text and charts stay crisp, the file stays small)."""
    import io

    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    image.save(path, optimize=True)
    print(f"{path.relative_to(ROOT)}: {image.size[0]}×{image.size[1]}, {path.stat().st_size // 1024} KB")


def _local_only(route):
    url = route.request.url
    if url.startswith(("file://", "data:", "http://127.0.0.1:", "ws://127.0.0.1:")):
        route.continue_()
    else:
        route.abort("blockedbyclient")


def briefing_shot(work: Path) -> None:
    """Page 1 of the default set's PDF briefing, as printed."""
    from toolkit.build.run import build

    params = work / "ukraine-diplomacy.yaml"
    params.write_text((ROOT / "params" / "ukraine-diplomacy.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (result,) = build([params], reports=work / "reports", progress=False)
    pdftoppm = shutil.which("pdftoppm")
    if not pdftoppm:
        sys.exit("Debian's poppler-utils is needed for pdftoppm: apt-get install poppler-utils")
    subprocess.run([pdftoppm, "-png", "-r", str(PAGE_DPI), "-f", "1", "-l", "1", "-singlefile",
                    str(result.pdf), str(work / "page1")], check=True)
    save_small((work / "page1.png").read_bytes(), DOCS / "briefing.png")


def explore_shot(browser, work: Path) -> None:
    import papermill as pm

    lab_root = work / "lab"
    lab_root.mkdir()
    pm.execute_notebook(str(ROOT / "notebooks" / "explore.ipynb"), str(lab_root / "explore.ipynb"),
                        parameters={"sources": SEED}, kernel_name="briefing-toolkit",
                        cwd=str(ROOT / "notebooks"), progress_bar=False)
    settings = work / "settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    (settings / "notification.jupyterlab-settings").write_text(json.dumps({"fetchNews": "false",
                                                                          "checkForUpdates": False}))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    token = secrets.token_hex(16)
    env = {**os.environ, "JUPYTERLAB_SETTINGS_DIR": str(work / "settings"),
           "JUPYTER_CONFIG_DIR": str(work / "config"), "JUPYTER_RUNTIME_DIR": str(work / "runtime")}
    command = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
               f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={lab_root}", "--LabApp.news_url=",
               "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
    if os.geteuid() == 0:
        command.append("--allow-root")
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status?token={token}", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        context = browser.new_context(viewport={"width": 1280, "height": 860})
        context.route("**/*", _local_only)
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{port}/lab/tree/explore.ipynb?token={token}")
        page.wait_for_selector(".jp-OutputArea-output img", timeout=60_000)
        page.wait_for_timeout(1500)
        # Collapse the file browser for room, then show the extraction summary and the entities.
        page.keyboard.press("Control+b")
        page.wait_for_timeout(500)
        page.locator(".jp-Cell", has_text="ex = toolkit.extract(source_set)").first.scroll_into_view_if_needed()
        page.evaluate("""() => {
            const cell = [...document.querySelectorAll('.jp-Cell')].find(c => c.textContent.includes('toolkit.extract(source_set)'));
            const scroller = document.querySelector('.jp-WindowedPanel-outer');
            scroller.scrollTop += cell.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 10;
        }""")
        page.wait_for_timeout(1000)
        save_small(page.screenshot(), DOCS / "explore-notebook.png")
        context.close()
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    from playwright.sync_api import sync_playwright

    executable = os.environ.get("CHROMIUM") or shutil.which("chromium")
    if not executable:
        sys.exit("Debian's chromium is needed: apt-get install chromium")
    DOCS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        briefing_shot(Path(tmp))
        browser = p.chromium.launch(executable_path=executable, args=ARGS)
        try:
            explore_shot(browser, Path(tmp))
        finally:
            browser.close()


if __name__ == "__main__":
    main()
