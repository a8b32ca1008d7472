"""What a name's context says of it as a place: the readings of :func:`toolkit.nlp.evidence.evidence` that point
to a place (or, for the addressee of a message or the winner of an award, away from one).

A town with its state after a comma ("Allen, Texas") or its postal code; a name after a bearing, an extent, "in",
"near" or a place preposition; a name before a noun of what a place holds ("a Cheltenham man", "its Poznan
distribution center", "the Abbotsford area"), a ward named by the places it joins; the object of a verb only a place
takes ("entered Tell Tamer") and a member of a list of places. Each answers with the evidence's reading
("place-apposition", "place-in", "place-list", …) or None; the order in which :func:`~toolkit.nlp.evidence.evidence`
tries them is part of the rule.

Example:
    >>> place_by_direction(doc[2:3])  # "He lives in Kyiv."  # doctest: +SKIP
    'place-in'
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.antecedents import built_like_a_person
from toolkit.nlp.bearings import after_bearing
from toolkit.nlp.extents import end_of_extent
from toolkit.nlp.gazetteer import is_known_place, known_countries, known_places
from toolkit.nlp.given_names import sex_of_full_name
from toolkit.nlp.lexicon import FAC_HEADS, KIND_NOUNS, PLACE_LABELS, RIVER_NOUNS, TOWN_WATER_HEADS
from toolkit.nlp.lookups import doc_text, span_text
from toolkit.nlp.place_lists import (heads_list_of_places, in_tally_of_places, listed_with_its_country_states,
                                     named_by_plural_of_places)
from toolkit.nlp.seats import qualifies_title
from toolkit.nlp.state_codes import state_code_after_town, town_before_state_code
from toolkit.nlp.subdivisions import common_word, is_subdivision
from toolkit.nlp.titled_places import is_titled_place
from toolkit.nlp.untagged_towns import names_before_territory_plural
from toolkit.nlp.wire_credits import in_credit_line

_PLACE_PREPOSITIONS = frozenset({"in", "to", "from", "at", "near", "into", "across", "throughout", "outside", "inside", "toward", "towards"})


# Words of a message or its passing on, whose "to" and "from" name the people it goes between ("an order to
# Zelensky", "a letter from Putin", "spoke to Trump", "handed it to Witkoff"): the model's person stays one there.
_ADDRESSING = frozenset({"order", "letter", "message", "note", "call", "request", "offer", "proposal", "invitation",
                         "appeal", "plea", "demand", "ultimatum", "warning", "reply", "response", "answer", "gift",
                         "speak", "talk", "say", "write", "send", "give", "hand", "deliver", "pass",
                         "explain", "apologize", "apologise", "listen", "hear", "reach", "turn", "defer",
                         "address", "present", "tell", "complain", "announce", "promise", "pledge", "sell", "lend"})


# Words of a contest lost or a harm taken, whose "to" names the rival or the one hurt ("lost to Ishiba in the
# leadership race", "a heavy blow to Ishiba", round wire40): a person or a side, no place (a known place stays one).
_TO_RIVALS = _ADDRESSING | {"lose", "loss", "blow", "setback", "succumb", "concede", "bow", "surrender"}


# People named by where they live: "a Cheltenham man", "two Chicago residents" (not "family" or
# "couple": "the Fogel family" is named by its surname).
_RESIDENT_NOUNS = frozenset({"man", "woman", "men", "women", "boy", "girl", "boys", "girls", "resident", "residents",
                             "native", "natives", "teenager", "teenagers"})


def place_apposition(span: Span) -> str | None:
    """"place-apposition" for a town with its state, country or region set off by a comma or in a postal code."""
    doc = span.doc
    # "Allen, Texas", "Chippewa Falls, Wisconsin": a name followed by its state or country.
    if span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].is_title:
        after = doc[span.end + 1 : min(len(doc), span.end + 3)]
        place = after if after.text in known_places() else after[:1]
        if place.text in known_places() and after[0].ent_type_ in ("", "GPE", "LOC") and not qualifies_title(place):
            # not "…, Montana Native Vote, …" (a body), nor "Nancy Pelosi, United States President Donald Trump"
            return "place-apposition"
        if _state_after_comma(doc, span.end + 1):
            return "place-apposition"  # "near Teocaltiche, Jalisco, on the border": a town and its state (ISO 3166-2)
    if town_before_state_code(span) or (len(span) == 1 and state_code_after_town(span[0]) is not None):
        return "place-apposition"  # "(Syracuse, NY)": a town and its state's postal code (state_codes.py)
    if (len(span) >= 2 and span.start >= 3 and doc[span.start - 1].text == "," and is_titled_place(span_text(span))
            and doc[span.start - 2].ent_type_ in ("GPE", "LOC") and span.end < len(doc) and doc[span.end].text in ",.;)"):
        return "place-apposition"  # "the mayor of Esperanza, Sultan Kudarat, announced": a town and its province,
        # the province named after a titled person (the model's person; titled_places.py)
    if (len(span) == 1 and span.start >= 3 and doc[span.start - 1].text == "," and span.label_ in ("PERSON", "ORG")
            and doc[span.start - 2].ent_type_ in ("GPE", "LOC") and doc[span.start - 3].lower_ in _PLACE_PREPOSITIONS
            and is_known_place(doc[span.start - 2].text, cities=True)
            and span.end < len(doc) and doc[span.end].text in ",.;)"):
        # "in Livorno, Tuscany, to pay": one word between commas after "in" and a known town is its region or
        # country (not "the Mayor of Paris, Anne Hidalgo," nor "in Pakistan, Mohammed Waseem, brother of …")
        return "place-apposition"
    return None


def _state_after_comma(doc, start: int) -> bool:
    """Whether a state's or a province's name of the ISO 3166-2 gazetteer begins at ``start``, after a comma,
    and closes the phrase ("Teocaltiche, Jalisco, on …", "Lismore, New South Wales."): a town and its state, as
    "Allen, Texas" is, whatever the model called the state ("Cisarua, Jawa Barat," a person). Not a common word
    ("…, Central"), nor a state that opens a longer name or a possessive ("…, Queensland Premier David Crisafulli",
    "…, Queensland's premier")."""
    for width in (4, 3, 2, 1):
        end = start + width
        if end >= len(doc) or doc[start:end].text != doc[start:end].text.strip():
            continue
        name = doc[start:end].text
        if is_subdivision(name) and not common_word(name) and doc[end].ent_iob_ != "I" \
                and (doc[end].text in (",", ".", ";", ":", ")") or doc[end].is_lower and doc[end].text != "'s"):
            return True
    return False


def place_by_direction(span: Span) -> str | None:
    """"place-…" for a name that is where something lies, leads or happens: a bearing, an extent, "in" or "near"."""
    doc = span.doc
    if after_bearing(span):
        return "place-bearing"  # "nine kilometers east of Carrascal": only a place has a bearing from it
    if span.label_ != "PERSON" or not built_like_a_person(span):
        if end_of_extent(span):
            return "place-object"  # "the division extends from Chamarajanagar", "goes up to Raidurga"
    owner = span.end < len(doc) and doc[span.end].tag_ == "POS"
    # "in Time magazine", "from the Wagner group": the name modifies a body's kind noun, the preposition's object
    # (round entities63), as an owner's noun is: the preposition says nothing of the name
    kind = (span.end < len(doc) and doc[span.end].is_lower and KIND_NOUNS.get(doc[span.end].lower_) == "ORG"
            and span.root.head.i == span.end)
    if (span.start > 0 and doc[span.start - 1].lower_ == "near" and span.label_ == "ORG" and not owner and not kind
            and len(span) == 1 and not span[0].is_upper):
        # (not an acronym, "near QVM [Queen Victoria Market]": towns are not written in capitals, bodies' short forms are)
        return "place-bearing"  # "polls in some settlements near Ilulissat": nothing lies near a body (unlike "in
        # Congress"); the model's body is a town it did not know
    if span.label_ in ("PERSON", "ORG", "NORP", "FAC") and not owner and not kind and in_tally_of_places(span):
        return "place-list"  # "21 injured in Davao del Sur, 36 in North Cotabato": a count place by place, whose
        # fellows are places (round ent40b; place_lists.py)
    if span.start > 0 and doc[span.start - 1].lower_ in ("in", "near") and not owner and not kind:
        return "place-in"  # "in La Llagosta", "near Tell Tamer" (not "in Trump's view"): nobody is in a person
    if span.start > 0 and doc[span.start - 1].lower_ in ("to", "from") and span.label_ in ("PERSON", "ORG") \
            and doc[span.start - 1].head.lemma_.lower() in _TO_RIVALS and not is_known_place(span_text(span), cities=True):
        return None  # "an order from Washington to Zelensky", "a letter from Putin": one writes to and hears from people
        # (a known place stays one: "send more weapons to Kyiv"), and from bodies, as the model may call a surname
        # ("spoke to Trump after the call", "spoke to Reuters"): no place there either
    if span.start > 0 and doc[span.start - 1].lower_ == "to" and _award_went_to(doc[span.start - 1]):
        # "Best actress went to Nadia Melliti", "The prize went to …" (round wire39): an award goes to its winner,
        # no place
        return "is-PERSON" if built_like_a_person(span) else None
    if span.start > 0 and doc[span.start - 1].lower_ in _PLACE_PREPOSITIONS and not owner and not kind:
        # not an owner, whose noun is the preposition's object ("recorded in Biden’s first five months",
        # "excerpts from Kirk’s speeches"): what is in or from it says nothing of what the owner is
        # ("towards Waikino or Paeroa": the first of a list of places, whose fellows say it is one)
        return "place-list" if heads_list_of_places(span) else "place-context"
    if _on_a_river(span):
        return "place-bearing"
    return None


# Nouns of what is awarded, the subject of "went to" its winner ("the prize went to", "Best actress went to").
_AWARD_NOUNS = frozenset({"award", "prize", "medal", "trophy", "title", "honour", "honor", "actress", "actor",
                          "director", "screenplay"})


def _award_went_to(to) -> bool:
    """Whether "to" hangs on "go" whose subject is an award ("the prize", "best actress", "the Golden Lion")."""
    verb = to.head
    if verb.lemma_.lower() != "go" or to.dep_ not in ("prep", "dative"):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.lemma_.lower() in _AWARD_NOUNS
                                    and (subject.lemma_.lower() in ("award", "prize", "medal", "trophy")
                                         or any(c.lower_ == "best" for c in subject.children)))


def _on_a_river(span: Span) -> bool:
    """Whether a one-word name is followed by "on the" and a river's name ("an emergency warning for Bulahdelah on
    the Myall River", "Kempsey on the Macleay River"): English places a town so, never a person or a body."""
    doc, j = span.doc, span.end
    if len(span) != 1 or j + 3 >= len(doc) or doc[j].lower_ != "on" or doc[j + 1].lower_ != "the":
        return False
    k = j + 2
    while k < len(doc) and k - j <= 5 and doc[k].is_title and doc[k].lower_ not in RIVER_NOUNS:
        k += 1
    return k < len(doc) and k > j + 2 and doc[k].lower_ in RIVER_NOUNS and doc[k].is_title


