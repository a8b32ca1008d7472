"""Acronyms: bodies named by their initials, and short forms in brackets.

The small model misses bodies written as an acronym ("an open race sanctioned under IAAF
rules", :func:`acronym_names`) and cuts a name in capitals short ("the journal PLOS ONE",
:func:`upper_tails`).

An acronym right after a name in brackets is that name, with its label.

News gives a long name once with its acronym in brackets and the acronym after that ("the Kennedy
Space Center (KSC)", "Walter Reed National Military Medical Center (WRNMMC)"). The small model
labels the acronym on its own, as a body, even when the long name is a building or a place.
:func:`short_forms` gives the acronym the long name's label, so that the set reads both as one
name (the index merges a name and its initials when they agree).

A word of two to four capitals alone is almost never a person: the model reads "MAGA", "DEI", "TED" or a title
("MP", "VP") as one. :func:`acronyms_off_people` gives such a "person" the label of the bodies written the same
way (ORG), and drops a title; a person the text names by initials ("Mohammed bin Salman" … "MBS") or writes
in capitals elsewhere ("VANCE:" in a transcript beside "Vance") stays a person.

A word of two to four capitals that spells an English word's abbreviation ("AI", "IT", "TV") is no place either,
though the model often calls "AI" one (the ISO code of Anguilla, which news writes in full):
:func:`acronyms_off_places` drops such a "place" unless it is a usual short form of a country or a union ("US",
"UK", "EU"), a state's or province's postal code ("LA", "BC", "NSW"), or the initials of a place the text names.

An acronym that heads a noun phrase opened by "a" or "an", or counted in the plural, is a kind of thing, not a name
("destroyed a VBIED", "a UAV", "six VBIEDs", "an IED"): a body, a place or a person is never "a NATO" or "six
NASAs". :func:`acronyms_as_common_nouns` drops such an entity; an acronym modifying the noun after it ("a NATO
summit", "an FBI agent") is left to the other rules.

Example:
    >>> [(e.text, e.label_) for e in short_forms(list(doc.ents))]   # doctest: +SKIP
    [('the Kennedy Space Center', 'FAC'), ('KSC', 'FAC')]
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from toolkit.nlp.bracketed_short_forms import short_forms_defined
from toolkit.nlp.gazetteer import us_state_codes
from toolkit.nlp.initials import acronym_of
from toolkit.nlp.lexicon import HYPHENS, LEGISLATOR_TITLES, NAME_LABELS, ORG_HEADS, TITLE_WORDS
from toolkit.nlp.lookups import doc_text, entities, indices_of, upper_case_indices
from toolkit.nlp.mistags import english_words
from toolkit.nlp.surfaces import KNOWN_ALIASES


def short_forms(ents: list[Span]) -> list[Span]:
    """Relabel an acronym in brackets right after a name as that name, when it is the name's initials.

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans, each "(ACRONYM)" after a name of another label taking the name's label.
    """
    out: list[Span] = []
    for ent in ents:
        previous = out[-1] if out else None
        if (previous is not None and ent.start == previous.end + 1 and len(ent) == 1 and ent.label_ != previous.label_
                and previous.label_ in NAME_LABELS and ent.label_ in NAME_LABELS
                and ent.doc[previous.end].text == "(" and ent.end < len(ent.doc) and ent.doc[ent.end].text == ")"
                and ent[0].is_upper and ent[0].is_alpha
                and acronym_of(" ".join(t.lower_ for t in previous if t.lower_ != "the")) == ent[0].lower_):
            ent = Span(ent.doc, ent.start, ent.end, label=previous.label_)
        out.append(ent)
    return out


_POSSESSIVE_DETERMINERS = frozenset({"its", "their", "his", "her", "our", "my", "your"})


def stands_alone(text: str, word: str) -> bool:
    """Whether a word of letters occurs in ``text`` as a whole word: ``re.search(rf"\\b{word}\\b", text)``
    without a pattern compiled for each word and tried at every position of a long text."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _word_character(text[at - 1])) and (end == len(text) or not _word_character(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _word_character(char: str) -> bool:
    return char.isalnum() or char == "_"  # what "\w" matches in a str pattern


