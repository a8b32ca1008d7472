"""The evidence a name's context gives of what it names, for the set-wide vote on its label.

:func:`evidence` reads the words around one entity span: a title in front ("President …"), a
place preposition ("in …"), a place after a comma, a medium ("on …"), a kind noun after the
name ("the … pipeline"), a person's role, a sports result, and the like. It answers with the
label that context points to, or None; :func:`toolkit.nlp.mentions.mentions` records it with
each mention and the index weighs it against the model's label over the whole set.
The readings that point to a place (a town and its state, a bearing, "in …", a list of places)
live in :mod:`toolkit.nlp.place_readings`.

Example:
    >>> evidence(doc[2:3], 0)  # "He lives in Kyiv."  # doctest: +SKIP
    'GPE'
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.antecedents import NOT_PERSON_WORDS, PERSONAL_OPENERS, built_like_a_person
from toolkit.nlp.assemblies import sits_as_a_body
from toolkit.nlp.boundaries import after_titled_seat, is_person_role
from toolkit.nlp.cited_authors import cited_author
from toolkit.nlp.credited_people import slashed_photographer
from toolkit.nlp.eponyms import names_its_leader
from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.holdings import owner_of_firm_holdings
from toolkit.nlp.investors import invests_money
from toolkit.nlp.kind_nouns import kind_noun
from toolkit.nlp.lexicon import (ABBREVIATED_RANKS, FAC_HEADS, LEGISLATOR_TITLES, LOC_HEADS, ORG_HEADS, PERSON_TITLES,
                                 SPEECH_VERBS)
from toolkit.nlp.life_events import named_in_a_life, person_by_kin_or_birth
from toolkit.nlp.lookups import span_text
from toolkit.nlp.media import named_after_a_frequency, posted_on, posted_on_in_list
from toolkit.nlp.mistags import english_words
from toolkit.nlp.offices_held import office_holder
from toolkit.nlp.place_lists import named_by_plural_of_places
from toolkit.nlp.place_readings import place_apposition, place_by_direction, place_by_noun, place_by_verb_or_list
from toolkit.nlp.results import side_by_plural_agreement, side_of_a_result, side_of_its_staff
from toolkit.nlp.self_reports import says_of_self
from toolkit.nlp.shared_heads import named_before_parties
from toolkit.nlp.titled_places import is_titled_place
from toolkit.nlp.tail_speakers import speaks_in_a_report_tail
from toolkit.nlp.transfers import site_moved_to

_SCHOOL_HEADS = frozenset({"university", "college", "institute"})
# The titles of a firm's officers, written before the officer's name, and the words that open two-word ones.
_FIRM_OFFICERS = frozenset({"ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "founder", "co-founder"})
_OFFICER_WORDS = _FIRM_OFFICERS | {"executive", "chief", "vice"}

# Head words that make a name a place or a body even after a person's title ("Queen Elizabeth Hospital").
_PLACE_AND_BODY_HEADS = FAC_HEADS | LOC_HEADS | ORG_HEADS


def evidence(span: Span, sent_start: int, sent_end: int | None = None) -> str | None:
    """What the words around a name say it names, for the set-wide vote on its label.

    The readings are tried in a fixed order and the first that fits answers, so the order is part of
    the rule: a title in front, what the name does in its clause, what its context makes it, a kind
    the text gives it, then the contexts of a place, then a medium and the like.

    Args:
        span: the entity span.
        sent_start: the index of its sentence's first token.
        sent_end: the index one past its sentence's last token, if known (to read the next sentence).

    Returns:
        "title", "is-<LABEL>", "source", "medium", "body-list", "party-list", "place-…", "medium-post",
        "determiner" or "agent"; None when the context says nothing.
    """
    doc = span.doc
    words = [doc[i].lower_.strip(".") for i in range(max(span.start - 4, sent_start), span.start)]
    return (_title(span, words, sent_start)
            or _role_in_its_clause(span, words)
            or _body_by_context(span)
            or _stated_kind(span, sent_end)
            or _person_by_its_work(span)
            or place_apposition(span)
            or place_by_direction(span)
            or place_by_noun(span)
            or place_by_verb_or_list(span)
            or _medium_or_agent(span))


def _modifies_a_common_noun(span: Span) -> bool:
    """Whether the name premodifies a lower-case noun right after it ("racist DEI policies"): the word before it
    then qualifies that noun's phrase, and is no role of the name's."""
    root, doc = span.root, span.doc
    return root.dep_ in ("compound", "nmod", "amod") and root.head.i >= span.end and span.end < len(doc) \
        and doc[span.end].is_lower and doc[span.end].pos_ == "NOUN"


def _title(span: Span, words: list[str], sent_start: int) -> str | None:
    """"title" when a person's title or role stands right before the name or opens it ("President …")."""
    doc = span.doc
    if words and (words[-1] in PERSON_TITLES or words[-1] in LEGISLATOR_TITLES) and span[-1].text != "City":
        return "title"  # (not the rank in a city's name, "General Santos City"; "MP Tanya Davies")
    if (span.start >= 2 and doc[span.start - 1].text == "." and not doc[span.start - 2].whitespace_
            and doc[span.start - 2].lower_ in ABBREVIATED_RANKS):
        return "title"  # "Capt. Spastic", "Maj. Tarrant": a rank abbreviated with its period, which the tokenizer
        # splits off (and the sentencizer may take for a sentence's end, so the words are read across it)
    if words and words[-1][:1].isalpha() and after_titled_seat(doc, span.start):
        return "title"  # "First Minister of Scotland Nicola Sturgeon": the title is read across its seat
    if (words and span.start > sent_start and doc[span.start - 1].is_lower
            and (doc[span.start - 1].pos_ == "NOUN" or doc[span.start - 1].lower_ == "chief")
            # (the tagger reads "chief" right before a name as an adjective: "(Bawaslu) chief Rahmat Bagja said")
            and doc[span.start - 1].tag_ != "NNS"  # ("told reporters Moscow would study it": a plural is no one's role)
            and not (span.start >= 2 and doc[span.start - 2].text in ("-", "–") and not doc[span.start - 2].whitespace_)
            # ("the 543-member House": a compound adjective counting a body's members, no role; round wire38)
            and is_person_role(words[-1], doc[span.start - 1].lemma_) and not _modifies_a_common_noun(span)):
        return "title"  # "selection committee member Ulf Danielsson", "scientist Rebecca Falconer": a role
        # only a person holds, written in lower case right before the name
    first = span[0].lower_.strip(".")
    if (len(span) > 1 and first in PERSON_TITLES and span[-1].lower_ not in _PLACE_AND_BODY_HEADS
            and span[-1].text != "City" and span[1].text not in ("’s", "'s") and not _firm_named_by_rank(span)
            and not is_titled_place(span_text(span))):
        return "title"  # "King Charles", not "Sultan Qaboos Grand Mosque", "Queen Elizabeth Hospital", nor the
        # title's own body after its possessive ("the President’s Council on Youth Fitness"), nor a place named
        # after a titled person ("Esperanza, Sultan Kudarat", "Prince George, British Columbia"; titled_places.py)
    return None


