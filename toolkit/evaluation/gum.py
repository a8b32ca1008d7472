"""The GUM corpus as entity gold: reading its CoNLL-U, scoring against it.

GUM (Georgetown University Multilayer corpus; annotations CC BY 4.0; its news and interviews
are Wikinews texts, CC BY 2.5, its biographies Wikipedia's, CC BY-SA 3.0) marks every entity mention with a type and, for named ones, a
Wikipedia link. Each document's text is rebuilt from its sentences so that mentions get
character offsets, and the extraction's named-entity mentions are scored against the
mentions that carry a link.

Example:
    >>> print(evaluate_gum(Path("tests/data/gold/gum-news"))["overlap"])   # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from toolkit.evaluation.scoring import overlap
from toolkit.reading.sources import Document

# spaCy labels counted as "named entities" when scoring against GUM's linked mentions:
# the names of people, bodies and places. EVENT, LAW, PRODUCT and WORK_OF_ART are left
# out because GUM links them rarely and inconsistently, so they would only blur precision.
GUM_NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
# Which spaCy labels agree with a GUM entity type (only types with a clear counterpart).
GUM_TYPE_LABELS = {
    "person": {"PERSON"},
    "organization": {"ORG", "NORP"},  # GUM types groups like "the Taliban" as organizations
    "place": {"GPE", "LOC", "FAC"},
}

# The relations of an adjective that modifies a noun: "Afghan team", "Greek and Turkish Cypriots".
_MODIFIER_RELATIONS = frozenset({"amod", "conj"})


@dataclass
class GumDocument:
    """One GUM document: text rebuilt from its sentences, and its entity mentions."""

    id: str
    text: str
    mentions: list[dict] = field(default_factory=list)  # start, end, text, etype, identity, proper, propn
    tokens: list[tuple[int, int, str, str]] = field(default_factory=list)  # start, end, UPOS, relation
    heads: dict[tuple[int, int], tuple[int, int] | None] = field(default_factory=dict)  # word -> its head word

    def head_of(self, start: int, end: int) -> tuple[int, int] | None:
        """The syntactic head of the words under a span: the first word whose head lies outside
        it ("Chan" of "Tanya Chan of the Civic Party")."""
        for a, b, _, _ in self.tokens:
            if start <= a and b <= end:
                head = self.heads.get((a, b))
                if head is None or not (start <= head[0] and head[1] <= end):
                    return (a, b)
        return None

    def adjectival(self, start: int, end: int) -> bool:
        """Whether the words under a character span are all adjectives modifying a noun ("Afghan"
        in "Afghan refugees", "Muslim" in "Muslim students"): never a mention of its own in GUM."""
        words = [(upos, rel) for a, b, upos, rel in self.tokens if a < end and start < b]
        return bool(words) and all(upos == "ADJ" and rel.split(":")[0] in _MODIFIER_RELATIONS for upos, rel in words)

    @property
    def named(self) -> list[dict]:
        """Mentions linked to Wikipedia that contain a proper noun (pronouns and "iodine" are out)."""
        return [m for m in self.mentions if m["identity"] and m["proper"]]


def read_gum(path: str | Path) -> list[GumDocument]:
    """Parse a GUM CoNLL-U file into documents with character-offset entity mentions.

    Sentences are joined by a space, paragraphs (``# newpar``) by a blank line. Token
    offsets come from aligning each surface token (multi-word tokens such as "Trump's"
    by their surface line) with the sentence's ``# text``. In ``Entity=``, ``(id-...`` opens
    a mention, ``id)`` closes the latest open mention of that id, ``(id-...)`` is a
    one-token mention; the header gives the fields (GRP-etype-infstat-salience-centering-
    minspan-link-identity), and a mention with an ``identity`` is linked to Wikipedia.
    """
    docs: list[GumDocument] = []
    fields: list[str] = []
    parts: list[str] = []
    doc: GumDocument | None = None
    pending_par = False
    sentence, cursor, offset, mwt_end, open_stack = "", 0, 0, 0, []
    mwt_start, mwt_form, sub = 0, "", 0
    words: list[tuple[int, int, int, int]] = []  # the sentence's words: id, start, end, head id

    def link_heads():
        spans = {ident: (a, b) for ident, a, b, _ in words}
        for _, a, b, head in words:
            doc.heads[(a, b)] = spans.get(head)
        words.clear()

    def finish():
        if doc is not None:
            link_heads()
            doc.text = "".join(parts)
            docs.append(doc)

    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc id"):
            finish()
            doc, parts, open_stack, pending_par = GumDocument(line.split("=", 1)[1].strip(), ""), [], [], False
        elif line.startswith("# global.Entity"):
            fields = line.split("=", 1)[1].strip().split("-")
        elif line.startswith("# newpar"):
            pending_par = True
        elif line.startswith("# text = "):
            if doc is not None:
                link_heads()
            if parts:
                parts.append("\n\n" if pending_par else " ")
            pending_par = False
            sentence = line[len("# text = "):]
            cursor = sum(len(p) for p in parts)
            parts.append(sentence)
            offset, mwt_end = cursor, 0
        elif line and line[0].isdigit() and doc is not None:
            cols = line.split("\t")
            ident = cols[0]
            if "-" in ident:  # a multi-word token: its surface is what the sentence shows
                start = _align(sentence, cols[1], cursor - offset) + offset
                cursor, mwt_end = start + len(cols[1]), int(ident.split("-")[1])
                mwt_start, mwt_form, sub = start, cols[1], 0
                continue
            if "." in ident:  # an empty node has no surface
                continue
            if int(ident) <= mwt_end:  # a word of a multi-word token ("Trump" of "Trump's")
                at = mwt_form.find(cols[1], sub)
                if at < 0:  # the word is not spelled out in the surface: give it the rest
                    word_start, word_end = mwt_start + sub, mwt_start + len(mwt_form)
                else:
                    word_start, word_end = mwt_start + at, mwt_start + at + len(cols[1])
                    sub = at + len(cols[1])
            else:
                word_start = _align(sentence, cols[1], cursor - offset) + offset
                word_end = cursor = word_start + len(cols[1])
            doc.tokens.append((word_start, word_end, cols[3], cols[7]))
            words.append((int(ident), word_start, word_end, int(cols[6]) if cols[6].isdigit() else 0))
            _entities(cols[9], fields, word_start, word_end, cols[3] == "PROPN", open_stack, doc)
    finish()
    for d in docs:
        for m in d.mentions:
            m["text"] = d.text[m["start"]:m["end"]]
            m["proper_words"] = [(a, d.text[a:b]) for a, b in m.pop("propn")]
    return docs


def _align(sentence: str, form: str, at: int) -> int:
    """Position of ``form`` in ``sentence`` at or after ``at`` (skipping spaces)."""
    while at < len(sentence) and sentence[at].isspace():
        at += 1
    if sentence.startswith(form, at):
        return at
    found = sentence.find(form, at)
    return found if found >= 0 else at


# An opening runs to the next bracket: its identity may end in digits or in an encoded
# bracket ("Apollo_11)", "Freedom_%28magazine%29)"), so the closing ")" right after it is its
# own, not a closing of another mention (an unclosed opening is never followed by a closing
# on the same token: mentions nest).
_ENTITY_PART = re.compile(r"\(([^()]+)(\))?|(\d+)\)")


def _entities(misc: str, fields: list[str], start: int, end: int, proper: bool, stack: list[dict], doc: GumDocument):
    for stat in stack:  # every open mention spans this token
        stat["proper"] = stat["proper"] or proper
        stat["end"] = end
        if proper:
            stat["propn"].append((start, end))
    value = next((p[len("Entity="):] for p in misc.split("|") if p.startswith("Entity=")), "")
    for opening, closed, closing in _ENTITY_PART.findall(value):
        if opening:
            values = opening.split("-", len(fields) - 1) if fields else [opening]
            info = dict(zip(fields or ["GRP"], values))
            mention = {"id": info.get("GRP"), "start": start, "end": end, "etype": info.get("etype"),
                       "identity": info.get("identity") or None, "proper": proper,
                       "propn": [(start, end)] if proper else []}
            doc.mentions.append(mention)
            if not closed:
                stack.append(mention)
        else:
            for i in range(len(stack) - 1, -1, -1):
                if stack[i]["id"] == closing:
                    stack.pop(i)
                    break


def evaluate_gum(folder: Path, *, nlp=None) -> dict:
    """Named-entity precision and recall against GUM's Wikipedia-linked proper-noun mentions.

    A predicted mention (``ex.mentions`` with a label in ``GUM_NAMED_LABELS``) matches a gold
    one when the spans overlap, or (the *exact* figures) when the spans are equal. GUM links
    only what has a Wikipedia article, so precision is also given against any GUM mention
    holding a proper noun, linked or not. Label agreement maps GUM person/organization/place
    to PERSON / ORG, NORP / GPE, LOC, FAC.
    """
    from toolkit.extraction.tables import extract

    gum = [d for p in sorted(Path(folder).rglob("*.conllu")) for d in read_gum(p)]
    documents = [Document(id=d.id, path=d.id, text=d.text, sha256=hashlib.sha256(d.text.encode()).hexdigest()) for d in gum]
    ex = extract(documents, nlp=nlp)
    return {**score_gum(ex.mentions, gum), "per_entity": score_gum_entities(ex.mentions, gum),
            "folder": Path(folder).name}


def score_gum(mentions: pd.DataFrame, gum: list[GumDocument]) -> dict:
    """Score predicted entity mentions (doc, label, start, end) against GUM documents."""
    tp_gold = {"overlap": 0, "exact": 0}
    tp_pred = {"overlap": 0, "exact": 0, "any_proper": 0}
    n_gold = n_pred = 0
    agreement = {t: {"matched": 0, "agree": 0} for t in GUM_TYPE_LABELS}
    missed, spurious = [], []
    for d in gum:
        gold = d.named
        proper = [(m["start"], m["end"]) for m in d.mentions if m["proper"]]
        rows = mentions[(mentions["doc"] == d.id) & mentions["label"].isin(GUM_NAMED_LABELS)].to_dict("records")
        n_gold, n_pred = n_gold + len(gold), n_pred + len(rows)
        spans = [(int(r["start"]), int(r["end"])) for r in rows]
        for m in gold:
            g = (m["start"], m["end"])
            hits = [i for i, s in enumerate(spans) if overlap(g, s) > 0]
            tp_gold["overlap"] += bool(hits)
            tp_gold["exact"] += any(spans[i] == g for i in hits)
            if not hits:
                missed.append({"doc": d.id, "text": m["text"], "etype": m["etype"]})
            elif m["etype"] in agreement:
                # The label that counts is the one on the gold mention's head word: in "Tanya Chan
                # of the Civic Party" it is the person's, not the party's that overlaps more.
                head = d.head_of(*g)
                on_head = [i for i in hits if head and overlap(head, spans[i]) > 0]
                best = max(on_head or hits, key=lambda i: overlap(g, spans[i]))
                agreement[m["etype"]]["matched"] += 1
                agreement[m["etype"]]["agree"] += rows[best]["label"] in GUM_TYPE_LABELS[m["etype"]]
        golds = [(m["start"], m["end"]) for m in gold]
        for r, s in zip(rows, spans):
            hit = any(overlap(s, g) > 0 for g in golds)
            tp_pred["overlap"] += hit
            tp_pred["exact"] += s in golds
            tp_pred["any_proper"] += hit or any(overlap(s, g) > 0 for g in proper)
            if not hit:
                spurious.append({"doc": d.id, "text": r.get("text"), "label": r["label"]})
    def ratio(a, b):
        return a / b if b else None
    result = {"documents": len(gum), "gold_mentions": n_gold, "predicted_mentions": n_pred,
              "labels_counted": sorted(GUM_NAMED_LABELS)}
    for kind in ("overlap", "exact"):
        p, r = ratio(tp_pred[kind], n_pred), ratio(tp_gold[kind], n_gold)
        result[kind] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p and r else None}
    result["precision_any_proper"] = ratio(tp_pred["any_proper"], n_pred)
    result["label_agreement"] = {t: {**a, "accuracy": ratio(a["agree"], a["matched"])} for t, a in agreement.items()}
    result["errors"] = {"missed": missed, "spurious": spurious}
    return result


# GUM entity types counted by the per-entity measure, and what they must be found as.
GUM_ENTITY_TYPES = frozenset({"person", "organization", "place"})


def _fold(text: str) -> str:
    text = re.sub(r"[’']s?$", "", text.strip().replace("’", "'"))  # a possessive is the name
    text = re.sub(r"^the\s+", "", text.casefold().strip())
    # GUM splits "Chung-tai" into three tokens, so a form built of its proper nouns reads
    # "Chung tai": a hyphen is a space on both sides of the comparison.
    return " ".join(re.sub(r"[.,\-–]", " ", text).split())


def gold_entity_forms(doc: GumDocument) -> dict[str, dict]:
    """Each Wikipedia-linked entity of a GUM document, once, with its forms.

    Forms are, for every mention of the entity: its proper nouns in order ("President Donald
    Trump" → "President Donald Trump", "the United States" → "United States"), the mention
    without a leading "the", and for a person the name that opens the mention (its first run
    of adjacent proper nouns) and that name's last word (the surname alone).
    """
    entities: dict[str, dict] = {}
    for m in doc.named:
        entry = entities.setdefault(m["identity"], {"etype": m["etype"], "forms": set()})
        words = [w for _, w in m["proper_words"]]
        forms = {m["text"], " ".join(words)}
        if m["etype"] == "person" and words:
            # GUM's person mentions run over appositions ("Alvin Yeung of the Civic Party"): the
            # name is the first run of adjacent proper nouns, the surname its last word.
            run = [words[0]]
            for (a, w), (b, nxt) in zip(m["proper_words"], m["proper_words"][1:]):
                if doc.text[a + len(w):b].strip(" -"):
                    break
                run.append(nxt)
            forms |= {" ".join(run), run[-1]}
        entry["forms"] |= {f for f in map(_fold, forms) if f}
    return entities


def score_gum_entities(mentions: pd.DataFrame, gum: list[GumDocument]) -> dict:
    """The per-document, per-entity measure (issue 13).

    Each linked person, organisation or place of a document is counted once; it is *found*
    when one of the toolkit's entity names or surface forms for that document (its canonical
    name, or the text of any of its mentions there) equals one of the entity's forms
    (:func:`gold_entity_forms`). Precision is over the toolkit's PERSON/ORG/GPE/LOC/FAC/NORP
    entities of the document: one is right when one of its names equals a form of one of
    those linked people, organisations and places.

    An entity named in the document only by adjectives that modify a noun ("Afghan" in
    "Afghan refugees", "Swedish" in "Swedish defender Andreas Granqvist"; GUM's own
    part-of-speech tags) is left out: GUM marks noun phrases, so such a word is never a
    mention of its own there, linked or not; the count of those left out is ``modifiers``.
    ``issue`` gives the figures of the issue's own definition, which keeps them: precision
    over every PERSON/ORG/GPE/LOC/FAC/NORP entity of the document.
    """
    found = n_gold = right = n_pred = modifiers = found_all = right_all = n_all = 0
    missed, spurious = [], []
    for d in gum:
        gold = {k: v for k, v in gold_entity_forms(d).items() if v["etype"] in GUM_ENTITY_TYPES}
        all_forms = set().union(*(v["forms"] for v in gold.values())) if gold else set()
        rows = mentions[(mentions["doc"] == d.id) & mentions["label"].isin(GUM_NAMED_LABELS)]
        predicted: dict[str, set[str]] = {}
        nominal: set[str] = set()  # entities named at least once by something other than an adjective
        for name, text, start, end in zip(rows["name"], rows["text"], rows["start"], rows["end"]):
            predicted.setdefault(name, {_fold(name)}).add(_fold(text))
            if not d.adjectival(int(start), int(end)):
                nominal.add(name)
        modifiers += len(predicted) - len(nominal)
        every = predicted
        predicted = {name: forms for name, forms in predicted.items() if name in nominal}
        names = set().union(*predicted.values()) if predicted else set()
        every_name = set().union(*every.values()) if every else set()
        n_gold += len(gold)
        n_all += len(every)
        found_all += sum(bool(entry["forms"] & every_name) for entry in gold.values())
        right_all += sum(bool(forms & all_forms) for forms in every.values())
        for identity, entry in sorted(gold.items()):
            if entry["forms"] & names:
                found += 1
            else:
                missed.append({"doc": d.id, "entity": identity, "etype": entry["etype"]})
        n_pred += len(predicted)
        for name, forms in sorted(predicted.items()):
            if forms & all_forms:
                right += 1
            else:
                spurious.append({"doc": d.id, "name": name})
    precision = right / n_pred if n_pred else None
    recall = found / n_gold if n_gold else None
    issue = {"predicted_entities": n_all, "right": right_all, "found": found_all,
             "precision": right_all / n_all if n_all else None, "recall": found_all / n_gold if n_gold else None}
    return {"issue": issue, "gold_entities": n_gold, "found": found, "predicted_entities": n_pred, "right": right,
            "modifiers": modifiers, "precision": precision, "recall": recall,
            "f1": 2 * precision * recall / (precision + recall) if precision and recall else None,
            "errors": {"missed": missed, "spurious": spurious}}