def acronym_names(doc: Doc, taken: set[int], *, text: str | None = None) -> list[Span]:
    """Bodies the model missed that are written as an acronym: "an open race sanctioned under IAAF
    rules", "the journal PLOS ONE". An upper-case proper noun of three to six letters that is no
    English word ("GDP", "DNA", "HIV" are), not in a heading written in capitals, not owned ("its
    GDP") and not the first part of a code ("COVID-19"), with any upper-case words right after it.
    ``text`` is ``doc.text``, when the caller has it."""
    english = english_words(doc.vocab)
    if not english or not len(doc):
        return []
    found: list[Span] = []
    # (Doc.text joins every token anew on each call: read once, when first needed, if not given)
    for i in upper_case_indices(doc):
        token = doc[i]
        before = doc[i - 1] if i > 0 else None
        after = doc[i + 1] if i + 1 < len(doc) else None
        joined = (after is not None and after.text in HYPHENS and not token.whitespace_ and not after.whitespace_
                  and i + 2 < len(doc) and doc[i + 2].is_upper and doc[i + 2].is_alpha and len(doc[i + 2]) > 1
                  and i + 2 not in taken and not doc[i + 2].ent_type_
                  and not (token.lower_ in english and doc[i + 2].lower_ in english))  # "ABS-CBN", not "HIV-AIDS"
        if (i in taken or token.ent_type_ or not token.is_alpha or not 3 <= len(token) <= 6 or token.pos_ != "PROPN"
                or token.lower_ in english and not joined or (found and found[-1].end > i)
                or token.lower_ in LEGISLATOR_TITLES):  # "German MEP Andreas Schwab": a member's title, no body
            continue
        if before is not None and (before.is_upper and before.is_alpha and len(before) > 1
                                   or before.lower_ in _POSSESSIVE_DETERMINERS):
            continue  # a heading in capitals, or "its GDP"
        start = i
        if (i >= 2 and before.text in HYPHENS and not before.whitespace_ and not doc[i - 2].whitespace_
                and doc[i - 2].is_upper and doc[i - 2].is_alpha):
            continue  # the second half of "ABS-CBN", taken with the first
        if after is not None and after.text in HYPHENS and not token.whitespace_:
            if not joined:
                continue  # "COVID-19", "MH-17": a code
            i += 2  # "ABS-CBN", "CNDD-FDD": two acronyms joined by a hyphen are one name
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children) or _spelt_out_term(token):
            continue
        text = doc_text(doc) if text is None else text
        if stands_alone(text, token.text + "s"):
            continue  # "an HPC SIG", "SIGs", "End of Life (EOL)": a common noun or a term, not a body
        end = i + 1
        while (end < len(doc) and end not in taken and doc[end].is_upper and doc[end].is_alpha and end - i < 3
               and doc[end].lower_ not in LEGISLATOR_TITLES):  # ("TDP MP K Rammohan Naidu": a member and his name)
            end += 1
        found.append(Span(doc, start, end, label="ORG"))
    return found


# A firm's officers' titles in capitals ("CEO", "CFO"), which close no body's name before the holder's.
_OFFICERS = frozenset({"ceo", "cfo", "coo", "cto", "cio"})


