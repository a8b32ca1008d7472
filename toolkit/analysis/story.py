"""The story of a set: its bottom line, its developments day by day and what comes next.

Built from the extraction's dated sentences (the timeline and the dated events), never from
the sentences' position in a document: a candidate is a sentence that carries a date of the
set's window, is prose (no heading, signature block, dateline or legal clause) and names at
least one of the set's actors. Candidates are ranked by how central they are to the set
(its most-named actors, the params' ``focus`` counted double), how many documents carry the
same date for the same actors, and how recent they are.

Every row carries the provenance of its fact: ``doc``, ``start``, ``end`` (the date's
span in the document's text) and ``sentence``.

Example:
    >>> actors = central_actors(ex, focus=params.focus)              # doctest: +SKIP
    >>> bottom_line(ex, actors)[["date", "text", "sources"]]
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from functools import lru_cache
from typing import Iterable

import pandas as pd

# The kinds of names that act in a story (people, organisations, countries and cities).
ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")
STORY_COLUMNS = ["date", "actor", "text", "sources", "score", "doc", "start", "end", "sentence"]
NEXT_COLUMNS = ["date", "granularity", "expression", "set_by", "text", "doc", "start", "end", "sentence"]
MIN_BULLETS = 3  # the bottom line's bullets, at least, when the set has that many dated developments
LEDE = 1.5  # the weight of a document's lede, the sentence news writing puts its main development in
UNDATED_EVENT = 0.5  # the weight of a sentence whose date no event of it carries (issue 17's clause dates)
# Words that may stand before a time expression that opens a sentence and dates its main
# clause ("Earlier Wednesday, …", "On Friday, …", "This morning, …").
LEAD_WORDS = frozenset({"", "on", "earlier", "later", "early", "late", "also", "and", "but", "then", "by"})
WINDOW_BEFORE = dt.timedelta(days=14)  # dated developments reach this far before the first publication
WINDOW_AFTER = dt.timedelta(days=120)  # and "what's next" this far after the last

_LEGAL = re.compile(r"^\s*(?:\(\w{1,4}\)|Sec\.|Section \d|§)|\b(?:hereby|herein|thereof|pursuant to|shall)\b")
_SPEAKER_LED = re.compile(r"^[^“”\"]{2,80}:\s*[“\"]")  # "Rep. Jane Doe: “…" — a quotation, not a development
_QUOTE_SPAN = re.compile(r"[“\"][^”\"]*[”\"]?")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
# A dateline glued to the first sentence: "Monday, August 19, 2019 Yesterday, …", "August 6, 2025 — …",
# "WASHINGTON, Aug 6 (Reuters) - …".
_DATELINE = re.compile(rf"^(?:(?:{_WEEKDAY},?\s+)?{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|{_WEEKDAY},?\s+\d{{1,2}}\s+{_MONTH}"
                       rf"\s+\d{{4}}|[A-Z][A-Z .]+,\s+{_MONTH}\s+\d{{1,2}}(?:\s*\([^)]*\))?)\s*[-—–:]?\s+(?=\S)")
_CAPS_RUN = re.compile(r"\b[A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+){2,}\b")  # "A FIRST-OF-ITS-KIND HISTORIC PARTNERSHIP"
# Reporting is in the third person: "I", "we" or "you" outside a quotation is a speech or a
# transcript speaking, not a report of what happened.
_FIRST_PERSON = re.compile(r"\b(?:I|I’m|I'm|I’ve|I've|we|We|we’re|We’re|we're|We're|our|Our|my|My|you|You)\b")
_CLAUSE_BREAK = re.compile(r";\s+|\s+—\s+|\s+–\s+")
_DASH_BREAK = re.compile(r"\s+[—–]\s+")
_AND_BREAK = re.compile(r",\s+(?:and|but|while|as|following|amid)\s+")  # a second clause or a trailing phrase


def _words(text: str) -> list[str]:
    return re.findall(r"[\w’'-]+", text)


@lru_cache(maxsize=1 << 16)
def is_prose(sentence: str) -> bool:
    """Whether a sentence reads as a statement of news rather than page furniture.

    Headings, signature blocks ("DONALD J. TRUMP THE WHITE HOUSE, August 6, 2025."),
    datelines, legal clauses ("(b) The duty … shall not apply"), speaker-led quotation lines
    and fragments are not.

    Memoised: the ledes and the dated sentences ask about the same sentences, many times
    each in a large set.

    Example:
        >>> is_prose("DONALD J. TRUMP THE WHITE HOUSE, August 6, 2025.")
        False
    """
    text = " ".join(str(sentence).split())
    words = _words(text)
    if len(words) < 8 or len(words) > 90:
        return False
    letters = "".join(filter(str.isalpha, text))  # (map and filter with str's methods: no Python loop per character)
    if not letters or sum(map(str.isupper, letters)) / len(letters) > 0.3:
        return False
    if not text[0].isupper() and not text[0] in "“\"'":
        return False
    if text[-1] not in ".!?”\"’" or text.startswith("("):
        return False
    # A table or a list flattened into one "sentence": symbols (█, •, |) or a run of " - " items.
    if _has_symbol(text) or text.count(" - ") >= 3:
        return False
    if _LEGAL.search(text) or _SPEAKER_LED.match(text) or _title_cased(words[:12]):
        return False
    quoted = sum(len(m.group(0)) for m in _QUOTE_SPAN.finditer(text))
    if quoted > 0.5 * len(text) or _CAPS_RUN.search(text) or re.match(r"^Q\b|.*\bQ [A-Z]", text):
        return False
    return not _FIRST_PERSON.search(_QUOTE_SPAN.sub(" ", text))


def _has_symbol(text: str) -> bool:
    """A symbol (█, ©, emoji: category "So") or a list's bullet or bar (|, •, ▪) in the text.

    ASCII has no character of category "So": only the other characters are looked up.
    """
    if "|" in text:
        return True
    if text.isascii():
        return False
    return any(c in "•▪" or unicodedata.category(c) == "So" for c in text if not c.isascii())


def _title_cased(words: list[str]) -> bool:
    """A heading glued to the sentence after it: its first words all capitalised."""
    small = {"of", "the", "and", "on", "in", "to", "a", "an", "for", "at", "by", "with"}
    # Numbers say nothing about case: "Today at 10:30 BST (0930 UTC), the Supreme Court …" is prose.
    content = [w for w in words if w not in small and not w[:1].isdigit()]
    return len(content) >= 8 and all(w[:1].isupper() for w in content)


def dateline_length(sentence: str) -> int:
    """How many characters of a sentence are a dateline glued to it (0 when none).

    Example:
        >>> s = "Monday, August 19, 2019 Yesterday, 1.7 million people marched."
        >>> s[dateline_length(s):]
        'Yesterday, 1.7 million people marched.'
    """
    match = _DATELINE.match(str(sentence))
    return match.end() if match else 0


def shorten(sentence: str, start: int | None = None, *, max_words: int = 38) -> str:
    """The clause of a long sentence that holds character ``start`` (offset into the sentence).

    A sentence of up to ``max_words`` words is kept whole; a longer one is cut at its
    semicolons and dashes, keeping the part around ``start`` when it reads on its own.

    Example:
        >>> shorten("A did this; B, who had long argued for it, did that too on Friday.", 40, max_words=5)
        'B, who had long argued for it, did that too on Friday.'
    """
    text = " ".join(str(sentence).split())
    cut = dateline_length(text)
    if cut:
        text = text[cut:]
        start = None if start is None else max(start - cut, 0)
    if len(_words(text)) <= max_words:
        return text
    joined = _without_asides(text, start)
    if joined is not None:
        return joined
    pieces, position = [], 0
    breaks = list(_CLAUSE_BREAK.finditer(text)) or list(_AND_BREAK.finditer(text))
    for match in breaks:
        pieces.append((position, text[position:match.start()]))
        position = match.end()
    pieces.append((position, text[position:]))
    if start is None or len(pieces) == 1:
        return text
    for offset, piece in pieces:
        if offset <= start <= offset + len(piece) and len(_words(piece)) >= 8:
            piece = piece.strip()
            piece = piece[0].upper() + piece[1:]
            return piece if piece[-1] in ".!?”" else piece.rstrip(",:") + "."
    return text


def _without_asides(text: str, start: int | None) -> str | None:
    """The sentence without the asides its dashes set off, when its main clause goes on after them.

    "… that six Mexican cartels and two transnational gangs — Tren de Aragua, or TDA, and MS-13 —
    so eight organizations in total — are now formally designated …": the words before the first
    dash are no clause of their own, and the words after the last one, opening in lower case, finish
    it. None when the sentence has fewer than two dashes, a semicolon between them, the words after
    the last dash open a clause of their own (a capital), or ``start`` lies inside the asides.
    """
    dashes = list(_DASH_BREAK.finditer(text))
    if len(dashes) < 2 or start is None:
        return None
    first, last = dashes[0], dashes[-1]
    tail = text[last.end():]
    if not tail[:1].islower() or ";" in text[first.start():last.end()]:
        return None
    if first.start() <= start < last.end():
        return None
    return text[:first.start()] + " " + tail


def _as_date(value) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", str(value or ""))
    if not match:
        return None
    return dt.date(int(match[1]), int(match[2]), int(match[3] or 1))


def publication_window(documents: pd.DataFrame) -> tuple[dt.date | None, dt.date | None]:
    """The first and the last publication date of the set (None when nothing is dated)."""
    dates = [d for d in (_as_date(v) for v in documents.get("published", pd.Series(dtype=object))) if d]
    return (min(dates), max(dates)) if dates else (None, None)


def central_actors(extraction, *, focus: Iterable[str] = (), top: int = 12) -> dict[str, float]:
    """The set's principal actors and their weight: the most-named people, organisations and
    countries (log of mentions × documents), the params' focus counted double.

    Returns a mapping of every spelling (canonical name and aliases) to its entity's weight.
    """
    entities = extraction.entities
    wanted = entities[entities["label"].isin(ACTOR_LABELS)]
    wanted = wanted[[_readable_name(n) for n in wanted["name"]]]
    focus = set(focus)
    chosen = pd.concat([wanted[wanted["name"].isin(focus)], wanted.head(top)]).drop_duplicates("name")
    weights: dict[str, float] = {}
    for record in chosen.to_dict("records"):
        weight = math.log1p(int(record["mentions"])) * math.sqrt(int(record["documents"]))
        if record["name"] in focus:
            weight *= 2
        for spelling in [record["name"], *str(record.get("aliases") or "").split("; ")]:
            spelling = spelling.strip()
            # One-word spellings shorter than 4 letters ("UK" aside) are too ambiguous to match in text.
            if len(spelling) >= 3 and spelling[:1].isupper() and not spelling.isupper() or spelling in ("U.S.", "UK"):
                weights[spelling] = max(weights.get(spelling, 0.0), weight)
        weights.setdefault(record["name"], weight)
    return weights


def _readable_name(name: str) -> bool:
    """A name a reader recognises: capitalised, not a handle, not an all-capitals fragment."""
    name = str(name)
    return (len(name) >= 2 and name[:1].isupper() and not name.startswith(("@", "s ")) and
            not (name.isupper() and len(name) > 5 and " " not in name))


def _canonical(extraction) -> dict[str, str]:
    names = {}
    entities = extraction.entities
    aliases = entities["aliases"].tolist() if "aliases" in entities else [None] * len(entities)
    for name, alias in zip(entities["name"].tolist(), aliases):
        for spelling in [name, *str(alias or "").split("; ")]:
            if spelling.strip():
                names.setdefault(spelling.strip(), name)
    return names


def actors_in(sentence: str, actors: dict[str, float], canonical: dict[str, str] | None = None) -> dict[str, float]:
    """The actors a sentence names (canonical name → weight)."""
    found: dict[str, float] = {}
    for spelling, weight in actors.items():
        # The substring test first: most sentences name few actors, and it is a hundred times
        # cheaper than the regex that then checks the spelling stands as a word of its own.
        if spelling in sentence and re.search(rf"(?<![\w@]){re.escape(spelling)}(?![\w])", sentence):
            name = (canonical or {}).get(spelling, spelling)
            found[name] = max(found.get(name, 0.0), weight)
    return found


def _ledes(extraction) -> dict[str, str]:
    """Each document's lede: its first sentence of prose (after any dateline) that tells of an event."""
    events = extraction.events
    if events is None or events.empty:
        return {}
    ledes: dict[str, str] = {}
    quoted = events["quoted"].tolist() if "quoted" in events else [None] * len(events)
    rows = zip(events["doc"].tolist(), events["start"].tolist(), quoted, events["sentence"].tolist())
    # (in document order: a stable sort by document and offset, as the frame's mergesort)
    for doc, _, inside, sentence in sorted(rows, key=lambda r: (r[0], r[1])):
        if doc in ledes or inside is True:
            continue
        sentence = str(sentence)
        if is_prose(sentence[dateline_length(sentence):]):
            ledes[doc] = sentence
    return ledes