def _firm_named_by_rank(span: Span) -> bool:
    """Whether a body the model named is a rank and a common word, a firm's name ("General Motors", "General
    Electric", "General Mills"), not a title and a surname: a person's surname after a rank is a name, which the
    model calls a person ("General Mattis")."""
    if span.label_ != "ORG" or len(span) != 2:
        return False
    word = span[1].lower_
    words = english_words(span.doc.vocab)
    return word in words or (word.endswith("s") and word[:-1] in words)


def _role_in_its_clause(span: Span, words: list[str]) -> str | None:
    """What the name does in its clause: holds an office, plays a match, is the source of a report, reports
    itself, or is listed with bodies."""
    doc = span.doc
    if cited_author(span):
        return "is-PERSON"  # "(Hein, Reich, Marks, Thuma, & Grigorenko, 2016)": a citation's author
    if slashed_photographer(span):
        return "is-PERSON"  # "REUTERS/Justin Lane/Pool": a photographer, not a street for "Lane"
    if span.label_ != "PERSON" and office_holder(span):
        return "is-PERSON"  # "Ricardo Rosselló Nevares resigned as the governor": only a person holds that office
    if speaks_in_a_report_tail(span):
        return "is-PERSON"  # "…, Tarlo explains.", "…, says Tarlo.": a lone unknown "place" reporting (tail_speakers.py)
    if side_of_a_result(span) or side_of_its_staff(span) or side_by_plural_agreement(span):
        # "Caloundra defeated Wynnum 45 points to 24", "Caloundra coach Geoff Ingram": a club named after its town
        return "is-ORG"
    if words[-2:] in (["according", "to"], ["quoted", "by"], ["reported", "by"]) and span.root.dep_ == "pobj":
        # "according to CNN", "as quoted by Greek Reporter": a person or a medium, not a place
        # (and "According to CNN, Turkey has …" is no "Allen, Texas"); an apposition says which
        kind = kind_noun(span)  # ("according to Sadie Weiner, Hagan's former spokeswoman": a person)
        return f"is-{kind}" if kind is not None else "source"
    reports = span.root.head if span.root.dep_ == "nsubj" else (doc[span.end] if span.end < len(doc) else None)
    if reports is not None and reports.lower_ == "reports" and reports.tag_ == "VBZ" and reports.i >= span.end:
        return "medium"  # "Rudaw reports …", "Gazeta Prawna reports …": in the news' present tense, an outlet
    if len(span) == 1 and span.label_ == "PERSON" and _coordinated_with_bodies(span) \
            and not named_by_plural_of_places(span):
        return "body-list"  # "discount stores like Biedronka and LIDL": one of a list of bodies (not one of a list
        # a plural of places names, "tourist attractions, such as Boracay and Coron", its fellow a body to the model)
    if span.label_ == "ORG" and named_before_parties(span):
        return "party-list"  # "the Alliance, Reform, Natural Law, and American Delta parties": "Reform" is the
        # Reform Party (round ent37b; the index joins it to the party named in full)
    if len(span) == 1 and span.label_ == "PERSON" and invests_money(span):
        return "investor"  # "Lego announced a $366 million investment": the vote reads it with the set's people
    return None


