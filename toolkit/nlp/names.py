"""Names the small model misses: rules over the parse.

Used by :mod:`toolkit.nlp.repairs`:

* :func:`speaker_names`: the proper-noun subject of a speech verb is a person even when the
  model tagged nothing there ("Fallows remarked, …", "… ," Zelenskyy said.);
* :func:`organisation_names`: a capitalised name whose last word is an organisation head
  ("Lowy Institute", "Ministry of Foreign Affairs", "The Associated Press") is an ORG.

The spellings of one name that a set merges are :mod:`toolkit.nlp.spellings`'.

Example:
    >>> [e.text for e in organisation_names(nlp("He joined the Lowy Institute."), stop=frozenset())]  # doctest: +SKIP
    ['Lowy Institute']
"""

from __future__ import annotations


from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span

from toolkit.nlp.boundaries import is_person_role
from toolkit.nlp.dates import WEEKDAYS
from toolkit.nlp.lexicon import FAC_HEADS, HYPHENS, ORG_HEADS, PERSON_TITLES, SPEECH_VERBS
from toolkit.nlp.lookups import entity_bounds, indices_of
from toolkit.nlp.surfaces import KNOWN_ALIASES

_SUBJECTS = ("nsubj", "nsubjpass")
_CONNECTORS = frozenset({"of", "for", "on", "and", "&"})
# Words of the title class that also open bodies' names: "National" ("National Center for Missing & Exploited
# Children") and a legislature's chamber ("House Republican Conference", "Senate Armed Services Committee"); and
# adjectives that open a name at a paragraph's start, where the model leaves them out ("International Association
# of Chiefs of Police:", "United Coalition of Public Safety:", "American Center for Law & Justice:").
_NAME_OPENERS = frozenset({"national", "house", "senate", "international", "united", "american", "british",
                           "european"})


def _opening_word(doc: Doc, start: int, head: int, stop: frozenset[str]) -> bool:
    """Whether the word before ``start`` opens the body's name ending at ``head``: one of ``_NAME_OPENERS``, with
    no title's word between it and the head ("House Republican Conference", "National Center for …"), not the
    White House's ("White House Council of Economic Advisers" is the model's; "House Speaker …" ends no name)."""
    before = doc[start - 1]
    return (before.lower_ in _NAME_OPENERS and before.is_title and before.tag_ == "NNP"
            and not (start > 1 and doc[start - 2].lower_ == "white")
            and all(doc[k].lower_ not in stop for k in range(start, head)))


# The fields a ministry is named after, right before its head ("the Interior Ministry", "the Defence Ministry"): words
# of titles too ("Interior Minister …"), which end other names' runs.
_MINISTRY_FIELDS = frozenset("""foreign defense defence finance interior health energy education agriculture justice
    trade economy labour labor culture transport transportation environment commerce treasury intelligence information
    home""".split())


def _ministry_word(doc: Doc, start: int, head: int) -> bool:
    """Whether the word before ``start`` belongs to the name of a ministry ending at ``head`` though it is a title's word:
    the field right before "Ministry" ("Interior Ministry"), or a people's adjective the model tagged before that field
    ("the Saudi Interior Ministry", which the small model tags "Saudi" alone when no comma follows the name)."""
    if doc[head].lower_ != "ministry":
        return False
    before = doc[start - 1]
    if not before.is_title or not before.is_alpha:
        return False
    if start == head:
        return before.lower_ in _MINISTRY_FIELDS
    return (start == head - 1 and doc[start].lower_ in _MINISTRY_FIELDS and before.ent_type_ == "NORP"
            and len(before.text) > 2)


def _cause_opener(doc: Doc, start: int, people: set[int], stop: frozenset[str]) -> bool:
    """Whether "for" before ``start`` and the proper noun before it open the body's name: a body named after what it
    gathers "for" a cause ("Cinema for Peace Foundation", round ent36, which the model left untagged where the name
    opens a sentence). Only a proper noun to the tagger that the model tagged as nothing ("Barack Obama for the
    Democratic Party", "New York for the Green Party": a person or a place before "for"), and no common noun ("Calls
    for Justice Foundation members", "Funding for Peace Foundation projects")."""
    if start < 2 or doc[start - 1].lower_ != "for":
        return False
    word = doc[start - 2]
    return (word.is_title and word.is_alpha and word.tag_ == "NNP" and not word.ent_type_ and start - 2 not in people
            and word.lower_ not in stop)


