"""Fine-tune the ``ner`` weights of en_core_web_sm 3.8 on the project's own Wikinews entity gold.

Usage (from the project root, the toolkit's environment)::

    python bench/ner/train.py OUT_DIR [--unmatched missing|O] [--epochs N] [--lr X] [--silver N] [--show N]
                                      [--keep-the] [--rehearse-base] [--every-epoch]

Trains on the entity golds ``tests/data/gold/wikinews/*.json`` and
``tests/data/gold/wikinews-entities-dev*/*.json`` only (every other gold, the held-out ones, GUM and
UNER, stays unseen), minus a fixed dev split (every 8th document in name order) used to pick the
epoch. Each gold lists entities, not mentions; every case-sensitive, token-aligned occurrence of a
name or alias in its text (longest first, a leading "the" and a trailing "'s" left out, as
OntoNotes does) becomes a mention with the gold label. Spans the base model gives other labels
(DATE, CARDINAL, …) are kept where they overlap no gold mention; base spans of the gold's six labels
that match no gold mention are missing (``--unmatched O``: O; the dev split chose missing). Against forgetting, Wikinews texts
of ``../shared/corpora/wikinews-2019-2020/`` that are in no gold folder (checked by file name) are
mixed in with the base model's own entities (silver rehearsal).

Only ``ner`` is updated (its own tok2vec; tagger and parser untouched), from the base weights,
with fixed seeds: the same inputs give the same weights. The best epoch's averaged weights are
written with ``nlp.get_pipe("ner").to_disk(OUT_DIR)``, for ``TOOLKIT_NER_WEIGHTS=OUT_DIR``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

GOLD = ROOT / "tests" / "data" / "gold"
CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews-2019-2020"
LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
SEED = 0


def gold_files() -> list[Path]:
    """The 118 training golds: wikinews/ and every wikinews-entities-dev*/ (no other folder)."""
    files = sorted(GOLD.glob("wikinews/*.json"))
    for folder in sorted(GOLD.glob("wikinews-entities-dev*")):
        files += sorted(folder.glob("*.json"))
    return files


def split(files: list[Path]) -> tuple[list[Path], list[Path]]:
    """Every 8th gold in file-name order is the dev split (15 of 118)."""
    ordered = sorted(files, key=lambda p: p.name)
    dev = {p for i, p in enumerate(ordered) if i % 8 == 3}
    return [p for p in files if p not in dev], [p for p in files if p in dev]


def silver_texts() -> list[Path]:
    """Corpus texts in no gold folder's texts/ (by file name only; no gold text is opened here)."""
    taken = {p.name for p in GOLD.glob("*/texts/*")}
    return [p for p in sorted(CORPUS.glob("wn_*.txt")) if p.name not in taken]


_TITLE = r"^(?:President|Prime Minister|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Senator|Sen\.|Governor|Gov\.) (?=[A-Z])"


def _forms(name: str) -> list[str]:
    """A gold name as it would be a mention: no leading "the", no trailing possessive."""
    name = re.sub(r"^the\s+", "", name.strip())
    name = re.sub(_TITLE, "", name)  # OntoNotes leaves a title out of the person's name
    name = re.sub(r"['’]s?$", "", name)
    return [name] if name else []


def gold_mentions(doc, entities: list[dict]) -> list[tuple[int, int, str]]:
    """Token spans (start, end, label) of every occurrence of a gold name or alias, longest first."""
    forms = {}
    for entity in entities:
        for name in [entity["name"], *entity.get("aliases", [])]:
            for form in _forms(name):
                forms.setdefault(form, entity["label"])
    found, taken = [], set()
    for form in sorted(forms, key=lambda f: (-len(f), f)):
        for match in re.finditer(re.escape(form), doc.text):
            span = doc.char_span(match.start(), match.end())  # strict: token-aligned only
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            taken.update(range(span.start, span.end))
            found.append((span.start, span.end, forms[form]))
    return sorted(found)