def _body_by_context(span: Span) -> str | None:
    """"is-ORG" for a name its context makes a body: a university's fellow, a journal, an assembly, a paper."""
    doc = span.doc
    if (span.root.dep_ == "conj" and span.root.head.ent_type_ == "ORG" and span.root.head.lower_ in _SCHOOL_HEADS
            and span.root.head.i < span.start and (span.label_ != "PERSON" or span[0].is_upper and len(span[0]) > 1)
            and not (span.end < len(doc) and doc[span.end].lower_ == "of")):
        # "scientists from the University of Bristol and UC Davis": a fellow of a university (not "at the
        # University of Miami and Chris Fallows of Apex", a person the parser joined to it)
        return "is-ORG"
    if (span.root.dep_ == "pobj" and span.root.head.lower_ == "in" and span.root.head.head.lemma_ == "publish"
            and not is_known_place(span_text(span))):
        return "is-ORG"  # "The model was published in Nature": a journal, unless a known place
    if _firm_of_its_officer(span):
        return "is-ORG"  # "Ford CEO Jim Farley", "Ford Executive Chairman Bill Ford": the firm its officer heads
    if _based_in_a_place(span):
        return "is-ORG"  # "London-based Diageo announced …", "U.S.-based OpenAI": a body placed by its seat
    if sits_as_a_body(span) or named_after_a_frequency(span):
        return "is-ORG"  # "the Second Virginia Convention assembled": an assembly; "Greek daily Kathimerini": a paper
    return None


def _based_in_a_place(span: Span) -> bool:
    """Whether a name stands right after a capitalised place's "-based" ("London-based Diageo", "U.S.-based
    OpenAI", "Japan-based Softbank"): news places a firm or a group so, with no noun between; a person it places
    has one ("London-based designer …")."""
    doc = span.doc
    i = span.start - 1
    if i < 0 or span[0].is_lower:
        return False
    if span.end < len(doc) and doc[span.end].is_lower and doc[span.end].pos_ == "NOUN":
        return False  # "in U.S.-based AI infrastructure": the name qualifies a thing, which is what is based
    before = doc[i]
    if before.lower_.endswith("-based") and len(before) > 6:
        return before.text[0].isupper()  # "U.S.-based", one token
    return (before.lower_ == "based" and i >= 2 and doc[i - 1].text in ("-", "‑")
            and doc[i - 2].text[:1].isupper() and doc[i - 2].whitespace_ == "" and doc[i - 1].whitespace_ == "")


