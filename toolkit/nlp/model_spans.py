"""The model's own entity spans mended one by one, before any name it missed is looked for.

The small English model cuts names short ("Marjorie Taylor" + "Greene"), splits them into two
entities ("Ursula von der" + "Leyen"), glues a title or a body to them ("Treasury Scott Bessent",
"the United Nations Nikki Haley wrote"), runs a body's name on over its short form or a headline
("… Religious Freedom (USCIRF", "Fox Business: Gas prices …"). :func:`mend_model_spans` mends these; a person
extended to the right stops at the next entity, one extended to the left at the previous entity as mended. The labels
of the mended spans ("Emergencies Act" or "Air Force" called a person) are corrected after, by
:func:`toolkit.nlp.label_mends.relabel_mended_spans`.

Used by :func:`toolkit.nlp.repairs.repair_entities`.

Example:
    >>> [e.text for e in mend_model_spans(doc, list(doc.ents))]   # doctest: +SKIP
    ['Scott Bessent']
"""

from __future__ import annotations


from spacy.tokens import Doc, Span

from toolkit.nlp.boundaries import (FIRMS_OFFICERS, KIN_NOUNS, PLAYING_POSITIONS, is_person_role,
                                    places_before_people, roles_opening_sentences)
from toolkit.nlp.dates import MONTHS, WEEKDAYS
from toolkit.nlp.gazetteer import is_known_place, known_countries, people_adjective
from toolkit.nlp.label_mends import relabel_mended_spans
from toolkit.nlp.legal_suffixes import ends_in_legal_form
from toolkit.nlp.lexicon import (CHURCH_RANKS, FAC_HEADS, HYPHENS, KIND_NOUNS, LOC_HEADS, NAME_LABELS,
                                 NAME_PARTICLES, NOT_NAME_WORDS, ORG_HEADS, ORG_WORDS, RELIGIONS, SPEECH_VERBS,
                                 SURNAME_HEADS, TITLE_WORDS)
from toolkit.nlp.lookups import doc_text
from toolkit.nlp.mistags import english_words
from toolkit.nlp.places_in import (split_facilities_at_in, split_places_at_in, split_rivers_at_towns,
                                   towns_between)
from toolkit.nlp.span_mends import countries_in_full, split_at_field_dots, split_at_line_breaks, split_places_at_commas
from toolkit.nlp.surfaces import is_state_or_country

_TRUE_TITLES = TITLE_WORDS - {"the", "of", "and", "late"}  # what makes "The Associated Press" no title
# The nationalities and bodies among the title words ("Russian Vladimir Putin", "U.S. Scott Bessent"): alone
# in front of two capitalised words the model calls a body, they open the body's name instead.
_PEOPLES_IN_TITLES = frozenset("""u.s us american russian ukrainian british french german chinese indian israeli
    european nato un""".split())
# The title words that are also the head words of chambers ("House Speaker", but "the House of Commons").
_CHAMBER_WORDS = frozenset({"house", "senate"})
_TRAILING_CONNECTORS = frozenset({"of", "and", "for", "the", "&", "at", "in"})
# Units of length, which a distance after a name ends with ("Humberto 785 miles").
_LENGTH_UNITS = frozenset({"miles", "mile", "kilometers", "kilometres", "km", "feet", "meters", "metres", "yards"})
# The heads of laws' names: no person's name ends in one, so a title word before it opens the law's name
# ("the National Emergencies Act"), not a title before a person.
_LAW_HEADS = frozenset({"act", "treaty", "amendment", "accord", "accords", "convention", "constitution"})
# Heads that end a body's name, not a person's: "National Disaster Response Force" keeps its
# first word although "national" opens titles ("National Security Adviser Bolton").
_BODY_HEADS = ORG_HEADS - SURNAME_HEADS
# The articles, which English writes before a body's or a thing's name and never before a person's.
_ARTICLES = frozenset({"the", "a", "an"})


def mend_model_spans(doc: Doc, model_ents) -> tuple[list[Span], list[Span]]:
    """The model's entities with their boundaries and labels mended.

    Args:
        doc: a parsed ``Doc``.
        model_ents: the model's ``doc.ents``, read once.

    Returns:
        The model's spans after the first splits and joins (names split in two joined, places split
        at "in" and at commas, a seat's place and an opening role split off a person), and the
        mended spans: each of those trimmed, relabelled, cut at a title or a body, or extended over
        the rest of a person's name, then a network's programme, a law or a body the model called a
        person, and a place's police relabelled.
    """
    ents = split_places_at_in(split_facilities_at_in(countries_in_full(split_places_at_commas(_join_split_names(
        towns_between(split_rivers_at_towns(split_at_field_dots(split_at_line_breaks(list(model_ents))))))))))
    ents = roles_opening_sentences(places_before_people(ents))
    repaired: list[Span] = []
    for i, ent in enumerate(ents):
        _mend_one(doc, ent, repaired, ents[i + 1].start if i + 1 < len(ents) else len(doc))
    return ents, relabel_mended_spans(doc, repaired)