def upper_tails(ents: list[Span]) -> list[Span]:
    """A body's name in capitals that the model cut short: "the journal PLOS ONE", where it took
    "PLOS" alone (and "ONE" for a number). An organisation ending in an upper-case word runs on
    over the upper-case words right after it (two at most), taking in a number written that way
    or capitalised ("PLOS One") but no other entity."""
    out: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        doc, end = ent.doc, ent.end
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        limit = min(len(doc), ent.end + 2)
        if nxt is not None and not (nxt.label_ == "CARDINAL" and all(_capital_word(t) for t in nxt)):
            limit = min(limit, nxt.start)  # another entity stops the name; "ONE", "One" (CARDINAL) do not
        if ent.label_ == "ORG" and ent[-1].is_upper and ent[-1].is_alpha:
            while (end < limit and _capital_word(doc[end]) and len(doc[end]) > 1
                   and doc[end].pos_ in ("PROPN", "NOUN", "NUM", "ADJ") and doc[end - 1].whitespace_
                   and doc[end].lower_ not in LEGISLATOR_TITLES | _OFFICERS):  # ("BJP MP Anurag Thakur": the
                end += 1  # member's title; "Business Leadership SA CEO Busisiwe Mavuso": the officer's)
        if (ent.label_ == "ORG" and len(ent) >= 2 and ent[-1].lower_ in LEGISLATOR_TITLES | _OFFICERS
                and ent[-1].is_upper and nxt is not None and nxt.label_ == "PERSON" and nxt.start == ent.end):
            out.append(Span(doc, ent.start, ent.end - 1, label="ORG"))  # "Labour MP" + "Jess Phillips": the party,
            k += 1  # the member's title after it no part of its name (round wire39); "Business Leadership SA CEO"
            continue  # + "Busisiwe Mavuso": the body, its officer's title no part of its name (round wire40)
        if end > ent.end:
            out.append(Span(doc, ent.start, end, label="ORG"))
            if nxt is not None and nxt.start < end:
                k += 1  # the number taken into the name is no entity of its own
                if nxt.end > end:  # part of it left over: keep the name as the model had it
                    out[-1] = ent
                    out.append(nxt)
        else:
            out.append(ent)
        k += 1
    return out


def _capital_word(token) -> bool:
    """An upper-case word, or a number word capitalised inside a sentence ("PLOS One"), which only a name does."""
    return token.is_alpha and (token.is_upper or token.is_title and token.like_num and not token.is_sent_start)


def _spelt_out_term(token) -> bool:
    """Whether an acronym is spelt out in brackets beside it by words that name no body: "End of
    Life (EOL)", "HPC (High Performance Computing)"; not "NATO (North Atlantic Treaty Organization)"."""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "(":
        words = [t for t in doc[max(0, i - 1 - 2 * len(token)) : i - 1] if t.is_alpha]
    elif i + 2 < len(doc) and doc[i + 1].text == "(":
        close = next((t.i for t in doc[i + 2 : i + 3 + 2 * len(token)] if t.text == ")"), None)
        words = [t for t in doc[i + 2 : close] if t.is_alpha] if close is not None else []
    else:
        return False
    every = "".join(t.text[0] for t in words).upper()  # "End of Life": EOL
    capitals = "".join(t.text[0] for t in words if t.text[0].isupper())  # "Department of Defense": DD
    return (bool(words) and (every.endswith(token.text) or capitals.endswith(token.text))
            and not {t.lower_ for t in words} & ORG_HEADS)


# Words a long name holds that its initials skip ("Movimento 5 Stelle", "Union of … and …").
_SKIPPED_IN_INITIALS = frozenset({"of", "the", "and", "for", "on", "&", "de", "di", "del", "della", "des", "du", "la", "le"})
_CUT_LABELS = frozenset({"PERSON", "CARDINAL", "ORDINAL", "NORP", "ORG", "QUANTITY"})
# The Arabic article joined by a hyphen to the word after it ("Hayat Tahrir al-Sham (HTS)", "Jabhat al-Nusra (JN)"):
# it gives no letter of an acronym, as "of" and "the" give none in English (round wire37).
_HYPHENED_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an"})


