"""Building briefings end to end: papermill, nbconvert, WeasyPrint, index.

The two real builds (the second checks reproducibility) happen once, in the module
fixture; every other test here monkeypatches papermill so that no kernel starts.
"""

from __future__ import annotations

import re
import sys

import nbformat
import pytest

from conftest import seed_params

from toolkit.build.kernel import SameInterpreterKernelManager
from toolkit.build.run import build, build_one
from toolkit.core.errors import BuildError, ParamsError

NAME = "ukraine-diplomacy"
QUOTE = "It seems that Russia is now more inclined to agree to a ceasefire; the pressure on them is working"
PARAMS = seed_params("html", "pdf")


@pytest.fixture(scope="module")
def built(tmp_path_factory, make_project):
    """Build the seed article three times into a temporary reports folder; keep the results.

    The first build of a set says so in "What changed"; the second and third find nothing
    changed, and are compared byte for byte.
    """
    project = make_project(tmp_path_factory.mktemp("build"), params={NAME: PARAMS})
    params, reports = project.params_file(NAME), project.reports
    first = build([params], reports=reports, progress=False)
    folder = reports / NAME
    build([params], reports=reports, progress=False, force=True)  # unchanged inputs: forced, not skipped
    snapshot = {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    second = build([params], reports=reports, progress=False, force=True)
    return {"params": params, "reports": reports, "folder": folder, "first": first, "second": second,
            "snapshot": snapshot}


def _html(built) -> str:
    return (built["folder"] / "briefing.html").read_text(encoding="utf-8")


@pytest.mark.build
def test_build_result_names_the_outputs(built):
    (result,) = built["second"]
    assert result.name == NAME and result.documents == 1
    assert result.html == built["folder"] / "briefing.html" and result.html.is_file()
    assert result.pdf == built["folder"] / "briefing.pdf" and result.pdf.is_file()
    assert result.notebook.is_file()


@pytest.mark.build
def test_build_result_times_its_steps(built):
    (result,) = built["second"]
    assert list(result.stages) == ["extraction", "notebook", "rendering"]
    assert all(seconds >= 0 for seconds in result.stages.values())
    # the steps take up the build, bar the planning and the index (rounded to tenths each)
    assert sum(result.stages.values()) <= result.seconds + 0.3
    assert result.stages["notebook"] > 0 and result.stages["rendering"] > 0


@pytest.mark.build
def test_html_has_the_quote_and_its_speaker(built):
    page = _html(built)
    match = re.search(re.escape(QUOTE), page)
    assert match, "the quote is missing from the briefing"
    # Under "Who says what", each quotation is listed under its speaker's name.
    voice = page[:match.start()].rsplit('<p class="speaker">', 1)[1]
    assert voice.startswith("<strong>Volodymyr Zelensky</strong>")


@pytest.mark.build
def test_html_has_sections_and_no_code(built):
    page = _html(built)
    body = page.split("</head>", 1)[1]
    for heading in ("Bottom line", "Developments", "Who says what", "Who's who", "Appendix", "Source texts"):
        assert re.search(rf"<h2 [^>]*>{re.escape(heading.replace(chr(39), '&#39;'))}|<h2 [^>]*>{heading}", body), heading
    assert "read_source_set" not in body and "params_file" not in body and "In&nbsp;[" not in body
    # Nothing is loaded from the network; a source's URL may be a link (a reader follows it).
    assert "<script" not in page and not re.search(r'src="https?://', page)
    assert str(built["reports"]) not in page and "staging" not in page  # no machine paths


@pytest.mark.build
def test_pdf_has_the_charts(built):
    pdf = (built["folder"] / "briefing.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    # WeasyPrint compresses page objects into object streams, but image XObjects stay
    # readable: the coverage chart of the appendix is embedded.
    assert pdf.count(b"/Subtype /Image") >= 1


@pytest.mark.build
def test_data_tables_and_manifest(built):
    data = built["folder"] / "data"
    for table in ("entities", "quotes", "timeline", "events", "documents"):
        assert (data / f"{table}.csv").stat().st_size > 0, table
    assert QUOTE in (data / "quotes.csv").read_text(encoding="utf-8")
    assert "/" + "tmp" not in (data / "documents.csv").read_text(encoding="utf-8").split("\n", 1)[1].split(",")[1]
    assert '"sources": 1' in (built["folder"] / "briefing.json").read_text(encoding="utf-8")


@pytest.mark.build
def test_index_links_to_html_and_pdf(built):
    index = (built["reports"] / "index.html").read_text(encoding="utf-8")
    assert f'href="{NAME}/briefing.html"' in index and f'href="{NAME}/briefing.pdf"' in index
    assert "US–Russia–Ukraine peace diplomacy" in index and "2025-08-07" in index


@pytest.mark.build
def test_second_build_is_byte_identical(built):
    folder = built["folder"]
    for name in ("briefing.html", "briefing.pdf", "briefing.ipynb", "briefing.json", "data/entities.csv"):
        assert (folder / name).read_bytes() == built["snapshot"][name], name
    assert not [p for p in built["reports"].iterdir() if p.name.startswith(".")]  # no staging left


@pytest.mark.build
def test_failing_notebook_keeps_the_previous_briefing(built, monkeypatch):
    import papermill
    from papermill.exceptions import PapermillExecutionError

    source = "ex = extract(sources, aliases=params.aliases)\nreport.save_tables(ex, data_dir)"

    def fail(input_path, output_path, **kwargs):
        nb = nbformat.read(input_path, as_version=4)
        nbformat.write(nb, output_path)
        raise PapermillExecutionError(cell_index=2, exec_count=2, source=source, ename="SourceError",
                                      evalue="no usable document", traceback=[])

    monkeypatch.setattr(papermill, "execute_notebook", fail)
    folder = built["folder"]
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    with pytest.raises(BuildError) as caught:
        build([built["params"]], reports=built["reports"], progress=False, force=True)
    message = str(caught.value)
    assert caught.value.name == NAME and f"'{NAME}'" in message
    assert "cell `ex = extract(sources, aliases=params.aliases)`" in message and "cell 2 of" in message
    assert "SourceError: no usable document" in message
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before
    assert (built["reports"] / "_failed" / f"{NAME}.ipynb").is_file()
    assert not [p for p in built["reports"].iterdir() if p.name.startswith(".")]


def test_invalid_params_fail_before_any_kernel(tmp_path, monkeypatch):
    import papermill

    monkeypatch.setattr(papermill, "execute_notebook", lambda *a, **k: pytest.fail("a kernel was started"))
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: Not A Slug\ntitle: x\nsources: ukraine-diplomacy\n", encoding="utf-8")
    with pytest.raises(ParamsError, match="name"):
        build_one(bad, reports=tmp_path / "reports", progress=False)
    good = tmp_path / "good.yaml"
    good.write_text(PARAMS, encoding="utf-8")
    with pytest.raises(ParamsError):  # one broken file stops the whole build before it starts
        build([good, bad], reports=tmp_path / "reports", progress=False)
    assert not (tmp_path / "reports").exists() or not any((tmp_path / "reports").iterdir())


def test_kernel_runs_this_interpreter():
    spec = SameInterpreterKernelManager(kernel_name="python3").kernel_spec
    assert spec.argv[0] == sys.executable
    assert spec.env["PYTHONHASHSEED"] == "0"
