"""The command line: options in front of one API call per command.

    toolkit build [PARAMS ...] [--force] [-j N] [--scheduler ADDRESS]
                                               build briefings (all params/*.yaml when none named);
                                               unchanged sets are skipped unless --force
    toolkit verify REPORT_DIR ... [--use-cache] [--keep]
                                               rebuild published briefings from their records in a
                                               temporary folder; exit 0 when every one is identical
    toolkit extract PATH ... [--published D] [--json] [--scheduler ADDRESS]
    toolkit add URL|FILE ... --to SET [--timeout S]
                                               fetch article pages (or a feed's pages) or copy files
                                               into seeds/SET/, each with its manifest row
    toolkit evaluate GOLD.json ... [--gum DIR ...] [--uner DIR ...] [--errors N]
    toolkit doctor                             check the model, the PDF route and its fonts
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import warnings
from pathlib import Path

from toolkit.core.errors import BuildError, ToolkitError
from toolkit.core.text import printable, printable_json


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD, got {value!r}") from None


def _scheduler_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--scheduler", metavar="ADDRESS", default=os.environ.get("TOOLKIT_SCHEDULER") or None,
                        help="extract on a Dask cluster: tcp://HOST:PORT, or local:N for N worker processes "
                             "on this machine (default: $TOOLKIT_SCHEDULER; none: this machine only)")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="toolkit", description="Turn sets of news articles into briefings.")
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="build briefings from params files")
    build.add_argument("params", nargs="*", type=Path, help="params files (default: every params/*.yaml)")
    build.add_argument("--quiet", action="store_true", help="no per-cell progress")
    build.add_argument("--force", action="store_true", help="rebuild sets whose inputs have not changed")
    build.add_argument("-j", "--jobs", type=int, metavar="N",
                       help="build up to N sets side by side (default: the number of cores)")
    _scheduler_option(build)

    verify = commands.add_parser("verify", help="rebuild a published briefing from its record and compare the bytes")
    verify.add_argument("reports", nargs="+", type=Path, metavar="REPORT_DIR",
                        help="published briefings, e.g. reports/ukraine-diplomacy")
    verify.add_argument("--use-cache", action="store_true",
                        help="parse with the shared extraction cache (faster) instead of an empty one of its own")
    verify.add_argument("--keep", action="store_true", help="keep the rebuild and say where it is")

    extract = commands.add_parser("extract", help="extract entities, quotes, timeline and events")
    extract.add_argument("paths", nargs="+", type=Path, help="article files or folders")
    extract.add_argument("--published", type=_date, help="reference date for documents without one")
    extract.add_argument("--json", action="store_true", help="print one JSON object")
    _scheduler_option(extract)

    add = commands.add_parser("add", help="fetch article pages or feeds, or copy files, into a source set")
    add.add_argument("items", nargs="+", metavar="URL_OR_FILE",
                     help="article pages or feeds (http, https), or local article, page, feed or export files")
    add.add_argument("--to", required=True, metavar="SET", help="the set's folder under seeds/ (made when missing)")
    add.add_argument("--timeout", type=float, default=30.0, metavar="S",
                     help="seconds allowed for the whole answer to one URL (default: 30)")

    evaluate = commands.add_parser("evaluate", help="score the extraction against gold files")
    evaluate.add_argument("gold", nargs="*", type=Path, help="gold JSON files, or folders of them (scored as one set)")
    evaluate.add_argument("--gum", type=Path, action="append", default=[], metavar="DIR",
                          help="folder of GUM CoNLL-U files, scored on its own (repeatable)")
    evaluate.add_argument("--uner", type=Path, action="append", default=[], metavar="DIR",
                          help="folder of Universal NER IOB2 files, scored on its own (repeatable)")
    evaluate.add_argument("--errors", type=int, default=0, metavar="N",
                          help="list the first N errors of each kind under each gold (default: none)")

    commands.add_parser("doctor", help="check the model, the PDF route and that PDFs embed only the bundled fonts")
    return parser


def _run_build(args) -> int:
    from toolkit.build.run import build

    try:
        results = build(args.params or None, progress=not args.quiet, force=args.force, jobs=args.jobs,
                        scheduler=args.scheduler)
    except BuildError as exc:
        print(f"toolkit build: failed: {printable(exc)}", file=sys.stderr)
        return 1
    return 0 if results else 1


def _run_verify(args) -> int:
    from toolkit.build.verify import verify

    worst = 0
    for folder in args.reports:
        try:
            result = verify(folder, use_cache=args.use_cache, keep=args.keep)
        except ToolkitError as exc:
            print(f"toolkit verify: error: {printable(exc)}", file=sys.stderr)
            worst = 2
            continue
        print(result.describe(), flush=True)
        worst = max(worst, 0 if result.identical else 1)
    return worst


def _run_extract(args) -> int:
    from toolkit.extraction.cluster import extract
    from toolkit.reading.sources import read_paths

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        documents = read_paths(args.paths, published=args.published)
    # Article text and metadata reach the terminal as printable text only: an ANSI or OSC
    # sequence in a title would otherwise recolour, retitle or rewrite the user's terminal.
    for warning in caught:
        print(f"warning: {printable(warning.message)}", file=sys.stderr)
    result = extract(documents, scheduler=args.scheduler, progress=True)
    if args.json:
        print(printable_json(json.dumps(result.to_dict(), ensure_ascii=False, indent=2, default=str)))
    else:
        print(printable(result.to_text()))
    return 0


def _run_add(args) -> int:
    from toolkit.reading.collect import add

    report = add(args.items, to=args.to, timeout=args.timeout)
    # Titles and URLs come from the web: printable text only (see _run_extract).
    for added in report.added:
        print(printable(f"added    {added.file}  {added.title or ''}  ({added.item})"))
    for item, held in report.present:
        print(printable(f"present  {item}: already in the set as {held}"))
    for item, reason in report.failed:
        print(printable(f"failed   {item}: {reason}"), file=sys.stderr)
    print(printable(f"{report.folder}: {len(report.added)} added, {len(report.present)} already there, "
                    f"{len(report.failed)} failed"))
    return 1 if report.failed else 0


def _run_evaluate(args) -> int:
    from toolkit.evaluation.report import format_report
    from toolkit.evaluation.scoring import evaluate_gold, evaluate_gold_set
    from toolkit.evaluation.gum import evaluate_gum
    from toolkit.evaluation.uner import evaluate_uner

    results = [evaluate_gold_set(path) if path.is_dir() else evaluate_gold(path) for path in args.gold]
    results += [evaluate_gum(folder) for folder in args.gum]
    results += [evaluate_uner(folder) for folder in args.uner]
    print(format_report(results, errors=args.errors))
    return 0


def _run_doctor(args) -> int:
    from toolkit.nlp.model import load_model, model_info
    from toolkit.present.render import check_pdf_fonts, check_pdf_support

    info = model_info(load_model())
    print(f"spaCy {info['spacy']}, model {info['model']} {info['model_version']}")
    print(check_pdf_support())
    print(check_pdf_fonts())
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    runner = {"build": _run_build, "verify": _run_verify, "extract": _run_extract, "add": _run_add,
              "evaluate": _run_evaluate, "doctor": _run_doctor}
    try:
        return runner[args.command](args)
    except ToolkitError as exc:
        print(f"toolkit {args.command}: error: {printable(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt as exc:
        # The shell convention: 128 + the signal's number (130 for Ctrl-C, 143 for SIGTERM).
        signum = getattr(exc, "signum", 2)
        print(f"toolkit {args.command}: {exc or 'interrupted'}", file=sys.stderr)
        return 128 + signum
