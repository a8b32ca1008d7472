"""Kind nouns: the common noun the text gives a name, which says what the name is.

"Tell Tamer, a town near …", "our biggest island Crete", "charity Sea-Eye", "the Johan Sverdrup oil
field", "the city of Raqqa", "Tesla CEO Elon Musk": a noun in apposition, right before the name, after
it or naming it with "of" gives the name's label (:data:`~toolkit.nlp.lexicon.KIND_NOUNS`), which
:func:`~toolkit.nlp.evidence.evidence` records as "is-<LABEL>".

Example:
    >>> kind_noun(doc[0:2])  # "Tell Tamer, a town near the border, …"  # doctest: +SKIP
    'GPE'
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.appositions import apposed_across_words, kind_after_comma_as_object, kind_after_dash
from toolkit.nlp.boundaries import KIN_NOUNS
from toolkit.nlp.copulas import copular_kind, subject_kind
from toolkit.nlp.gazetteer import is_known_place, known_places
from toolkit.nlp.heavens import sky_kind, star_of_a_screen
from toolkit.nlp.lexicon import FAC_HEADS, KIND_NOUNS, LINE_NOUNS, LOC_HEADS, PLANT_PURPOSES
from toolkit.nlp.lookups import span_text
from toolkit.nlp.media import PERSON_NOUNS, kind_of
from toolkit.nlp.naming_verbs import kind_by_naming
from toolkit.nlp.products import product_kind
from toolkit.nlp.surfaces import is_state_or_country

# Jobs that a team or a company's name, in front, qualifies ("Maroochydore coach", "Tesla CEO"),
# and the words allowed between ("assistant coach"); not "campaign manager" (a person's campaign).
_BODY_JOBS = frozenset({"coach", "manager", "captain", "skipper", "ceo", "goalkeeper", "striker", "midfielder",
                        "defender", "winger", "fullback", "coordinator"})
_JOB_MODIFIERS = frozenset({"assistant", "head", "team", "club", "interim", "caretaker", "former", "new"})
# Kinds of body no person is called, so that they outweigh the model's "person" ("rock band Van
# Halen", "media network EURACTIV", "belly dancing troupe Tribal Evolution"); "publisher Rupert Murdoch" is a person.
_NEVER_PEOPLE = frozenset({"band", "network", "charity", "union", "company", "firm", "airline", "carmaker",
                           "newspaper", "website", "militia", "retailer", "startup", "troupe", "orchestra", "choir",
                           "ensemble", "subsidiary", "conglomerate", "refiner", "lender", "insurer",
                           "supermarket", "automaker", "chipmaker", "drugmaker", "maker", "grocer"})
# Goods whose "maker" is a firm ("the vaccine maker Zoetis", "phone maker Xiaomi"); a "policy maker" or a "film maker"
# is a person, and "maker" alone says nothing.
_MADE_GOODS = frozenset({"vaccine", "drug", "medicine", "car", "chip", "phone", "smartphone", "toy", "aircraft",
                         "plane", "software", "weapons", "arms", "battery", "device", "equipment", "food", "beer",
                         "jet", "fighter", "missile", "drone", "engine", "truck", "tank"})
# Nouns that name a place with "of": "the city of Raqqa", "the electoral district of Groom", "the state of
# Queensland", "the borough of Croydon": the label the name then has.
_NAMED_BY_OF = {**{noun: KIND_NOUNS[noun] for noun in ("city", "town", "village", "island", "province", "municipality")},
                **dict.fromkeys(("state", "district", "county", "borough", "parish", "commune", "electorate",
                                 "constituency"), "GPE")}


def _role_of_itself(noun, span: Span) -> bool:
    """Whether an apposition names a role "of" the name itself ("the leader of NATO, the secretary-general
    of NATO", parsed as NATO's apposition): nothing is its own secretary-general, so the apposition
    belongs to someone else and says nothing of what the name is."""
    return any(prep.dep_ == "prep" and prep.lower_ == "of" and any(o.dep_ == "pobj" and o.text == span.root.text
                                                                      for o in prep.children)
               for prep in noun.subtree)


# Nouns of the kinds of a work, which the name right after them, or in apposition to them, is the title of ("his
# book Hydrodynamica", "the TV series Supernatural", "the romantic comedy, Chasing Liberty"): no body, place or
# person, whatever the model guessed; a "hit" is a song or a show that sold ("the 60s hit Monster Mash").
WORK_NOUNS = frozenset("""film movie documentary series miniseries sitcom drama comedy thriller musical opera play
    novel book memoir album song poem painting hit""".split())


# Words before "leader" that name what a person leads ("the opposition leader", "the rebel leader").
_LED_BODIES = frozenset({"opposition", "party", "rebel", "militia", "separatist", "union", "majority", "minority",
                         "house", "senate", "group", "movement", "coup", "junta", "supreme", "spiritual"})


# Nouns of a broadcast, a work when a medium's word qualifies them ("television program Morning Joe", "the radio show
# Fresh Air"); alone they name plans and displays too ("the space program Artemis", "the air show").
_BROADCAST_NOUNS = frozenset({"program", "programme", "show"})
_BROADCAST_MEDIA = frozenset({"television", "tv", "radio", "talk", "news", "cable"})


def _broadcast(noun) -> bool:
    """Whether a noun names a broadcast by its medium ("television program", "the TV show", "radio programme")."""
    return noun.lemma_.lower() in _BROADCAST_NOUNS and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _BROADCAST_MEDIA for c in noun.children)


def _kind(noun) -> str | None:
    """The label a kind noun gives a name (:func:`~toolkit.nlp.media.kind_of`), or a work's (:data:`WORK_NOUNS`, a
    broadcast's noun by its medium: "on television program Morning Joe", PERSON before, round ent37)."""
    kind = kind_of(noun)
    if kind is None and _broadcast(noun):
        return "WORK_OF_ART"
    if kind is None and noun.lemma_.lower() == "maker" and any(
            c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _MADE_GOODS for c in noun.children):
        return "ORG"  # "the vaccine maker Zoetis": the maker of goods is a firm
    if kind is None and noun.lemma_.lower() == "maker" and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and (o.ent_type_ == "PRODUCT"
                                                                                 or o.lemma_.lower() in _MADE_GOODS)
                                                          for o in c.children)
            for c in noun.children):
        return "ORG"  # "Lockheed Martin, maker of the F-22 and F-35" (round wire39): the maker of a product or of
        # goods named after "of" is a firm ("a maker of films" names no good of the list, and is left)
    if kind is None and noun.lemma_.lower() in WORK_NOUNS:
        return "WORK_OF_ART"
    if kind is None and noun.lemma_.lower() == "leader" and any(
            c.dep_ in ("amod", "compound", "poss", "nmod") and (c.ent_type_ in ("NORP", "ORG", "GPE")
                                                                or c.lower_ in _LED_BODIES)
            for c in noun.children):
        return "PERSON"  # "The Conservative leader, Kemi Badenoch": a party's or a country's leader is a person
        # (not "the market leader, Nvidia", whose leading is a firm's)
    return kind


