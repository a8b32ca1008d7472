"""Abbreviated titles of office and rank before a name: "PM Modi", "EAM S Jaishankar", "Det Ch Insp Andy Knowles".

Indian, British and Commonwealth news write an office or a police rank in its abbreviated form right before the
holder's name: "PM Modi posted on X", "EAM S Jaishankar is expected to travel", "Det Ch Insp Andy Knowles said",
"Det Sgt Jane Wilson", "Cllr Sarah Jones"; New Zealand and Australian police write the ranks out ("Detective Sergeant
Shane Vercoe"); and a hearing's record its members' "Hon." ("STATEMENT OF HON. JEANNE SHAHEEN", "HON" ORG, round
wire34c). The small model runs the abbreviation into the name ("PM Modi" ORG,
"Det Ch Insp Andy Knowles" PERSON) or reads it alone as a body ("EAM" ORG), so the person is listed apart from
the same person named in full ("Narendra Modi"), under a form nobody uses as a name, or a title becomes a body.

:func:`abbreviated_titles_off_names` cuts the abbreviations off the front of a name (what is left is a person),
and drops an entity that is nothing but such abbreviations right before a name. Only abbreviations that are no
word and no common name of anything else: "PC", "DC", "DS", "FM" (a radio band, a capital, a state) are left.

Example:
    >>> [(e.text, e.label_) for e in abbreviated_titles_off_names(list(nlp("PM Modi posted on X.").ents))]  # doctest: +SKIP
    [('Modi', 'PERSON')]
"""

from __future__ import annotations

from spacy.tokens import Span

# Prime Minister, External Affairs Minister (India), Chief Minister (an Indian state's head); Detective, Chief,
# Inspector, Superintendent, Detective Chief Inspector, Detective Superintendent, Police Community Support Officer,
# Sergeant (British police ranks); Councillor.
ABBREVIATED_TITLES = frozenset({"pm", "eam", "det", "insp", "supt", "dci", "dsupt", "pcso", "sgt", "cllr",
                                "hon",  # the Honourable, before a member's or a judge's name ("HON. JEANNE SHAHEEN")
                                # the AP's and the Los Angeles Times' Admiral and Attorney ("Rear Adm. Shannon
                                # Gilreath", "Assistant U.S. Atty. Matthew O'Brien", round wire35b)
                                "adm", "atty",
                                # the AP's enlisted ranks of the services ("Lance Cpl. Jordan Smith", "Pfc.", "Spc.",
                                # round wire37c): "Lance Cpl" PERSON before the name
                                "cpl", "pfc", "spc"})
# Words that open an admiral's rank before its abbreviation ("Rear Adm.", "Vice Adm."), which the model tags alone.
_ADMIRALS = frozenset({"rear", "vice"})
# Abbreviations that are titles only inside a run of ranks ("Det Ch Insp", "Ch Supt").
_INSIDE_RANKS = frozenset({"ch"})
# The police ranks written out ("Detective Sergeant Shane Vercoe", "Senior Constable Jane Lee", "Detective Chief
# Inspector Andy Knowles"): the model runs the last of them into the name. Cut only before a given name and a
# surname, since "Sergeant" and "Constable" are also surnames ("John Constable", "Inspector Morse").
_WRITTEN_RANKS = frozenset({"detective", "sergeant", "inspector", "constable", "superintendent"})
# Words that are ranks only inside such a run ("Detective Chief Inspector", "Senior Sergeant", "Senior Constable").
_INSIDE_WRITTEN_RANKS = frozenset({"chief", "senior"})


def _title_run(ent: Span) -> int:
    """How many of the span's first words are abbreviated titles ("Det Ch Insp" → 3)."""
    n = 0
    if not ent[0].text[:1].isupper():
        return 0  # (no title's word, abbreviated or written out, opens in lower case: the words are not read)
    while n < len(ent):
        word = ent[n].lower_.rstrip(".")
        if not ent[n].text[:1].isupper() or not (
                word in ABBREVIATED_TITLES or (word in _INSIDE_RANKS and 0 < n < len(ent) - 1
                                               and ent[n + 1].lower_.rstrip(".") in ABBREVIATED_TITLES)):
            break
        n += 1
    if n == 0:
        while n < len(ent) and ent[n].is_title and (ent[n].lower_ in _WRITTEN_RANKS or (
                ent[n].lower_ in _INSIDE_WRITTEN_RANKS and n + 1 < len(ent) and ent[n + 1].lower_ in _WRITTEN_RANKS)):
            n += 1
        if n and not (len(ent) - n >= 2 and all(t.is_title and t.is_alpha for t in ent[n:])):
            n = 0  # "Inspector Morse", a rank and a lone name, is left as the model read it
    return n


def abbreviated_titles_off_names(ents: list[Span]) -> list[Span]:
    """The entities with abbreviated titles cut off their front, and those made of nothing else before a name
    dropped (see the module)."""
    out: list[Span] = []
    for ent in ents:
        if _office_before_name(ent):
            continue  # "Rear" of "Rear Adm. Shannon Gilreath", "U.S. Atty" of "Assistant U.S. Atty. Matthew O'Brien"
        n = _title_run(ent)
        if n == 0:
            out.append(ent)
            continue
        doc = ent.doc
        if n < len(ent):
            rest = ent[n:]
            # (a headline's parse may call the name anything: "PM Modi dials Zelenskyy", "Modi" a verb)
            if all(t.is_alpha and (t.is_title or t.is_upper and len(t) == 1) for t in rest):
                out.append(Span(doc, rest.start, rest.end, label="PERSON"))
            else:
                out.append(ent)
            continue
        after = doc[ent.end] if ent.end < len(doc) else None
        if after is not None and after.text == "." and ent.end + 1 < len(doc):
            after = doc[ent.end + 1]  # (the abbreviation's stop, which the model left out: "HON. JAMES E. RISCH")
        capitals = after is not None and after.is_upper and after.is_alpha and ent.text.isupper()
        # (a name in capitals after a title in capitals is tagged anything: "HON. MARCO RUBIO", "MARCO" an adjective)
        if after is None or not (after.is_title or after.is_upper and len(after) == 1 or capitals) \
                or (after.pos_ != "PROPN" and not capitals):
            out.append(ent)  # (a title alone, with no name after it, is left as the model read it)
    return out


def _office_before_name(ent: Span) -> bool:
    """Whether an entity is an office or a rank, not a name, right before its holder's name: the opening word of an
    admiral's rank before "Adm." ("Rear"), or words ending in an abbreviated title ("U.S. Atty"); the name follows
    the abbreviation's stop as capitalised proper nouns."""
    doc, end = ent.doc, ent.end
    if len(ent) == 1 and ent[0].is_title and ent[0].lower_ in _ADMIRALS and end < len(doc) \
            and doc[end].lower_.rstrip(".") == "adm":
        return True
    last = ent[-1]
    if len(ent) < 2 or last.lower_.rstrip(".") not in ABBREVIATED_TITLES or not last.text[:1].isupper():
        return False
    if end < len(doc) and doc[end].text == ".":
        end += 1
    return end + 1 < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and doc[end + 1].is_title
