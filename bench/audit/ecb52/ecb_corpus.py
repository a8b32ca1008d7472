"""Write news articles of the ECB+ corpus as a small corpus of plain texts for an event gold (round ecb52).

ECB+ (Cybulska and Vossen, LREC 2014; the NewsReader project, CC BY 3.0) holds 502 news articles found through Google
News for 43 topics (arrests, earthquakes, shootings, takeovers, elections, sport, prizes, …), each from an outlet of
its own: US, UK, Indian and Australian papers, wires, broadcasters and trade sites of 2008-2013. No event gold here
has read them, and none of the toolkit's rules was made on them: they stand for "real news of other publishers".

The corpus ships tokenised (one ``<token>`` element a word, numbered by sentence), so each article is joined back into
prose here: a sentence a paragraph (wire copy sets one sentence a paragraph), the spaces before punctuation, after
opening brackets and quotation marks and around hyphens and clitics taken out. The first "sentence" of an article is
its address: it goes to the manifest (``url``, and the outlet's host as ``source``), not into the text; the headline
and the dateline stay in the text as the outlet printed them. ``date`` is the first full date (``June 13, 2013``,
``13 June 2013``, ``2013-06-13``) of the article's first four lines when there is one, else empty (published null).

One article of ``TOKENS`` tokens is drawn for each of ``DRAWN`` topics with a fixed seed and the drawn list is cut
into ``HALVES`` (``dev``, ``dev2``, ``test``, ``test2``: the 1st, 5th, … drawn; the 2nd, 6th, …; …).

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/ecb52/ecb_corpus.py ECB_PLUS_DIR OUT_DIR

``ECB_PLUS_DIR`` is the corpus's ``ECB+`` folder (topic folders ``1`` … ``45`` of ``*ecbplus.xml`` files), as in
``github:cltl/ECB-parser`` at eba7c4d1caa758816bcee3139bdd4e6688dee00d.
"""

from __future__ import annotations

import random
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

SOURCE = "github:cltl/ECB-parser@eba7c4d1caa758816bcee3139bdd4e6688dee00d:ECB+"
HALVES = ("dev", "dev2", "test", "test2")
DRAWN = 40
SEED = 52
TOKENS = (100, 800)  # an article of 100 to 800 tokens (about 80 to 650 words): a half stays a few thousand words

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "”", "’", "'s", "n't", "'re", "'ve", "'ll",
                    "'d", "'m", "...", "…"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "“", "‘", "#"}
_CLITIC = re.compile(r"^(s|t|re|ve|ll|d|m)$", re.IGNORECASE)
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?")
_MONTH_NUMBER = {m[:3].lower(): n for n, m in enumerate(
    "January February March April May June July August September October November December".split(), 1)}