def names_spelt_by_acronyms(doc: Doc, ents: list[Span]) -> list[Span]:
    """A body's name the model cut, which the acronym in brackets after it spells in full, is one name.

    "the deputies of Movimento 5 Stelle (M5S)": the model reads "5" as a number and "Stelle" as a person, and
    leaves "M5S" untagged. The initials of the capitalised words and numbers before the bracket, read from
    the bracket back ("Stelle", "5", "Movimento", skipping "of", "and", "the" and the articles of Romance
    languages), are the acronym's letters: the words from the first one are the body's name (ORG) and the
    acronym its short form. The words must be untagged or in the model's pieces (a person, a number, a people or
    a body) that lie inside the name; a name the model found whole, or a name already spelt by its acronym, is
    left as it is (:func:`short_forms`).
    """
    brackets = [i for i in tokens_between_brackets(doc)]
    if not brackets:
        return ents
    by_token = {at: e for e in ents for at in range(e.start, e.end)}
    replaced: set[int] = set()  # starts of the entities the new names take in
    added: list[Span] = []
    for i in brackets:
        acronym = doc[i].text
        letters = acronym.lower()
        spelt = ""
        # read back over the words before "(": each capitalised word or number gives its first character
        k = i - 2
        found = None
        while k >= 0 and i - 1 - k <= 8:
            word = doc[k]
            if word.lower_ in _SKIPPED_IN_INITIALS and k < i - 2:
                k -= 1
                continue
            if (word.text in HYPHENS and k >= 2 and k < i - 2 and not word.whitespace_
                    and doc[k - 1].lower_ in _HYPHENED_ARTICLES and not doc[k - 1].whitespace_):
                k -= 2  # "al-" before the word whose letter was read
                continue
            if word.is_digit:
                spelt = word.text + spelt
            elif word.is_title and word.is_alpha:
                spelt = word.lower_[0] + spelt
            else:
                break
            if spelt == letters:
                found = k
                break
            if not letters.endswith(spelt):
                break
            k -= 1
        if found is None or i - 1 - found < 2:
            continue
        inside = {by_token[t].start: by_token[t] for t in range(found, i - 1) if t in by_token}
        if any(e.start < found or e.end > i - 1 or e.label_ not in _CUT_LABELS for e in inside.values()):
            continue  # a name of another kind, or one that runs beyond the spelt words
        if len(inside) == 1 and next(iter(inside.values())).start == found and next(iter(inside.values())).end == i - 1:
            continue  # the model's own name, whole
        if not any(e.label_ in ("PERSON", "CARDINAL", "NORP") for e in inside.values()) and len(inside) <= 1:
            continue  # only a cut that the model made with a wrong piece, or several pieces
        own = by_token.get(i)
        if own is not None and (own.start != i or own.end != i + 1):
            continue
        replaced.update(inside)
        added.append(Span(doc, found, i - 1, label="ORG"))
        if own is not None:
            replaced.add(own.start)
        added.append(Span(doc, i, i + 1, label="ORG"))
    if not added:
        return ents
    return sorted([e for e in ents if e.start not in replaced] + added, key=lambda e: e.start)


def tokens_between_brackets(doc: Doc) -> list[int]:
    """The indices of acronyms standing alone between brackets: "(", a word of two to six capitals and digits with two
    capitals at least, ")"; found from the Doc's upper-case words, not by testing every token."""
    uppers = upper_case_indices(doc) if "(" in doc_text(doc) else ()
    out = []
    for i in uppers:
        i = int(i)
        if 0 < i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")":
            text = doc[i].text
            if 2 <= len(text) <= 6 and text.isalnum() and sum(c.isupper() for c in text) >= 2:
                out.append(i)
    return out


def names_spelt_by_acronyms_elsewhere(ents: list[Span]) -> list[Span]:
    """A body's name the model cut into touching pieces, which an acronym the text uses elsewhere spells, is one
    name (round entities47).

    "organised by Akhil Bharat Hindu Mahasabha (All India Hindu Union) president Swami Chakrapani", then "ABHM
    president Chakrapani said": the model reads "Akhil Bharat Hindu" and "Mahasabha" as two people, and the
    bracket holds a translation, not the initials. Pieces that touch (no word between them), at least one of
    them a person or a people and all of the kinds a cut gives, whose capitalised words' initials (skipping
    "of", "and", "the") spell a one-word acronym the text tags as a body elsewhere, are one body (ORG); the index
    then joins the acronym to it. A name the model found whole is left.
    """
    acronyms = {e.text.lower() for e in ents
                if e.label_ == "ORG" and len(e) == 1 and e[0].is_upper and e[0].is_alpha and 3 <= len(e[0]) <= 6}
    if not acronyms:
        return ents  # the common case: no acronym of a body
    out: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        run = k
        while run + 1 < len(ents) and ents[run + 1].start == ents[run].end and ents[run + 1].label_ in _CUT_LABELS \
                and ents[run + 1].end - ent.start <= 8:
            run += 1
        pieces = ents[k : run + 1]
        if (run > k and ent.label_ in _CUT_LABELS and any(p.label_ in ("PERSON", "NORP") for p in pieces)
                and _initials(ent.doc[ent.start : pieces[-1].end]) in acronyms):
            out.append(Span(ent.doc, ent.start, pieces[-1].end, label="ORG"))
            k = run + 1
            continue
        out.append(ent)
        k += 1
    return out