def kind_noun(span: Span) -> str | None:
    """The label a common noun in apposition gives a name: "Tell Tamer, a town near …", "our
    biggest island Crete", "Hagia Sophia, formerly a church …"; or one naming it with "of": "the
    city of Raqqa" (places only)."""
    if (sky := sky_kind(span)) is not None:
        return sky  # "the host star AB Aurigae": a star of the sky, not of the screen
    if star_of_a_screen(span):
        return "PERSON"  # "porn star Stormy Daniels": a star of a field, which the model may call a body
    if (program := product_kind(span)) is not None:
        return program  # "the Fedora operating system": software, no person
    if (example := _kind_of_examples(span)) is not None:
        return example  # "websites such as Reddit, Twitter and Spotify": sites, whatever the model says
    root = span.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and not apposed_across_words(span):
        return _kind(root.head)  # (not "researchers from X and University of Y", a misparse)
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and (child.i < span.start or any(
                t.is_punct for t in span.doc[span.end : child.i])) and not _role_of_itself(child, span):
            # An apposition after a name is set off by a comma or a dash ("Tell Tamer, a town"); a
            # role noun right after it is one the name qualifies ("United States senator and …
            # Robert F. Kennedy", which the parser may read as an apposition)
            if child.lemma_.lower() in PERSON_NOUNS and (
                    is_known_place(span[-1].text, cities=True) or span.end >= len(span.doc)
                    or span.doc[span.end].text != "," or not any(c.dep_ == "det" for c in child.children)):
                # Only "<name>, a … woman": not "WMC-TV (8/14/25): Elderly woman bodyslammed …", a headline the
                # parser hangs on an outlet's name; nor "Valeska Paris, an Australian woman", where the set-wide
                # group of a surname that is a town's name would take the town ("in Paris") with it
                return None
            if (child.lemma_.lower() in KIN_NOUNS and root.dep_ == "pobj" and root.head.lower_ in ("in", "at")
                    and is_known_place(span_text(span), cities=True)):
                # "Moreau was born in Paris, the daughter of Katherine": the kin is the subject's, which
                # the parser hangs on the place it was born in
                return None
            return _kind(child)
    if _shares_of(span, root):
        return "ORG"  # "Shares in Woolworths fell" (NORP, round wire35c), "Kroger shares rose": a listed company
    if (copular := copular_kind(span)) is not None:
        return copular  # "The nearest settlement to Area 51 is Rachel": what the sentence says the name is
    if (subject := subject_kind(span)) is not None:
        return subject  # "Naruto is a Japanese cartoon ninja character": what the sentence says its subject is
    if (named := kind_by_naming(span)) is not None:
        return named  # "a British colony called Southern Rhodesia": the noun a participle of naming names
    before = span.start - 1
    if (dashed := kind_after_dash(span)) is not None:
        return dashed  # "LiveLeak — a video-sharing platform": an apposition set off by a dash
    if (second := kind_after_comma_as_object(span)) is not None:
        return second  # "to storm Area 51, a classified facility": an apposition the parser made an object
    if (span.label_ == "NORP" and before > 0 and span.doc[before].text == "The" and not span.doc[before].is_sent_start
            and span.doc[before - 1].is_alpha and span.doc[before - 1].is_lower):
        return "ORG"  # "newspaper The Hindu reported": a people's adjective takes no capital "The" mid-sentence
    if (span.label_ in ("NORP", "PERSON") and before >= 1 and span.doc[before].lower_ == "owned"
            and (span.doc[before - 1].text == "-" or span.doc[before - 1].pos_ == "ADV")
            and (span.end == len(span.doc) or span.doc[span.end].pos_ not in ("NOUN", "PROPN"))):
        return "ORG"  # "Saudi Arabia's state-owned Saudi Aramco", "privately owned X": a name owned, heading its
        # phrase, is a firm (the model read a people's adjective or a person in it; round ent39c); not "the
        # state-owned Saudi company", "the family-owned Johnson store" (the name a modifier)
    if (span.label_ == "PERSON" and before >= 2 and span.doc[before].lower_ == "of"
            and span.doc[before - 1].ent_type_ == "PERSON" and span.doc[before - 1].pos_ == "PROPN"
            and not span.doc[before - 1].is_sent_start and span_text(span) not in known_places()):
        # "Mike McCready of Pearl Jam": a person "of" a name is one of a body (a place would be known)
        return "ORG"
    if before > 0 and span.doc[before].text == "The":
        before -= 1  # "newspaper The Hindu"
    if before >= 0 and (span.label_ != "PERSON" or span.doc[before].lower_ in _NEVER_PEOPLE
                        or span.doc[before].lemma_.lower() in WORK_NOUNS or _broadcast(span.doc[before])) \
            and span.doc[before].pos_ == "NOUN" and span.doc[before].is_lower \
            and (span.doc[before].head == root or root.head == span.doc[before]):
        # A kind noun right before the name and bound to it: "charity Sea-Eye", "newspaper Star of
        # Mysore", "airline Air India" (not "told the newspaper Trump was …", where it is no modifier;
        # nor a person: "publisher Rupert Murdoch").
        kind = _kind(span.doc[before])
        if kind is not None:
            return kind
    if before >= 1 and _sports_side(span.doc[before]) and span.label_ in ("GPE", "ORG", "PERSON", "LOC") \
            and len(span) <= 3 and not is_state_or_country(span_text(span)) \
            and (span.doc[before].head == root or root.head == span.doc[before]):
        return "ORG"  # "Thelin, who arrived from Swedish side Elfsborg", "Premiership side St Johnstone": a club
    after = span.end
    while after < len(span.doc) - 1 and after - span.end < 2 and span.doc[after].lower_ in _JOB_MODIFIERS:
        after += 1
    if (root.dep_ in ("compound", "nmod") and after < len(span.doc) and span.doc[after].lower_ in _BODY_JOBS
            and span_text(span) not in known_places() and (span.label_ in ("PERSON", "ORG") or (
                span.label_ == "GPE" and len(span) >= 2 and not is_known_place(span_text(span), cities=True)
                and not is_state_or_country(span_text(span))))):
        # "Maroochydore assistant coach Ben Radmall", "Tesla CEO Elon Musk": the body one works for; "The Manchester
        # City midfielder said" (round wire35c): a club the model calls a town by its town's name
        return "ORG"
    if (plural := _plural_kind_after_list(span)) is not None:
        return plural
    facility = root.head
    # (a name the parser reads as an adjective of the noun is bound to it as well: "the Khurais oil field")
    if ((root.dep_ == "compound" or root.dep_ == "amod" and root.is_title)
            and facility.pos_ == "NOUN" and _site_kind(facility) in ("FAC", "LOC", "GPE")
            and 0 <= facility.i - span.end <= 1 and all(t.is_lower for t in span.doc[span.end : facility.i])
            and (len(span) >= 2 or _one_word_landform(span, facility)) and span.label_ != "NORP"
            and span_text(span) not in known_places()
            and span[-1].lower_ not in ("city", "county")  # "a General Santos City hospital": the town's
            and not (_site_kind(facility) == "GPE" and span[-1].lower_ in LOC_HEADS | FAC_HEADS)):
        # (and "the Red Sea port town of Mokha", "a Pacific island nation": a sea's town, an island's country)
        # A two-word name that names a facility or a place by its common noun: "Mysore Junction railway
        # station", "KSR Bangalore station" (a one-word town's station, "Dolgellau station", is the town's;
        # "Greek Orthodox church" is a faith's); or a place by its noun: "the Johan Sverdrup oil field", "the
        # Karol Bagh area"; a plant named by what it makes, "The Costa Sur power plant at Guayanilla" (round ent40b).
        return _site_kind(facility)
    if _transit_network(span):
        return "FAC"  # "part of the London Underground mass transit system": a network of lines and stations
    kind = span.doc[span.end] if span.end < len(span.doc) else None
    if _pollster(span, kind):
        return "ORG"  # "an April 30 – May 4 Monmouth poll" (GPE, round ent37): the poll's maker
    if (kind is not None and kind.pos_ == "NOUN" and kind.is_lower and KIND_NOUNS.get(kind.lemma_.lower()) == "ORG"
            and _after_the(span) and span.label_ not in ("PERSON", "NORP")
            and span[-1].lower_ not in LOC_HEADS | FAC_HEADS  # "the Hawaiian Island chain" is a chain of islands
            and (kind.lower_ == "party" or span_text(span) not in known_places() and not is_known_place(span_text(span)))
            and not is_state_or_country(span_text(span))):
        # (a town's name is a party's as well: "the ruling Morena party", Mexico's, round wire35f; a town is no
        # party's owner in English, which writes "the Sydney branch of the party")
        # "the Kaufland chain", "the Netto chain", "the pro-independence Naleraq party": a name between "the" (and
        # words written small that describe the body) and a kind of body is that body's
        # (the parser may hang it elsewhere); not "the Trump company", a person's, nor "the Sydney
        # company", a place's, nor "the USA firm", a country's by any of its short names
        return "ORG"
    noun = root.head.head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and noun.tag_ == "NN" and noun.lower_ in _NAMED_BY_OF \
            and any(c.lower_ == "the" for c in noun.children):
        return _NAMED_BY_OF[noun.lower_]  # "the city of Raqqa", but not "a region of Mexico", "the capital of France"
    return None


