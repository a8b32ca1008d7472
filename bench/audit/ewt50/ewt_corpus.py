"""Write the news and commentary documents of UD English EWT's weblogs and newsgroups (as kept in
``tests/data/gold/uner-ewt-news-dev``) as a small corpus of plain texts, in the layout of ``/work/shared/corpora/*``
(texts, ``MANIFEST.tsv``, ``NOTICE``), so that :func:`gold_writer.write_event_gold` can copy them into an event gold.

The documents are blog posts and newsgroup posts of 2003-2006, most of them reposting or discussing news of other
outlets (AP, AFP, BBC, Reuters, The Detroit News, New Scientist, ZDNet, Space.com, Newsday, a Yale press release);
the chit-chat posts of the same folder (pets, games, jokes, an advertisement) are left out. Each sentence becomes a
paragraph of its own; the publication date comes from the document's id (``…_ENG_20050831_110400`` → 2005-08-31).
EWT's text lines keep some of the treebank's tokenisation ("did n't", "the company 's", "proof ."): the clitics are
joined to their word again and the space before closing punctuation is dropped, nothing else is changed. CC BY-SA
4.0 (Universal NER on UD English EWT); the NOTICE says so and keeps the source's credit.

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/ewt50/ewt_corpus.py OUT_DIR
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parents[3] / "tests" / "data" / "gold" / "uner-ewt-news-dev"
SOURCE = ("github:UniversalNER/UNER_English-EWT@8ed072de2fd24022cc62458997fe96a8fe191ea4:"
          "en_ewt-ud-dev.iob2, en_ewt-ud-test.iob2")

# The documents that report or discuss news, in the file's order (a part of each document id is enough).
NEWS = ("eHolistic_e470976a8f836699", "hiddennook_23708a8afef2f3a8", "hiddennook_edef226e24a57863",
        "marketplace_e019a6deff0a1c7f", "aggressivevoicedaily_20060814163400", "gettingpolitical_20030906235000",
        "marketview_20050210075500", "tacitusproject_20040712123425", "juancole_20040114085100",
        "juancole_20040404101100", "juancole_20041120060600", "CognitiveScienceNews_05a0175fc6ece48b",
        "GayNews_0f9e221229ed0ee5", "IndiaNewsWindow_8945cbef01f41435", "civilization_1201f7692b7769fb",
        "hiddennook_1fd8f731ae7ffaa0", "hiddennook_e21e429b3ad58235", "aggressivevoicedaily_20060629164800",
        "floppingaces_20041126180010", "grandpasgripes_20060413051000", "marketview_20050511222700",
        "tacitusproject_20040715092419", "juancole_20030914114200", "juancole_20041018060600")

_CLITIC = re.compile(r" (n't|'s|'re|'ve|'ll|'m|'d)\b", re.IGNORECASE)
_BEFORE_CLOSING = re.compile(r" ([.,;:!?)\]]+)(?= |$)")


def untokenised(line: str) -> str:
    """``line`` with the treebank's split clitics joined again and no space before closing punctuation."""
    return _BEFORE_CLOSING.sub(r"\1", _CLITIC.sub(r"\1", line))


def documents(path: Path = GOLD / "en_ewt-ud-news-dev.iob2") -> list[tuple[str, list[str]]]:
    """The file's documents in order: ``(id, sentences)``."""
    docs: list[tuple[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc id = "):
            docs.append((line.split("= ", 1)[1].strip(), []))
        elif line.startswith("# text = "):
            docs[-1][1].append(untokenised(line.split("= ", 1)[1].strip()))
    return docs


_MARKS = re.compile(r'["“”]')


def paragraphs(sentences: list[str]) -> list[str]:
    """The sentences set a paragraph each, except inside a quotation: a sentence said while a quotation is open joins
    the paragraph before, and one that opens with a quotation mark while it is open starts the next paragraph of the
    quotation (the printer's convention: each paragraph of a long quotation opens with a mark, only the last closes
    it). A text broken at every sentence would otherwise hold paragraphs a quotation runs into without a mark."""
    found: list[str] = []
    open_quote = False
    for sentence in sentences:
        marks = len(_MARKS.findall(sentence))
        if open_quote and not sentence.startswith(('"', "“")):
            found[-1] += " " + sentence
        else:
            found.append(sentence)
            if open_quote:
                marks -= 1  # (the continuing paragraph's opening mark)
        open_quote ^= marks % 2 == 1
    return found


def news_documents() -> list[tuple[str, list[str]]]:
    """The documents named in :data:`NEWS`, in the file's order."""
    return [(doc_id, sents) for doc_id, sents in documents() if any(part in doc_id for part in NEWS)]


def file_name(doc_id: str) -> str:
    """``ewt_<blog or group>_<YYYYMMDD>.txt``, from the document id."""
    name = doc_id.split("-", 1)[1].split("_ENG_")[0]
    for host in ("groups.google.com_", "blogspot.com_", "juancole.com_", "typepad.com_"):
        name = name.replace(host, "")
    return f"ewt_{name.split('_')[0].replace('.', '-')}_{published(doc_id).replace('-', '')}.txt"


def published(doc_id: str) -> str:
    """The post's date, ISO, from the ``_ENG_YYYYMMDD_`` part of its id."""
    day = re.search(r"_ENG_(\d{4})(\d{2})(\d{2})_", doc_id)
    return f"{day[1]}-{day[2]}-{day[3]}"


def half(which: str) -> list[str]:
    """The file names of one half of :func:`news_documents`: ``"dev"`` the 2nd, 4th, … document (the longer half,
    3,280 words, to read errors in), ``"test"`` the 1st, 3rd, … (2,048 words, held out: read only by its totals)."""
    names = [file_name(doc_id) for doc_id, _ in news_documents()]
    return names[1::2] if which == "dev" else names[0::2]


def write_corpus(out: Path) -> int:
    """Write every news document as ``ewt_<blog>_<date>.txt`` with its manifest row and the NOTICE; return how many."""
    out.mkdir(parents=True, exist_ok=True)
    rows = ["file\ttitle\tdate\turl\tsource\twords"]
    docs = news_documents()
    for doc_id, sents in docs:
        name = file_name(doc_id)
        text = "\n\n".join(paragraphs(sents)) + "\n"
        (out / name).write_text(text, encoding="utf-8")
        rows.append(f"{name}\tEWT {doc_id.split('-', 1)[0]} post\t{published(doc_id)}\t\t{SOURCE} newdoc {doc_id}"
                    f"\t{len(text.split())}")
    (out / "MANIFEST.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    notice = ("Weblog and newsgroup posts of UD English EWT with Universal NER's annotation (Mayhew et al., NAACL\n"
              f"2024), from {SOURCE}\n(UD English EWT: github:UniversalDependencies/UD_English-EWT, built over the "
              "English Web Treebank,\nLDC2012T13). Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/);"
              "\nthese texts are the file's sentences, one paragraph each, with the treebank's split clitics joined "
              "again\nand no space before closing punctuation, and are shared under the same licence.\n")
    (out / "NOTICE").write_text(notice, encoding="utf-8")
    return len(docs)


if __name__ == "__main__":
    print(write_corpus(Path(sys.argv[1])))
