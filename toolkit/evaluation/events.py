"""Scoring extracted events against hand-made event gold (the ``events`` of a gold file).

A predicted event matches a gold event when it lies in the gold event's sentence, its verb
lemma agrees (equal, or the same head verb where one side is phrasal: "call" / "call for"),
and its subject agrees: the same canonical name or one of the gold entity's aliases, the
same head noun ("the Turkish military" / "Turkey's military"), or the same surname. Gold
and prediction are paired one to one, in text order.

Rows marked ``quoted`` (inside a direct quotation: the speaker's words, kept out of the
briefing) are not asserted events and are not scored; they are counted apart.

A matched row *flattens* a claim when the gold event is negated, modal or reported by
someone and the row does not say so (not negated, no modality, no ``reported_by``): it
states as plain fact what the source does not. A predicted row is right when it matches and
flattens nothing; precision is right rows over scored rows. A row with no subject is counted
twice over: among all empty rows, and among those that miss an actor (all but the ones that
match a gold event with no subject either: a passive whose agent the text never names).

Example:
    >>> s = score_events(ex.events[ex.events["doc"] == doc_id], gold["events"], gold["entities"])  # doctest: +SKIP
    >>> s["precision"], s["recall"], s["empty_subject_share"], s["flattened"]
"""

from __future__ import annotations

import re

import pandas as pd

from toolkit.nlp.dates import NUMBERS

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our"})
_POSSESSIVE = re.compile(r"[’']s?\b")


def _words(name) -> list[str]:
    text = _POSSESSIVE.sub("", str(name or "")).casefold()
    return [w for w in re.findall(r"[\w.-]+", text) if w not in _DETERMINERS]


# Words heading a phrase whose real head follows "of": "hundreds of ISIS fighters".
_PARTITIVES = frozenset("""one two three some many most all both each several none hundreds thousands dozens
    millions tens group groups assembly delegation team members member number majority part""".split())


# Words that begin a noun phrase's tail after its head: prepositions, relative pronouns, the heads of a list of
# examples ("musicians such as X and Y", "firms including X", "players like X"), and "still" before a phrase of
# place ("Party-goers still at the scene").
_TAIL_STARTS = ("of", "from", "in", "at", "on", "with", "by", "for", "to", "under", "against", "during", "after",
                "over", "near", "across", "outside", "inside", "between", "among", "into", "through", "within",
                "behind", "along", "amid", "about", "around", "toward", "towards", "without", "beyond", "like",
                "such", "including", "who", "which", "that", "whose", "still")


# Nouns of a kind of place or body that a name follows after "of" ("the state of Wisconsin", "the city of
# Milwaukee"): there the name, not the kind, is what the phrase is about.
_KINDS_BEFORE_NAMES = frozenset("""state city town village county province region island islands country nation
    kingdom republic district municipality borough township""".split())

# Numbers spelt out that end a name as its ordinal ("Tropical Depression Three", "Apollo Eleven"): the date
# reader's number words, without the articles it counts as one.
_NUMBER_WORDS = frozenset(word for word in NUMBERS if word not in ("a", "an"))


# Words that grade a number in front of it ("only 27", "at least seven", "nearly 200"): they head no phrase.
_NUMBER_MODIFIERS = frozenset("""only just about around nearly almost approximately roughly some over under more than
    fewer less at least most up to another""".split())


# Common nouns in "-ly" (an adverb's ending) that head phrases: "a family from Ohio", "a rally in Kyiv".
_LY_NOUNS = frozenset("ally family assembly monopoly supply rally anomaly reply fly butterfly bully".split())