# Words that make "system" or "network" after a name one of transport built on the ground ("mass transit system",
# "the Paris metro network", "rail network"): a facility, as a line or a station is (round ent41a).
_TRANSIT_WORDS = frozenset({"transit", "metro", "subway", "underground", "rail", "railway", "tram", "tramway"})
_NETWORK_NOUNS = frozenset({"system", "network"})


def _transit_network(span: Span) -> bool:
    """Whether a name is followed, before any other word, by lower-case words ending in "system" or "network" that
    name transport on the ground ("the London Underground mass transit system", "the Tyne and Wear Metro rail
    network"): the name is that network's, a built facility, not the body that runs it."""
    doc = span.doc
    i = span.end
    words = []
    while i < len(doc) and i - span.end < 4 and doc[i].is_lower and doc[i].is_alpha:
        words.append(doc[i].lower_)
        if doc[i].lower_ in _NETWORK_NOUNS:
            return any(w in _TRANSIT_WORDS for w in words)
        i += 1
    return False


def _site_kind(noun) -> str | None:
    """The label a common noun of a site gives the name compounded onto it: the kind noun's, or a facility's for a
    plant named by what it makes ("power plant", "treatment plant"; "plant" alone also grows)."""
    if noun.lemma_.lower() == "plant":
        return "FAC" if any(c.dep_ == "compound" and c.lower_ in PLANT_PURPOSES for c in noun.children) else None
    return KIND_NOUNS.get(noun.lemma_.lower())