def _firm_of_its_officer(span: Span) -> bool:
    """Whether a name the model calls a body stands right before a firm's officer's title, capitalised, and the
    officer's name ("Ford CEO Jim Farley", "Ford Executive Chairman Bill Ford"): the firm, whatever person its
    name may also be the surname of."""
    doc = span.doc
    if span.label_ != "ORG":
        return False
    j, officer = span.end, False
    while j < len(doc) and j - span.end < 3 and not doc[j].is_lower and doc[j].lower_ in _OFFICER_WORDS:
        officer = officer or doc[j].lower_ in _FIRM_OFFICERS
        j += 1
    return officer and j < len(doc) and doc[j].ent_type_ == "PERSON" and doc[j].is_title


# Nouns of one who speaks for a state or a body ("The representative of the Russian Federation, Vassily Nebenzia,"):
# only a person is one (kept out of the role nouns, which also read "the representative of …" as someone titled).
_DELEGATE_NOUNS = frozenset({"representative", "delegate", "envoy", "ambassador", "emissary"})


def _stated_kind(span: Span, sent_end: int | None) -> str | None:
    """"is-<LABEL>" for what the text says the name is: a kind noun (:func:`~toolkit.nlp.kind_nouns.kind_noun`),
    a person taken up as "he" or "she", the agent of a passive, one whose life is told, a thing owning "its"."""
    doc = span.doc
    kind = kind_noun(span)
    if kind is not None:
        return f"is-{kind}"
    if site_moved_to(span):
        return "is-FAC"  # "transferred from the hospital in Omsk to Charité in Berlin": the hospital moved to
    if sent_end is not None and _subject_taken_up_as_a_person(span, sent_end):
        return "is-PERSON"
    if sent_end is not None and _lone_subject_taken_up(span, sent_end):
        return "taken-up"  # "Campbell went around to churches … He could detect …": weighed in the vote
    if names_its_leader(span):
        return "is-PERSON"  # "the Trump administration", "the Starmer government": a government named by its head
    if (span.label_ != "PERSON" and span.root.dep_ == "appos" and span.root.head.pos_ == "NOUN"
            and (is_person_role(span.root.head.text, span.root.head.lemma_)
                 or span.root.head.lemma_.lower() in _DELEGATE_NOUNS or span.root.head.lemma_.lower() in PERSON_TITLES)
            and built_like_a_person(span)):
        # "The representative of the Russian Federation, Vassily Nebenzia, said", "the German chancellor, Olaf Scholz,":
        # the role's holder
        return "is-PERSON"
    if (span.label_ in ("ORG", "GPE") and span.start > 0 and doc[span.start - 1].tag_ == "POS"
            and span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in SPEECH_VERBS
            and built_like_a_person(span) and span[0].lower_ not in english_words(doc.vocab)):
        return "is-PERSON"  # "Reform UK's Nigel Farage said": a body's or a place's own person, who speaks
    if says_of_self(span):
        return "taken-up"  # "Trump said he would speak with Putin": the speaker's own "he", weighed the same
    if (span.label_ in ("ORG", "PERSON", "FAC") and span.root.dep_ == "pobj" and span.root.head.lower_ == "by"
            and span.root.head.dep_ == "agent" and span.start > 0 and doc[span.start - 1].lower_ == "by"
            and all(t.tag_ == "NNP" for t in span) and not (span.end < len(doc) and doc[span.end].like_num)
            and built_like_a_person(span) and not _coordinated_with_bodies(span)
            and (span.label_ == "ORG" or span[0].lower_ not in english_words(doc.vocab))):
        # "was saved by Thibaut Courtois", "was founded by Dean Kamen": the agent of a passive, named by a given
        # name and a surname, is the person (also where the model calls it a person elsewhere or a building: "was
        # presented by Cate Blanchett", "directed by Hafsia Herzi", round wire39, if its first word is no English
        # word: "described by Marine Bulletin" is a publication's) (not "imposed by Executive Orders 14257", plural and numbered)
        # (not "was advised by Morgan Stanley and Bank of America": a name joined to bodies is one of them)
        return "is-PERSON"
    if named_in_a_life(span):
        return "is-PERSON"  # "the resignation of Luis Rivera Marín", "Tomasz Sekielski's film" (life_events.py)
    if person_by_kin_or_birth(span):
        return "is-PERSON"  # "Trump's wife", "Lucas Cranach the Elder", "Cotton was born on October 31, 1832"
    if span.label_ == "PERSON" and _subject_owning_with_its(span):
        return "is-ORG"  # "SpaceX tested its Falcon Heavy rocket": no person is "it"
    if span.label_ == "PERSON" and _described_by_which(span):
        return "is-ORG"  # "Novo Nordisk, which makes the rival drugs …": "which" never stands for a person
    if owner_of_firm_holdings(span):
        return "is-ORG"  # "one of Excel Dryer’s local suppliers": only a firm has suppliers (holdings.py)
    if span.label_ in ("PERSON", "ORG", "GPE", "LOC", "FAC") and _described_by_who(span):
        return "is-PERSON"  # "Drake, who was not nominated, did not attend": "who" and a singular verb, a person
    return None


