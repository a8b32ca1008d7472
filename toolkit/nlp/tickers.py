"""Stock tickers after a firm's name: "AbbVie (NYSE: ABBV)", "Neurocrine Biosciences (Nasdaq: NBIX)".

Press releases and the business and trade press write a listed firm's exchange and ticker in brackets after its name
the first time they name it. The ticker is the firm's short form, no body of its own, and the small model tags it a
body apart ("ABBV" ORG) while it often leaves a made-up firm's name before the brackets untagged ("AbbVie").
:func:`firms_before_tickers` tags such a name; :func:`ticker_after_exchange` tells the index that a ticker names the
firm before its brackets (:mod:`toolkit.nlp.mentions`). The exchange itself ("NYSE") is a body and stays one.

Example:
    >>> [e.text for e in firms_before_tickers(nlp("AbbVie (NYSE: ABBV) expects data."), set())]  # doctest: +SKIP
    ['AbbVie']
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from toolkit.nlp.lookups import indices_of

# The exchanges news names before a ticker, as written (a closed class of the world's main stock markets).
EXCHANGES = frozenset("""NYSE NASDAQ Nasdaq AMEX NYSEAMERICAN TSX TSXV LSE ASX NSE BSE HKEX SGX JSE OTC OTCQX
    Euronext TSE""".split())


def _ticker(doc: Doc, i: int) -> bool:
    """Whether the token at ``i`` is a ticker in capitals after an exchange and a colon in brackets, the bracket
    closing after it: "(NYSE: ABBV)", "(Nasdaq: NBIX)"."""
    return (i >= 3 and i + 1 < len(doc) and doc[i - 1].text == ":" and doc[i - 2].text in EXCHANGES
            and doc[i - 3].text == "(" and doc[i + 1].text == ")" and doc[i].text.replace(".", "").isalnum()
            and doc[i].text.isupper() and len(doc[i]) <= 6)


def ticker_after_exchange(span: Span) -> bool:
    """Whether a one-word name is a ticker in "(<exchange>: <ticker>)"."""
    return len(span) == 1 and _ticker(span.doc, span.start)


def firms_before_tickers(doc: Doc, taken: set[int]) -> list[Span]:
    """Firms the model left untagged right before "(<exchange>: <ticker>)": the one to three capitalised words of no
    entity before the bracket ("AbbVie (NYSE: ABBV) expects …"), a body (ORG)."""
    found = []
    for colon in indices_of(doc, ORTH, {":"}):
        if not _ticker(doc, colon + 1):
            continue
        end = colon - 2  # the bracket
        start = end
        while (start > 0 and end - start < 3 and start - 1 not in taken and not doc[start - 1].ent_type_
               and doc[start - 1].pos_ in ("PROPN", "NOUN") and doc[start - 1].text[:1].isupper()
               and doc[start - 1].is_alpha):
            start -= 1
            if doc[start].is_sent_start:
                break  # (the firm opens the sentence: "AbbVie (NYSE: ABBV) expects …")
        if start < end:
            found.append(Span(doc, start, end, label="ORG"))
    return found


def firms_labelled_before_tickers(ents: list[Span]) -> list[Span]:
    """The entities with a name right before "(<exchange>: <ticker>)" labelled a body, as a listed firm is
    ("Neurocrine Biosciences (Nasdaq: NBIX)", which the model calls a person)."""
    out = []
    for e in ents:
        if e.label_ in ("PERSON", "GPE", "NORP", "PRODUCT") and _ticker(e.doc, e.end + 3) and e.doc[e.end].text == "(":
            e = Span(e.doc, e.start, e.end, label="ORG")
        out.append(e)
    return out