def _initials(span: Span) -> str:
    """The initials of a span's capitalised words, skipping the small words of names ("" when a word is neither)."""
    letters = []
    for t in span:
        if t.lower_ in _SKIPPED_IN_INITIALS:
            continue
        if not (t.is_title and t.is_alpha):
            return ""
        letters.append(t.lower_[0])
    return "".join(letters)


def acronyms_defined_in_brackets(doc: Doc, names: list[Span], taken: set[int]) -> list[Span]:
    """An acronym a text defines in brackets right after a body's name, "the World Health Organization
    (WHO)", is that body wherever the text writes it in capitals, even where it spells an English word the
    tagger reads as one ("the WHO's temporary designation", "WHO director-general Tedros", "per WHO
    guidelines"), which :func:`acronym_names` leaves. The body (ORG) must be named by the words right before
    the bracket, whose capitalised words' initials spell the acronym; a word in capitals beside other
    capitals (a heading) or joined by a hyphen to a code is left, as by :func:`acronym_names`, and so is one
    after "a" (a common noun: "it a PCI") or before a capitalised word (a title: "IM Dorsa Derakhshani").

    Visits only the Doc's words in capitals (its arrays), and returns at once when none is between brackets
    after a body.
    """
    capitals = upper_case_indices(doc)
    defined = _defined_in_brackets(doc, names, capitals)
    return _bodies_written_as(doc, defined, capitals, taken) if defined else []


# The fewest initials a body's name must have for a word in capitals elsewhere in the text to be read as its
# acronym without brackets: two letters ("AB", "PM") match too many names by chance.
_FEWEST_INITIALS = 3


def acronyms_of_named_bodies(doc: Doc, taken: set[int]) -> list[Span]:
    """A body the text names in full once and then by its initials in capitals without defining them in brackets
    ("The Coalition decision … before the Coalition Provisional Authority goes out of business …" … "How did the
    CPA get to the point …", round entities63): the word in capitals is that body (ORG), where the tagger reads it
    as an English word or a common noun and :func:`acronym_names` leaves it. The body is one the model tagged,
    of three capitalised words or more (small words of names skipped) whose initials spell the word; the word is
    left where :func:`acronyms_defined_in_brackets` leaves it (a heading, a code, a status after "a", a title), and
    so is a word alone between brackets (that rule's, or an editor's insertion: "[WGM] Nazí Paikidze", a title)
    and one the text also writes with a plural "s" ("the other SIG proposals" beside "SIGs": a common noun).

    Visits only the Doc's words in capitals (its arrays) once a body of three initials is named.

    Args:
        doc: the parsed document.
        taken: indices of the tokens entities found so far hold.
    """
    initials = {_initials(e) for e in entities(doc) if e.label_ == "ORG"}
    initials = {i for i in initials if len(i) >= _FEWEST_INITIALS}
    if not initials:
        return []
    capitals = upper_case_indices(doc)
    defined = {doc[i].text for i in capitals if doc[i].lower_ in initials and doc[i].is_alpha}
    text = doc_text(doc) if defined else ""
    defined = {word for word in defined if not stands_alone(text, word + "s")}  # "SIGs": a common noun, as in
    if not defined:  # acronym_names
        return []
    n = len(doc)
    # (a word alone between brackets is defined, or inserted by an editor: "[WGM] Nazí Paikidze", a title)
    return [e for e in _bodies_written_as(doc, defined, capitals, taken)
            if not (e.start > 0 and e.end < n and doc[e.start - 1].text in "([" and doc[e.end].text in ")]")]