def _event_dates(extraction) -> dict[tuple[str, str, str], str | None]:
    """(document, sentence, day) of every event outside quotations that its own clause dates, with who the
    event is reported by where the sentence does not name them (a transcript's speaker: "President Zelenskyy is
    going to be coming on Friday" in the President's remarks), else None."""
    events = extraction.events
    if events is None or events.empty or "date" not in events:
        return {}
    quoted = events["quoted"].fillna(False).astype(bool) if "quoted" in events else False
    dated = events[events["date"].notna() & (events["date"].astype(str) != "") & ~quoted]
    by = dated["reported_by"] if "reported_by" in dated else pd.Series([None] * len(dated), index=dated.index)
    people = set(extraction.entities["name"]) if extraction.entities is not None and "name" in extraction.entities \
        else set()
    found: dict[tuple[str, str, str], str | None] = {}
    for d, s, t, b in zip(dated["doc"], dated["sentence"], dated["date"], by):
        # (a name the set knows, not a hearsay word: "reportedly" stands in the sentence already)
        speaker = b if isinstance(b, str) and b in people and not _named_in(b, str(s)) else None
        found[(d, str(s), str(t))] = found.get((d, str(s), str(t))) or speaker
    return found


def _named_in(name: str, sentence: str) -> bool:
    """Whether a sentence names someone by their name's last word ("Trump" of "Donald Trump")."""
    last = name.split()[-1]
    return bool(re.search(rf"\b{re.escape(last)}\b", sentence))