def place_by_noun(span: Span) -> str | None:
    """"place-context" for a name before a noun of what a place holds: a park, a resident, a site; "is-GPE" for a
    region whose independence the text speaks of (:func:`_gains_independence`)."""
    doc = span.doc
    if span.label_ == "LOC" and _gains_independence(span):
        return "is-GPE"
    if span.start > 0 and doc[span.start - 1].lower_ == "the" and span[-1].lower_ == "park" and len(span) > 1:
        return "place-context"  # "at the McDonald Park playground": no person's name takes "the"
    if len(span) == 1 and span.root.dep_ == "compound" and span.root.head.lower_ in _RESIDENT_NOUNS:
        return "place-context"  # "a 36-year-old Cheltenham man": the place a person comes from
    if len(span) == 1 and span.root.dep_ == "compound" and _site_noun(span.root):
        return "place-context"  # "its Poznan distribution center": where a site stands (a body's name there
        # is its owner, "a Walmart store", and stays a body unless the gazetteer knows it as a city)
    if (len(span) == 1 and span.label_ == "PERSON" and span.root.dep_ in ("compound", "nmod")
            and span.end < len(doc) and span.root.head.i == span.end and doc[span.end].lower_ in _AREA_NOUNS
            and span.start > 0 and doc[span.start - 1].lower_ == "the"):
        return "place-area"  # "specifically to the Abbotsford area": "the … area" is named by a place, never a
        # person (the model, not knowing the town, calls it one)
    if (len(span) == 2 and span[-1].lower_ in TOWN_WATER_HEADS and span.end < len(doc)
            and doc[span.end].lower_ in _SURROUNDINGS and span.start > 0 and doc[span.start - 1].lower_ == "the"):
        return "place-area"  # "the devastation seen in the Marsh Harbour vicinity": the land around a settlement (a
        # town named after its harbour, as its gazetteer entry names it; head_labels.py weighs the first word)
    if (len(span) == 1 and span.label_ == "PERSON" and span.root.dep_ in ("compound", "nmod") and span.end < len(doc)
            and span.root.head.i == span.end and doc[span.end].lower_ in ("seat", "constituency")
            and span.start > 0 and doc[span.start - 1].lower_ in ("his", "her", "their")):
        return "place-area"  # "retained his Sakoli seat" (round wire40): a member's seat is named by the place it
        # stands for (a person's name there takes "the": "the Feinstein seat")
    if span.label_ in ("PERSON", "ORG") and hyphenated_seat(span):
        return "place-area"  # "Albert-Eden-Puketāpapa councillor Julie Fairey": the ward, a place
    if len(span) == 1 and span.label_ in ("PERSON", "ORG"):
        k = span.end
        while k < len(doc) and k - span.end < 8 and (doc[k].text in (",", "and") or doc[k].pos_ == "PROPN"):
            k += 1
        if k < len(doc) and span.start in names_before_territory_plural(doc, k):
            return "place-area"  # "fighting in the Zaporizhzhia and Kherson regions": each a territory's name
    return None