# Verbs of the singular that open a relative clause's predicate ("who was", "who has", "who is"); the past of a
# full verb ("who finished") agrees with either number.
_SINGULAR_FORMS = frozenset({"was", "is", "has", "'s"})


def _described_by_who(span: Span) -> bool:
    """Whether a one-word name the model calls a body or a place is described by a clause that opens ", who" right
    after it and agrees in the singular ("Drake, who was not nominated, did not attend", round wire36b): English takes
    up a thing by "which", and British sports news a club by "who" in the plural ("Arsenal, who are second"), so
    "who" and "was", "is", "has" or a verb of the present singular take up a person. Not an acronym, nor a known
    place (a country's government is taken up so too). A name of two or three words is read so when it is built
    like a person's ("to Denzel Washington, who was honoured in a surprise ceremony", round wire39), and not after
    "the": "his special envoy to the Middle East, who has …" takes up the envoy; a person's name takes no article."""
    doc, end = span.doc, span.end
    if len(span) != 1 and (not built_like_a_person(span) or span.start > 0 and doc[span.start - 1].lower_ == "the"):
        return False
    if span_text(span).isupper() or end + 2 >= len(doc) \
            or doc[end].text != "," \
            or doc[end + 1].lower_ != "who" or doc[end + 1].dep_ not in ("nsubj", "nsubjpass"):
        return False
    clause = doc[end + 1].head
    at = end + 2
    while at + 1 < len(doc) and doc[at].tag_ == "RB":
        at += 1  # "Ishiba, who also serves as …" (round wire40)
    agreeing = doc[at]
    # a verb of the past agrees with anything: with a name built like a person's whose first word is no English word
    # ("Sanae Takaichi, who lost to Ishiba in the party leadership race", round wire40; not the club "Crystal
    # Palace, who lost to Chelsea", which British sports news takes up by "who")
    past = len(span) > 1 and agreeing.tag_ == "VBD" and span[0].lower_ not in english_words(doc.vocab)
    return (clause.dep_ == "relcl" and clause.head.i == span.root.i
            and (agreeing.lower_ in _SINGULAR_FORMS or agreeing.tag_ == "VBZ" or past)
            and not is_known_place(span_text(span), cities=True))