def _mend_one(doc: Doc, ent: Span, repaired: list[Span], limit: int) -> None:
    """Append to ``repaired`` the entity mended (and a body or a country split off its front).
    ``limit`` is where the next entity starts."""
    start, end, label = _trimmed(doc, ent)
    if (start, end) != (ent.start, ent.end):
        ent = Span(doc, start, end, label=label)
    if (end - start == 3 and start >= 2 and doc[start - 1].lower_ == "of" and label in ("ORG", "GPE", "NORP")
            and doc[start - 2].lower_.strip(".") in TITLE_WORDS and all(t.is_title for t in ent)
            and doc[start - 2].lower_.strip(".") not in FIRMS_OFFICERS  # ("CEO of Bristol Myers Squibb", wire38)
            and doc[end - 1].lower_ not in RELIGIONS  # ("the leader of Roman Catholic Christianity")
            and not is_known_place(doc[end - 1].text)
            and not is_known_place(ent.text)  # "as mayor of New York City": a place of three words, no person
            and KIND_NOUNS.get(doc[end - 1].lower_) not in ("GPE", "LOC")):  # nor one ending in its kind
        # ("District Attorney of San Bernardino County": no person's name ends in "County", round ent36b)
        # "First Minister of Scotland Nicola Sturgeon": the place ends the title, a person follows; a
        # country's name is nobody's surname, so "director of Youth Forum Zimbabwe" is one body
        # that ends in its country, as bodies' names often do
        start, label = start + 1, "PERSON"
        ent = Span(doc, start, end, label=label)
    start, label, ent = _holder_after_office(doc, ent, start, end, label, repaired)
    start, label, ent = _person_after_body(doc, ent, start, end, label, repaired)
    start, label = _title_off(doc, ent, start, label, repaired)
    if (label == "WORK_OF_ART" and end - start >= 2 and doc[end - 1].lower_ in _STATE_BODY_HEADS
            and not _quoted_title(doc, Span(doc, start, end))):
        label = "ORG"  # "The World Anti-Doping Agency (Wada) has appealed", "“The Labour party has won …" (round
        # wire35c): a body of governance by its head word, which the model read as a work's title after or at the
        # opening of a quotation; a work's title is quoted whole
    if label == "PERSON" and (end - start == 1 or doc[start].is_lower and doc[start].lower_ in NAME_PARTICLES
                              or _given_name_compounded(doc, start, end)
                              or _given_name_opening_sentence(doc, start, end)
                              or _given_name_before_hyphenated(doc, start, end)) \
            and start > (repaired[-1].end if repaired else 0):
        # A given name the model left out in front of a lone surname ("Malphine" + "Fogel") or of a
        # surname opened by a particle ("Hamza" + "bin Ladin"), unless the previous entity, as
        # repaired, already took that word.
        before = doc[start - 1]
        if (before.is_title and before.pos_ == "PROPN" and before.whitespace_ == " " and before.is_alpha
                and len(before) > 1  # not a transcript's "Q" (question) before "Karoline"
                and before.lower_.strip(".") not in NOT_NAME_WORDS | NAME_PARTICLES
                and not (before.lower_ == "father" and start >= 2 and doc[start - 2].lower_ == "holy")
                and not (before.lower_.endswith("s") and before.lower_[:-1] in KIN_NOUNS)
                and not (before.is_sent_start and before.lower_ in PLAYING_POSITIONS)  # "Midfielder Gregore"
                and not (start >= 2 and doc[start - 2].lower_ in _ARTICLES)):  # "slay the Microsoft Goliath": no
            # article stands before a person's given name; a body's name is read before an epithet (round uner41)
            start -= 1  # (but "our Holy Father Francis": the pope's title, and "Brothers Liam and Noel Gallagher":
            # kinsmen in the plural, no given names; round wire35d)
    if (label == "PERSON" and end - start == 1 and end < len(doc) and doc[end].lower_ in TITLE_WORDS
            and doc[end].is_title and is_state_or_country(doc[start].text)):
        label = "GPE"  # "Nepal Prime Minister Pushpa Kamal Dahal": the country the office is of (round wire38)
    if label == "PERSON":
        end = _rest_of_person(doc, start, end, limit)
    repaired.append(Span(doc, start, end, label=label) if (start, end, label) != (ent.start, ent.end, ent.label_) else ent)


def _given_name_compounded(doc: Doc, start: int, end: int) -> bool:
    """"her aunt, Gertrude Vanderbilt Whitney": an untagged capitalised word right before a two-word person that the
    parser compounds into the name (its head inside the name), after a comma, is the given name the model left out
    (round entities47); a known place ("Texas Ted Cruz") or a rank ("Elder Nelson White") is not."""
    if end - start != 2 or start < 2:
        return False
    before = doc[start - 1]
    return (before.dep_ == "compound" and start <= before.head.i < end and not before.ent_type_
            and doc[start - 2].text == "," and before.lower_ not in CHURCH_RANKS  # "sang, Elder Nelson White"
            and not is_known_place(before.text))


