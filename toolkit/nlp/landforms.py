"""Places of Spanish, Portuguese, Italian and French geography named by their landform in front ("Punta Tombo",
"Cerro Rico", "Bahía Blanca"), which the small model cuts in two ("Punta" GPE + "Ventana" NORP).

English news leaves these landform words untranslated, and they open the name as "Mount" and "Lake" do
in English. :func:`landform_names` joins the landform word and the capitalised words after it into one
place; the set-wide vote then labels it by its opening word (``toolkit.nlp.head_labels._LEADING_HEADS``).

English names its own waters and some lands by the landform and "of" ("the Gulf of Aden", "the Strait of
Hormuz", "the Bay of Bengal", "the Sea of Galilee"). The small model tags the place after "of" alone ("Gulf of
Oman": "Oman" GPE) or nothing ("Gulf of Aden"): :func:`landforms_of_places` makes the landform, "of" and the
capitalised words after it one place (LOC; GPE for a polity the gazetteer knows, "the Isle of Man").

Example:
    >>> [e.text for e in landform_names(list(doc.ents))]  # "… collapsed the famous Punta Ventana rock formation"  # doctest: +SKIP
    ['the previous day', 'Punta Ventana']
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import LOC_HEADS
from toolkit.nlp.lookups import indices_of

# The landform words that open such names (a closed class: see ``toolkit.nlp.head_labels._LEADING_HEADS``).
LANDFORM_OPENERS = frozenset("""punta cabo islas ilha cerro lago laguna bahía bahia playa praia volcán
    volcan abri grotte lac baie pointe""".split())  # (not "isla", a given name as well: "Isla Fisher"); French
# ones too, which English news about archaeology and geography leaves untranslated ("Abri Peyrony", a rock
# shelter; "Grotte Chauvet"; "Lac Léman"); not "mont" ("Mont Blanc" is a pen maker's too) nor "col" (a colonel)
# Particles inside such names ("Playa del Carmen", "Isla de la Juventud").
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "do", "da", "dos", "das", "di"})


def landform_names(ents: list[Span]) -> list[Span]:
    """Join an entity that is a landform word alone, or that opens with one, to the capitalised words and
    entities right after it: one place (LOC; GPE for a city the gazetteer knows, "Punta Arenas").

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans, with each cut landform name whole; entities it covers are dropped.
    """
    out: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        doc = ent.doc
        if ent[0].lower_ not in LANDFORM_OPENERS or not ent[0].is_title or ent.label_ not in (
                "GPE", "LOC", "PERSON", "ORG", "NORP", "FAC"):
            out.append(ent)
            k += 1
            continue
        end = ent.end
        while end < len(doc) and end - ent.start < 6:
            token = doc[end]
            if token.is_title and token.pos_ == "PROPN" and token.is_alpha:
                end += 1
            elif token.lower_ in _PARTICLES and end + 1 < len(doc) and doc[end + 1].is_title:
                end += 1
            else:
                break
        while end > ent.end and doc[end - 1].lower_ in _PARTICLES:
            end -= 1
        covered = k + 1
        while covered < len(ents) and ents[covered].start < end:
            covered += 1
        if end == ent.end or ents[covered - 1].end > end or end - ent.start < 2:
            out.append(ent)  # nothing after it, or an entity running past the capitalised words
            k += 1
            continue
        name = Span(doc, ent.start, end)
        out.append(Span(doc, ent.start, end, label="GPE" if is_known_place(name.text, cities=True) else "LOC"))
        k = covered
    return out


# The definite articles of Spanish, French, Italian and Portuguese that open places' names ("Las Estrellas",
# "Los Alamos", "Le Havre", "La Paz"): a closed class; English news leaves them untranslated.
PLACE_ARTICLES = frozenset({"la", "las", "los", "el", "le", "les"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def places_after_articles(ents: list[Span]) -> list[Span]:
    """Join a place the model made of a Romance article alone to the place right after it ("in Las Estrellas'
    village": "Las" GPE + "Estrellas" GPE → "Las Estrellas" GPE), with the second place's label.

    Only where both are places and nothing stands between them: an article the model tags as a place alone is
    never a place by itself, and a person ("Le Duc Tho") or a body named so is left to the model.

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans, each article joined to the place after it.
    """
    out: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if (nxt is not None and len(ent) == 1 and ent[0].lower_ in PLACE_ARTICLES and ent[0].is_title
                and nxt.start == ent.end and ent.label_ in _PLACE_LABELS and nxt.label_ in _PLACE_LABELS):
            out.append(Span(ent.doc, ent.start, nxt.end, label=nxt.label_))
            k += 2
            continue
        out.append(ent)
        k += 1
    return out


def places_to_landform_heads(ents: list[Span]) -> list[Span]:
    """Run a place on over the capitalised landform noun right after it that the model left out ("its position
    in Jakarta Bay": "Jakarta" GPE, "Bay" untagged → "Jakarta Bay" LOC), as English names a bay, a river or a
    strait after the town or land it lies by (``LOC_HEADS``).

    Only where the noun is a proper noun in no entity and ends the name (no capitalised proper noun after it:
    "the Sydney Harbour Bridge" is a bridge's name, left to the model); the set-wide vote then labels the
    name by its head (LOC; GPE for a country so named, "Solomon Islands").

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans, each place followed by its landform's noun run on over it.
    """
    out: list[Span] = []
    for k, ent in enumerate(ents):
        doc, end = ent.doc, ent.end
        nxt = ents[k + 1].start if k + 1 < len(ents) else len(doc)
        if (ent.label_ in _PLACE_LABELS and end < nxt and doc[end].lower_ in LOC_HEADS and doc[end].is_title
                and doc[end].pos_ == "PROPN" and ent[-1].tag_ != "POS" and ent[-1].whitespace_
                and not (end + 1 < len(doc) and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN")):
            ent = Span(doc, ent.start, end + 1, label="LOC")
        out.append(ent)
    return out


# The English landform words that open a name with "of" (a closed class): waters, and an isle.
_OF_LANDFORMS = frozenset({"gulf", "bay", "sea", "strait", "straits", "isle", "bight", "firth"})
_LONGEST_OF = 3  # capitalised words after "of" ("the Gulf of Saint Lawrence")


def landforms_of_places(ents: list[Span]) -> list[Span]:
    """Make one place of a capitalised landform word, "of" and the capitalised words after it ("Gulf of Aden"),
    in place of the entities inside it; a name that runs past it ("Gulf of Maine Research Institute") is left.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    if not ents:
        return ents
    doc = ents[0].doc
    # (found in the Doc's array of lower-case forms: most texts name no such landform)
    starts = [i for i in indices_of(doc, LOWER, _OF_LANDFORMS) if doc[i].is_title and i + 2 < len(doc)
              and doc[i + 1].lower_ == "of"]
    if not starts:
        return ents
    added: list[Span] = []
    for i in starts:
        end = i + 2
        while end < len(doc) and end - i - 2 < _LONGEST_OF and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end == i + 2:
            continue
        if any(e.start < end and i < e.end and (e.start < i or e.end > end) for e in ents):
            continue  # a longer name of the model's ("the Gulf of Maine Research Institute"; "the Bay of Pigs invasion")
        name = doc[i:end]
        added.append(Span(doc, i, end, label="GPE" if is_known_place(name.text, cities=True) else "LOC"))
    if not added:
        return ents
    kept = [e for e in ents if not any(a.start <= e.start and e.end <= a.end for a in added)]
    return sorted(kept + added, key=lambda e: e.start)
