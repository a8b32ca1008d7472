"""Repairs of the small model's entity spans, in ``doc.ents``, before mentions are read.

The small English model cuts names short ("Marjorie Taylor" + "Greene"), glues titles to
them ("Treasury Scott Bessent"), splits them into two entities ("Ursula von der" +
"Leyen") and misses people after a title or before a quotation's colon, organisations
with a head word or written as an acronym ("IAAF"), and untagged speakers; it calls a speaker
"of" a body a body ("Nils-Erik Haagenrud of Rogaland Fire and Rescue said"). :func:`repair_entities`
mends all of these, and never makes two entities overlap.

Example:
    >>> [e.text for e in repair_entities(nlp("Treasury Scott Bessent spoke.")).ents]   # doctest: +SKIP
    ['Scott Bessent']
"""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from toolkit.nlp.acronym_speakers import speaking_acronyms
from toolkit.nlp.acronyms import acronym_names, short_forms, upper_tails
from toolkit.nlp.antecedents import people_taken_up
from toolkit.nlp.boundaries import places_before_people, roles_opening_sentences
from toolkit.nlp.branches import branches_of_bodies, names_led_by_places, untagged_bodies_of_places
from toolkit.nlp.ethnic_groups import ethnic_peoples
from toolkit.nlp.couples import couples_in_names
from toolkit.nlp.fellowships import bodies_of_members
from toolkit.nlp.fields import fields_in_names
from toolkit.nlp.divisions import division_names, untagged_divisions
from toolkit.nlp.kin_lists import relatives_in_lists
from toolkit.nlp.nearby_places import nearby_places
from toolkit.nlp.gazetteer import is_known_place, known_countries, known_places, known_states_and_countries
from toolkit.nlp.legislatures import bare_legislatures
from toolkit.nlp.lexicon import (FAC_HEADS, HYPHENS, LOC_HEADS, NAME_PARTICLES, NOT_NAME_WORDS, ORG_HEADS, ORG_WORDS,
                                 RELIGIONS, SPEECH_VERBS, TITLE_WORDS)
from toolkit.nlp.missed import (bodies_named_after_places, bodies_of_places, media_after_on, named_by_kind,
                                news_services, token_indices, tokens_among, untagged_countries)
from toolkit.nlp.mistags import english_words
from toolkit.nlp.names import organisation_names, speaker_names
from toolkit.nlp.national_bodies import bodies_ending_in_countries
from toolkit.nlp.fronted import fronted_objects
from toolkit.nlp.call_signs import untagged_call_signs
from toolkit.nlp.capitals import drop_capitalised_common_nouns
from toolkit.nlp.citations import authors_before_et_al
from toolkit.nlp.glossed_terms import drop_glossed_terms
from toolkit.nlp.accounts import media_by_accounts
from toolkit.nlp.affixes import names_without_affixes
from toolkit.nlp.modifiers import bodies_to_their_heads
from toolkit.nlp.possessives import names_apart_at_possessives
from toolkit.nlp.described_speakers import described_speakers
from toolkit.nlp.diseases import drop_disease_codes
from toolkit.nlp.scripts import drop_foreign_script_names
from toolkit.nlp.site_names import untagged_site_names
from toolkit.nlp.heavens import (designated_planets, designated_stars, untagged_planets,
                                  world_adjectives_off_names)
from toolkit.nlp.intercaps import intercap_openers
from toolkit.nlp.joint_names import split_joint_names
from toolkit.nlp.landforms import landform_names, places_after_articles, places_to_landform_heads
from toolkit.nlp.list_kinds import bodies_among_bodies, people_among_people
from toolkit.nlp.listed_names import places_run_together, split_listed_names
from toolkit.nlp.opened_quotes import names_before_quotations
from toolkit.nlp.pairs import split_pairs
from toolkit.nlp.run_together import run_together_names
from toolkit.nlp.shared_heads import names_sharing_a_head
from toolkit.nlp.span_mends import (numbered_roads, numbers_inside_names, people_by_coordination, people_of_bodies,
                                     split_places_at_commas, titled_cities)