def _given_name_opening_sentence(doc: Doc, start: int, end: int) -> bool:
    """"Carmen Yulín Cruz, the mayor of the capitol city of San Juan, said …" (round ent36): the model tagged the two
    surnames and left out the given name that opens the sentence. The word must open the sentence, be a proper noun
    the parser compounds into the two-word person and no word of English (the model's lemma tables: not "Witness
    Mary Jones", "Police Chief …"), nor a known place ("Texas Ted Cruz") or a rank, nor a person's role or an agent
    noun the tables lack ("Podcaster Spike Cohen")."""
    if end - start != 2 or start < 1:
        return False
    before = doc[start - 1]
    if not (before.is_sent_start and before.tag_ == "NNP" and before.dep_ == "compound" and start <= before.head.i < end
            and not before.ent_type_ and before.lower_ not in CHURCH_RANKS):
        return False
    if is_person_role(before.text, before.lemma_) or before.lower_.endswith(_AGENT_ENDINGS):
        return False
    english = english_words(before.vocab)
    return bool(english) and before.lower_ not in english and not is_known_place(before.text, cities=True)


# The endings of English agent nouns ("podcaster", "sculptor", "guitarist", "comedian"), which the lemma tables
# may lack and no given name of a sentence's opening needs.
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "man")


def _given_name_before_hyphenated(doc: Doc, start: int, end: int) -> bool:
    """"Superintendent Yolanda Yu Hoi-kwan said": a Chinese name (a surname and a given name of two syllables joined
    by a hyphen, the second in lower case) that an English given name opens, as Hong Kong's and Taiwan's news write
    them ("Carrie Lam Cheng Yuet-ngor"); the model left the English name out (round entities58). The word before
    must be an untagged proper noun the parser compounds into the name; a known place is not."""
    if end - start != 4 or start < 1:
        return False
    surname, first, hyphen, second = doc[start:end]
    before = doc[start - 1]
    return (surname.is_title and first.is_title and hyphen.text in HYPHENS and second.is_lower and second.is_alpha
            and before.pos_ == "PROPN" and before.dep_ == "compound" and start <= before.head.i < end
            and not before.ent_type_ and before.lower_ not in CHURCH_RANKS and not is_known_place(before.text))


# Words a title's run may hold between its title word and the "of" that opens the body's name ("Chief of the General
# Staff of the Armed Forces of Ukraine"): the title's own "of"/"for"/"and"/"the" and capitalised words.
_OFFICE_RUN_WORDS = frozenset({"of", "for", "and", "the"})


def _titled_office_before(doc: Doc, start: int) -> bool:
    """Whether the "of" right before ``start`` closes a title's run that a title word opens, with no article before it
    ("Secretary of the National Security and Defense Council of …", "Prime Minister of the …"), as a title before a
    name stands; a verb, a comma or a lower-case word ends the run first."""
    if start < 2 or doc[start - 1].lower_ != "of":
        return False
    for i in range(start - 2, max(start - 12, -1), -1):
        word = doc[i]
        if word.lower_.strip(".") in _TRUE_TITLES and word.is_title:
            return True
        if not (word.lower_ in _OFFICE_RUN_WORDS or word.is_title and word.pos_ == "PROPN"):
            return False
    return False


def _holder_after_office(doc: Doc, ent: Span, start: int, end: int, label: str,
                         repaired: list[Span]) -> tuple[int, str, Span]:
    """A body or a country that ends a title's "of" and the holder's name run together (round wire34a, a Ukrainian
    presidential release): in "The Secretary of the National Security and Defense Council of Ukraine Rustem Umerov"
    and "with Prime Minister of the United Kingdom Keir Starmer" the model calls the whole run a body. Official
    releases write a holder's full title before the name with no comma; a body's name never ends in a country and
    then two more capitalised words, so the two words after the country are the holder's name: the body (a country,
    a place) is appended to ``repaired`` and the person stays."""
    if label not in ("ORG", "GPE") or end - start < 4 or not _titled_office_before(doc, start):
        return start, label, ent
    name = doc[end - 2 : end]
    if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in name) \
            or {t.lower_ for t in name} & (NOT_NAME_WORDS | ORG_HEADS | ORG_WORDS | LOC_HEADS | FAC_HEADS | TITLE_WORDS) \
            or is_known_place(name.text) or any(is_known_place(t.text) for t in name):
        return start, label, ent
    body_start = start + (doc[start].lower_ == "the")
    place_end = next((k for k in range(body_start, end - 2) if is_known_place(doc[k : end - 2].text)), None)
    if place_end is None or not (place_end == body_start or doc[place_end - 1].lower_ in ("of", "the")):
        return start, label, ent  # the body must end in a whole country or place ("… Council of Ukraine")
    body_label = "GPE" if place_end == body_start and is_state_or_country(doc[body_start : end - 2].text) else label
    repaired.append(Span(doc, start, end - 2, label=body_label))
    start, label = end - 2, "PERSON"
    return start, label, Span(doc, start, end, label=label)