_DATES = (re.compile(rf"\b({_MONTHS})\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)\b"),
          re.compile(rf"\b(\d{{1,2}})\s+({_MONTHS}),?\s+((?:19|20)\d\d)\b"),
          re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"))


def sentences(path: Path) -> list[list[str]]:
    """An article's tokens, sentence by sentence, in the file's order."""
    out: dict[int, list[str]] = {}
    for token in ET.parse(path).getroot().iter("token"):
        out.setdefault(int(token.get("sentence")), []).append(token.text or "")
    return [out[k] for k in sorted(out)]


def join(tokens: list[str], open_quote: bool = False) -> tuple[str, bool]:
    """Tokens joined back into a line of prose (the spaces a tokeniser put in taken out again), and whether a
    quotation is still open at its end (``open_quote`` tells whether one was open at its start)."""
    text, glue = "", False
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        prev = tokens[i - 1] if i else ""
        space = not glue and tok not in _NO_SPACE_BEFORE and tok.lower() not in _NO_SPACE_BEFORE
        glue = tok in _NO_SPACE_AFTER
        if tok == '"':
            space = space and not open_quote
            open_quote = not open_quote
            glue = open_quote  # an opening mark takes the next word without a space
        elif tok.startswith('"') or tok.endswith('"'):
            open_quote = tok.startswith('"') and not tok.endswith('"')  # a mark the tokeniser left on its word
        elif tok == "-" and nxt == "-":
            tok, space = "-", True  # "- -": the first half of a dash
            glue = True
        elif tok == "-" and text.endswith(" -"):
            tok, space = "- ", False  # its second half
            glue = True
        elif tok in ("-", "–") and text[-1:].isalnum() and nxt[:1].isalnum():
            space, glue = False, True  # a hyphenated compound, split by the tokeniser
        elif tok in ("’", "'") and _CLITIC.match(nxt):
            space, glue = False, True  # Lohan ’ s → Lohan’s
        elif tok == "'":
            if nxt[:1].isalnum():
                glue = True  # a single mark that opens
            else:
                space = False  # one that closes
        elif tok == "." and len(prev) == 1 and prev.isalpha() and len(nxt) == 1 and nxt.isalpha():
            glue = True  # p . m . → p.m.; U . N . → U.N.
        elif tok == "." and prev.isdigit() and nxt.isdigit():
            glue = True  # 6 . 6 → 6.6
        elif tok in (":", ",") and text[-1:].isdigit() and (nxt.isdigit() and (tok == ":" or len(nxt) == 3)):
            glue = True  # 4 : 59 → 4:59; 300 , 000 → 300,000
        text += (" " if space and text else "") + tok
    return text.replace("- -", "--").replace("  ", " "), open_quote


def lines_of(sents: list[list[str]]) -> list[str]:
    """An article's paragraphs: a sentence each, but a sentence that starts inside a quotation opened at the head of
    the paragraph before goes on that paragraph (the printer's convention for a long quotation). A mark left open
    elsewhere (a quotation never closed) ends with its sentence."""
    lines: list[str] = []
    open_quote = False
    for tokens in sents:
        inside = open_quote and bool(lines) and lines[-1][:1] in ('"', "“")
        line, open_quote = join(tokens, inside)
        if inside:
            lines[-1] += " " + line
        else:
            lines.append(line)
    return lines


def published(lines: list[str]) -> str:
    """The first full date of the article's first four lines, as ``YYYY-MM-DD``, or ``""``."""
    for line in lines[:4]:
        for pattern in _DATES:
            m = pattern.search(line)
            if not m:
                continue
            a, b, year = m.groups()
            if pattern is _DATES[2]:
                return f"{a}-{b}-{year}"
            month, day = (a, b) if pattern is _DATES[0] else (b, a)
            return f"{year}-{_MONTH_NUMBER[month[:3].lower()]:02d}-{int(day):02d}"
    return ""


def article(path: Path) -> tuple[str, str, list[str]]:
    """An article's address, its outlet's host and its lines (the headline first)."""
    sents = sentences(path)
    first = "".join(sents[0])
    if first.lower().startswith("http"):
        lines = lines_of(sents[1:])
        host = re.sub(r"^https?://(www\.)?", "", first).split("/")[0]
        return first, host, lines
    return "", "", lines_of(sents)


def drawn(corpus: Path) -> list[Path]:
    """One ``*ecbplus.xml`` article for each of ``DRAWN`` topics, drawn with the fixed seed, in the order drawn."""
    rng = random.Random(SEED)
    topics = sorted((d for d in corpus.iterdir() if d.is_dir() and d.name.isdigit()), key=lambda d: int(d.name))
    picks = [rng.choice([p for p in sorted(t.glob("*ecbplus.xml"))
                         if TOKENS[0] <= sum(map(len, sentences(p))) <= TOKENS[1]]) for t in topics]
    return rng.sample(picks, DRAWN)


def half(corpus: Path, which: str) -> list[Path]:
    """The articles of one half: ``dev`` the 1st, 5th, … drawn; ``dev2`` the 2nd, 6th, …; then ``test``, ``test2``."""
    return drawn(corpus)[HALVES.index(which)::len(HALVES)]


def write_corpus(corpus: Path, out: Path) -> int:
    """Write every drawn article as ``ecb_<topic>_<n>.txt`` with its manifest row and the NOTICE; return how many."""
    out.mkdir(parents=True, exist_ok=True)
    rows = ["file\ttitle\tdate\turl\tsource\twords\thalf"]
    for which in HALVES:
        for path in half(corpus, which):
            url, host, lines = article(path)
            name = "ecb_" + path.stem.replace("ecbplus", "") + ".txt"
            text = "\n\n".join(lines) + "\n"
            (out / name).write_text(text, encoding="utf-8")
            title = lines[0].replace("\t", " ")
            rows.append(f"{name}\t{title}\t{published(lines)}\t{url}\t{host} ({SOURCE}/{path.parent.name}/"
                        f"{path.name})\t{len(text.split())}\t{which}")
    (out / "MANIFEST.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (out / "NOTICE").write_text(
        "News articles of the ECB+ corpus (Agata Cybulska and Piek Vossen, 'Using a sledgehammer to crack a nut?\n"
        "Lexical diversity and event coreference resolution', LREC 2014; the NewsReader project, EU FP7 ICT-316404),\n"
        f"from {SOURCE}\n"
        "(the corpus as published at github:cltl/ecbPlus). Licence: Creative Commons Attribution 3.0 Unported\n"
        "(https://creativecommons.org/licenses/by/3.0/). The texts are the corpus's tokens joined back into prose,\n"
        "a sentence a paragraph, the article's address moved to MANIFEST.tsv; the manifest's source column names\n"
        "each article's outlet and file.\n", encoding="utf-8")
    return len(rows) - 1


if __name__ == "__main__":
    print(write_corpus(Path(sys.argv[1]), Path(sys.argv[2])))