from toolkit.nlp.species import drop_species_names
from toolkit.nlp.state_codes import towns_with_state_codes
from toolkit.nlp.places_in import split_facilities_at_in, split_places_at_in
from toolkit.nlp.phrase_heads import bodies_to_phrase_heads
from toolkit.nlp.portfolios import portfolios_before_ministers
from toolkit.nlp.quantities import quantities_off_names
from toolkit.nlp.quoted_people import people_in_quotations
from toolkit.nlp.title_acronyms import title_acronyms
from toolkit.nlp.bare_titles import drop_bare_titles
from toolkit.nlp.peoples_bodies import bodies_opened_by_peoples
from toolkit.nlp.centuries import centuries_off_names
from toolkit.nlp.illness_names import drop_illness_adjectives
from toolkit.nlp.business_districts import business_districts
from toolkit.nlp.town_styles import towns_in_formal_style
from toolkit.nlp.untagged_towns import places_in_lists_of_places, towns_after_prepositions
from toolkit.nlp.suffixes import drop_lone_suffixes
from toolkit.nlp.surfaces import is_state_or_country
from toolkit.nlp.surnames import people_by_surname
from toolkit.nlp.tails import bodies_with_tails
from toolkit.nlp.titles_after_bodies import bodies_before_titles
from toolkit.nlp.towns import towns_before_regions, towns_read_as_things
from toolkit.nlp.told import told_apart
from toolkit.nlp.channels import channels_of_programmes
from toolkit.nlp.named_days import drop_named_day_words
from toolkit.nlp.open_ends import closed_names
from toolkit.nlp.turn_labels import drop_turn_labels, turn_speakers

_TRUE_TITLES = TITLE_WORDS - {"the", "of", "and", "late"}  # what makes "The Associated Press" no title
# The nationalities and bodies among the title words ("Russian Vladimir Putin", "U.S. Scott Bessent"): alone
# in front of two capitalised words the model calls a body, they open the body's name instead.
_PEOPLES_IN_TITLES = frozenset("""u.s us american russian ukrainian british french german chinese indian israeli
    european nato un""".split())
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
_TRAILING_CONNECTORS = frozenset({"of", "and", "for", "the", "&", "at", "in"})
# Organisation heads that are also common surnames ("Stuart Hall", "Tom Church", "Ed Press"):
# a "person" ending in one of the others ("Air Force", "Red Cross Society") is a body.
_SURNAME_HEADS = frozenset({"church", "bank", "court", "press", "union", "guard", "times", "herald", "front", "hall",
                            "service", "fund", "league", "school", "college", "board", "office", "company", "team",
                            "club", "centre", "center", "district", "society", "party", "chronicle", "journal"})
# Heads that end a body's name, not a person's: "National Disaster Response Force" keeps its
# first word although "national" opens titles ("National Security Adviser Bolton").
_BODY_HEADS = ORG_HEADS - _SURNAME_HEADS


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
        # The tokens between are read one by one up to the first that is no particle (not
        # sliced into a list: two entities are usually far apart).
        touching = (nxt is not None and ent[-1].whitespace_ == " "
                    and all(doc[j].lower_ in NAME_PARTICLES and doc[j].whitespace_ == " " for j in range(ent.end, nxt.start)))
        if touching and (
                ent.label_ == "PERSON" and nxt[0].is_title and (ent[-1].lower_ in NAME_PARTICLES or nxt.start > ent.end
                                                                 or nxt.label_ == "PERSON" and len(ent) > 1)
                or nxt.start == ent.end and nxt.label_ == "PERSON" and len(ent) == 1 and ent.label_ in ("GPE", "ORG", "LOC")
                and ent[0].is_title and ent[0].pos_ == "PROPN" and not is_known_place(ent.text)):
            joined.append(Span(ent.doc, ent.start, nxt.end, label="PERSON"))
            i += 2
        else:
            joined.append(ent)
            i += 1
    return joined