def holders_cut_off_offices(doc: Doc, repaired: list[Span], ents: list[Span]) -> list[Span]:
    """The people :func:`_holder_after_office` cut off the end of a body the model ran on over them: a person of
    ``repaired`` that ends a body or a place of ``ents`` (the model's spans) after a title's "of"."""
    bodies_by_end: dict[int, list[Span]] = {}  # (looked up by a person's end, not scanned for each person)
    for m in ents:
        if m.label_ in ("ORG", "GPE"):
            bodies_by_end.setdefault(m.end, []).append(m)
    return [e for e in repaired if e.label_ == "PERSON" and any(
        m.start < e.start and _titled_office_before(doc, m.start) for m in bodies_by_end.get(e.end, ()))]


# Words that end a body's name and no person's, besides the heads of bodies: "the Inter Services Public Relations
# Directorate (ISPR) said" is one body, no body and a person "Relations Directorate" (round wire41). (Not among the
# heads: "the Directorate General of Civil Aviation" would be cut at it.)
_LAST_BODY_WORDS = frozenset({"directorate"})


def _person_after_body(doc: Doc, ent: Span, start: int, end: int, label: str,
                       repaired: list[Span]) -> tuple[int, str, Span]:
    """A body's name used as a title before a person ("the United Nations Nikki Haley wrote"): the body is
    appended to ``repaired`` and the person stays; a name right after a body in a title is a person."""
    hyphenated = _hyphenated_given_name(doc, start, end)  # "… Amnesty International Man-kei Tam said"
    if (label in ("ORG", "GPE") and end - start >= 4 and ent.root.dep_ in ("nsubj", "nsubjpass")
            and ent.root.head.lemma_.lower() in SPEECH_VERBS and (hyphenated or (
                all(t.pos_ == "PROPN" and t.is_title for t in doc[end - 2 : end])
                and not {t.lower_ for t in doc[end - 2 : end]} & (NOT_NAME_WORDS | ORG_HEADS | _LAST_BODY_WORDS)
                and doc[end - 3].lower_ not in _TRAILING_CONNECTORS  # "… of Health and Human Services said"
                and not (doc[end - 3].text in HYPHENS and not doc[end - 3].whitespace_)))  # "Nils-Erik Haagenrud"
            and not (end - start == 4 and doc[start].lower_ == "the" and not doc[start + 1].is_upper)
            and not is_state_or_country(doc[start + (doc[start].lower_ == "the") : end - 2].text)):
        # "the United Nations Nikki Haley wrote": a body's name used as a title, then the person;
        # not "The World Population Review estimated" (the article and one word are no body), nor
        # "The US Geological Survey reported" (a country is no body whose name makes a title)
        person = 4 if hyphenated else 2
        ents_before = Span(doc, start, end - person, label=label)
        repaired.append(ents_before)
        start, label = end - person, "PERSON"
        ent = Span(doc, start, end, label=label)
    if (label in ("ORG", "GPE") and repaired and repaired[-1].end == start and repaired[-1].label_ in ("ORG", "GPE")
            and 2 <= end - start <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in ent)
            and not {t.lower_ for t in ent} & (NOT_NAME_WORDS | ORG_HEADS) and not is_known_place(ent.text)):
        # "Ambassador to the United Nations Nikki Haley": a name right after the body in a title
        label = "PERSON"
        ent = Span(doc, start, end, label=label)
    return start, label, ent


# The words of a title's run before a name: the titles, and the connectors inside them ("Secretary of the Army").
_TITLE_RUN_WORDS = TITLE_WORDS | {"and", "of", "the"}