def with_base_bounds(doc, mentions: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Gold mentions widened to the base's span where the base put a leading "the" before the same name.

    The rules were written against the base model's spans ("the Associated Press"); a gold name that
    the base tagged with its "the" keeps the base's start, so training does not teach it away.
    """
    starts = {(e.start + 1, e.end): e.start for e in doc.ents if doc[e.start].lower_ == "the" and len(e) > 1}
    return [(starts.get((s, e), s), e, label) for s, e, label in mentions]


def base_rehearsed(doc, mentions: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The base model's own entities, every label, with the gold overriding only where it disagrees.

    The gold wins where the base missed a gold name, gave it another label, or ran one span over
    several gold names; a base span over exactly one gold mention of the same label keeps the base's
    boundaries. Base spans that touch no gold mention stay as they are (the base's own output).
    """
    out, used = [], set()
    for ent in doc.ents:
        over = [m for m in mentions if m[0] < ent.end and ent.start < m[1]]
        if not over:
            out.append((ent.start, ent.end, ent.label_))
        elif len(over) == 1 and over[0][2] == ent.label_:
            out.append((ent.start, ent.end, ent.label_))
            used.add(over[0])
    taken = {i for s, e, _ in out for i in range(s, e)}
    out += [m for m in mentions if m not in used and not any(i in taken for i in range(m[0], m[1]))]
    return sorted(out)


def reference(nlp, doc, entities: list[dict] | None, missing: bool, keep_the: bool = False,
              rehearse: bool = False):
    """The annotated Doc: gold mentions, the base's other-label spans, O or missing elsewhere.

    ``keep_the``: a gold name the base tagged with a leading "the" keeps the base's span.
    ``rehearse``: the base's own entities of every label, gold overriding only where it disagrees.
    """
    from spacy.tokens import Span

    ref = nlp.make_doc(doc.text)
    assert [t.text for t in ref] == [t.text for t in doc]
    if entities is None:  # silver: the base model's own entities
        ref.set_ents([Span(ref, e.start, e.end, e.label_) for e in doc.ents], default="outside")
        return ref
    mentions = gold_mentions(doc, entities)
    if keep_the:
        mentions = with_base_bounds(doc, mentions)
    if rehearse:
        ref.set_ents([Span(ref, s, e, label) for s, e, label in base_rehearsed(doc, mentions)], default="outside")
        return ref
    spans = [Span(ref, s, e, label) for s, e, label in mentions]
    covered = {i for s in spans for i in range(s.start, s.end)}
    unmatched = []
    for ent in doc.ents:
        if any(i in covered for i in range(ent.start, ent.end)):
            continue
        if ent.label_ not in LABELS:
            spans.append(Span(ref, ent.start, ent.end, ent.label_))
        elif missing:
            unmatched.append(Span(ref, ent.start, ent.end, ent.label_))
    ref.set_ents(sorted(spans, key=lambda s: s.start), missing=unmatched, default="outside")
    return ref


def score(nlp, examples) -> dict:
    """Mention P/R/F of the six gold labels, and agreement with the base on the other labels."""
    tp = fp = fn = other_same = other_all = 0
    docs = list(nlp.pipe([eg.reference.text for eg in examples]))
    for eg, doc in zip(examples, docs):
        gold = {(e.start, e.end, e.label_) for e in eg.reference.ents if e.label_ in LABELS}
        pred = {(e.start, e.end, e.label_) for e in doc.ents if e.label_ in LABELS}
        # a prediction over tokens marked missing counts neither way
        unknown = {t.i for t in eg.reference if t.ent_iob == 0}
        pred = {p for p in pred if not any(i in unknown for i in range(p[0], p[1]))}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        other = {(e.start, e.end, e.label_) for e in eg.reference.ents if e.label_ not in LABELS}
        other_all += len(other)
        other_same += len(other & {(e.start, e.end, e.label_) for e in doc.ents})
    p = tp / max(tp + fp, 1)
    r = tp / max(tp + fn, 1)
    return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f": round(200 * p * r / max(p + r, 1e-9), 2),
            "other": round(100 * other_same / max(other_all, 1), 2)}


