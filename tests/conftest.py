"""Shared fixtures: the model and the seed article are parsed once per test session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

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