def _title_off(doc: Doc, ent: Span, start: int, label: str, repaired: list[Span]) -> tuple[int, str]:
    """A title glued to a person's name is cut off ("Treasury Scott Bessent"); a country before the
    title is appended to ``repaired`` as a place ("United States Representative Elijah Cummings")."""
    if len(ent) < 3:
        return start, label  # (a title and a name of two words at least: a shorter span is read no further)
    words = [t.text for t in ent]
    country = lead = _country_before_title(words)  # "United States Representative Elijah Cummings"
    while lead < len(words) - 2 and words[lead].lower().strip(".,") in _TITLE_RUN_WORDS:
        lead += 1
    if lead and words[lead - 1].lower() == "of" and len(words) - lead == 3:
        lead += 1  # "Minister of Scotland Nicola Sturgeon": the word after "of" ends the title
    rest = words[lead:]
    titled = any(w.lower().strip(".,") in _TRUE_TITLES for w in words[:lead])
    if label == "ORG" and all(w.lower().strip(".,") in _PEOPLES_IN_TITLES | {"the", "and", "of"}
                              for w in words[:lead]):
        titled = False  # "the British Red Cross": a body the model saw whole, not a nationality and a person
    if (label == "ORG" and lead >= 2 and words[lead - 1].lower() == "of"
            and words[lead - 2].lower() in _CHAMBER_WORDS):
        titled = False  # "the House of Commons Library": a chamber's "of" opens its name ("House of Lords",
        # "Senate of Canada"), which goes on after it; an officer's title ("House Speaker") never ends in "of" (but
        # "the House of Representatives Darin LaHood": the chamber's whole name before a person, who is cut off)
    if label == "WORK_OF_ART" and titled and not _quoted_title(doc, ent):
        label = "PERSON"  # "… ,” Chair Jerome Powell told reporters" (round wire35c): after a quotation the model
        # reads a title and a name as a work's title; a work's title is set in quotation marks or italics
    if (titled and label in ("PERSON", "ORG", "GPE", "NORP") and len(rest) in (2, 3)
            and all(w[:1].isupper() for w in rest)
            and not (label == "ORG" and words[lead - 1].lower() == "and")  # "Health and Human Services": the
            # word after "and" goes on the field "and" opened, a second field of the body, and no name
            and rest[-1].lower() not in ORG_WORDS | _BODY_HEADS | LOC_HEADS | FAC_HEADS  # "National Bison Range"
            and not (label == "ORG" and rest[-1].lower() in ORG_HEADS)  # "National Transportation Safety Board"
            and not (label == "ORG" and any(w.lower() in ORG_HEADS | FAC_HEADS for w in rest[:-1]))  # "the National
            # Cancer Centre Singapore": a body's head word inside the rest, its seat after it, is no person's name
            and rest[-1].lower() not in _LAW_HEADS  # "the National Emergencies Act": a law, no title and a name
            and not ends_in_legal_form(doc[start + lead : ent.end])):  # "Energy Transfer LP" (round wire37): a
        # firm's legal form ends no person's name, so the word before the rest is the firm's own, no title
        if country:
            repaired.append(Span(doc, start, start + country, label="GPE"))  # the country stays a place
        start, label = start + lead, "PERSON"
    return start, label


_WEEKDAYS = frozenset(WEEKDAYS)
# The labels of a page's fact box that follow a name on its line ("Venue: … Dates: …", "Location: … Time: …").
_FIELD_LABELS = frozenset({"date", "dates", "venue", "time", "times", "location", "kick-off", "result", "coverage"})
# The head words of bodies of governance and of members, which end no work's title unquoted.
_STATE_BODY_HEADS = frozenset({"agency", "ministry", "commission", "committee", "council", "department", "authority",
                               "bureau", "party", "parliament", "assembly", "tribunal", "federation", "association",
                               "union", "board"})  # ("“The Safeguarding Board will look closely at this case”",
# round ent40a: a council's board named at a quotation's opening)


def _quoted_title(doc: Doc, ent: Span) -> bool:
    """Whether the span is set in quotation marks (one right before it, one right after it or after a comma), as a
    work's title is: "“Mr Bates vs The Post Office”" (a quotation closing before it is not: "…,” Chair Jerome
    Powell told")."""
    after = doc[ent.end : ent.end + 2]
    return (ent.start > 0 and doc[ent.start - 1].is_quote and any(t.is_quote for t in after)
            and not doc[ent.start - 1].whitespace_)


# Words of number that open a sentence before the name of what is counted ("Multiple Creative Commons-licensed
# videos", "Several Democrats"); no name opens with one.
_OPENING_QUANTIFIERS = frozenset({"multiple", "several", "many", "numerous", "various", "some"})


