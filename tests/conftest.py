"""Shared fixtures: the model and the seed article are parsed once per test session, and
``make_project`` lays out temporary projects (seeds, params, reports) for builds."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pytest
from hypothesis import settings

# The property tests draw the same examples on every run, so a commit's result never rests on chance (CI
# once failed on an example no earlier run had drawn); `make fuzz` draws new ones to find such bugs.
settings.register_profile("repeatable", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEED = ROOT / "seeds" / "ukraine-diplomacy" / "000_4d240d6c60ada09b.txt"
SEED_PUBLISHED = dt.date(2025, 8, 7)


def seed_params(*formats: str) -> str:
    """Params text of a one-article set: the seed, under the default set's name."""
    return f"""\
name: ukraine-diplomacy
title: "US–Russia–Ukraine peace diplomacy"
sources: ukraine-diplomacy/000_4d240d6c60ada09b.txt
published: 2025-08-07
focus: [Donald Trump, Vladimir Putin]
aliases: {{Zelenskyy: Volodymyr Zelensky}}
formats: [{", ".join(formats)}]
"""


def tables_of(nlp, text: str, published: dt.date, folder: Path, name: str = "story"):
    """The tables of ``text`` read from a file (as a source set's document is, written to ``folder``) published
    that day."""
    from toolkit.extraction.tables import extract
    from toolkit.reading.sources import read_document

    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return extract([read_document(path).with_published(published)], nlp=nlp)


def events_of(text: str, published: dt.date, name: str, *, nlp, folder: Path):
    """The events of ``text`` read as one document (written to ``folder``) published that day."""
    return tables_of(nlp, text, published, folder, name).events


def rows_with_verb(events, verb: str):
    """The rows of an events table whose verb is ``verb``."""
    return events[events["verb"] == verb]


def records_with_verb(events, verb: str) -> list[dict]:
    """The rows of an events table whose verb is ``verb``, as dicts."""
    return rows_with_verb(events, verb).to_dict("records")


def records_headed_by(events, verb: str) -> list[dict]:
    """The rows of an events table whose verb is ``verb``, alone or as the head of a phrasal verb ("vote against"),
    as dicts."""
    return [r for r in events.to_dict("records") if str(r["verb"]).split()[0] == verb]


def blank(value) -> bool:
    """Whether a table's cell holds nothing (None, "" or the NaN a missing value reads as)."""
    return value is None or value != value or value == ""


def labels_of(nlp, text: str) -> dict[str, str]:
    """The entity index's label of each name found in ``text`` (repaired entities, the set-wide vote)."""
    return entity_index(nlp, text).label_of


def entity_index(nlp, text: str):
    """The set-wide entity index of ``text`` read as one document (repaired entities, the vote)."""
    from toolkit.nlp.entities import EntityIndex, mentions, repair_entities

    return EntityIndex.from_mentions(list(mentions(repair_entities(nlp(text)))))


def entity_table(nlp, text: str):
    """The entity table of one text extracted as a set of its own."""
    from toolkit.extraction.tables import extract
    from toolkit.reading.sources import Document

    return extract([Document(id="t0", path="t0", text=text, sha256="t0")], nlp=nlp).entities


def label_rows(table) -> dict[str, str]:
    """Each entity name of an entity table with its label."""
    return dict(zip(table["name"], table["label"]))


def aliases_of(table, name: str) -> set[str]:
    """The aliases an entity table gives ``name`` (empty when no row has that name)."""
    row = table[table["name"] == name]
    return set(str(row["aliases"].iloc[0]).split("; ")) if len(row) else set()


def ents_of(nlp, text: str) -> list[tuple[str, str]]:
    """The text and label of each repaired entity span of ``text``, in order."""
    from toolkit.nlp.entities import repair_entities

    return [(e.text, e.label_) for e in repair_entities(nlp(text)).ents]


def set_params(name: str, *, title: str | None = None, published: str = "2025-08-18",
               formats: tuple[str, ...] = ("html",)) -> str:
    """Params text of the set ``name``, whose sources are the folder of that name."""
    return (f"name: {name}\ntitle: {title or f'Set {name}'}\nsources: {name}\npublished: {published}\n"
            f"formats: [{', '.join(formats)}]\n")