def _plural_possessive(doc: Doc, start: int, people: set[int]) -> bool:
    """Whether the head word at ``start`` is owned by a capitalised plural in the possessive, its members' ("Western
    States Sheriffs’ Association", "Newark Police Superior Officers’ Association", "the National Farmers' Union"):
    the apostrophe (no "'s") stands alone between the plural and the head."""
    if start < 2 or doc[start - 1].text not in ("’", "'") or not doc[start - 1].whitespace_:
        return False
    plural = doc[start - 2]
    return (plural.is_title and plural.is_alpha and plural.lower_.endswith("s") and plural.tag_ in ("NNPS", "NNS", "NNP")
            and start - 2 not in people and not plural.whitespace_ and doc[start - 1].tag_ in ("POS", "''", "``"))


# Titles of a body's officers, which a body's name may hold before the person's ("Small Business Administration
# Administrator Kelly Loeffler"); not "Attorney" nor "Judge", which make titles of their own with the head before
# them ("Manhattan District Attorney", "United States District Judge").
_OFFICER_TITLES = frozenset({"administrator", "commissioner", "chair", "chairman", "chairwoman", "director", "secretary",
                             "president", "ceo", "spokesperson", "spokesman", "spokeswoman"})


def _officer_after(doc: Doc, head: int, people: set[int]) -> bool:
    """Whether the head word at ``head`` is followed by an officer's title and a person ("Small Business
    Administration Administrator Kelly Loeffler", "House Oversight Committee Chairman James Comer"): the body's
    name ends at its head; not a title of the press, the police or a district ("White House Press Secretary
    Karoline Leavitt", "NYPD Police Commissioner …"), whose word before is a title's part."""
    return (doc[head].lower_ not in ("press", "police", "district") and head + 2 < len(doc)
            and doc[head + 1].lower_ in _OFFICER_TITLES and head + 2 in people)


def _opens_second_body(doc: Doc, i: int) -> bool:
    """Whether the head word at ``i``, after "and", opens a second body's name with its own "of" or "for"
    tail ("the University of Washington and Center for Ecosystem Sentinels"): two bodies, not one whose
    field ends after "and" ("Ministry of Trade and Industry")."""
    return (doc[i].lower_ in ORG_HEADS and i + 2 < len(doc) and doc[i + 1].lower_ in ("of", "for", "on")
            and doc[i + 2].is_title)


# Verbs that report a quotation but whose subject is usually a body, not a person ("the court found").
_NOT_SAYING = frozenset({"find", "rule", "decide", "report"})
_SAYING = frozenset(SPEECH_VERBS - _NOT_SAYING)




def _name_word(token, stop: frozenset[str]) -> bool:
    return (token.pos_ == "PROPN" and (token.is_title or (token.is_upper and len(token) > 1)) and token.is_alpha
            and token.lower_ not in stop)