def _spoken_sentences(extraction) -> set[tuple[str, str]]:
    """(document, sentence) of the sentences whose events are all someone's words: inside quotation marks, or in a
    turn of an interview or a reporter's question of a transcript ("Q … President Putin sent a letter yesterday …")."""
    events = extraction.events
    if events is None or events.empty or "quoted" not in events:
        return set()
    quoted = events["quoted"].fillna(False).astype(bool)
    keys = list(zip(events["doc"], events["sentence"].astype(str)))
    told = {k for k, q in zip(keys, quoted) if not q}
    return {k for k, q in zip(keys, quoted) if q} - told


def _quote_spans(extraction) -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = {}
    for doc, start, end in zip(extraction.quotes["doc"], extraction.quotes["start"], extraction.quotes["end"]):
        spans.setdefault(doc, []).append((int(start), int(end)))
    return spans


def dated_sentences(extraction, actors: dict[str, float], terms: Iterable[str] = ()) -> pd.DataFrame:
    """Every prose sentence with a resolved day (or week) and the actors it names, scored.

    A date inside a direct quotation is someone's words, not a development: left out, as is a sentence whose
    events are all quoted (a turn of an interview, a reporter's question in a transcript).
    ``terms`` are the words of the set's subject (its title's, lower-cased): a sentence
    using them is more central ("peace talks" in a set on peace diplomacy).
    """
    terms = set(terms)
    canonical = _canonical(extraction)
    first, last = publication_window(extraction.documents)
    quoted = _quote_spans(extraction)
    spoken = _spoken_sentences(extraction)
    happened = _event_dates(extraction)
    ledes = _ledes(extraction)
    published = {d: _as_date(p) for d, p in zip(extraction.documents["id"], extraction.documents.get(
        "published", pd.Series([None] * len(extraction.documents))))}
    rows = []
    timeline = extraction.timeline
    for record in timeline.to_dict("records"):
        if record.get("granularity") not in ("day", "week"):
            continue
        date = _as_date(record.get("date"))
        if date is None:
            continue
        if first and not (first - WINDOW_BEFORE <= date <= last + WINDOW_AFTER):
            continue
        start, end = int(record["start"]), int(record["end"])
        if any(s <= start < e for s, e in quoted.get(record["doc"], ())):
            continue
        sentence = str(record["sentence"])
        if (record["doc"], sentence) in spoken:
            continue  # someone's words outside quotation marks (a turn, a reporter's question): no development
        dateline = dateline_length(sentence)
        if dateline and sentence.find(str(record["expression"])) < dateline:
            continue  # the dateline's own date says when it was written, not what happened then
        if not is_prose(sentence[dateline:]):
            continue
        named = actors_in(sentence, actors, canonical)
        if not named:
            continue
        at = sentence.find(str(record["expression"]), dateline)
        rows.append({"date": date.isoformat(), "granularity": record["granularity"],
                     "expression": record["expression"], "doc": record["doc"], "start": start, "end": end,
                     "lead": at >= 0 and sentence[dateline:at].strip(" ,").lower() in LEAD_WORDS,
                     "sentence": sentence, "actor": max(named, key=lambda n: (named[n], n)),
                     "actors": "; ".join(sorted(named)),
                     "speaker": happened.get((record["doc"], sentence, date.isoformat())),
                     # A date that no event of the sentence carries belongs to another clause
                     # ("critics claimed it is a move to force a no-deal Brexit by October 31"):
                     # the sentence tells of that day less surely.
                     "centrality": sum(named.values()) * (1 + 0.25 * min(_term_hits(sentence, terms), 2))
                     * (1.0 if (record["doc"], sentence, date.isoformat()) in happened else UNDATED_EVENT)
                     # News puts its main development first (the lede).
                     * (LEDE if ledes.get(record["doc"]) == sentence else 1.0),
                     "published": (published.get(record["doc"]) or date).isoformat()})
    frame = pd.DataFrame(rows)
    if frame.empty:
        return pd.DataFrame(columns=["date", "granularity", "expression", "doc", "start", "end", "lead", "sentence",
                                     "actor", "actors", "speaker", "centrality", "published", "secondary", "sources", "score"])
    # A sentence opened by a time expression tells of that day; its other days are those of
    # phrases inside it ("This morning, officials discussed his meeting with Putin on Friday"):
    # such a sentence is a development of its opening day only.
    leads = frame[frame["lead"]].groupby(["doc", "sentence"])["date"].agg(set)
    frame["secondary"] = [not lead and (doc, sentence) in leads.index and date not in leads[(doc, sentence)]
                          for doc, sentence, date, lead in zip(frame["doc"], frame["sentence"], frame["date"],
                                                               frame["lead"])]
    # Corroboration: the documents that give the same day for the same principal actor.
    support = frame.groupby(["date", "actor"])["doc"].agg(lambda ds: "; ".join(dict.fromkeys(ds)))
    frame["sources"] = [support[(d, a)] for d, a in zip(frame["date"], frame["actor"])]
    n_sources = frame["sources"].str.count("; ") + 1
    days = pd.to_datetime(frame["date"])
    span = max((days.max() - days.min()).days, 1)
    recency = (days - days.min()).dt.days / span
    frame["score"] = (frame["centrality"] * (1 + 0.5 * (n_sources - 1)) * (1 + 0.5 * recency)).round(3)
    return frame.sort_values(["score", "doc", "start"], ascending=[False, True, True], kind="mergesort") \
        .reset_index(drop=True)