# The nouns of a poll, which news names by its maker right before it ("a Monmouth poll", "the latest Quinnipiac
# survey").
_POLL_NOUNS = frozenset({"poll", "survey"})


def _pollster(span: Span, noun) -> bool:
    """Whether a name right before a lower-case "poll" or "survey" that it qualifies is the poll's maker ("an April
    30 – May 4 Monmouth poll", "a Quinnipiac survey"): not a known place or a state's or a country's name, whose poll
    is one taken there ("an Iowa poll", "a Chicago poll"), nor a person ("a Trump poll" is one about him)."""
    return (noun is not None and noun.is_lower and noun.lemma_.lower() in _POLL_NOUNS
            and span.label_ in ("GPE", "ORG", "LOC", "FAC") and span.root.head == noun
            and span.root.dep_ in ("compound", "nmod", "amod")
            and not is_known_place(span_text(span)) and not is_state_or_country(span_text(span)))


# A company's stock, which business news names with the company before it or after "in" ("Kroger shares", "shares
# in Woolworths", "Tesla stock"); the singular "share" is also a proportion.
_STOCK_NOUNS = frozenset({"shares", "stock"})  # (not "the share of Americans who say …": a proportion)


def _shares_of(span: Span, root) -> bool:
    """Whether a name is the company whose shares the sentence speaks of: compounded on "shares" or "stock", or after
    "shares in"; not a place or a people ("Tokyo shares", "Australian shares": a market's), nor a share "of" people
    ("the share of Americans who say …", a poll's proportion)."""
    if span.label_ not in ("NORP", "PERSON", "GPE", "PRODUCT", "ORG"):
        return False
    # (the construction first, read in the parse: the name's text is joined only for the few that are in it)
    if not (root.dep_ == "compound" and root.head.lower_ in _STOCK_NOUNS and root.head.i == span.end
            or root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.i == span.start - 1
            and root.head.head.lower_ in _STOCK_NOUNS and root.head.head.i == span.start - 2):
        return False
    return not (is_known_place(span_text(span)) or is_state_or_country(span_text(span))
                or (span.label_ == "NORP" and span[-1].lower_.endswith(_ADJ_ENDINGS)))