def _is_adverb(word: str, name) -> bool:
    """Whether a word of a phrase is an adverb in "-ly", written in small letters where the phrase has it."""
    return (word.endswith("ly") and word not in _LY_NOUNS
            and re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", str(name)) is not None)


def _capitalised_after_of(name) -> bool:
    """Whether the word after the first "of" of a phrase is written with a capital: a name, not a common noun
    ("the state of Wisconsin", not "the state of emergency")."""
    match = re.search(r"\bof\s+(\S)", str(name))
    return bool(match and match.group(1).isupper())


def _head(name) -> str | None:
    """The head noun of a phrase, approximated: its last word before a prepositional, relative
    or participle tail ("an appeal by X", "a user registered from Y"), numbers and codes at the end
    left out ("Directive 2000"), words grading a count in front left out ("only 27")."""
    words = _words(name)
    if len(words) > 2 and words[0] in _KINDS_BEFORE_NAMES and words[1] == "of" and _capitalised_after_of(name):
        words = words[2:]
    if len(words) > 2 and words[0] in _PARTITIVES and "of" in words[1:3]:
        words = words[words.index("of") + 1:]
    while len(words) > 1 and words[0] in _NUMBER_MODIFIERS:
        words = words[1:]  # "only 27", "at least seven", "nearly 200 people": the count or the counted heads
    # a past participle with a tail of its own right after the head ("a fruit filled with firecrackers", "a bomb
    # embedded in meat"): the tail and the participle go ("-ing" is left, since it heads nouns: "a shooting at X")
    for i, word in enumerate(words[1:-1], start=1):
        if word.endswith("ed") and words[i + 1] in _TAIL_STARTS:
            words = words[:i]
            break
    cut_tail = False
    for cut in _TAIL_STARTS:
        if cut in words[1:]:
            words, cut_tail = words[: words.index(cut, 1)], True
    # an adverb right before the tail belongs to it ("researchers mostly from X", "troops mainly in Y"); a word
    # written with a capital is a name ("Mark Kelly of Arizona")
    if cut_tail and len(words) > 1 and _is_adverb(words[-1], name):
        words = words[:-1]
    # a participle after the head noun ("user registered", "people living"): not the head
    for i, word in enumerate(words[2:], start=2):
        if word.endswith(("ed", "ing")):
            words = words[:i]
            break
    # a number or a code after the head noun names which one ("Directive 2000", "the coronavirus 2019-nCoV")
    while len(words) > 1 and (any(c.isdigit() for c in words[-1]) or words[-1] in _NUMBER_WORDS):
        words = words[:-1]
    return words[-1] if words else None


def _names(name, entities: list[dict]) -> set[str]:
    """The names a who goes by, as written: itself, each of its coordinated names ("Turkey and
    Libya") and, for a gold entity, all its aliases."""
    parts = [str(name)] + [p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", str(name)) if p.strip()]
    names = set()
    for part in parts:
        names.add(part)
        key = " ".join(_words(part))
        for entity in entities:
            known = [n for n in [entity.get("name")] + list(entity.get("aliases") or []) if n]
            if key in {" ".join(_words(n)) for n in known}:
                names |= set(known)
    return names


def _forms(name, entities: list[dict]) -> set[str]:
    """The normalised forms of :func:`_names`."""
    return {f for f in (" ".join(_words(n)) for n in _names(name, entities)) if f}


def subject_matches(gold, predicted, entities: list[dict]) -> bool:
    """Whether a predicted subject names the gold subject (name, alias, head noun or surname)."""
    if gold is None or predicted is None or (isinstance(predicted, float) and pd.isna(predicted)):
        return gold is None and (predicted is None or (isinstance(predicted, float) and pd.isna(predicted)))
    gold_forms, predicted_forms = _forms(gold, entities), _forms(predicted, entities)
    if gold_forms & predicted_forms:
        return True
    # heads are read from the names as written, since a capital tells a name from a common noun
    gold_heads = {_head(n) for n in _names(gold, entities)} - {None}
    predicted_heads = {_head(n) for n in _names(predicted, entities)} - {None}
    return bool(gold_heads & predicted_heads)


def verb_matches(gold: str, predicted: str) -> bool:
    gold, predicted = " ".join(str(gold).lower().split()), " ".join(str(predicted).lower().split())
    return gold == predicted or gold.split()[:1] == predicted.split()[:1]


def _present(value) -> bool:
    return value is not None and not (isinstance(value, float) and pd.isna(value)) and value != ""


def flattens(gold: dict, row: dict) -> bool:
    """Whether the row states as plain fact what the gold event negates, qualifies or attributes."""
    marked = bool(row.get("negated")) or _present(row.get("modality")) or _present(row.get("reported_by"))
    gold_marked = bool(gold.get("negated")) or _present(gold.get("modality")) or _present(gold.get("reported_by"))
    return gold_marked and not marked


def _in_sentence(row: dict, gold: dict) -> bool:
    s0, s1 = gold["sentence_start"], gold["sentence_end"]
    start, end = int(row["start"]), int(row["end"])
    inside = min(end, s1) - max(start, s0)
    return inside > 0 and inside >= (end - start) / 2


def score_events(predicted: pd.DataFrame | None, gold: list[dict], entities: list[dict] | None = None) -> dict:
    """Score one document's extracted events against its gold events.

    Args:
        predicted: the document's rows of the events table (``EVENT_COLUMNS``).
        gold: the gold file's ``events``.
        entities: the gold file's ``entities`` (their aliases count as the same subject).

    Returns:
        counts (``gold``, ``predicted``, ``quoted``, ``matched``, ``right``, ``flattened``,
        ``empty_subject``, ``empty_subject_unnamed``: those matching a gold event that names no
        agent either, ``dated_right`` of ``dated_gold``), ``precision``, ``recall``,
        ``empty_subject_share``, ``missing_subject_share`` (the empty rows that miss an actor:
        unmatched, over all rows) and the rows behind the errors (``missed``, ``spurious``,
        ``flattened_rows``).
    """
    entities = entities or []
    rows = [] if predicted is None else predicted.to_dict("records")
    quoted = [r for r in rows if bool(r.get("quoted"))]
    rows = [r for r in rows if not bool(r.get("quoted"))]
    gold = sorted(gold, key=lambda g: (g["sentence_start"], g.get("verb_start", 0)))
    used: set[int] = set()
    pairs: list[tuple[dict, dict]] = []
    missed = []
    for g in gold:
        found = None
        for pi, row in enumerate(rows):
            if pi in used or not _in_sentence(row, g) or not verb_matches(g["verb"], row["verb"]):
                continue
            if subject_matches(g.get("subject"), row.get("subject"), entities):
                found = pi
                break
        if found is None:
            missed.append(g)
            continue
        used.add(found)
        pairs.append((g, rows[found]))
    flat = [(g, r) for g, r in pairs if flattens(g, r)]
    right = len(pairs) - len(flat)
    dated = [(g, r) for g, r in pairs if g.get("date")]
    empty = sum(1 for r in rows if not _present(r.get("subject")))
    # A row with no subject that matches a gold event with none: a passive whose agent the text
    # never names ("The lawsuit was filed"), right as it is; the other empty rows miss an actor.
    unnamed = sum(1 for g, r in pairs if not _present(r.get("subject")) and not _present(g.get("subject")))
    return {
        "gold": len(gold), "predicted": len(rows), "quoted": len(quoted), "matched": len(pairs), "right": right,
        "flattened": len(flat), "empty_subject": empty, "empty_subject_unnamed": unnamed,
        "dated_gold": len(dated), "dated_right": sum(1 for g, r in dated if str(r.get("date") or "") == g["date"]),
        **_rates(right, len(pairs), len(rows), len(gold), empty, unnamed),
        "missed": missed, "spurious": [r for pi, r in enumerate(rows) if pi not in used],
        "flattened_rows": [{"gold": g, "row": r} for g, r in flat],
        "wrong_dates": [{"gold": g, "row": r} for g, r in dated if str(r.get("date") or "") != g["date"]],
    }


def _rates(right: int, matched: int, predicted: int, gold: int, empty: int, unnamed: int) -> dict:
    return {"precision": right / predicted if predicted else None, "recall": matched / gold if gold else None,
            "empty_subject_share": empty / predicted if predicted else None,
            "missing_subject_share": (empty - unnamed) / predicted if predicted else None}


def combine_events(parts: list[dict]) -> dict:
    """Sum per-document event scores (micro-averaged); error rows are concatenated."""
    keys = ("gold", "predicted", "quoted", "matched", "right", "flattened", "empty_subject", "empty_subject_unnamed",
            "dated_gold", "dated_right")
    total = {k: sum(p[k] for p in parts) for k in keys}
    total.update(_rates(total["right"], total["matched"], total["predicted"], total["gold"], total["empty_subject"],
                        total["empty_subject_unnamed"]))
    for k in ("missed", "spurious", "flattened_rows", "wrong_dates"):
        total[k] = [e for p in parts for e in p[k]]
    return total


def format_events(name: str, s: dict) -> str:
    """One line of event figures for the terminal report."""
    def pct(v):
        return "–" if v is None else f"{100 * v:.1f}%"
    return (f"events {name}: gold {s['gold']}, predicted {s['predicted']} (+{s['quoted']} quoted, not scored), "
            f"matched {s['matched']}, P {pct(s['precision'])}, R {pct(s['recall'])}, "
            f"empty subjects {pct(s['empty_subject_share'])} (actor missed {pct(s['missing_subject_share'])}), "
            f"flattened claims {s['flattened']}, "
            f"dates right {s['dated_right']}/{s['dated_gold']}")