def speaker_names(doc: Doc, taken: set[int], *, stop: frozenset[str], places: frozenset[str]) -> list[Span]:
    """People named as the subject of a speech verb that no entity covers.

    The subject (or the name in apposition to it: "a member of parliament, Samir Dilou,
    said") must be a capitalised proper noun that is no known place and no title word;
    its compound proper nouns in front belong to the name ("Tanya Chan").

    Args:
        doc: a parsed ``Doc``.
        taken: indices of tokens already in an entity (updated).
        stop: lower-case words that are never part of a name (titles, organisation words).
        places: known place names (a country as a subject is not a person).
    """
    found = []
    named: set[str] | None = None  # words the text uses as names: in an entity, or capitalised mid-sentence

    def is_name(token) -> bool:
        nonlocal named
        if token.lower_ in stop or not token.is_alpha or token.text in places:
            return False
        if token.pos_ == "PROPN" and (token.is_title or (token.is_upper and len(token) > 1)):
            return True
        # The model often takes a surname opening a sentence for a noun ("Fallows remarked"):
        # it is a name when the text writes it capitalised elsewhere too, or in an entity.
        if not (token.is_title and token.pos_ in ("NOUN", "X")) or any(c.dep_ == "det" for c in token.children):
            return False
        before = token.doc[token.i - 1] if token.i else None
        if before is not None and not token.is_sent_start and (not before.is_punct or before.tag_ in ("''", ",")):
            return True  # capitalised inside a sentence: a name ("…," Zelenskyy said.)
        if named is None:
            named = {t.text for e in doc.ents for t in e}
            named |= {t.text for t in doc if t.is_title and not t.is_sent_start and t.pos_ == "PROPN"}
        return token.text in named

    for i in indices_of(doc, LEMMA, _SAYING):
        verb = doc[i]
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for subject in verb.children:
            if subject.dep_ not in _SUBJECTS:
                continue
            for head in [subject] + _apposed(subject):
                if head.i in taken or not is_name(head):
                    continue
                body = _members_of_place(doc, head, taken, places)
                if body is not None:
                    found.append(body)
                    taken.update(range(body.start, body.end))
                    continue
                start = head.i
                while start > 0 and start - 1 not in taken and doc[start - 1].head.i == head.i \
                        and doc[start - 1].dep_ == "compound" and _name_word(doc[start - 1], stop):
                    start -= 1
                joined = _hyphen_joined_before(doc, start)
                if joined is not None and (joined == -1 or joined in taken or joined + 1 in taken):
                    continue  # "T-Mobile today announced": a word the hyphen joins ("T-", "E-") names no person
                start = joined if joined is not None else start  # "Jean-Pierre Raffarin said": the name whole
                if _ends_a_bodys_name(doc, head, start, taken) or start == head.i and _office_of(head):
                    continue
                opened = _opened_by_the(doc, head, start, taken, stop)
                if opened is not None:  # "the Dow Jones Industrial Average added 700 points" (round wire38)
                    found.append(Span(doc, opened, head.i + 1, label="ORG"))
                    taken.update(range(opened, head.i + 1))
                    continue
                found.append(Span(doc, start, head.i + 1, label="PERSON"))
                taken.update(range(start, head.i + 1))
    return found


def _hyphen_joined_before(doc: Doc, start: int) -> int | None:
    """Where a name's word glued by a hyphen to the word before it begins ("Jean-Pierre": the index of "Jean"), or -1
    when that word is a letter or an abbreviation ("T-Mobile", "E-Trade"), which makes a brand, not a person's name;
    None when no hyphen glues it."""
    if start < 2 or doc[start - 1].text not in HYPHENS or doc[start - 1].whitespace_ or doc[start - 2].whitespace_:
        return None
    before = doc[start - 2]
    return start - 2 if before.is_alpha and before.is_title and len(before) > 1 else -1


def _office_of(head) -> bool:
    """Whether a lone capitalised speaker's word is a person's role "of" something ("Member of parliament (MP)
    Kevin Conolly said", round ent40a: the sentence's first words, the office of the name after it), which no
    one is named; a surname that is also a role ("Bishop said") has no "of" after it."""
    return is_person_role(head.lower_, head.lemma_.lower()) and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


def _ends_a_bodys_name(doc: Doc, head, start: int, taken: set[int]) -> bool:
    """Whether a speaker's word ends a name that "the" opens and an entity runs into ("The CGI Mestre have stated
    …", CGI tagged): the rest of a body's name, no person's (no person's name takes "the")."""
    return (start > 0 and start - 1 in taken and doc[start - 1].head.i == head.i and doc[start - 1].dep_ == "compound"
            and any(c.dep_ == "det" and c.lower_ == "the" and c.i < start - 1 for c in head.children))