def silver_score(nlp, docs) -> float:
    """How many of the base model's entities (all labels) on unseen silver texts are kept."""
    base = [{(e.start, e.end, e.label_) for e in d.ents} for d in docs]
    new = [{(e.start, e.end, e.label_) for e in d.ents} for d in nlp.pipe([d.text for d in docs])]
    same = sum(len(a & b) for a, b in zip(base, new))
    return round(100 * 2 * same / max(sum(map(len, base)) + sum(map(len, new)), 1), 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--unmatched", choices=("missing", "O"), default="missing",
                        help="base names of the six labels that match no gold mention (the dev split chose missing)")
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--patience", type=int, default=3)
    parser.add_argument("--lr", type=float, default=0.0005)
    parser.add_argument("--dropout", type=float, default=0.15)
    parser.add_argument("--silver", type=int, default=1, help="silver documents per gold training document")
    parser.add_argument("--show", type=int, default=0, help="print the alignment of N training documents")
    parser.add_argument("--keep-the", action="store_true",
                        help="a gold name the base tagged with a leading 'the' keeps the base's span (round ner31)")
    parser.add_argument("--rehearse-base", action="store_true",
                        help="gold documents carry the base's own entities, gold overriding only where it disagrees")
    parser.add_argument("--every-epoch", action="store_true",
                        help="also write each epoch's weights to OUT/epoch-N, to choose by the toolkit's figure")
    args = parser.parse_args()

    import spacy
    from spacy.training import Example
    from spacy.util import minibatch

    from toolkit.nlp.model import NER_WEIGHTS_ENV, load_model
    import os

    if os.environ.get(NER_WEIGHTS_ENV):
        raise SystemExit(f"unset {NER_WEIGHTS_ENV}: training starts from the base weights")
    spacy.util.fix_random_seed(SEED)
    nlp = load_model()  # the toolkit's tokenizer, the base weights
    train_files, dev_files = split(gold_files())
    silver = silver_texts()
    rng = random.Random(SEED)
    rng.shuffle(silver)
    silver_dev, silver_train = silver[:10], silver[10:]

    def gold_examples(files, training=True):
        # the dev split is always scored the same way (gold mentions, unmatched as chosen), so that
        # the configurations' dev figures compare
        golds = [json.loads(f.read_text("utf-8")) for f in files]
        docs = nlp.pipe([(ROOT / g["source"]).read_text("utf-8") for g in golds])
        return [Example(nlp.make_doc(d.text), reference(nlp, d, g["entities"], args.unmatched == "missing",
                                                        training and args.keep_the, training and args.rehearse_base))
                for g, d in zip(golds, docs)]

    started = time.time()
    train = gold_examples(train_files)
    dev = gold_examples(dev_files, training=False)
    silver_docs = list(nlp.pipe([p.read_text("utf-8") for p in silver_train]))
    silver_train_egs = [Example(nlp.make_doc(d.text), reference(nlp, d, None, False)) for d in silver_docs]
    silver_dev_docs = list(nlp.pipe([p.read_text("utf-8") for p in silver_dev]))
    print(f"train {len(train)} gold + {len(silver_train_egs)} silver, dev {len(dev)} gold + {len(silver_dev_docs)} silver;"
          f" {sum(len(e.reference.ents) for e in train)} training mentions", flush=True)
    for eg in train[: args.show]:
        print("---", eg.reference.text[:80].replace("\n", " "))
        print([(e.text, e.label_) for e in eg.reference.ents])

    with nlp.select_pipes(enable=["ner"]):
        print("epoch 0 (base):", score(nlp, dev), "silver kept", silver_score(nlp, silver_dev_docs), flush=True)
        optimizer = nlp.resume_training()
        optimizer.learn_rate = args.lr
        best, best_epoch, stale = None, 0, 0
        for epoch in range(1, args.epochs + 1):
            silver_pick = silver_train_egs[:]
            rng.shuffle(silver_pick)
            batch_pool = train + silver_pick[: args.silver * len(train)]
            rng.shuffle(batch_pool)
            losses = {}
            for batch in minibatch(batch_pool, size=8):
                nlp.update(batch, sgd=optimizer, drop=args.dropout, losses=losses)
            with nlp.use_params(optimizer.averages):
                figures = score(nlp, dev)
                kept = silver_score(nlp, silver_dev_docs)
                print(f"epoch {epoch}: loss {losses['ner']:.1f}", figures, "silver kept", kept,
                      f"{time.time() - started:.0f}s", flush=True)
                if args.every_epoch:
                    (args.out / f"epoch-{epoch}").mkdir(parents=True, exist_ok=True)
                    nlp.get_pipe("ner").to_disk(args.out / f"epoch-{epoch}")
                if best is None or figures["f"] > best:
                    best, best_epoch, stale = figures["f"], epoch, 0
                    args.out.mkdir(parents=True, exist_ok=True)
                    nlp.get_pipe("ner").to_disk(args.out)
                else:
                    stale += 1
            if stale >= args.patience:
                break
    print(f"best epoch {best_epoch} (dev F {best}); weights in {args.out}; {time.time() - started:.0f}s")


if __name__ == "__main__":
    main()