def _term_hits(sentence: str, terms: set[str]) -> int:
    return sum(1 for w in set(_words(sentence.lower())) if w in terms or w.rstrip("s") in terms)


def _similar(a: str, b: str) -> bool:
    wa, wb = set(w.lower() for w in _words(a)), set(w.lower() for w in _words(b))
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) > 0.6


def _as_row(record: dict, **extra) -> dict:
    start_in_sentence = None
    sentence = str(record["sentence"])
    expression = str(record.get("expression") or "")
    if expression and expression in sentence:
        start_in_sentence = sentence.index(expression)
    text = shorten(sentence, start_in_sentence)
    if isinstance(record.get("speaker"), str):
        text = f"{record['speaker']}: {text}"  # a transcript's words, its speaker's account, not the outlet's
    row = {"date": record["date"], "actor": record["actor"], "text": text,
           "sources": record["sources"], "score": record["score"], "doc": record["doc"],
           "start": record["start"], "end": record["end"], "sentence": sentence}
    row.update(extra)
    return row


def _next_day_same_actor(a: dict, b: dict) -> bool:
    """Two days in a row with the same principal actor: one development told twice
    ("members voted on Tuesday to elect Johnson", "Johnson became prime minister" the next day)."""
    day_a, day_b = _as_date(a["date"]), _as_date(b["date"])
    return a["actor"] == b["actor"] and day_a is not None and day_b is not None and abs((day_a - day_b).days) <= 1