# Nouns of a seat that a place names, written small after it ("Albert-Eden-Puketāpapa councillor Julie Fairey",
# "the Manurewa-Papakura ward").
_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western"})
# The nouns of a state's own rule, whose holder "for" or "of" them, or before them with a possessive, is a polity.
_SOVEREIGNTY_NOUNS = frozenset({"independence", "statehood", "sovereignty", "secession"})


def _gains_independence(span: Span) -> bool:
    """Whether a country's name after a compass word, which the model calls a region (LOC), is what independence
    is for ("openly supported independence for South Yemen", "the independence of South Vietnam", "South Yemen's
    independence", round ent41b): only a polity, a state that is or would be one, has it, and a state split from a
    country is named so (GPE). Not a known place (its own label stands) nor a name of any other shape ("the
    independence of Africa": a continent's people's, the continent no polity)."""
    root = span.root
    words = span_text(span).split()
    if (len(words) < 2 or words[0].lower() not in _COMPASS_WORDS or " ".join(words[1:]).lower() not in known_countries()
            or is_known_place(span_text(span))):
        return False
    if root.dep_ == "pobj" and root.head.lower_ in ("for", "of") and (
            root.head.head.lower_ in _SOVEREIGNTY_NOUNS or root.head.i > 0
            and span.doc[root.head.i - 1].lower_ in _SOVEREIGNTY_NOUNS):
        return True  # (the parser often hangs "for …" on the verb: "supported independence for South Yemen")
    return root.dep_ == "poss" and root.head.lower_ in _SOVEREIGNTY_NOUNS