# Endings of peoples' adjectives ("Australian", "Japanese", "British"), which before "shares" name a market.
_ADJ_ENDINGS = ("an", "ese", "ish", "i", "ch")


def _plural_kind_after_list(span: Span) -> str | None:
    """A body's kind in the plural after a list of names that "the" opens: "Kroger, which owns the Ralphs and Fred
    Meyer chains" (round wire35c; "Ralphs" a product, "Fred Meyer" a person to the model), "the Fox and NBC
    networks". Each listed name is one of the kind; a place is left ("the Sydney and Melbourne chains" are towns')."""
    doc = span.doc
    j, joined = span.end, False
    while j < len(doc) and (doc[j].lower_ in ("and", ",") or doc[j].is_title and doc[j].pos_ == "PROPN"):
        joined = joined or doc[j].lower_ == "and"
        j += 1
    i = span.start - 1
    while i >= 0 and (doc[i].lower_ in ("and", ",") or doc[i].is_title and doc[i].pos_ == "PROPN"):
        joined = joined or doc[i].lower_ == "and"
        i -= 1
    if (not joined or i < 0 or doc[i].lower_ != "the" or j >= len(doc) or doc[j].tag_ != "NNS" or not doc[j].is_lower
            or doc[j - 1].lower_ in ("and", ",")):
        return None
    if is_known_place(span_text(span)) or is_state_or_country(span_text(span)):
        return None  # (tested after the list: the name's text is joined only for a name in one)
    kind = KIND_NOUNS.get(doc[j].lemma_.lower())
    if span.label_ == "NORP":
        # "the Karish and Tanin fields" (round ent39a): a word the model read as a people's, listed with a name it
        # read as a place before a plural landform's noun, is one more of those places ("the Turkish and Greek
        # fields", all peoples', stay)
        others = [t for t in doc[i + 1 : j] if t.is_title and not span.start <= t.i < span.end]
        return "LOC" if kind == "LOC" and any(t.ent_type_ in ("LOC", "GPE") for t in others) else None
    return "ORG" if kind == "ORG" else None