def _trimmed(doc: Doc, ent: Span) -> tuple[int, int, str]:
    """The span without a handle in front, a short form in brackets, a headline after a colon, a programme after a person's "on",
    a distance at its end, a connector at its end, or a common noun after an acronym."""
    start, end, label = ent.start, ent.end, ent.label_
    # The span's surface, read once: a mark or a word not in it is in no token of it, and the trims below only ever
    # narrow the span, so each scan for one is skipped on the many names that hold none (a Token made per word).
    surface = doc_text(doc)[ent.start_char : ent.end_char]
    while end - start > 1 and doc[start].text[:1] == "@" and len(doc[start]) > 1 and doc[start + 1].is_title:
        start += 1  # "Thank you @POTUS Trump for …": an account's handle is its own name, none of the name after it
    if (end - start > 1 and doc[start].is_sent_start and doc[start].lower_ in _OPENING_QUANTIFIERS
            and doc[start + 1].is_title):
        start += 1  # "Multiple Creative Commons-licensed … videos" (round ent36): a count of things, capitalised only
        # because it opens the sentence, is no word of the name after it
    first = start + 1 if doc[start].lower_ == "the" else start
    if (label in ("ORG", "FAC") and end - first >= 3 and doc[first].is_lower and doc[first].is_alpha
            and doc[first].lower_ not in NAME_PARTICLES and all(t.is_title for t in doc[first + 1 : end])):
        start = first + 1  # "the national Constitution Party" (round ent37b): an adjective written small before the
        # capitalised words of a body's name says which of its kind is meant, and is no word of the name
    paren = next((t.i for t in ent if t.text == "(" and t.i > start), None) if "(" in surface else None
    if paren is not None:
        end = paren  # "… Religious Freedom (USCIRF": the short form in parentheses is apart
    colon = next((t.i for t in ent if t.text[:1] == ":" and t.i > start), None) if ":" in surface else None
    if (colon is not None and label in NAME_LABELS and end - colon <= 2 and end < len(doc)
            and doc[end].is_lower and doc[end].is_alpha):
        # "Fox Business: Gas prices could drop …": an outlet's name, a colon and its headline, whose first word
        # the model ran the name on over and whose sentence goes on in lower case (not "Center for Microbial
        # Oceanography: Research and Education", a name in two parts)
        end = colon
    on = next((t.i for t in doc[start + 2 : end] if t.text == "on"), None) if "on" in surface else None
    if label == "PERSON" and on is not None and all(t.is_title and t.is_alpha for t in doc[start:on]):
        end = on  # "joined Bret Baier on Special Report": a person's name holds no "on"; the programme is apart
    if label == "PERSON":
        desk = next((k for k in range(start + 2, end) if _desk_after_byline(doc, k)), None)
        if desk is not None:
            end = desk  # "Peter Walker Senior" + "political correspondent" (the Guardian's byline): the post's first
            # word, which the model ran the name on into
    dash = next((t.i for t in doc[start + 1 : end - 1] if t.text in HYPHENS and doc[t.i - 1].whitespace_
                 and t.whitespace_), None) if " - " in surface or " – " in surface else None
    if dash is not None and all(t.like_num for t in doc[dash + 1 : end]):
        end = dash  # "Conservative Party - 365 seats": a table's count after a spaced dash is no part of the name
    if (end - start > 2 and doc[end - 1].lower_ in _LENGTH_UNITS and doc[end - 2].like_num
            and not doc[end - 3].like_num and label not in ("QUANTITY", "CARDINAL")):
        end -= 2  # "placed Humberto 785 miles (1260 kilometers) west of Bermuda" (LAW, rounds ent36c and ent37): a
        # distance after a name is what the sentence measures, no word of the name
    while end - start > 1 and doc[end - 1].lower_ in _TRAILING_CONNECTORS:
        end -= 1  # "Patrice Talon of" (Benin): a name never ends in a connector
    if (end - start > 1 and doc[end - 1].tag_ == "VBG" and doc[end - 1].is_lower and doc[end - 2].is_title
            and not any(t.is_quote for t in doc[start:end])):
        end -= 1  # "the Emancipation Memorial featuring US President Abraham Lincoln" (round ent37b): a participle
        # written small after the name's capitalised words opens the phrase that describes it
    if end - start > 1 and end < len(doc) and doc[end].text == ":" and doc[end - 1].lower_ in _FIELD_LABELS:
        end -= 1  # "Venue: Melbourne Park Dates: 12-26 January" (BBC Sport's fixture box, round wire35c): the next
        # field's label, which the model ran the name on into
    if (end - start > 1 and doc[end - 1].text == "on" and label in ("FAC", "ORG", "GPE", "LOC", "PERSON")
            and doc[end - 1].pos_ == "ADP" and end < len(doc) and doc[end].ent_type_ == "DATE"):
        end -= 1  # "at the Olympiastadion on Sunday" (round wire35c): the day's "on", written small, is no part
        # of the name
    on = (next((t.i for t in doc[start + 2 : end - 1] if t.lower_ == "on" and t.pos_ == "ADP"), None)
          if label in ("FAC", "ORG", "GPE", "LOC", "EVENT") and "on" in surface.lower() else None)
    if (on is not None and label in ("FAC", "ORG", "GPE", "LOC", "EVENT")
            and any(t.lower_ in MONTHS or t.lower_ in _WEEKDAYS for t in doc[on + 1 : end])
            and all(t.lower_ in MONTHS or t.lower_ in _WEEKDAYS or t.like_num or t.text == "," for t in doc[on + 1 : end])):
        end = on  # "At the virtual 2020 Reform National Convention on June 20" (round ent37b): the day, run into the
        # name with its "on", is no part of it
    while (label == "ORG" and end - start > 1 and doc[end - 1].is_lower and doc[end - 1].is_alpha
           and doc[end - 1].lower_ != "police" and doc[end - 2].is_alpha and not doc[end - 2].is_lower
           and (doc[end - 1].pos_ not in ("NOUN", "PROPN") or doc[end - 2].is_upper)):
        # "the RMT union", "Candace Windfall as": after an acronym, the common noun says what the body
        # is and is no part of its name, nor is a function word; "the Democratic party" keeps its noun
        end -= 1
    if label == "ORG":
        end = _before_kind_phrase(doc, start, end)
    return start, end, label


def _before_kind_phrase(doc: Doc, start: int, end: int) -> int:
    """Where a body's name ends before a lower-case phrase of its kind that the model ran it on into: "the
    Associated Press news agency", "the Xinhua news agency", "the Gazprom energy company".

    Two lower-case nouns or more, the last a kind noun of bodies (``lexicon.KIND_NOUNS``: agency, company,
    network …), after a capitalised word, describe the body and are none of its name; one noun may be its name's
    own last word ("the Democratic party", "the RMT union" is cut by the rule before).
    """
    tail = end
    while tail - start > 1 and doc[tail - 1].is_lower and doc[tail - 1].is_alpha and doc[tail - 1].pos_ == "NOUN":
        tail -= 1
    if (end - tail >= 2 and KIND_NOUNS.get(doc[end - 1].lower_) == "ORG" and not doc[tail - 1].is_lower
            and doc[tail - 1].is_alpha):
        return tail
    return end