# Words before a building's name that no person's name takes: the article, prepositions of place.
_BEFORE_BUILDINGS = frozenset({"the", "at", "in", "into", "inside", "outside", "near", "from", "to"})


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


def repair_entities(doc: Doc, *, text: str | None = None) -> Doc:
    """Mend the small model's usual boundary errors in ``doc.ents``, in place (``text``: ``doc.text``,
    when the caller has it; spaCy joins it anew from every token on each read).

    * a person cut short is extended over the capitalised words and name particles that
      follow ("Marjorie Taylor" + "Greene", "Ursula von" + "der Leyen"), also when the model
      labelled the rest as another entity (:func:`_join_split_names`), and over a hyphenated
      given name ("Wong Kwok" + "-hing"; not "Soros-backed");
    * a title or department glued to a name is cut off and the rest labelled PERSON
      ("Treasury Scott Bessent" → "Scott Bessent");
    * a seat's place run together with the name after it is split off ("Senator from Vermont
      Bernie Sanders": :func:`~toolkit.nlp.boundaries.places_before_people`), and a role that opens
      the sentence off the person after it ("Immunologist Kristian Andersen");
    * a "person" ending in an organisation head is a body ("Air Force"), and a place before
      "police" names its police force ("Northamptonshire police");
    * an acronym the model missed is a body ("under IAAF rules", :func:`~toolkit.nlp.acronyms.acronym_names`), and one
      it cut short runs on over the capitals after it ("PLOS ONE", :func:`~toolkit.nlp.acronyms.upper_tails`);
    * a "body" named like a person, saying something, "of" a body, is a person
      (:func:`toolkit.nlp.span_mends.people_of_bodies`);
    * names the model missed or cut whose kind the text states, from :mod:`toolkit.nlp.missed`: "the
      village of Poolangudi", "trade union Aslef", a lone "Wales", "the Sacramento Kings", "the
      American Civil Liberties Union of Montana"; and two acronyms joined by a hyphen ("ABS-CBN").

    The rules never make entities overlap (spaCy refuses such ``doc.ents``, error E1010): a
    person extended to the right stops at the next entity, one extended to the left stops at
    the previous entity *as repaired* (in "Ranking Member Davis", once "Ranking" has grown over
    "Member", "Davis" does not take "Member" too), and a single last step keeps, of any
    overlapping spans, the longer one, on equal length the earlier (:func:`spacy.util.filter_spans`).
    """
    repaired: list[Span] = []
    model_ents = doc.ents  # (read once: spaCy makes every Span anew on each read; no rule sets them before the end)
    ents = split_places_at_in(split_facilities_at_in(split_places_at_commas(_join_split_names(list(model_ents)))))
    ents = roles_opening_sentences(places_before_people(ents))
    for i, ent in enumerate(ents):
        start, end, label = ent.start, ent.end, ent.label_
        paren = next((t.i for t in ent if t.text == "(" and t.i > start), None)
        if paren is not None:
            end = paren  # "… Religious Freedom (USCIRF": the short form in parentheses is apart
        colon = next((t.i for t in ent if t.text[:1] == ":" and t.i > start), None)
        if (colon is not None and label in _NAME_LABELS and end - colon <= 2 and end < len(doc)
                and doc[end].is_lower and doc[end].is_alpha):
            # "Fox Business: Gas prices could drop …": an outlet's name, a colon and its headline, whose first word
            # the model ran the name on over and whose sentence goes on in lower case (not "Center for Microbial
            # Oceanography: Research and Education", a name in two parts)
            end = colon
        while end - start > 1 and doc[end - 1].lower_ in _TRAILING_CONNECTORS:
            end -= 1  # "Patrice Talon of" (Benin): a name never ends in a connector
        while (label == "ORG" and end - start > 1 and doc[end - 1].is_lower and doc[end - 1].is_alpha
               and doc[end - 1].lower_ != "police" and doc[end - 2].is_alpha and not doc[end - 2].is_lower
               and (doc[end - 1].pos_ not in ("NOUN", "PROPN") or doc[end - 2].is_upper)):
            # "the RMT union", "Candace Windfall as": after an acronym, the common noun says what the body
            # is and is no part of its name, nor is a function word; "the Democratic party" keeps its noun
            end -= 1
        if (start, end) != (ent.start, ent.end):
            ent = Span(doc, start, end, label=label)
        if (end - start == 3 and start >= 2 and doc[start - 1].lower_ == "of" and label in ("ORG", "GPE", "NORP")
                and doc[start - 2].lower_.strip(".") in TITLE_WORDS and all(t.is_title for t in ent)
                and doc[end - 1].lower_ not in RELIGIONS  # ("the leader of Roman Catholic Christianity")
                and not is_known_place(doc[end - 1].text)):
            # "First Minister of Scotland Nicola Sturgeon": the place ends the title, a person follows; a
            # country's name is nobody's surname, so "director of Youth Forum Zimbabwe" is one body
            # that ends in its country, as bodies' names often do
            start, label = start + 1, "PERSON"
            ent = Span(doc, start, end, label=label)
        hyphenated = _hyphenated_given_name(doc, start, end)  # "… Amnesty International Man-kei Tam said"
        if (label in ("ORG", "GPE") and end - start >= 4 and ent.root.dep_ in ("nsubj", "nsubjpass")
                and ent.root.head.lemma_.lower() in SPEECH_VERBS and (hyphenated or (
                    all(t.pos_ == "PROPN" and t.is_title for t in doc[end - 2 : end])
                    and not {t.lower_ for t in doc[end - 2 : end]} & (NOT_NAME_WORDS | ORG_HEADS)
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
        words = [t.text for t in ent]
        country = lead = _country_before_title(words)  # "United States Representative Elijah Cummings"
        while lead < len(words) - 2 and words[lead].lower().strip(".,") in TITLE_WORDS | {"and", "of", "the"}:
            lead += 1
        if lead and words[lead - 1].lower() == "of" and len(words) - lead == 3:
            lead += 1  # "Minister of Scotland Nicola Sturgeon": the word after "of" ends the title
        rest = words[lead:]
        titled = any(w.lower().strip(".,") in _TRUE_TITLES for w in words[:lead])
        if label == "ORG" and all(w.lower().strip(".,") in _PEOPLES_IN_TITLES | {"the", "and", "of"}
                                  for w in words[:lead]):
            titled = False  # "the British Red Cross": a body the model saw whole, not a nationality and a person
        if (titled and label in ("PERSON", "ORG", "GPE", "NORP") and len(rest) in (2, 3)
                and all(w[:1].isupper() for w in rest)
                and rest[-1].lower() not in ORG_WORDS | _BODY_HEADS | LOC_HEADS | FAC_HEADS  # "National Bison Range"
                and not (label == "ORG" and rest[-1].lower() in ORG_HEADS)):  # "National Transportation Safety Board"
            if country:
                repaired.append(Span(doc, start, start + country, label="GPE"))  # the country stays a place
            start, label = start + lead, "PERSON"
        if label == "PERSON" and (end - start == 1 or doc[start].is_lower and doc[start].lower_ in NAME_PARTICLES) \
                and start > (repaired[-1].end if repaired else 0):
            # A given name the model left out in front of a lone surname ("Malphine" + "Fogel") or of a
            # surname opened by a particle ("Hamza" + "bin Ladin"), unless the previous entity, as
            # repaired, already took that word.
            before = doc[start - 1]
            if (before.is_title and before.pos_ == "PROPN" and before.whitespace_ == " " and before.is_alpha
                    and len(before) > 1  # not a transcript's "Q" (question) before "Karoline"
                    and before.lower_.strip(".") not in NOT_NAME_WORDS | NAME_PARTICLES):
                start -= 1
        if label == "PERSON":
            limit = ents[i + 1].start if i + 1 < len(ents) else len(doc)
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
                    end += 1
                else:
                    break
        repaired.append(Span(doc, start, end, label=label) if (start, end, label) != (ent.start, ent.end, ent.label_) else ent)
    repaired = [Span(doc, e.start, e.end, label="WORK_OF_ART") if k and _show_after_network(e, repaired[k - 1]) else e
                for k, e in enumerate(repaired)]
    repaired = [fixed for fixed in map(_not_a_person, repaired) if fixed is not None]
    repaired = [_place_police(e, repaired[k + 1].start if k + 1 < len(repaired) else len(doc))
                for k, e in enumerate(repaired)]
    found = _titled_names(doc, repaired)
    found += _colon_lead_names(doc, repaired + found)
    # A name never swallows a person: one the model and the repairs both call a person ("Air Force",
    # which the model calls a person, is a body by now).
    people = token_indices([e for e in repaired if e.label_ == "PERSON"]) & token_indices(
        [e for e in ents if e.label_ == "PERSON"])
    bodies = organisation_names(doc, stop=NOT_NAME_WORDS, people=people)
    found += bodies + bodies_with_tails(repaired, bodies)  # "… House Select Committee" + "on Benghazi"
    found += bodies_ending_in_countries(doc, people, ents=model_ents)  # "Jennifer Lu of Marriage Equality Coalition Taiwan said"
    # Buildings the model missed, read the same way, where "the" or a preposition of place stands before
    # them as before a building and never before a person ("The Hotel Arpit Palace in the Karol Bagh area";
    # not "Tynice Nichole Hall was convicted").
    taken = token_indices(repaired + found)
    found += [e for e in organisation_names(doc, stop=NOT_NAME_WORDS, people=people, heads=FAC_HEADS, label="FAC")
              if not any(t.i in taken for t in e) and e.start > 0 and doc[e.start - 1].lower_ in _BEFORE_BUILDINGS]
    repaired, named = named_by_kind(doc, repaired, token_indices(found))
    found += named
    taken = token_indices(repaired + found)
    found += acronym_names(doc, taken, text=text)
    found += speaking_acronyms(doc, token_indices(repaired + found))  # "UNICEF reported …", "WHO said …"
    taken = token_indices(repaired + found)
    found += speaker_names(doc, taken, stop=NOT_NAME_WORDS | ORG_HEADS, places=known_places())
    taken = token_indices(repaired + found)
    # Each rule below sees the tokens every rule before it took (the set grows by what each finds).
    for rule in (people_taken_up, untagged_countries, media_after_on, news_services,
                 untagged_bodies_of_places,  # "Toronto Police, which …"
                 untagged_planets,  # "from the Sun to Neptune"
                 run_together_names,  # "the RealClearPolitics average"
                 bare_legislatures,  # "dissolving Parliament"
                 authors_before_et_al,  # "de Vera et al, using …"
                 untagged_divisions,  # "the Governor of Tyumen Oblast, Russia"
                 untagged_site_names,  # "between the Aphrodite gas field and Thesprotia"
                 untagged_call_signs):  # "WANE-TV (Fort Wayne, IN)"
        more = rule(doc, taken)
        found += more
        taken = taken | token_indices(more)  # a new set: no rule's argument changes under it
    found += towns_after_prepositions(doc, taken)  # "the train from Mysore to Bangalore"
    found += places_in_lists_of_places(doc, token_indices(repaired + found))  # "areas, Docklands and Southbank"
    # One final guard for every rule above: no token in two entities (longer, then earlier, wins).
    ents = short_forms(fields_in_names(couples_in_names(filter_spans(repaired + found))))
    ents = people_of_bodies(relatives_in_lists(people_by_coordination(ents)))  # "four daughters, Nadine, …"
    ents = division_names(numbers_inside_names(titled_cities(numbered_roads(upper_tails(ents)))))  # "Jefferson Parish"
    ents = nearby_places(ents)  # "in nearby Hiko"
    ents = names_led_by_places(branches_of_bodies(people_by_surname(bodies_of_places(bodies_named_after_places(ents)))))
    ents = names_sharing_a_head(doc, bodies_of_members(split_listed_names(split_joint_names(split_pairs(ents)))))
    ents = places_run_together(ents)  # "a section between Crete and Cyprus"
    ents = drop_named_day_words(told_apart(ents))  # "told NPR Hamza bin Laden had …"; "Super Tuesday"
    # "non-Muslim"; "a government Twitter account"; "ethnic Ndebele"
    ents = ethnic_peoples(media_by_accounts(doc, names_without_affixes(ents)))
    # "the United Nations' Food and …"; "the Office of the UN" + "High Commissioner for …"; "an attendee Om Prakash"
    ents = described_speakers(bodies_to_their_heads(names_apart_at_possessives(ents)))
    ents = world_adjectives_off_names(ents)  # "the thin Martian atmosphere", "the Martian South Pole"
    ents = portfolios_before_ministers(ents)  # "Bangladeshi Road Transport and Bridges Minister Obaidul Quader"
    ents = drop_foreign_script_names(drop_disease_codes(ents))  # "the COVID-19 outbreak"; "Одной рукой …"
    ents = bodies_to_phrase_heads(ents)  # "the general manager of Abu Dhabi Media"
    ents = places_to_landform_heads(places_after_articles(ents))  # "in Las Estrellas' village"; "in Jakarta Bay"
    ents = towns_read_as_things(towns_before_regions(ents))  # "in Forbury Gardens in Reading, Berkshire, UK"
    ents = people_in_quotations(ents)  # "… its support for Nicolás Maduro in Venezuela\""
    ents = towns_in_formal_style(title_acronyms(ents))  # "the Divisional Railway Manager (DRM)"; "the City of Laredo"
    ents = drop_bare_titles(ents)  # "As Divisional Railway Manager, I am …"
    ents = bodies_opened_by_peoples(ents)  # "Chinese Precinct Chamber of Commerce"
    ents = centuries_off_names(ents)  # "However, 21st Century Australia is …"
    ents = drop_illness_adjectives(ents)  # "Just like the Spanish Flu that …"
    ents = business_districts(ents)  # "the Melbourne CBD", "using CBD"
    ents = towns_with_state_codes(ents)  # "WANE-TV (Fort Wayne, IN): …"
    ents = bodies_before_titles(ents)  # "Harvard University Professor of Economics & Public Policy Ken Rogoff"
    # last, so that no rule above takes the fronted object back into the name ("on Twitter West accused")
    doc.ents = names_before_quotations(fronted_objects(people_among_people(doc, bodies_among_bodies(
        channels_of_programmes(closed_names(intercap_openers(landform_names(drop_species_names(drop_glossed_terms(
            doc, designated_stars(doc, designated_planets(doc, quantities_off_names(drop_lone_suffixes(
                drop_capitalised_common_nouns(doc, turn_speakers(doc, drop_turn_labels(doc, ents)))))))))))))))))
    return doc


def _country_before_title(words: list[str]) -> int:
    """How many words of a span name a country in front of a person's title ("United States Representative
    Elijah Cummings", "United Kingdom Minister …"): the seat's country qualifies the title, as "U.S." does
    ("U.S. Senator"), and is no part of the person's name; 0 when the span opens otherwise."""
    for k in (2, 3):
        if len(words) >= k + 3 and words[k].lower().strip(".,") in _TRUE_TITLES and words[0][:1].isupper() \
                and " ".join(words[:k]).lower() in known_countries():
            return k
    return 0


def _colon_lead_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """People the model missed in a lead-in before a quotation: "… VP for Defense Rebecca Grant: “…"."""
    taken = token_indices(ents)
    found = []
    for colon in tokens_among(doc, {":"}):
        after = doc[colon.i + 1] if colon.i + 1 < len(doc) else None
        if after is None or after.text not in ("“", '"'):
            continue
        start = colon.i
        while (start > 0 and start - 1 not in taken and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN"
               and colon.i - start < 6):
            start -= 1
        while start < colon.i and doc[start].lower_.strip(".") in NOT_NAME_WORDS:
            start += 1
        organisation = (start > 0 and doc[start - 1].lower_ == "the"
                        or doc[colon.i - 1].lower_ in NOT_NAME_WORDS)  # "The Associated Press:"
        if 2 <= colon.i - start <= 3 and not organisation:
            found.append(Span(doc, start, colon.i, label="PERSON"))
            taken.update(range(start, colon.i))
    return found


def _show_after_network(span: Span, before: Span | None) -> bool:
    """"on CNBC’s Squawk Box", "joined Fox News’ Special Report": the programme of a network
    (an organisation with a possessive, after "on" or "joined"), not a person."""
    doc = span.doc
    return (before is not None and before.label_ == "ORG" and span.start == before.end + 1
            and doc[before.end].tag_ == "POS" and before.start > 0
            and doc[before.start - 1].lower_ in ("on", "joined", "joins", "join", "appeared", "told", "to"))


def _foreign_word(token) -> bool:
    """A lower-case word that is no English word: "hing" of "Wong Kwok-hing", not "era" of "Biden-era"."""
    english = english_words(token.vocab)
    return bool(english) and token.lower_ not in english and token.lemma_.lower() not in english


def _place_police(span: Span, limit: int) -> Span:
    """"Northamptonshire police", "Paris police said": a place's police force is a body, named by
    the place and the word "police" even in lower case."""
    if span.label_ == "GPE" and span.end < limit and span.doc[span.end].lower_ == "police":
        return Span(span.doc, span.start, span.end + 1, label="ORG")
    return span


def _not_a_person(span: Span) -> Span | None:
    """A "person" that cannot be one: a law ("Order 14066", "Emergencies Act") becomes LAW;
    a transcript's stage direction ("(Laughs.)") is no entity."""
    if span.label_ in ("GPE", "LOC") and len(span) == 1 and span[0].tag_ == "JJ":
        return Span(span.doc, span.start, span.end, label="NORP")  # "Ukrainian" is no place
    if span.label_ != "PERSON":
        return span
    doc = span.doc
    if any(t.like_num or any(c.isdigit() for c in t.text) for t in span) or span[-1].lower_ == "act":
        return Span(doc, span.start, span.end, label="LAW")
    last = span[-1].lower_
    if len(span) >= 3 and span[0].lower_ not in NAME_PARTICLES and span[0].text in known_states_and_countries() \
            and span[1].is_title and not (span.start > 0 and doc[span.start - 1].lower_.strip(".") in TITLE_WORDS):
        return Span(doc, span.start, span.end, label="ORG")  # "Montana Native Vote": a body named after its state
    if len(span) >= 2 and last in ORG_HEADS and last not in _SURNAME_HEADS and span[-1].is_title:
        return Span(doc, span.start, span.end, label="ORG")  # "Air Force", "Mobile Police Agency"
    if len(span) == 1 and span.start > 0 and doc[span.start - 1].text == "(" and (
            span.end < len(doc) and doc[span.end].text in (".", ")")):
        return None
    return span


# Titles that name the person after them ("Envoy Witkoff"), with and without a stop ("Sen.");
# not "General" (General Motors).
_NAMING_TITLES = frozenset("""president secretary senator sen rep representative governor gov mr mrs ms dr minister
    chancellor ambassador envoy speaker mayor judge pope king queen prince princess adviser advisor spokesman
    spokeswoman""".split())
_NAMING_TITLES |= {f"{title}." for title in _NAMING_TITLES}
_NAMING_TITLES |= {"presidents", "ministers", "senators", "governors", "ambassadors"}  # "Presidents Muhammadu Buhari … and …"


def _titled_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """People the model missed after a capitalised title: "Special Envoy Witkoff on Fox News"."""
    taken = token_indices(ents)
    found = []
    for token in tokens_among(doc, _NAMING_TITLES):
        if not token.is_title or token.i + 1 >= len(doc):
            continue
        end = token.i + 1
        while (end < len(doc) and end not in taken and doc[end].is_title and doc[end].pos_ == "PROPN"
               and doc[end].lower_ not in NOT_NAME_WORDS and end - token.i <= 3):
            end += 1
        if end > token.i + 1:
            found.append(Span(doc, token.i + 1, end, label="PERSON"))
            taken.update(range(token.i + 1, end))
    return found