_SEAT_NOUNS = frozenset({"councillor", "councilor", "ward", "electorate", "constituency", "riding"})


def hyphenated_seat(span: Span) -> bool:
    """Whether a name of capitalised words joined by hyphens alone ("Albert-Eden-Puketāpapa", "Manurewa-Papakura")
    stands before a seat's noun written small: a ward or an electorate named after the places it joins, as
    councils and boundary commissions name them; no person's name is written so before "councillor"."""
    doc = span.doc
    words = [t for t in span if t.text not in ("-", "–")]
    return (len(words) >= 2 and len(span) == 2 * len(words) - 1
            and all(t.is_title and t.is_alpha for t in words)
            and all(t.text in ("-", "–") and not t.whitespace_ and not doc[t.i - 1].whitespace_
                    for t in span if t not in words)
            and span.end < len(doc) and doc[span.end].is_lower and doc[span.end].lower_ in _SEAT_NOUNS)


# Nouns of the land around a place, which English names by the place's name before them ("the Boston area").
_AREA_NOUNS = frozenset({"area", "region"})
# Nouns of the land around a settlement ("the Marsh Harbour vicinity", "the Coffs Harbour area").
_SURROUNDINGS = frozenset({"area", "vicinity", "environs"})


def place_by_verb_or_list(span: Span) -> str | None:
    """"place-object" or "place-list" for the object of a verb only a place takes, or a member of a list of places."""
    if _object_of_place_verb(span):
        return "place-object"  # "the Syrian Army entered Tell Tamer and Ain Issa": only a place is entered
    if span.root.dep_ == "conj" and _in_list_of_places(span) and not _paired_with_a_person(span) and not (
            span.label_ == "PERSON" and (sex_of_full_name(span_text(span))
                                         or in_credit_line(doc_text(span.doc), span.start_char, span.end_char))):
        # "from Dolgellau, Harlech, Barmouth and Bala": a place's fellows (not a full name the model calls a person
        # whose first word is a given name: "Additional reporting by Henry Foy in Brussels and Christopher Miller in
        # Kyiv", where the parser hangs the second reporter on the first one's city; nor any person in a staff credit,
        # "Ketut Suardana in Denpasar and Ananda Teresia in Jakarta", round wire35b)
        return "place-list"
    if span.label_ in ("PERSON", "ORG", "NORP") and named_by_plural_of_places(span):
        # "the towns damaged were primarily Carrascal, …, Lanuza, and Cortes"; "the cities New Rochelle and Yonkers",
        # a town in the plural form the model takes for a people's
        return "place-list"
    if heads_list_of_places(span):
        return "place-list"  # "visited Kamchatka and Sakhalin in September": a list's first place (place_lists.py)
    if span.label_ in ("PERSON", "ORG", "NORP", "FAC") and listed_with_its_country_states(span):
        return "place-list"  # "where Sinaloa, Durango and Chihuahua meet": two states of one country (round wire36a)
    return None