def _rest_of_person(doc: Doc, start: int, end: int, limit: int) -> int:
    """Where a person's name ends: over name particles, a hyphenated given name and capitalised proper
    nouns after it, up to five words and never into the next entity."""
    while end < limit and end - start < 5:
        token = doc[end]
        nxt = doc[end + 1] if end + 1 < len(doc) else None
        if token.lower_ in NAME_PARTICLES and nxt is not None and (nxt.is_title or nxt.lower_ in NAME_PARTICLES):
            end += 1
        elif (token.text in HYPHENS and nxt is not None and end + 1 < limit and nxt.is_alpha
              and not doc[end - 1].whitespace_ and not token.whitespace_
              and (nxt.is_title or _foreign_word(nxt))):
            end += 2  # "Wong Kwok" + "-hing", "Lam Cheuk" + "-ting": a hyphenated given name
        elif (token.is_title and token.pos_ == "PROPN" and not token.is_sent_start and token.tag_ != "POS"
              and doc[end - 1].tag_ != "POS"):  # a possessive ends a name ("Ben Ali's Presidency")
            if _desk_after_byline(doc, end):
                break  # "Pat Leahy Political Editor" (the Irish Times' byline, round wire34a): the writer's post
            end += 1
        elif _elided_particle(token.text):
            end += 1  # "Valéry Giscard" + "d'Estaing": the French particle "de" elided before a vowel, one word
        else:
            break
    return end


# The nouns a paper's byline closes with after the writer's name and desk ("Political Editor", "Europe Correspondent").
_DESK_NOUNS = frozenset({"editor", "correspondent", "reporter", "writer", "columnist", "analyst"})


def _desk_after_byline(doc: Doc, i: int) -> bool:
    """Whether capitalised words from ``i`` to the end of the line close with a desk's noun ("Political Editor",
    "Washington Correspondent"), as a paper's byline sets the writer's post after the name with no comma; the
    Guardian writes the post's words after the first small ("Peter Walker Senior political correspondent", round
    wire35c)."""
    end = i
    while end < len(doc) and (doc[end].is_title or end > i and doc[end].is_lower) and doc[end].is_alpha \
            and end - i < 4:
        if "\n" in doc[end].whitespace_ or end + 1 == len(doc) or "\n" in doc[end + 1].text:
            return doc[end].lower_ in _DESK_NOUNS
        end += 1
    return False


def _elided_particle(word: str) -> bool:
    """A surname opened by the particle "de" or "di" elided before its vowel and written as one word with it
    ("d'Estaing", "d'Alema", "d’Hondt"): lower-case "d" and an apostrophe, then a capitalised word."""
    return len(word) > 3 and word[0] == "d" and word[1] in "'’" and word[2].isupper() and word[3:].isalpha()


# The labels the model gives a given name it splits off a surname opened by a particle ("Kian" NORP of "Kian delos
# Santos").
_GIVEN_NAME_MISLABELS = frozenset({"GPE", "ORG", "LOC", "NORP"})