def _opened_by_the(doc: Doc, head, start: int, taken: set[int], stop: frozenset[str]) -> int | None:
    """Where a speaker's name starts when "the" opens it and capitalised words of no entity stand between the
    article and the compounds found ("the Dow Jones Industrial Average added …", where "Dow" hangs on "Jones"): a
    body's name, no person's, since no person's name takes "the"; None when "the" is not the head's or a word
    between is no name's ("the late John Smith said")."""
    det = next((c.i for c in head.children if c.dep_ == "det" and c.lower_ == "the"), None)
    if det is None or det >= start - 1 or start - det > 3:
        return None
    if all(k not in taken and doc[k].is_title and doc[k].is_alpha and doc[k].pos_ == "PROPN"
           and doc[k].lower_ not in stop for k in range(det + 1, start)):
        return det + 1
    return None


def _apposed(subject) -> list:
    """The names in apposition to a speech verb's subject, or to a post coordinated with it: in "said University of
    California, San Diego's chancellor, Pradeep Khosla" the parser makes "chancellor" a conjunct of "University" and
    "Khosla" its apposition. Only a post's noun (a title word) lends its apposition ("the company and its parent,
    Alphabet, said" names no person)."""
    out = [c for c in subject.children if c.dep_ == "appos"]
    for conj in subject.children:
        if conj.dep_ == "conj" and conj.pos_ == "NOUN" and conj.lower_ in PERSON_TITLES:
            out += [c for c in conj.children if c.dep_ == "appos"]
    return out


# Heads of a government's bodies, whose field after "of" is one or two words ("Department of Justice", "Ministry of
# Defence"), and the nouns of the people who work in them, which follow the name without belonging to it.
_GOVERNMENT_HEADS = frozenset({"department", "ministry", "office", "agency", "bureau"})
_STAFF_NOUNS = frozenset("""official officials prosecutor prosecutors attorney attorneys officer officers employee
    employees staff staffer staffers agent agents lawyer lawyers spokesman spokeswoman spokesperson""".split())
_RANK_ADJECTIVES = frozenset({"senior", "junior", "top", "former"})


def _staff_after(doc: Doc, head, first: int, tail: int) -> int | None:
    """Where the name of a government's body ends when its capitalised tail runs on into the noun of its staff
    ("Department of Justice Officials", "Department of Justice Prosecutor Joe Moreno"): before that noun, the
    field ("Justice") kept; None if the tail holds no such noun or the head is no government's."""
    if head.lower_ not in _GOVERNMENT_HEADS:
        return None
    for k in range(first + 1, tail):
        if doc[k].lower_ in _STAFF_NOUNS:
            return k
    return None


def _members_of_place(doc: Doc, head, taken: set[int], places: frozenset[str]) -> Span | None:
    """A body named by its members' plural and the country or state they serve ("Major County Sheriffs of
    America", "Veterans of Foreign Wars" not: its object is no place): a capitalised plural (NNPS) with "of" and a
    known place after it, and the capitalised words before it, title words included ("Major"); a person's name is
    no plural. None if ``head`` is no such plural."""
    if head.tag_ != "NNPS" or head.i + 2 >= len(doc) or doc[head.i + 1].lower_ != "of":
        return None
    place = doc[head.i + 2]
    if (place.text not in places and KNOWN_ALIASES.get(place.lower_) not in places) or not place.is_title \
            or place.i in taken:
        return None
    start = head.i
    while (start > 0 and start - 1 not in taken and doc[start - 1].is_title and doc[start - 1].is_alpha
           and doc[start - 1].tag_ in ("NNP", "NNPS")):
        start -= 1
    if start == head.i:
        return None
    return Span(doc, start, place.i + 1, label="ORG")


# Heads of newspapers' names, which often stand alone after a capital "The": "according to The Times".
_PAPER_HEADS = frozenset({"times", "herald", "gazette", "tribune", "journal", "chronicle", "press"})