# Common nouns for a site a firm or a state runs at some place: a name compounded onto one
# can say where the site is ("its Poznan distribution center", "a Baghdad airport").
_SITE_NOUNS = FAC_HEADS | frozenset({"center", "centre", "plant", "factory", "warehouse", "depot", "office",
                                     "branch", "headquarters", "store", "site", "campus", "port"})


def _site_noun(token) -> bool:
    """Whether a compound modifier's head, past the nouns compounded with it, is a site's common noun."""
    head = token.head
    while head.dep_ == "compound" and head.head.i > head.i and head.pos_ == "NOUN":
        head = head.head
    return head.i > token.i and head.pos_ == "NOUN" and head.is_lower and head.lemma_ in _SITE_NOUNS


# Verbs whose direct object is a place, never a person or a body: what an army or a crowd moves
# into, takes or leaves ("entered Tell Tamer", "besieged Raqqa", "invaded Kuwait"), what a state annexes
# ("annexed Crimea"); not "capture", whose object is as often a person ("captured the gunman", "Video
# captured Trump wearing a mask").
_PLACE_VERBS = frozenset({"enter", "besiege", "invade", "occupy", "liberate", "shell", "annex"})


def _object_of_place_verb(span: Span) -> bool:
    """Whether a name is the direct object, or one of the coordinated direct objects, of a place verb, or the
    subject of its passive ("when Crimea was annexed", "Kuwait was invaded")."""
    root, steps = span.root, 0
    while root.dep_ == "conj" and steps < 12:
        root, steps = root.head, steps + 1
    return root.dep_ in ("dobj", "nsubjpass") and root.head.pos_ == "VERB" and root.head.lemma_ in _PLACE_VERBS