def _join_split_names(ents: list[Span]) -> list[Span]:
    """Join a person's name that the model split into two touching entities.

    * a person ending in a name particle and the word after it: "Ursula von der" (PERSON)
      + "Leyen" (GPE);
    * a lone capitalised word that is no known place, right before a person: "Malphine"
      (GPE) + "Fogel" (PERSON). Nationalities ("Ukrainian Zelensky") stay apart.

    Never across a possessive after one word: "Bloomberg’s" (PERSON) + "Chris Anstey" (PERSON) are the reporter
    and his outlet, and the owner is labelled a body.
    """
    joined: list[Span] = []
    doc = ents[0].doc if ents else None
    i = 0
    while i < len(ents):
        ent, nxt = ents[i], ents[i + 1] if i + 1 < len(ents) else None
        if (nxt is not None and ent.label_ == nxt.label_ == "PERSON" and ent[-1].tag_ == "POS" and nxt.start == ent.end
                and len(ent) == 2 and len(nxt) >= 2):
            # "Bloomberg’s" + "Chris Anstey", "CNN's" + "Matt Egan": one word and a possessive before a full name is
            # the person's outlet or firm (a body), no given name. (Not longer owners, "Civic Passion's Wong Yeung",
            # which GUM reads as one phrase.)
            joined.append(Span(doc, ent.start, ent.end, label="ORG"))
            i += 1
            continue
        if (nxt is not None and ent.label_ == nxt.label_ == "PERSON" and ent[-1].tag_ == "POS" and nxt.start == ent.end
                and len(ent) >= 3 and len(nxt) == 1 and all(t.is_title for t in ent[:-1])):
            # "The shortlist also included Percival Everett's James": one word after a full name's possessive is
            # the person's work (a novel, a film, an album), no part of the name; the model calls it a person
            # because the work is named like one (round wire35d)
            joined.append(Span(doc, ent.start, ent.end, label="PERSON"))
            joined.append(Span(doc, nxt.start, nxt.end, label="WORK_OF_ART"))
            i += 2
            continue
        # The tokens between are read one by one up to the first that is no particle (not
        # sliced into a list: two entities are usually far apart).
        touching = (nxt is not None and ent[-1].whitespace_ == " "
                    and all(doc[j].lower_ in NAME_PARTICLES and doc[j].whitespace_ == " " for j in range(ent.end, nxt.start)))
        if touching and (
                ent.label_ == "PERSON" and nxt[0].is_title and (ent[-1].lower_ in NAME_PARTICLES or nxt.start > ent.end
                                                                 or nxt.label_ == "PERSON" and len(ent) > 1)
                or nxt.start == ent.end and nxt.label_ == "PERSON" and len(ent) == 1 and ent.label_ in ("GPE", "ORG", "LOC")
                and ent[0].is_title and ent[0].pos_ == "PROPN" and not is_known_place(ent.text)
                and not (ent.start > 0 and doc[ent.start - 1].lower_ in _ARTICLES)
                or nxt.start > ent.end and nxt.label_ == "PERSON" and len(ent) == 1 and ent.label_ in _GIVEN_NAME_MISLABELS
                and ent[0].is_title and ent[0].pos_ == "PROPN" and not is_known_place(ent.text)
                and not people_adjective(ent.text)):
            # (not after an article: English writes none before a person's name, and "the Microsoft Goliath" is a
            # body's name before an epithet, round uner41; and "Kian" NORP + "delos" + "Santos" PERSON, round wire41:
            # a given name before a surname's particle)
            joined.append(Span(ent.doc, ent.start, nxt.end, label="PERSON"))
            i += 2
        elif touching and nxt.start == ent.end and _given_name_before_town(ent, nxt):
            joined.append(Span(ent.doc, ent.start, nxt.end, label="PERSON"))  # "Valeska Paris, an Australian woman"
            i += 2
        else:
            joined.append(ent)
            i += 1
    return joined


def _given_name_before_town(ent: Span, nxt: Span) -> bool:
    """Whether a lone capitalised word that is no known place, touching a one-word town right after it, is a given
    name before a surname that is also a town's, the two described as someone right after ("Valeska Paris, an
    Australian woman and former Scientologist, has claimed …": the model reads two places). Places are not written
    one after the other without a comma, and a place is no "woman"."""
    doc = ent.doc
    if not (len(ent) == len(nxt) == 1 and ent.label_ in ("GPE", "LOC", "ORG") and nxt.label_ == "GPE"
            and ent[0].is_title and ent[0].pos_ == "PROPN" and not is_known_place(ent.text, cities=True)
            and nxt.end + 2 < len(doc) and doc[nxt.end].text == "," and doc[nxt.end + 1].lower_ in ("a", "an")):
        return False
    described = doc[nxt.end + 2 : min(len(doc), nxt.end + 6)]
    return any(t.lower_ in _PERSON_NOUNS for t in described)


# Nouns that describe someone in an apposition right after a name ("Valeska Paris, an Australian woman").
_PERSON_NOUNS = frozenset({"woman", "man", "girl", "boy", "mother", "father", "resident", "teenager", "student"})


def _hyphenated_given_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a name of a body ends in a person's name whose given name is two syllables joined by a
    hyphen, the second in lower case ("Amnesty International Man-kei Tam": Cantonese and Korean given
    names are written so), after at least two words of the body's own."""
    if end - start < 6 or not (doc[end - 5].pos_ == "PROPN" and doc[end - 5].is_title):
        return False
    given, hyphen, second, surname = doc[end - 4], doc[end - 3], doc[end - 2], doc[end - 1]
    return (hyphen.text in HYPHENS and not given.whitespace_ and not hyphen.whitespace_
            and given.is_title and second.is_alpha and second.is_lower and surname.is_title
            and surname.pos_ == "PROPN" and surname.lower_ not in NOT_NAME_WORDS | ORG_HEADS)


def _country_before_title(words: list[str]) -> int:
    """How many words of a span name a country in front of a person's title ("United States Representative
    Elijah Cummings", "United Kingdom Minister …"): the seat's country qualifies the title, as "U.S." does
    ("U.S. Senator"), and is no part of the person's name; 0 when the span opens otherwise."""
    for k in (2, 3):
        if len(words) >= k + 3 and words[k].lower().strip(".,") in _TRUE_TITLES and words[0][:1].isupper() \
                and " ".join(words[:k]).lower() in known_countries():
            return k
    return 0


def _foreign_word(token) -> bool:
    """A lower-case word that is no English word: "hing" of "Wong Kwok-hing", not "era" of "Biden-era"."""
    english = english_words(token.vocab)
    return bool(english) and token.lower_ not in english and token.lemma_.lower() not in english