# The nouns British and Commonwealth sports reporting gives a club before its name, qualified by its country or
# its league ("Swedish side Elfsborg", "Championship outfit Hull"); alone they are common words ("the other side").
_SIDE_NOUNS = frozenset({"side", "outfit"})


def _sports_side(noun) -> bool:
    """Whether a word is "side" or "outfit", written small, after a capitalised word that qualifies it (a
    nationality, a league: "Swedish side", "Premiership side") with no article before (a match report's
    apposition; "the Russian side" is a party to talks)."""
    doc = noun.doc
    return (noun.lower_ in _SIDE_NOUNS and noun.is_lower and noun.i >= 1 and doc[noun.i - 1].is_title
            and doc[noun.i - 1].pos_ in ("ADJ", "PROPN")
            and not (noun.i >= 2 and doc[noun.i - 2].pos_ == "DET"))  # ("on the Russian side Putin said": a party)


# Determiners of a body named between them and its kind: "the Kaufland chain", "his Truth Social platform".
_BODY_DETERMINERS = frozenset({"the", "his", "her", "its", "their", "our"})


def _after_the(span: Span) -> bool:
    """Whether "the" (or an owner's "his", "their" …) stands before the name, or before up to four words written
    small (a hyphenated one counts its parts) that describe what it names ("the pro-independence Naleraq party",
    "the ruling Likud party", "his Truth Social platform"); or the name opens with its own "The" ("as part of The
    Wyatt Family faction", round ent42: the article the model took into the name is the one before it)."""
    doc, k = span.doc, span.start - 1
    if len(span) >= 2 and span[0].lower_ == "the":
        return True
    while k >= 0 and span.start - k <= 4 and doc[k].lower_ not in _BODY_DETERMINERS and (
            doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ in ("ADJ", "NOUN", "VERB") and doc[k].tag_ != "VBD"
            or doc[k].text in ("-", "‑")):
        k -= 1
    return k >= 0 and doc[k].lower_ in _BODY_DETERMINERS


def _kind_of_examples(span: Span) -> str | None:
    """The label of the kind noun a "such as" list gives examples of: "popular websites such as Reddit, Twitter and
    Spotify", "companies such as Spotify, Tesla, Uber and Snapchat", "countries such as Chad and Niger" (or a list
    after the plural's comma and "including": "several pollsters, including Litbang Kompas and …"). Every
    member of the list is one of the plural noun before "such as" (the model, with no context, calls an unfamiliar
    service a place). Only a body's or a place's kind: the people helper's nouns ("writers such as …") are left to
    the rules of people.
    """
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # the list's first member, the object of "as"
    prep = first.head
    including = (first.dep_ == "pobj" and prep.lower_ == "including" and prep.i >= 2
                 and prep.nbor(-1).text == "," and prep.head.i == prep.i - 2)
    # (and "several pollsters, including Litbang Kompas and Indikator Politik Indonesia", round wire35f: the plural
    # right before the comma)
    if not including and (first.dep_ != "pobj" or prep.lower_ != "as" or prep.dep_ != "prep"
                          or not any(c.lower_ == "such" and c.i == prep.i - 1 for c in prep.children)):
        return None
    noun = prep.head
    if noun.tag_ != "NNS" or noun.i != prep.i - 2:  # "websites such as": the plural right before "such as"
        return None
    kind = kind_of(noun)
    return kind if kind in ("ORG", "GPE", "LOC", "FAC") else None


def _one_word_landform(span: Span, noun) -> bool:
    """Whether one word between "the" and a noun of a landform names that landform ("the Kīlauea volcano",
    "the Jeeyapuram forest"): a town's station or hospital is the town's ("Dolgellau station"), but "the"
    before a name and a landform's noun goes with the noun, and nothing but the landform is so named; so
    does a line built across country ("the TurkStream gas pipeline", "the EastMed pipeline": ``LINE_NOUNS``)."""
    return (span.start > 0 and span.doc[span.start - 1].lower_ == "the"
            and (KIND_NOUNS.get(noun.lemma_.lower()) == "LOC" or noun.lemma_.lower() in LINE_NOUNS)
            and noun.lower_ != "region")  # "the Sulu region": a region may be a province named after a place
