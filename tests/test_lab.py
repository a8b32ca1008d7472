"""JupyterLab as its users use it: the server starts, serves the lab, and runs the explore notebook.

The server is started on loopback with a random token, exactly as ``make lab`` does, on the
project's root; the explore notebook is then opened through the server's REST API (a session
on the registered "briefing-toolkit" kernel, as the lab does when a notebook is opened) and its
cells are run over the kernel's websocket, one after the other, as "Run All" does. The seed
article alone is used (a line after the parameters cell, like papermill's injected cell), so
that the walk takes seconds. The server is shut down at the end.

Also here: the HTML summaries the toolkit's own objects show when displayed in a notebook.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
KERNEL = "briefing-toolkit"
NOTEBOOK = "notebooks/explore.ipynb"
SEED_ONLY = 'sources = "ukraine-diplomacy/000_4d240d6c60ada09b.txt"  # the test runs on the seed article only'
QUOTE = "It seems that Russia is now more inclined to agree to a ceasefire"
START_TIMEOUT = 60
CELL_TIMEOUT = 120

pytestmark = pytest.mark.build  # a real JupyterLab server and kernel, like a briefing's build: slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Lab:
    """A running JupyterLab server: its URL, token and process."""

    def __init__(self, port: int, token: str, process: subprocess.Popen, log: Path):
        self.url, self.token, self.process, self.log = f"http://127.0.0.1:{port}", token, process, log

    def request(self, method: str, path: str, body: dict | None = None, timeout: float = 10):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.url + path, data=data, method=method,
                                     headers={"Authorization": f"token {self.token}",
                                              "Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=timeout) as response:
            payload = response.read()
            kind = response.headers.get("Content-Type", "")
            return response.status, (json.loads(payload) if payload and "json" in kind else payload.decode())

    def log_tail(self) -> str:
        return self.log.read_text(errors="replace")[-3000:]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    home = tmp_path_factory.mktemp("lab")
    port, token = _free_port(), secrets.token_hex(24)
    env = {**os.environ,
           # A private config and runtime folder: no user-level setting changes what is tested.
           "JUPYTER_CONFIG_DIR": str(home / "config"), "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
           "JUPYTERLAB_SETTINGS_DIR": str(home / "settings"), "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces")}
    log = home / "server.log"
    command = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
               "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={ROOT}",
               f"--MultiKernelManager.default_kernel_name={KERNEL}",
               # Nothing is fetched from the network: no news feed, no update check.
               "--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
    if os.geteuid() == 0:  # CI and the development machines run as root
        command.append("--allow-root")
    with log.open("wb") as sink:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=sink, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL)
    server = Lab(port, token, process, log)
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if process.poll() is not None:
                pytest.fail(f"jupyter lab exited with {process.returncode}:\n{server.log_tail()}")
            try:
                status, body = server.request("GET", "/api/status", timeout=2)
                if status == 200:
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"jupyter lab did not answer /api/status within {START_TIMEOUT} s:\n{server.log_tail()}")
            time.sleep(0.5)
        server.started = body
        yield server
    finally:
        with contextlib.suppress(Exception):
            server.request("POST", "/api/shutdown", timeout=5)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def test_lab_serves_with_a_token(lab):
    assert lab.started["kernels"] == 0
    status, page = lab.request("GET", f"/lab?token={lab.token}")
    assert status == 200 and "<title>JupyterLab</title>" in page
    assert "jupyter-config-data" in page
    no_token = urllib.request.Request(lab.url + "/api/contents/notebooks")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(no_token, timeout=10)
    assert refused.value.code == 403
    status, listing = lab.request("GET", "/api/contents/notebooks")
    assert {"briefing.ipynb", "explore.ipynb"} <= {item["name"] for item in listing["content"]}


def test_registered_kernel_is_this_environment(lab):
    status, specs = lab.request("GET", "/api/kernelspecs")
    assert KERNEL in specs["kernelspecs"], (
        f"the kernel {KERNEL!r} is not registered (run `make setup`); found {sorted(specs['kernelspecs'])}")
    spec = specs["kernelspecs"][KERNEL]["spec"]
    assert spec["display_name"] == "Briefing Toolkit"
    assert Path(spec["argv"][0]).parent.parent.resolve() == Path(sys.prefix).resolve(), spec["argv"]


def _message(msg_type: str, content: dict, session: str, channel: str = "shell") -> dict:
    header = {"msg_id": uuid.uuid4().hex, "msg_type": msg_type, "session": session, "username": "test",
              "date": dt.datetime.now(dt.timezone.utc).isoformat(), "version": "5.3"}
    return {"header": header, "parent_header": {}, "metadata": {}, "content": content, "channel": channel,
            "buffers": []}


def _run(ws, code: str, session: str) -> tuple[list, dict]:
    """Execute ``code`` on the kernel behind ``ws``; return its outputs (nbformat) and the reply."""
    request = _message("execute_request", {"code": code, "silent": False, "store_history": True,
                                           "user_expressions": {}, "allow_stdin": False,
                                           "stop_on_error": True}, session)
    ws.send(json.dumps(request))
    outputs, reply, idle = [], None, False
    deadline = time.monotonic() + CELL_TIMEOUT
    while reply is None or not idle:
        ws.settimeout(max(1.0, deadline - time.monotonic()))
        msg = json.loads(ws.recv())
        if msg.get("parent_header", {}).get("msg_id") != request["header"]["msg_id"]:
            continue
        kind = msg["header"]["msg_type"]
        if kind in ("stream", "display_data", "execute_result", "error"):
            outputs.append(nbformat.v4.output_from_msg(msg))
        elif kind == "status" and msg["content"]["execution_state"] == "idle":
            idle = True
        elif kind == "execute_reply":
            reply = msg["content"]
        if time.monotonic() > deadline:
            pytest.fail(f"a cell took over {CELL_TIMEOUT} s:\n{code}")
    return outputs, reply


@pytest.fixture(scope="module")
def executed(lab):
    """The explore notebook, opened in the lab and run cell by cell on the registered kernel."""
    import websocket

    status, model = lab.request("GET", f"/api/contents/{NOTEBOOK}?content=1")
    nb = nbformat.from_dict(model["content"])
    status, session = lab.request("POST", "/api/sessions", {
        "path": NOTEBOOK, "name": "explore.ipynb", "type": "notebook", "kernel": {"name": KERNEL}})
    assert status == 201 and session["kernel"]["name"] == KERNEL
    kernel_id, client = session["kernel"]["id"], uuid.uuid4().hex
    ws = websocket.create_connection(
        f"ws://127.0.0.1:{lab.url.rsplit(':', 1)[1]}/api/kernels/{kernel_id}/channels?session_id={client}",
        header=[f"Authorization: token {lab.token}"], timeout=60)
    try:
        where, _ = _run(ws, "import os, sys; print(sys.prefix); print(os.getcwd())", client)
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            code = cell.source + ("\n" + SEED_ONLY if "parameters" in cell.metadata.get("tags", []) else "")
            cell.outputs, reply = _run(ws, code, client)
            errors = [o for o in cell.outputs if o.output_type == "error"]
            assert reply["status"] == "ok" and not errors, (
                f"cell {cell.id} failed: " + "\n".join("\n".join(e.traceback) for e in errors))
            cell.execution_count = reply.get("execution_count")
    finally:
        ws.close()
        with contextlib.suppress(Exception):
            lab.request("DELETE", f"/api/sessions/{session['id']}")
    return {"nb": nb, "where": where[0].text.split("\n")}


def _outputs(nb, cell_id: str) -> str:
    """Everything a cell showed, as one string (HTML, plain text and streams)."""
    (cell,) = [c for c in nb.cells if c.id == cell_id]
    parts = []
    for output in cell.outputs:
        parts.append(output.get("text", ""))
        parts.extend(str(v) for k, v in output.get("data", {}).items() if k.startswith("text/"))
    return "\n".join(parts)


def test_explore_notebook_runs_in_the_lab_on_the_registered_kernel(executed):
    prefix, cwd = executed["where"][:2]
    assert Path(prefix).resolve() == Path(sys.prefix).resolve()  # the project's environment
    assert Path(cwd).resolve() == ROOT / "notebooks"


def test_explore_notebook_shows_the_walk(executed):
    nb = executed["nb"]
    assert "Source set" in _outputs(nb, "load") and "New York Times" in _outputs(nb, "load")
    summary = _outputs(nb, "extract")
    assert "<b>Extraction</b> of 1 document published 2025-08-07" in summary and "People: Donald Trump (" in summary
    assert "Volodymyr Zelensky" in _outputs(nb, "entities")  # DataFrames render as HTML tables
    assert QUOTE in _outputs(nb, "person-quotes") and "Donald Trump" not in _outputs(nb, "person-quotes")
    assert "2025-08-08" in _outputs(nb, "timeline")  # "Friday", resolved against the publication date
    assert QUOTE in _outputs(nb, "source") and "<mark>" in _outputs(nb, "source-context")
    for chart in ("entities-plot", "timeline-plot", "cooccurrence"):
        (cell,) = [c for c in nb.cells if c.id == chart]
        (image,) = [o for o in cell.outputs if "image/png" in o.get("data", {})]
        assert len(image["data"]["image/png"]) > 5000 and image["metadata"]["image/png"]["alt"], chart


# The toolkit's objects in a notebook: useful HTML summaries, escaped.

def test_source_set_html_summary(seed_document):
    from toolkit.reading.sources import BINARY, SkippedDocument, SourceSet

    skipped = SkippedDocument("/x/bad.pdf", "binary data, not text", BINARY)
    page = SourceSet("demo <set>", [seed_document], [skipped])._repr_html_()
    assert "demo &lt;set&gt;" in page and "1 document, published 2025-08-07, 1 skipped" in page
    assert "New York Times" in page and "bad.pdf: binary data, not text" in page and "/x/" not in page


def test_extraction_html_summary(seed_extraction):
    page = seed_extraction._repr_html_()
    assert "of 1 document published 2025-08-07" in page
    assert "<code>.quotes</code></td><td style='text-align:right'>11</td><td style='text-align:left'>11 with a speaker" in page
    mentions = seed_extraction.entities.set_index("name")["mentions"]
    # (every mention counts: "a Trump-Putin meeting" names both men)
    assert f"People: Donald Trump ({mentions['Donald Trump']}), Vladimir Putin ({mentions['Vladimir Putin']})" in page
    assert mentions["Donald Trump"] >= 12 and mentions["Vladimir Putin"] >= 5
    # (a hyphenated pair names both: "the first U.S.-Russia leadership summit" is a mention of Russia)
    assert f"Places: Russia ({mentions['Russia']}), Moscow ({mentions['Moscow']})" in page
    assert mentions["Russia"] == 10 and mentions["Moscow"] == 8 and "Quoted: Donald Trump (5)" in page