def _bodies_written_as(doc: Doc, defined: set[str], capitals: list[int], taken: set[int]) -> list[Span]:
    """The untagged words in capitals spelt as one of ``defined``, each a body (ORG), but for a heading in
    capitals, a code, a status after "a" or a title before a name."""
    found = []
    n = len(doc)
    for i in capitals:
        token = doc[i]
        if token.text not in defined or i in taken or token.ent_type_:
            continue
        neighbours = [doc[k] for k in (i - 1, i + 1) if 0 <= k < n]
        if any(t.is_upper and t.is_alpha and len(t) > 1 or t.text in HYPHENS and not t.whitespace_
               for t in neighbours):
            continue  # a heading in capitals, or a code ("WHO-CHOICE")
        if i + 1 < n and doc[i + 1].is_title and not doc[i + 1].is_sent_start:
            continue  # "IM Dorsa Derakhshani" after "International Master (IM)": a title before a name
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
            continue  # "the EU considers it a PCI": a status, a common noun, not the body
        found.append(Span(doc, i, i + 1, label="ORG"))
    return found


def bracket_acronyms(doc: Doc) -> set[str]:
    """The acronyms a Doc defines in brackets right after a body's name among its entities ("the World Health
    Organization (WHO)" → {"WHO"}): words in capitals that name that body even where they spell an English word."""
    return _defined_in_brackets(doc, list(doc.ents), upper_case_indices(doc))


def _defined_in_brackets(doc: Doc, names: list[Span], capitals: list[int]) -> set[str]:
    if not capitals:
        return set()
    bodies_ending = {e.end: e for e in names if e.label_ == "ORG"}
    defined: set[str] = set()
    n = len(doc)
    for i in capitals:
        token = doc[i]
        if (i < 2 or i + 1 >= n or not token.is_alpha or not 2 <= len(token) <= 6 or doc[i - 1].text != "("
                or doc[i + 1].text != ")"):
            continue
        body = bodies_ending.get(i - 1)
        if body is None:  # the model's span run over the bracket: "the World Health Organization (WHO"
            over = bodies_ending.get(i + 1)
            body = over[:i - 1 - over.start] if over is not None and i - 1 > over.start else None
        if body is not None and _initials(body) == token.lower_:
            defined.add(token.text)
    return defined


def short_names_defined_in_brackets(ents: list[Span]) -> list[Span]:
    """A short name written as one capitalised word that a text defines in brackets right after a body's name
    (:func:`~toolkit.nlp.bracketed_short_forms.short_forms_defined`: cut from that name's words, "The Philippine
    Institute of Volcanology and Seismology (Phivolcs) reported", phi-volc-s; or of another make the text then uses
    as a name, "The California Department of Forestry and Fire Protection (CalFire) said …. CalFire requested …") is
    that body: the bracket's word and every other one-word entity or untagged word of the Doc written the same
    ("according to Phivolcs", which the model calls a person; "Phivolcs recorded 611 aftershocks",
    untagged) become bodies (ORG). A word inside another name is left, and so is a word in capitals
    (:func:`acronyms_defined_in_brackets`).

    Visits the Doc's entities; the Doc's words are looked up (:func:`~toolkit.nlp.lookups.indices_of`) only for a word
    so defined.
    """
    if not ents:
        return ents
    doc = ents[0].doc
    defined = {text for text, pair in short_forms_defined(doc, ents).items() if pair is not None and not pair.initials}
    if not defined:
        return ents
    words = set(indices_of(doc, ORTH, defined))  # (a short form of another make is never written before its brackets)
    out = []
    for e in ents:
        if len(e) == 1 and e.start in words:
            words.discard(e.start)
            out.append(e if e.label_ == "ORG" else Span(doc, e.start, e.end, label="ORG"))
        elif any(t.i in words for t in e):
            words -= set(range(e.start, e.end))  # inside another name: left as it is
            out.append(e)
        else:
            out.append(e)
    out += [Span(doc, i, i + 1, label="ORG") for i in sorted(words)]
    return sorted(out, key=lambda s: s.start)


def _named_person(acronym: str, people: list[Span]) -> bool:
    """Whether a person of the text is written ``acronym`` in capitals or has it for initials ("MBS")."""
    for person in people:
        words = [t.text for t in person if t.is_alpha]
        if acronym.title() in words or "".join(w[0] for w in words).upper() == acronym:
            return True
    return False