def bottom_line(candidates: pd.DataFrame, *, last: dt.date | None = None, n: int = 5) -> pd.DataFrame:
    """The 3–6 developments that matter most, one per day, in date order.

    Args:
        candidates: :func:`dated_sentences`.
        last: the set's last publication date: a bullet is about what happened up to then
            (what comes after is :func:`whats_next`).
        n: how many bullets at most.
    """
    chosen: list[dict] = []
    days: set[str] = set()
    records = candidates.to_dict("records")
    past = [r for r in records if not (last and r["date"] > last.isoformat()) and not r.get("secondary")]
    # Too little has happened yet (one article, a deadline ahead): what is announced fills the bullets.
    ahead = [r for r in records if last and r["date"] > last.isoformat()]
    for record in past + ahead:
        if record in ahead and len(chosen) >= MIN_BULLETS:
            break
        same = next((c for c in chosen if (c["doc"], c["sentence"]) == (record["doc"], record["sentence"])), None)
        if same is not None:  # one sentence, two days ("met Putin on Friday, meets Zelensky tomorrow")
            if record["date"] not in same["dates"] and record["granularity"] == "day":
                same["dates"].append(record["date"])
                days.add(record["date"])
            continue
        if len(chosen) == n or record["date"] in days or any(_similar(record["sentence"], c["sentence"])
                                                             or _next_day_same_actor(record, c) for c in chosen):
            continue
        chosen.append({**record, "dates": [record["date"]]})
        days.add(record["date"])
    rows = [_as_row(r, dates="; ".join(sorted(r["dates"]))) for r in chosen]
    frame = pd.DataFrame(rows, columns=[*STORY_COLUMNS, "dates"])
    frame["date"] = [d.split("; ")[0] for d in frame["dates"]]
    return frame.sort_values(["date", "doc", "start"], kind="mergesort").reset_index(drop=True)