def _article_adjective(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a capitalised plain adjective right after "the", of no entity."""
    return doc[i].tag_ == "JJ" and not doc[i].ent_type_ and i > 0 and doc[i - 1].lower_ == "the"


def _headless_model_body(doc: Doc, i: int) -> bool:
    """Whether the model's name ending at token ``i`` is a body (ORG) none of whose words is a body's or a
    building's head ("Texas Parks"): the first half of a body named by two fields joined by "and"."""
    words = doc[entity_bounds(doc, i)[0] : i + 1]
    return doc[i].ent_type_ == "ORG" and not any(t.lower_ in ORG_HEADS or t.lower_ in FAC_HEADS for t in words)


def _ends_model_name(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the last of a name of two words or more that the model tagged itself."""
    return doc[i].ent_iob_ == "I" and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")


def organisation_names(doc: Doc, *, stop: frozenset[str], people: set[int] | None = None,
                       heads: frozenset[str] = ORG_HEADS, label: str = "ORG") -> list[Span]:
    """Capitalised names ending in an organisation head, with an "of …" tail.

    "Associated Press", "Lowy Institute", "Ministry of Foreign Affairs", "Council on
    American-Islamic Relations", "Supreme Court of the United Kingdom", "Institute for the
    Study of War". The head must end the capitalised run ("White House Press Secretary" is a
    title, not the press), and the name needs a word besides the head, or a capital "The"
    inside a sentence before a newspaper's head ("according to The Times").

    Args:
        doc: a parsed ``Doc``.
        stop: lower-case words that never open such a name (titles).
        people: indices of tokens of people, which a name never swallows (default: the PERSON
            entities of ``doc.ents``).
        heads: the head words that end such a name; with ``FAC_HEADS`` and ``label="FAC"`` the same
            reading finds buildings ("Hotel Arpit Palace", "Federal Military Memorial Cemetery").
        label: the label of the names found.
    """
    found = []
    if people is None:  # a name never swallows a person
        people = {at for e in doc.ents if e.label_ == "PERSON" for at in range(e.start, e.end)}
    for i in indices_of(doc, LOWER, heads):
        head = doc[i]
        if i in people:
            continue
        if not head.is_title or (i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].lower_ not in _CONNECTORS
                                 and not _officer_after(doc, i, people)):
            continue
        start = i
        while start > 0 and i - start < 6:
            before = doc[start - 1]
            if before.ent_type_ == "DATE" and before.lower_ in WEEKDAYS:
                break  # "On Friday Ford Motor Company announced": the day the model dates is no word of the name
            if (before.lower_ in ("and", "&") and start - 1 > 0 and start < i and doc[start - 2].is_title
                    and (doc[start - 2].tag_ == "NNP" or _article_adjective(doc, start - 2))
                    and start - 2 not in people and not doc[start - 2].is_sent_start
                    and (not _ends_model_name(doc, start - 2)
                         or doc[start].ent_iob_ == "B" and _headless_model_body(doc, start - 2))):
                # "Fire and Rescue Service", "Food and Drug Administration": one word each side of
                # "and"; also a capitalised adjective after "the" ("the Free and Equal Elections
                # Foundation"), which only a name capitalises inside a sentence, unless the model
                # names it itself ("the Democratic and Republican Party's primary elections": two), nor a
                # name of two words or more that the model ends before "and" ("Acute Primary Care Clinic
                # and Leulumoega District hospital": two facilities), unless the model's body before "and" has
                # no head word of its own and the model opens a second body right after "and" ("the Texas Parks
                # and Wildlife Department", round wire35b: "Texas Parks" ORG + "Wildlife Department" ORG; not
                # "Former U.S. Attorneys and Senior Department of Justice Officials", whose "Senior" is no body's)
                start -= 2
                continue
            if start == i and _plural_possessive(doc, start, people):
                start -= 1  # "Western States Sheriffs’ Association": the members' plural owns the head
                continue
            if start - 1 not in people and _ministry_word(doc, start, i):
                start -= 1  # "the Saudi Interior Ministry": a ministry's field, and the people's adjective before it
                continue
            if start < i and _cause_opener(doc, start, people, stop):
                start -= 2  # "Cinema for Peace Foundation": what the body stands for, and "for" before it
                continue
            if not (start - 1 not in people and _opening_word(doc, start, i, stop)) and not (
                    start - 1 not in people and (before.is_title or before.is_upper) and before.is_alpha
                    and (not before.is_sent_start or before.tag_ == "NNP" and start < i)
                    and before.pos_ in ("PROPN", "ADJ", "NOUN") and before.lower_ not in stop - ORG_HEADS):
                break
            start -= 1
            if before.is_sent_start:
                break  # "North Wales Police …": a proper noun may open the sentence and the name
        if (start == i and i > 0 and doc[i - 1].text == "The" and not doc[i - 1].is_sent_start
                and head.lower_ in _PAPER_HEADS):
            start -= 1  # "… according to The Times": a capital "The" inside a sentence opens a name
        end = i + 1
        # "Ministry of Foreign Affairs", "Supreme Court of the United Kingdom": a connector (and
        # "the") and a capitalised run after the head.
        skip = 2 if end + 2 < len(doc) and doc[end + 1].lower_ == "the" else 1
        if end + skip < len(doc) and doc[end].lower_ in ("of", "for", "on") and doc[end + skip].is_title:
            tail = end + skip
            while tail < len(doc) and tail not in people and tail - i < 8:
                token = doc[tail]
                if token.ent_type_ in ("DATE", "TIME", "CARDINAL"):
                    break  # "Kennedy Space Center on April 12": the date is not part of the name
                if token.is_title or token.text in ("-", "–", "&"):
                    tail += 1
                elif token.lower_ == "of" and tail + 1 < len(doc) and doc[tail + 1].is_title and tail + 1 not in people:
                    tail += 2  # "Institute for the Study of War"
                elif (token.lower_ == "for" and tail + 2 < len(doc) and doc[tail + 1].lower_ == "the"
                      and doc[tail + 2].is_title and tail + 2 not in people):
                    tail += 3  # "Court of Appeals for the Third Circuit": a second connector with its article
                elif (token.lower_ == "and" and tail + 1 < len(doc) and doc[tail + 1].is_title and tail + 1 not in people
                      and not (tail + 2 < len(doc) and doc[tail + 2].is_title)
                      and not (tail + 2 < len(doc) and doc[tail + 2].text in HYPHENS and not doc[tail + 1].whitespace_)
                      and not _opens_second_body(doc, tail + 1)):  # (not "… School of Medicine and Duke-NUS
                    # Medical School": a word that a hyphen joins to the next opens a second, hyphenated name)
                    tail += 2  # "Ministry of Trade and Industry": one word after "and", not a list of names
                elif (token.lower_ == "and" and tail + 2 < len(doc) and doc[tail + 1].is_title
                      and doc[tail + 2].is_title and doc[tail + 2].tag_ == "NNPS"
                      and not {tail + 1, tail + 2} & people and not {doc[tail + 1].lower_, doc[tail + 2].lower_} & stop
                      and not (tail + 3 < len(doc) and doc[tail + 3].is_title)):
                    # "Institute of Allergy and Infectious Diseases", "Department of Health and Human Services": a
                    # field named by a plural and its modifier after "and" ends the name (a list of names would go on)
                    tail += 3
                else:
                    break
            while tail > end + skip and not doc[tail - 1].is_title:
                tail -= 1
            staff = _staff_after(doc, head, end + skip, tail)
            if staff is not None:
                tail = staff  # "Former Department of Justice Prosecutor Joe Moreno": the prosecutor is the person's
                while start < i and doc[start].lower_ in _RANK_ADJECTIVES:
                    start += 1  # "Senior Department of Justice Officials": the officials are senior
            while tail > end + skip + 1 and tail in people and doc[tail - 1].lower_ in PERSON_TITLES:
                tail -= 1  # "National Organization for Women President Christian F. Nunes": the title is the person's
            if tail > end + skip:
                end = tail  # (a tail that took no word, "the 'Band on the Run' album" with "Run" a person's, is none)
        if end - start >= 2:
            found.append(Span(doc, start, end, label=label))
    return found