def acronyms_off_people(ents: list[Span]) -> list[Span]:
    """Relabel as bodies the "people" that are a word of two to four capitals, and drop the titles among them
    (see the module's docstring).

    Args:
        ents: entity spans in document order, none overlapping.
    """
    capitals = [e for e in ents if e.label_ == "PERSON" and len(e) == 1 and e[0].is_upper and e[0].is_alpha
                and 2 <= len(e[0].text) <= 4]
    if not capitals:
        return ents
    people = [e for e in ents if e.label_ == "PERSON" and e not in capitals]
    out: list[Span] = []
    for ent in ents:
        if ent not in capitals or _named_person(ent.text, people):
            out.append(ent)
        elif ent.text.lower() in TITLE_WORDS or ent.text.lower() in LEGISLATOR_TITLES or ent.text.lower() == "vp":
            continue  # "the MP", "the VP": a post, no one named
        else:
            out.append(Span(ent.doc, ent.start, ent.end, label="ORG"))
    return out


_INDEFINITE_ARTICLES = frozenset({"a", "an"})


def _common_acronym(ent: Span) -> bool:
    """Whether ``ent`` is an acronym used as a common noun: the head of a phrase opened by "a"/"an" ("a VBIED")
    or its plural counted by a number ("six VBIEDs")."""
    if len(ent) != 1 or ent.start == 0:
        return False
    word, doc = ent[0], ent.doc
    plural = word.text.endswith("s") and word.text[:-1].isupper()
    if not (word.is_alpha and (word.is_upper or plural) and len(word.text) >= 2 + plural):
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    if (after is not None and (after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or after.text in HYPHENS)
            or word.dep_ in ("compound", "amod")):
        return False  # "a NATO summit", "an ISIL-held building": the acronym modifies the phrase's noun
    before = doc[ent.start - 1]
    return before.lower_ in _INDEFINITE_ARTICLES if not plural else before.like_num or before.pos_ == "NUM"


def acronyms_as_common_nouns(ents: list[Span]) -> list[Span]:
    """Drop the acronyms used as common nouns: "a VBIED", "a UAV", "six VBIEDs" (see the module's docstring).

    Args:
        ents: entity spans in document order, none overlapping.
    """
    common = [e for e in ents if e.label_ in NAME_LABELS and _common_acronym(e)]
    if not common:
        return ents
    # A body named with an article once ("a NATO which is really reinvigorated") and bare elsewhere in the text
    # is a name: a singular "a …" drops the acronym only where the text never uses it as a name.
    named = {e.text for e in ents if e.label_ in NAME_LABELS and len(e) == 1 and e not in common}
    drop = {id(e) for e in common if e.text not in named or (e.text.endswith("s") and e.text[:-1].isupper())}
    return [e for e in ents if id(e) not in drop]


# The postal codes of Canada's provinces and territories and of Australia's states and territories (closed
# classes, as the US states' codes of the gazetteer): "in Kamloops, BC", "Sydney, NSW".
_PROVINCE_CODES = frozenset({"AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",
                             "NSW", "QLD", "VIC", "TAS", "ACT"})


def acronyms_off_places(ents: list[Span]) -> list[Span]:
    """Drop the "places" that are an English word's abbreviation in capitals ("AI", "TV"; see the module's
    docstring); a known short form, a postal code or the initials of a place of the text stays.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    capitals = [e for e in ents if e.label_ in ("GPE", "LOC") and len(e) == 1 and e[0].is_upper and e[0].is_alpha
                and 2 <= len(e[0].text) <= 4]
    if not capitals:
        return ents
    english = english_words(capitals[0].doc.vocab)
    wrong = [e for e in capitals if e.text.lower() in english and e.text.lower() not in KNOWN_ALIASES
             and e.text not in _PROVINCE_CODES and e.text not in us_state_codes()]
    if not wrong:
        return ents
    initials = {acronym_of(e.text.lower()) for e in ents if e.label_ in ("GPE", "LOC") and len(e) > 1}
    return [e for e in ents if e not in wrong or e.text.lower() in initials]