@dataclass
class Project:
    """A temporary project: ``seeds/``, ``params/`` and ``reports/`` under ``root``.

    ``env`` holds the variables that point the toolkit at it (``TOOLKIT_PARAMS``,
    ``TOOLKIT_REPORTS``, and ``TOOLKIT_SEEDS`` when the project has seeds of its own,
    ``TOOLKIT_CACHE`` when it has its own cache); builds in this process see them inside
    :meth:`environment`, and a ``toolkit build`` subprocess is given them.
    """

    root: Path
    env: dict[str, str] = field(default_factory=dict)

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def params(self) -> Path:
        return self.root / "params"

    @property
    def reports(self) -> Path:
        return self.root / "reports"

    def params_file(self, name: str) -> Path:
        """The params file ``params/<name>`` (``.yaml`` added when ``name`` has no suffix)."""
        return self.params / (name if Path(name).suffix else f"{name}.yaml")

    def write_params(self, name: str, text: str) -> Path:
        path = self.params_file(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def write_sources(self, folder: str, files: dict[str, str | bytes | Path]) -> Path:
        """Put ``files`` (name → text, bytes, or a file to copy) into ``seeds/<folder>/``."""
        target = self.seeds / folder
        target.mkdir(parents=True, exist_ok=True)
        for name, content in files.items():
            if isinstance(content, Path):
                shutil.copy(content, target / name)
            elif isinstance(content, bytes):
                (target / name).write_bytes(content)
            else:
                (target / name).write_text(content, encoding="utf-8")
        return target

    def pretend_built(self) -> None:
        """Make every set of the project look built and unchanged, without building it: the
        outputs its params ask for (placeholders), its fingerprint, and an index."""
        from toolkit.build.plan import plan_builds, record

        with self.environment():
            for plan in plan_builds(force=True):
                plan.folder.mkdir(parents=True, exist_ok=True)
                for name in ["briefing.json", "briefing.ipynb"] + [f"briefing.{f}" for f in plan.params.formats]:
                    (plan.folder / name).write_text("{}", encoding="utf-8")
                record(plan.folder, plan.inputs)
        (self.reports / "index.html").write_text("<!doctype html><title>index</title>", encoding="utf-8")

    @contextlib.contextmanager
    def environment(self) -> Iterator[Project]:
        """Within the block, the toolkit (and any kernel it starts) uses this project."""
        with pytest.MonkeyPatch.context() as mp:
            for key, value in self.env.items():
                mp.setenv(key, value)
            yield self


def _make_project(root: Path, *, sets: dict[str, dict[str, str | bytes | Path]] | None = None,
                  params: dict[str, str] | None = None, own_cache: bool = False) -> Project:
    """Lay out a project in ``root``.

    Args:
        root: an empty folder (``tmp_path`` or ``tmp_path_factory.mktemp(...)``).
        sets: source folders under ``seeds/``: folder → {file name: text, bytes or a file to
            copy}. Without them, the params name sources in the shipped ``seeds/``.
        params: params files: name (``.yaml`` added without a suffix) → text. Default:
            :func:`set_params` of each set.
        own_cache: an extraction cache of its own (``root/cache``), not the session's.
    """
    project = Project(Path(root))
    project.root.mkdir(parents=True, exist_ok=True)
    project.env.update(TOOLKIT_PARAMS=str(project.params), TOOLKIT_REPORTS=str(project.reports))
    for folder, files in (sets or {}).items():
        project.write_sources(folder, files)
    if sets:
        project.env["TOOLKIT_SEEDS"] = str(project.seeds)
    if own_cache:
        project.env["TOOLKIT_CACHE"] = str(project.root / "cache")
    for name, text in (params if params is not None else {n: set_params(n) for n in sets or {}}).items():
        project.write_params(name, text)
    return project


@pytest.fixture(scope="session")
def make_project():
    """The factory of temporary projects: ``make_project(root, sets=..., params=..., own_cache=...)``.

    Session-scoped, so that module-scoped fixtures (which build once) can use it too.
    """
    return _make_project


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory):
    """The extraction cache (toolkit.extraction.cache) of this test session: a temporary folder, not .cache/."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TOOLKIT_CACHE", str(tmp_path_factory.mktemp("toolkit-cache")))
        yield


@pytest.fixture(scope="session")
def nlp():
    from toolkit.nlp.model import load_model

    return load_model()


@pytest.fixture(scope="module")
def quotes_of(nlp):
    """The quotations of a passage, as (text, speaker) in order (speaker None when unattributed)."""
    from toolkit.extraction.tables import extract
    from toolkit.reading.sources import Document

    def run(text: str) -> list[tuple[str, str | None]]:
        rows = extract([Document(id="t", path="t", text=text, sha256="0")], nlp=nlp).quotes
        return [(q.text, q.speaker if isinstance(q.speaker, str) else None) for q in rows.itertuples()]
    return run


def speaker_of(quotes: list[tuple[str, str | None]], start: str) -> str | None:
    """The speaker of the one quotation (of ``quotes_of``'s rows) that starts with ``start``."""
    matches = [speaker for text, speaker in quotes if text.startswith(start)]
    assert len(matches) == 1, f"one quotation starting {start!r} expected, got {quotes}"
    return matches[0]


@pytest.fixture(scope="session")
def seed_document():
    from toolkit.reading.sources import read_document

    return read_document(SEED).with_published(SEED_PUBLISHED)


@pytest.fixture(scope="session")
def seed_doc(nlp, seed_document):
    """The seed article's body parsed by spaCy (offsets relative to the body)."""
    return nlp(seed_document.body)


@pytest.fixture(scope="session")
def seed_extraction(nlp, seed_document):
    from toolkit.extraction.tables import extract

    return extract([seed_document], nlp=nlp)


_EVENT_KINDS = {"action", "speech act", "stance", "background"}
_EVENT_MODALITIES = {None, "will", "would", "could", "can", "may", "might", "should", "must"}
_EVENT_FIELDS = {"subject", "verb", "object", "negated", "modality", "reported_by", "kind", "date",
                 "sentence_start", "sentence_end", "verb_start", "verb_end"}


def check_event_gold(folder: Path, *, files: int, events: int, outlet: str | None = "Wikinews",
                     centuries: tuple[str, ...] = ("20", "19"), dated: bool | None = False) -> None:
    """Assert an event dev gold is well formed: ``files`` files, each naming its text (kept byte for byte the
    corpus's, listed in the manifest with its date) and ``events`` events in all, each with every field, its spans
    inside the text, its verb a word outside every quotation of its sentence. ``outlet`` is every file's outlet;
    None (excerpts of many outlets with no date, as UD English PUD's) wants ``published`` null and the manifest
    row's date empty, unless ``dated`` (posts of many blogs, each with its date, as UD English EWT's): then
    ``published`` is the manifest row's date, as for an outlet; ``dated=None`` (whole articles of many outlets, as
    ECB+'s, some printing no date) wants each file's ``published`` to be its row's date, or null where the row has
    none. ``centuries`` are the first two digits an event's date may have."""
    import json

    root = Path(__file__).parent.parent
    paths = sorted(folder.glob("*.json"))
    assert len(paths) == files
    manifest = (folder / "texts" / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    assert len(manifest) == 1 + len(paths)
    assert (folder / "texts" / "NOTICE").exists()
    total = 0
    for path in paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert set(gold) == {"source", "published", "outlet", "about", "events"}
        assert gold["outlet"] == outlet and gold["about"]
        source = root / gold["source"]
        if outlet is None and dated is None:
            [row] = [row.split("\t") for row in manifest if row.split("\t")[0] == source.name]
            assert gold["published"] == (row[2] or None)
        elif outlet is None and not dated:
            assert gold["published"] is None
            assert any(row.split("\t")[0] == source.name and row.split("\t")[2] == "" for row in manifest)
        else:
            assert any(row.startswith(source.name + "\t") and f"\t{gold['published']}\t" in row for row in manifest)
        text = source.read_text(encoding="utf-8")
        for e in gold["events"]:
            total += 1
            assert set(e) == _EVENT_FIELDS
            assert 0 <= e["sentence_start"] <= e["verb_start"] < e["verb_end"] <= e["sentence_end"] <= len(text)
            assert text[e["verb_start"]:e["verb_end"]].replace("-", "").isalpha()  # ("counter-protesting", "re-elected")
            assert e["verb"] == e["verb"].lower() and e["verb"].strip()
            assert isinstance(e["negated"], bool)
            assert e["modality"] in _EVENT_MODALITIES and e["kind"] in _EVENT_KINDS
            assert e["date"] is None or e["date"][:2] in centuries
            before = text[e["sentence_start"]:e["verb_start"]]  # (nothing inside quotation marks)
            scare = text[e["verb_start"] - 1:e["verb_start"]] in ('"', "“") and text[e["verb_end"]:e["verb_end"] + 1] in ('"', "”")
            # (but a verb set in scare quotes alone, 'has been "certified" by GCHQ', is the writer's)
            assert scare or (before.count('"') % 2 == 0 and before.count("“") == before.count("”"))
    assert total == events



def gold_texts(folder: Path) -> set[str]:
    """The file names of a gold folder's texts."""
    return {p.name for p in (folder / "texts").glob("*.txt")}


def check_event_gold_from_script(folder: Path, script: Path, *, files: int) -> None:
    """Assert an event gold is what its round's script writes: the script's annotations (``DOCS``, read with its
    writer not run, since that runs only as ``__main__``) rowed against each text by ``bench/audit/gold_writer.py``
    give the committed events, file by file."""
    import importlib.util
    import json
    import sys

    audit = str(ROOT / "bench" / "audit")
    if audit not in sys.path:
        sys.path.insert(0, audit)
    import gold_writer

    spec = importlib.util.spec_from_file_location(f"{script.parent.name}_{script.stem}", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert len(module.DOCS) == files
    for file, (_, rows) in module.DOCS.items():
        text = (folder / "texts" / file).read_text(encoding="utf-8")
        committed = json.loads((folder / file.replace(".txt", ".json")).read_text(encoding="utf-8"))
        assert gold_writer.event_rows(text, rows) == committed["events"]


def check_texts_apart(folders: list[str], patterns: tuple[str, ...] = ("wikinews-events-dev*",)) -> None:
    """Assert event golds (a blind pool's folders under tests/data/gold) share no text with each other and none with
    any other event gold: a pool measures text no rule was made on. ``patterns`` name the other event golds'
    folders (the Wikinews event golds unless told)."""
    gold_root = DATA / "gold"
    ours = [gold_texts(gold_root / folder) for folder in folders]
    assert all(ours) and len(set().union(*ours)) == sum(len(texts) for texts in ours)  # pairwise apart
    # (a second annotation of the same texts, round iaa51's "-second" folders, reads them again on purpose)
    mine = set(folders) | {f"{folder}-second" for folder in folders}
    others = {p.name for pattern in patterns for p in gold_root.glob(f"{pattern}/texts/*.txt")
              if p.parent.parent.name not in mine}
    assert not set().union(*ours) & others
