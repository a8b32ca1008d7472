"""Two names joined by a possessive: "the United Nations' Food and Agriculture Organization".

English names a body's part or agency after its owner with a possessive ("the United Nations' Food and
Agriculture Organization", "CU Boulder's Cooperative Institute for Research in Environmental Sciences",
"Britain's Royal Navy"). The small model often takes owner and owned into one entity, a name nobody wrote;
:func:`names_apart_at_possessives` parts them: the owner keeps its label (a place the gazetteer knows is a
place) and the owned name is a body, or a person after an outlet ("the New York Post’s Miranda Devine": two or
three capitalised words after a paper's head word; the tagger may take the possessive for a name's word). A possessive inside a one-word name stays ("McDonald's Corporation":
one word before it, no acronym or known place; "People's Liberation Army" the same), one before a single word
("St. John's University"), and one after a role of people or a plural of people not in "s", whose body is theirs
by name ("the Catholic Bishops' Conference of the Philippines", "the National Cattlemen’s Beef Association").

Example:
    >>> [e.text for e in names_apart_at_possessives(list(nlp("… the United Nations' Food and Agriculture "
    ...     "Organization's chief …").ents))]  # doctest: +SKIP
    ['the United Nations', "Food and Agriculture Organization's"]
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.boundaries import is_person_role
from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import NOT_NAME_WORDS, ORG_HEADS
from toolkit.nlp.mistags import english_words

_LABELS = frozenset({"ORG", "GPE", "FAC"})
# Plurals of people not formed with "s", before which "’s" is the plural's possessive.
_PEOPLE_PLURALS = frozenset({"men", "women", "children", "people", "folk", "gentlemen"})
# The head words of festivals' names ("Beyond Fest", "Sundance Film Festival"): events, owned by a body before them.
_FESTIVAL_HEADS = frozenset({"fest", "festival"})
_CONNECTORS = frozenset({"of", "for", "and", "on", "in", "the", "&"})
# The head words of outlets' names, whose writers and hosts follow them with a possessive.
_OUTLET_HEADS = frozenset("""post times journal news herald tribune gazette chronicle telegraph observer guardian
    examiner magazine""".split())


def names_apart_at_possessives(ents: list[Span]) -> list[Span]:
    """The entities with an owner's name, before a possessive, parted from the owned body's name after it."""
    people = frozenset(_surname(e) for e in ents if e.label_ == "PERSON") - {""}
    out: list[Span] = []
    for ent in ents:
        part = _parted(ent) or _person_apart(ent, people)
        out.extend(part if part else [ent])
    return out


# Prepositions of place and "the" before a building's name ("at Grauman's Egyptian Theatre").
_BEFORE_BUILDINGS = frozenset({"at", "in", "into", "inside", "outside", "near", "from", "to"})


def buildings_of_founders(ents: list[Span]) -> list[Span]:
    """The entities with a building named by its founder's possessive taken whole, as one site (FAC): "the world
    premiere at Grauman's Egyptian Theatre in Hollywood" (round ent36b; the model: "Grauman" PERSON, "Egyptian
    Theatre" ORG), "shot at Ford's Theatre". English names theatres, halls and hospitals after their founders so;
    the one word before the possessive is nobody the text names otherwise ("Trump's Grand Hotel" beside "Donald
    Trump": his hotel, not its name), a preposition of place stands before it, and the name after it ends in a
    building's head word."""
    from toolkit.nlp.lexicon import FAC_HEADS

    if not ents:
        return ents
    doc = ents[0].doc
    out: list[Span] = []
    for k, ent in enumerate(ents):
        if out and k and out[-1].end > ent.start:
            continue  # (taken into the building before it)
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if (nxt is not None and len(ent) == 1 and ent.label_ in ("PERSON", "ORG") and ent[0].is_title
                and nxt.start == ent.end + 1 and doc[ent.end].text in ("'s", "’s") and not ent[0].whitespace_
                and nxt.label_ in ("ORG", "FAC") and nxt[-1].lower_ in FAC_HEADS and nxt[-1].is_title
                and ent.start > 0 and doc[ent.start - 1].lower_ in _BEFORE_BUILDINGS
                and not any(t.text == ent.text for t in doc if t.i != ent.start)):
            out.append(Span(doc, ent.start, nxt.end, label="FAC"))
            continue
        out.append(ent)
    return out


# Titles of one office holder whose possessive opens a body's name ("the President’s Council on Youth Fitness",
# "the Governor’s Office of Emergency Services", "the Prime Minister’s Office"): the office's own body.
_OFFICE_TITLES = frozenset({"president", "governor", "mayor", "premier", "chancellor", "minister", "queen", "king"})


def bodies_of_titles(ents: list[Span]) -> list[Span]:
    """The entities with a body's name that opens with its head ("Council on …", "Office of …") taking in the
    capitalised title and possessive right before it, the title standing alone (no name of its holder before
    the possessive): "the original President’s Council on Youth Fitness" → "President’s Council on Youth
    Fitness", as English names a president's, a governor's or a prime minister's own body."""
    out: list[Span] = []
    for ent in ents:
        start = _title_before(ent)
        if start is not None and (not out or out[-1].end <= start):
            ent = Span(ent.doc, start, ent.end, label=ent.label_)
        out.append(ent)
    return out


def _title_before(ent: Span) -> int | None:
    """Where the title whose possessive stands right before the body's name ``ent`` starts, if one does."""
    doc = ent.doc
    if ent.label_ != "ORG" or not ent[0].is_title or ent[0].lower_ not in ORG_HEADS or ent.start < 2:
        return None
    mark, title = doc[ent.start - 1], doc[ent.start - 2]
    if mark.text not in ("’s", "'s") or title.whitespace_ or not title.is_title or title.lower_ not in _OFFICE_TITLES:
        return None
    start = title.i
    if title.lower_ == "minister":
        if start == 0 or doc[start - 1].text != "Prime":
            return None
        start -= 1
    before = doc[start - 1] if start else None
    if before is not None and (before.ent_type_ or before.pos_ == "PROPN" or before.is_title and not before.is_sent_start):
        return None  # "Governor Newsom’s …", "Kenya’s President’s …": a holder or a country before the title
    return start


def _surname(ent: Span) -> str:
    """The last word of a person's name, its own possessive left off ("Donald J. Trump’s"); "" when a possessive
    stands inside it ("Benzinga’s Piero Cingari")."""
    words = ent[:-1] if len(ent) > 1 and ent[-1].tag_ == "POS" else ent
    return "" if any(map(_possessive, words)) else words[-1].lower_


def _person_apart(ent: Span, people: frozenset[str]) -> list[Span] | None:
    """"Benzinga’s Piero Cingari" (PERSON): a person's name holds no possessive; one word or more before it, then
    two or three capitalised proper nouns, not all common English words, are an owner (a body, or a place the
    gazetteer knows) and the person who works for it. When the owner is a person of the text ("President Trump’s
    Golden Dome", "Trump’s America First economic agenda"), the owner is the person, and what he owns a place the
    gazetteer knows, or no person's name when its words are common English words."""
    if ent.label_ != "PERSON":
        return None
    doc = ent.doc
    mark = next((t.i for t in ent[1:-1] if _possessive(t) and t.text not in ("’", "'")), None)
    if mark is None:
        return None
    first = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
    owner, owned = doc[first:mark], doc[mark + 1 : ent.end]
    if not len(owner) or not _name_like(owner) or not _name_like(owned):
        return None
    english = english_words(doc.vocab)
    common = bool(english) and all(t.lower_ in english for t in owned)  # "Golden Dome": no person's name
    if owner[-1].lower_ in people:
        if is_known_place(owned.text):
            return [Span(doc, ent.start, mark, label="PERSON"), Span(doc, owned.start, owned.end, label="GPE")]
        return [Span(doc, ent.start, mark, label="PERSON")] if common else None
    if common or not 2 <= len(owned) <= 3 or not all(t.is_title and t.is_alpha and t.pos_ == "PROPN"
                                                     and t.lower_ not in NOT_NAME_WORDS | ORG_HEADS for t in owned):
        return None
    known = is_known_place(owner.text, cities=len(owner) > 1)
    return [Span(doc, ent.start, mark, label="GPE" if known else "ORG"), Span(doc, mark + 1, ent.end, label="PERSON")]


def _parted(ent: Span) -> list[Span] | None:
    """The owner's and the owned body's spans of a name with a possessive inside it, or None to keep it whole."""
    if ent.label_ not in _LABELS:
        return None
    doc = ent.doc
    mark = next((t.i for t in ent[1:-1] if _possessive(t)), None)  # (never the last word: a name follows it)
    if mark is None:
        return None
    first = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
    owner = doc[first:mark]
    owned = doc[mark + 1 : ent.end]
    if doc[ent.end - 1].tag_ == "POS":
        owned = doc[mark + 1 : ent.end - 1]  # "… Organization's chief": the owned body's own possessive
    if len(owner) < 1 or len(owned) < 2 or not _name_like(owner) or not _name_like(owned):
        return None
    last = owner[-1].lower_
    if is_person_role(last, last[:-1] if last.endswith("s") else last) or _people_plural(last, doc.vocab):
        return None  # "the Catholic Bishops' Conference of the Philippines": a body of people named by their role
    # (a one-word owner is a place when it is a country, a state or a large city: many small towns share
    # their spelling with a common word or a title, "Time's Simon Shuster")
    known = is_known_place(owner.text, cities=len(owner) > 1)
    if owner[0].lower_.rstrip(".") in ("st", "saint", "ste") and not known:
        return None  # "St. John’s Episcopal Church": a saint's possessive names the church, no owner (round ent37b)
    if owned[-1].lower_ in _FESTIVAL_HEADS and owned[-1].is_title and ent.label_ == "ORG":
        # "as part of Hulu's Beyond Fest film festival" (round ent36b): a festival is no body's name, so the word
        # before the possessive is not its own but its owner's, a body
        return [Span(doc, ent.start, mark, label="GPE" if known else "ORG"),
                Span(doc, mark + 1, ent.end, label="EVENT")]
    if len(owner) == 1 and not (owner[0].is_upper and len(owner[0]) > 1) and not known:
        return None  # "People's Liberation Army": one word before it, the name's own
    return [Span(doc, ent.start, mark, label="GPE" if known else ent.label_),
            Span(doc, mark + 1, ent.end, label="PERSON" if _writer_of_outlet(owner, owned) else "ORG")]


def _people_plural(word: str, vocab) -> bool:
    """A plural of people that does not end in "s", so that "’s" is its plural's possessive ("the National
    Cattlemen’s Beef Association", "Children’s Hospital"): men, women, children, people, and a compound in
    "-men" of seven letters or more whose singular in "-man" is an English word ("cattlemen", "firemen"; not
    "Yemen's")."""
    if word in _PEOPLE_PLURALS:
        return True
    english = english_words(vocab)
    return len(word) >= 7 and word.endswith("men") and word.isalpha() and f"{word[:-3]}man" in english


def _possessive(token) -> bool:
    """A possessive mark, also where the tagger took it for a proper noun inside a name ("the New York Post’s
    Miranda Devine": "’s" NNP), written against the word before it."""
    if token.text in ("’", "'") and token.i + 1 < len(token.doc):  # "the United Nations’ Commission …": a plural's
        before = token.doc[token.i - 1]
        return before.lower_.endswith("s") and not before.whitespace_ and token.doc[token.i + 1].is_title
    return token.tag_ == "POS" or (token.text in ("’s", "'s") and not token.doc[token.i - 1].whitespace_)


def _writer_of_outlet(owner, owned) -> bool:
    """"the New York Post’s Miranda Devine": a paper's or a network's name ending in its head word, then a
    possessive and two or three capitalised proper nouns with no body's word, is the outlet and its writer."""
    return (owner[-1].lower_ in _OUTLET_HEADS and 2 <= len(owned) <= 3
            and all(t.is_title and t.is_alpha and t.pos_ == "PROPN" and t.lower_ not in NOT_NAME_WORDS | ORG_HEADS
                    for t in owned))


def _name_like(words: Span) -> bool:
    """Capitalised words, and connectors between them ("House of Representatives", "Food and Agriculture
    Organization")."""
    return (words[0].text[:1].isupper() and words[-1].text[:1].isupper()
            and all(t.text[:1].isupper() or t.lower_ in _CONNECTORS for t in words))