def _described_by_which(span: Span) -> bool:
    """Whether a name the model calls a person is described by a clause that opens ", which" right after it
    ("Anthropic, which makes the Claude models, has not …"), the clause hung on the name: English takes a person up
    by "who", so the name is a body's (a known place is left to the places' rules)."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "which":
        return False
    clause = doc[end + 1].head
    return (clause.dep_ == "relcl" and clause.head.i == span.root.i and doc[end + 1].dep_ in ("nsubj", "nsubjpass")
            and not is_known_place(span_text(span))
            and (span.root.dep_ in ("nsubj", "nsubjpass") or not built_like_a_person(span)))
    # (a subject's "which" is its own; one after an object may take up the whole clause, "He met John Smith,
    # which surprised everyone")


def _person_by_its_work(span: Span) -> str | None:
    """What a name compounded onto a work's noun is ("the Netflix show", "the James Cagney film"): its maker,
    a body or a medium, or its star or maker, a person."""
    if (len(span) == 1 and span.label_ in ("GPE", "LOC") and span.root.dep_ == "compound"
            and span.root.head.lemma_ in _WORK_NOUNS and span.root.head.i == span.end
            and not is_known_place(span_text(span), cities=True)):
        return "is-ORG"  # "in Marvel film Shang-Chi", "The Netflix show": the maker or the medium of a
        # work, which no place is unless the gazetteer knows it ("a Toronto-shot series")
    if (span.label_ in ("FAC", "ORG", "GPE", "LOC", "EVENT") and span.root.dep_ == "compound"
            and span.root.head.lemma_ in _WORK_NOUNS and span.root.head.i == span.end and built_like_a_person(span)):
        return "is-PERSON"  # "in the James Cagney film Love Me or Leave Me": a given name and a surname before a
        # work name its star or its maker (a body's or a place's name would have a head word or be known)
    if (span.label_ in ("FAC", "ORG", "GPE", "LOC", "NORP") and span.end < len(span.doc)
            and span.doc[span.end].lower_ in _PLAYS and span.doc[span.end].is_lower
            and span.root.head.i == span.end and built_like_a_person(span)):
        return "is-PERSON"  # "Jack Milne turned a Daizen Maeda cross into his own net": a player's given name and
        # surname before a play of the ball name the player who made it
    return None


# Plays of a ball game that match reports name after the player who made them ("a Daizen Maeda cross", "a
# Kusini Yengi shot"): no body or place makes them.
_PLAYS = frozenset({"cross", "shot", "header", "strike", "volley", "pass", "free-kick", "corner", "tackle",
                    "throw-in", "penalty"})


def _medium_or_agent(span: Span) -> str | None:
    """The last readings: a medium ("on Twitter"), a name after "the", a "place" that acts."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in ("via", "on") and len(span) == 1:
        return "medium-post" if posted_on(span) else "medium"  # "said on Twitter", "posted via Facebook"
    if (span.start > 0 and doc[span.start - 1].lower_ in ("via", "on") and 2 <= len(span) <= 3
            and all(t.is_title and t.is_alpha for t in span) and posted_on(span) and not is_known_place(span_text(span))):
        return "medium-post"  # "the president's post on Truth Social", "via Truth Social": a service of two words
    if len(span) == 1 and span.label_ == "GPE" and posted_on_in_list(span) and not is_known_place(span_text(span)):
        return "medium-post"  # "expressed their anger on Internet Relay Chat (IRC), Reddit and …": a fellow service
    if span.start > 0 and doc[span.start - 1].lower_ == "the" and len(span) == 1:
        return "determiner"  # "the Moon": no person's name takes "the"
    if len(span) == 1 and span.label_ == "GPE" and span.root.dep_ == "nsubj" and span.root.head.pos_ == "VERB":
        return "agent"  # "after Bloomberg contacted Facebook": a "place" that does something itself
    return None


def _subject_taken_up_as_a_person(span: Span, sent_end: int) -> bool:
    """Whether a two- or three-word name built like a person's, which the model calls a body or a place,
    is its sentence's subject and the next sentence opens with "he", "she", "his" or "her": news takes
    the subject up again by its pronoun ("Crystal Munoz was convicted … Her sentence was commuted").
    (Not a name the model calls a person: that may be a band's name used once for one of its members.)
    """
    if span.label_ not in ("ORG", "GPE", "LOC", "FAC") or not 2 <= len(span) <= 3:
        return False  # (the cheap tests first: this is asked of every mention)
    doc = span.doc
    opener = sent_end
    while opener < len(doc) and doc[opener].is_space:
        opener += 1  # a paragraph break between the two sentences
    return (opener < len(doc) and doc[opener].lower_ in PERSONAL_OPENERS and span.root.dep_ in ("nsubj", "nsubjpass")
            and span.root.head.dep_ == "ROOT" and built_like_a_person(span)
            and not (span.start > 0 and doc[span.start - 1].lower_ == "the"))  # ("the Pyongyang Metro is one of
    # the deepest commuter systems … She spoke to CNN": no person's name takes "the"; the "she" is another's)