def _paired_with_a_person(span: Span) -> bool:
    """Whether a full name the model calls a person is joined by "and" to another such name ("an Edward
    Steichen and Andy Warhol exhibit"), or has a noun in apposition that is no kind of place ("in
    Pakistan, Mohammed Waseem, brother of …"): a person, whatever places the parser hangs it on."""
    if span.label_ != "PERSON":
        return False
    doc = span.doc
    if _couple(span):
        return True
    if len(span) < 2:
        return False
    root = span.root
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and KIND_NOUNS.get(c.lemma_) not in PLACE_LABELS
           for c in root.children):
        return True
    partners = ([root.head] if root.dep_ == "conj" else []) + [c for c in root.children if c.dep_ == "conj"]
    return any(p.ent_type_ == "PERSON" and p.ent_iob_ == "I" and doc[p.i - 1].ent_type_ == "PERSON"
               for p in partners if not span.start <= p.i < span.end)


def _couple(span: Span) -> bool:
    """Whether a name is half of a couple named as two given names and one surname ("Richard and Lisa
    Parry"): the lone given name the model calls a person, "and", then a given name and a surname it
    calls a person. News names couples so, never two places."""
    doc = span.doc
    if len(span) == 1:  # "Richard" of "Richard and Lisa Parry"
        end = span.end
        return (end + 2 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].ent_iob_ == "B"
                and doc[end + 1].ent_type_ == "PERSON" and doc[end + 2].ent_iob_ == "I" and span[0].is_title)
    start = span.start  # "Lisa Parry" of "Richard and Lisa Parry"
    return (len(span) == 2 and start >= 2 and doc[start - 1].lower_ == "and" and doc[start - 2].ent_iob_ == "B"
            and doc[start - 2].ent_type_ == "PERSON" and doc[start - 2].is_title)


def _in_list_of_places(span: Span) -> bool:
    """Whether a name is one of a list whose first member is a place after a place preposition
    ("appliances from Dolgellau, Harlech, Barmouth, Bala"): the list's names are places too."""
    first, steps = span.root, 0
    while first.dep_ == "conj" and steps < 12:
        first, steps = first.head, steps + 1
    if not (first.i < span.start and first.dep_ == "pobj" and first.ent_type_ in ("GPE", "LOC")
            and first.pos_ == "PROPN"):
        return False
    if steps == 1 and first.head.is_sent_start and not any(c.dep_ in ("cc", "conj") for c in span.root.children)\
            and not any(c.dep_ == "cc" for c in first.children):
        return False  # "In Rio de Janeiro, Eduardo Paes (PSD) had …": a fronted place set off by its comma, then the
        # clause's subject, which the parser hangs on it as a second member of a list with no "and" (round wire38)
    if first.head.lower_ in _PLACE_PREPOSITIONS:
        return True
    # "from the towns of Beni, Butembo, Mangina, and Katwa": a list "of" a plural kind of place names places
    kind = first.head.head
    return first.head.lower_ == "of" and kind.tag_ == "NNS" and KIND_NOUNS.get(kind.lemma_) in PLACE_LABELS