def developments(candidates: pd.DataFrame, *, last: dt.date | None = None, per_day: int = 3,
                 max_days: int = 10) -> pd.DataFrame:
    """What happened and was announced, day by day (up to the last publication date).

    At most ``per_day`` sentences a day (the best scored, no two alike) and the
    ``max_days`` days that matter most, in date order.
    """
    kept: dict[str, list[dict]] = {}
    placed: dict[tuple, dict] = {}
    # Earliest day first, so that a sentence naming several days is told under the first.
    ordered = candidates.sort_values(["date", "score"], ascending=[True, False], kind="mergesort")
    for record in ordered.to_dict("records"):
        if record["granularity"] != "day" or (last and record["date"] > last.isoformat()) or record.get("secondary"):
            continue
        key = (record["doc"], record["sentence"])
        if key in placed:
            placed[key]["dates"].append(record["date"])
            continue
        day = kept.setdefault(record["date"], [])
        if any(_similar(record["sentence"], r["sentence"]) for r in day):
            continue
        placed[key] = {**record, "dates": [record["date"]]}
        day.append(placed[key])
    for day in kept.values():
        day.sort(key=lambda r: -r["score"])
        del day[per_day:]
    best = sorted((d for d in kept if kept[d]), key=lambda d: -max(r["score"] for r in kept[d]))[:max_days]
    rows = [_as_row(r, dates="; ".join(dict.fromkeys(r["dates"]))) for d in sorted(best) for r in kept[d]]
    return pd.DataFrame(rows, columns=[*STORY_COLUMNS, "dates"])


def whats_next(candidates: pd.DataFrame, extraction, *, last: dt.date | None) -> pd.DataFrame:
    """Deadlines and scheduled meetings after the set's last publication date, with who set them.

    "Who set them" is the subject of an event of the same sentence when it is one of the
    sentence's actors, else the sentence's principal actor.
    """
    if last is None or candidates.empty:
        return pd.DataFrame(columns=NEXT_COLUMNS)
    later = candidates[candidates["date"] > last.isoformat()]
    canonical = _canonical(extraction)
    events = extraction.events
    subjects = {}
    # An event inside a direct quotation is someone's words (the extraction marks it once it can).
    quoted = events["quoted"].fillna(False).astype(bool) if "quoted" in events else pd.Series(False, index=events.index)
    for doc, sentence, subject, inside in zip(events["doc"], events["sentence"], events["subject"], quoted):
        if isinstance(subject, str) and subject and not inside:
            subjects.setdefault((doc, sentence), []).append(subject)
    rows, seen = [], []
    for record in later.sort_values(["date", "score"], ascending=[True, False], kind="mergesort").to_dict("records"):
        if any(_similar(record["sentence"], s) for s in seen):
            continue
        seen.append(record["sentence"])
        # Who set it: the subject of the sentence's event when that is a known name ("he" is not).
        setter = next((canonical[s] for s in subjects.get((record["doc"], record["sentence"]), [])
                       if s in canonical and _readable_name(s)), record["actor"])
        row = _as_row(record)
        rows.append({"date": record["date"], "granularity": record["granularity"],
                     "expression": record["expression"], "set_by": setter, "text": row["text"],
                     "doc": record["doc"], "start": record["start"], "end": record["end"],
                     "sentence": record["sentence"]})
    return pd.DataFrame(rows, columns=NEXT_COLUMNS)