def _lone_subject_taken_up(span: Span, sent_end: int) -> bool:
    """Whether a one-word name the model calls a body is the subject of its sentence's main verb, no person is
    named in that sentence, and the next sentence opens with "he" or "she" as its subject ("After North Carolina
    passed its restrictive voting-rights bill in 2013, Campbell went around to churches teaching people … He
    could detect …"): the pronoun takes the name up, a person's. A body that speaks ("Apple said …") is left
    alone: the next "he" is then often its spokesman's. Only a vote's weight (the name's other mentions may
    outvote it), as the "he" may be someone named before.
    """
    if span.label_ != "ORG" or len(span) != 1:
        return False  # (the cheap tests first: this is asked of every mention)
    token = span[0]
    if not (token.pos_ == "PROPN" and token.is_title and token.is_alpha and token.dep_ == "nsubj"
            and token.head.dep_ == "ROOT" and token.head.pos_ == "VERB" and token.head.lemma_ not in SPEECH_VERBS
            and token.lower_ not in NOT_PERSON_WORDS):
        return False
    doc = span.doc
    opener = sent_end
    while opener < len(doc) and doc[opener].is_space:
        opener += 1
    if not (opener < len(doc) and doc[opener].lower_ in ("he", "she") and doc[opener].dep_ == "nsubj"):
        return False
    if is_known_place(span_text(span)):
        return False
    # No other name in the sentence that the "he" could take up: every other entity a known place or a number or
    # date, and no proper noun left untagged ("Boeing fired Dennis Muilenburg … He had led": the model's NORP and GPE)
    sentence = token.sent
    return (all(e.start == span.start or e.label_ not in _NAMES_A_HE_TAKES_UP or e.label_ in ("GPE", "LOC")
                and is_known_place(e.text, cities=True) for e in sentence.ents)
            and not any(t.pos_ == "PROPN" and not t.ent_type_ for t in sentence))


# The labels of names a "he" or "she" may take up (the model's guesses for a person's name included).
_NAMES_A_HE_TAKES_UP = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})


def _subject_owning_with_its(span: Span) -> bool:
    """Whether a name is the subject of a verb whose object the subject owns as "its" ("SpaceX tested its
    Falcon Heavy rocket", "Tesco sold its Polish stores"), or of a verb of saying whose clause takes it up as
    "it" owning something as "its" ("Booz Allen Hamilton says it is raising its …"): the name is a thing or a
    body, never a person (a country the gazetteer knows stays a polity: "Malawi confirmed its first coronavirus infections")."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX") or is_known_place(span_text(span)):
        return False
    if any(c.dep_ == "dobj" and any(g.dep_ == "poss" and g.lower_ == "its" for g in c.children)
           for c in root.head.children):
        return True
    # "Booz Allen Hamilton says it is raising its free cash flow outlook": the subject of a verb of saying or
    # expecting takes itself up as "it", owning something as "its", in the clause it says; nobody is "it"
    # ("it" alone may be the empty subject, "says it is time": "its" makes the clause about a thing)
    if root.head.lemma_ not in SPEECH_VERBS:
        return False
    return any(c.dep_ == "ccomp" and any(g.dep_ == "nsubj" and g.lower_ == "it" for g in c.children)
               and any(_owned_in_clause(g, c) for g in c.subtree if g.dep_ == "poss" and g.lower_ == "its")
               for c in root.head.children)


def _owned_in_clause(its, verb) -> bool:
    """Whether "its" belongs to the clause of ``verb`` itself, not to a clause inside it ("… it would be
    unlawful if its purpose was …": the "if" clause speaks of another thing)."""
    token = its.head
    while token.i != verb.i:
        if token.dep_ in ("advcl", "ccomp", "relcl", "acl", "xcomp", "conj") or token.head.i == token.i:
            return False
        token = token.head
    return True


# Works and the media that carry them: a one-word name compounded onto one is their maker or medium.
_WORK_NOUNS = frozenset({"film", "movie", "show", "series", "channel", "documentary", "album", "app", "podcast",
                         "sitcom", "drama", "comic"})


def _coordinated_with_bodies(span: Span) -> bool:
    """Whether a one-word name is coordinated only with bodies' names ("Biedronka and LIDL")."""
    root = span.root
    partners = ([root.head] if root.dep_ == "conj" else []) + [c for c in root.children if c.dep_ == "conj"]
    partners = [p for p in partners if p.pos_ == "PROPN" and not span.start <= p.i < span.end]
    return bool(partners) and all(p.ent_type_ == "ORG" for p in partners)


# Titles that a body's common words run into: "Home Secretary", "Foreign Affairs minister".
