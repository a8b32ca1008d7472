"""``toolkit add URL… | FILE… --to SET`` (issue 15), against a web server on the loopback
address that each test starts: never the internet."""

from __future__ import annotations

import csv
import datetime as dt
import http.server
import threading
import time
from pathlib import Path

import pytest

from conftest import DATA
from toolkit.cli import main
from toolkit.reading.collect import USER_AGENT
from toolkit.reading.sources import SourceWarning, read_paths

MIXED = DATA / "inputs" / "mixed"
OTHER_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferries back | Coast Post</title>
<meta property="og:title" content="Ferries sail again after rota deal">
<meta property="og:site_name" content="Coast Post">
<meta property="article:published_time" content="2024-03-20T06:00:00+00:00">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferries sail again after rota deal</h1>
<p>The harbour ferries returned to service on Wednesday after crews accepted an extra rest day
after every third night shift.</p>
<p>“The boats are back and so are the people,” said Ines Marchetti, the councillor for the harbour ward.</p>
</article><footer>© 2024 Coast Post. All rights reserved.</footer></body></html>"""
NAV_PAGE = "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><footer>Contact</footer></body></html>"


class _Site(http.server.BaseHTTPRequestHandler):
    agents: list[str] = []
    base = ""

    def do_GET(self):  # noqa: N802 (the name http.server calls)
        try:
            self._answer()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading: its time or size limit at work

    def _answer(self):
        type(self).agents.append(self.headers.get("User-Agent", ""))
        routes = {
            "/page.html": ("text/html; charset=utf-8", (MIXED / "harbour-ferry.html").read_bytes()),
            "/other.html": ("text/html; charset=utf-8", OTHER_PAGE.encode()),
            "/nav.html": ("text/html", NAV_PAGE.encode()),
            "/huge.html": ("text/html", b"<p>" + b"word " * 40_000 + b"</p>"),
            "/feed.rss": ("application/rss+xml", (
                '<?xml version="1.0"?><rss version="2.0"><channel><title>Coast Post</title>'
                f"<item><title>Walkout</title><link>{self.base}/page.html</link></item>"
                f"<item><title>Back</title><link>{self.base}/other.html</link></item>"
                f"<item><title>Gone</title><link>{self.base}/missing.html</link></item>"
                "</channel></rss>").encode()),
        }
        if self.path == "/slow.html":
            time.sleep(2)  # past the client's time-out: it has gone when the 404 is sent
        if self.path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
            return
        if self.path not in routes:
            self.send_error(404, "Not Found")
            return
        kind, body = routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    _Site.agents = []
    _Site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield _Site.base
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def seeds(tmp_path, monkeypatch):
    folder = tmp_path / "seeds"
    folder.mkdir()
    monkeypatch.setenv("TOOLKIT_SEEDS", str(folder))
    return folder


def manifest_rows(folder: Path) -> list[dict]:
    with open(folder / "MANIFEST.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_a_page_is_stored_with_its_manifest_row(site, seeds, capsys):
    assert main(["add", f"{site}/page.html", "--to", "ferry"]) == 0
    folder = seeds / "ferry"
    [stored] = [p for p in folder.iterdir() if p.suffix == ".html"]
    assert stored.read_bytes() == (MIXED / "harbour-ferry.html").read_bytes()
    [row] = manifest_rows(folder)
    assert row["file"] == stored.name and row["url"] == f"{site}/page.html"
    assert (row["title"], row["outlet"], row["published"]) == ("Ferry crews walk out over night-shift rota",
                                                               "Northern Ledger", "2024-03-12")
    retrieved = dt.datetime.fromisoformat(row["retrieved"].replace("Z", "+00:00"))
    assert abs((dt.datetime.now(dt.timezone.utc) - retrieved).total_seconds()) < 600
    assert _Site.agents == [USER_AGENT] and "briefing-toolkit" in USER_AGENT
    assert "added" in capsys.readouterr().out
    # The set reads it with the same metadata, its boilerplate left out.
    [doc] = read_paths([folder]).documents
    assert (doc.title, doc.outlet, doc.published) == (row["title"], row["outlet"], dt.date(2024, 3, 12))
    assert "cookies" not in doc.text


def test_a_url_already_in_the_set_is_not_added_twice(site, seeds, capsys):
    assert main(["add", f"{site}/page.html", "--to", "ferry"]) == 0
    assert main(["add", f"{site}/page.html#top", f"{site}/page.html", "--to", "ferry"]) == 0
    assert len(manifest_rows(seeds / "ferry")) == 1
    assert len(list((seeds / "ferry").glob("*.html"))) == 1
    assert capsys.readouterr().out.count("present") == 2
    assert len(_Site.agents) == 1  # not even fetched again


def test_a_feed_adds_each_entrys_page_and_reports_what_fails(site, seeds, capsys):
    assert main(["add", f"{site}/page.html", "--to", "ferry"]) == 0
    assert main(["add", f"{site}/feed.rss", "--to", "ferry"]) == 1  # one entry's page is missing
    rows = manifest_rows(seeds / "ferry")
    assert [r["title"] for r in rows] == ["Ferry crews walk out over night-shift rota",
                                         "Ferries sail again after rota deal"]
    assert rows[1]["outlet"] == "Coast Post" and rows[1]["published"] == "2024-03-20"
    captured = capsys.readouterr()
    assert f"failed   {site}/missing.html: HTTP 404" in captured.err
    assert f"present  {site}/page.html" in captured.out


@pytest.mark.parametrize("path, says", [
    ("/nav.html", "no article text in the page"),
    ("/missing.html", "HTTP 404"),
    ("/to-file", "'file:///etc/passwd' is not allowed"),
])
def test_a_page_that_fails_is_reported_and_skipped(site, seeds, capsys, path, says):
    assert main(["add", f"{site}{path}", f"{site}/other.html", "--to", "ferry"]) == 1
    assert says in capsys.readouterr().err
    assert [r["title"] for r in manifest_rows(seeds / "ferry")] == ["Ferries sail again after rota deal"]
    assert not [p for p in (seeds / "ferry").iterdir() if p.name.startswith(".")]  # no temporary file left


def test_a_time_out_and_a_size_limit(site, seeds, capsys, monkeypatch):
    monkeypatch.setenv("TOOLKIT_MAX_DOCUMENT_BYTES", "50000")
    assert main(["add", f"{site}/slow.html", f"{site}/huge.html", "--to", "ferry", "--timeout", "0.5"]) == 1
    err = capsys.readouterr().err
    assert f"{site}/slow.html: no answer within 0.5 s" in err
    assert f"{site}/huge.html: 200,007 bytes is over the limit of 50,000 bytes" in err
    assert not (seeds / "ferry" / "MANIFEST.csv").exists()


def test_other_schemes_and_bad_set_names_are_refused(seeds, capsys):
    assert main(["add", "file:///etc/passwd", "--to", "ferry"]) == 1
    assert "only http and https" in capsys.readouterr().err
    assert main(["add", str(MIXED / "harbour-ferry.html"), "--to", "../escape"]) == 2
    assert "--to '../escape'" in capsys.readouterr().err


def test_local_files_are_copied_with_their_rows(seeds, tmp_path, capsys):
    bad = tmp_path / "blank.txt"
    bad.write_text("   \n", encoding="utf-8")
    files = [MIXED / "harbour-ferry.html", MIXED / "estuary-wire.rss", MIXED / "monitor-export.jsonl", bad]
    assert main(["add", *map(str, files), "--to", "ferry"]) == 1
    folder = seeds / "ferry"
    assert sorted(p.name for p in folder.iterdir()) == ["MANIFEST.csv", "estuary-wire.rss", "harbour-ferry.html",
                                                        "monitor-export.jsonl"]
    rows = {r["file"]: r for r in manifest_rows(folder)}
    assert rows["harbour-ferry.html"]["outlet"] == "Northern Ledger" and rows["estuary-wire.rss"]["retrieved"]
    assert "blank.txt: only whitespace" in capsys.readouterr().err
    assert main(["add", str(MIXED / "estuary-wire.rss"), "--to", "ferry"]) == 0  # the same bytes: already there
    assert len(manifest_rows(folder)) == 3
    with pytest.warns(SourceWarning, match="entry-2: only the feed's summary"):
        assert len(read_paths([folder]).documents) == 5
