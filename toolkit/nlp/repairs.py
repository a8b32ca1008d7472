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

from toolkit.nlp.employers import employers_after_staff, employers_of_officers
from toolkit.nlp.heading_capitals import drop_capital_heading_words, drop_heading_capitals
from toolkit.nlp.headlines import headline_names
from toolkit.nlp.interjections import (drop_oaths, drop_shouted_words, names_after_interjections,
                                       stressed_words_off_names)
from toolkit.nlp.rank_titles import abbreviated_titles_off_names
from toolkit.nlp.outlet_staff import outlets_before_staff
from toolkit.nlp.political_wings import drop_political_wings
from toolkit.nlp.postnominals import names_without_postnominals
from toolkit.nlp.acronym_mentions import acronyms_after_bodies, acronyms_named_again
from toolkit.nlp.acronym_speakers import speaking_acronyms
from toolkit.nlp.acronyms import (acronym_names, acronyms_as_common_nouns, acronyms_defined_in_brackets,
                                  acronyms_of_named_bodies, acronyms_off_people, acronyms_off_places,
                                  names_spelt_by_acronyms,
                                  names_spelt_by_acronyms_elsewhere, short_forms, short_names_defined_in_brackets,
                                  upper_tails)
from toolkit.nlp.antecedents import people_before_who, people_taken_up
from toolkit.nlp.surname_runs import people_of_tagged_surnames, surnames_named_before
from toolkit.nlp.bill_names import bills_cut_before_their_heads, bills_named_with_commas
from toolkit.nlp.branches import branches_of_bodies, names_led_by_places, untagged_bodies_of_places
from toolkit.nlp.editions import regional_editions
from toolkit.nlp.ethnic_groups import (ethnic_peoples, languages_before_people, peoples_before_tribes, untagged_demonyms,
                                       untagged_pan_ethnic_peoples)
from toolkit.nlp.couples import couples_in_names
from toolkit.nlp.fellowships import bodies_of_members
from toolkit.nlp.fields import fields_in_names
from toolkit.nlp.listed_fields import fields_listed_before_heads
from toolkit.nlp.conjoined_names import names_joined_over_and
from toolkit.nlp.list_items import sites_in_item_lists
from toolkit.nlp.officer_bodies import bodies_before_officers
from toolkit.nlp.field_offices import offices_called_people, state_bodies_called_people
from toolkit.nlp.nicknames import names_around_nicknames, people_before_nicknames
from toolkit.nlp.identified_people import people_identified_as
from toolkit.nlp.results import names_split_at_scores
from toolkit.nlp.regimes import countries_under_regimes
from toolkit.nlp.causes import groups_for_causes
from toolkit.nlp.divisions import division_names, untagged_divisions
from toolkit.nlp.kin_lists import relatives_in_apposition, relatives_in_lists
from toolkit.nlp.nearby_places import nearby_places, places_after_opening_near, untagged_places_after_opening_near
from toolkit.nlp.gazetteer import known_places
from toolkit.nlp.legislatures import bare_legislatures, untagged_chambers
from toolkit.nlp.lexicon import FAC_HEADS, NOT_NAME_WORDS, ORG_HEADS, ORG_WORDS, TITLE_WORDS
from toolkit.nlp.legal_suffixes import names_with_legal_forms
from toolkit.nlp.lookups import keep_entities, known_text
from toolkit.nlp.missed import (bodies_named_after_places, bodies_of_places, media_after_on, named_by_kind, service_x,
                                news_services, places_after_stance_prefixes, token_indices, tokens_among, untagged_countries,
                                untagged_awards, untagged_conferences, untagged_movements, untagged_storms,
                                bodies_described_in_apposition)
from toolkit.nlp.mixed_initials import names_before_mixed_initials
from toolkit.nlp.model_spans import holders_cut_off_offices, mend_model_spans
from toolkit.nlp.names import organisation_names, speaker_names
from toolkit.nlp.national_bodies import bodies_ending_in_countries
from toolkit.nlp.fronted import fronted_objects
from toolkit.nlp.call_signs import channels_after_call_signs, channels_named_by_numbers, untagged_call_signs
from toolkit.nlp.titled_places import titled_places_joined
from toolkit.nlp.national_acronyms import peoples_off_acronyms
from toolkit.nlp.store_chains import chains_before_shop_nouns
from toolkit.nlp.reporting_outlets import outlets_reporting
from toolkit.nlp.capital_district import capital_district_names
from toolkit.nlp.capitals import drop_capitalised_common_nouns
from toolkit.nlp.editorial_boards import papers_of_editorial_boards
from toolkit.nlp.citations import authors_before_et_al, et_al_off_names
from toolkit.nlp.cited_headlines import (outlets_of_cited_headlines, outlets_of_headline_lists, outlets_of_quoted_lists,
                                         outlets_of_source_lines)
from toolkit.nlp.cited_authors import people_in_citations
from toolkit.nlp.datelines import dateline_names, dateline_places
from toolkit.nlp.known_names import untagged_known_names
from toolkit.nlp.capital_surnames import surnames_in_capitals
from toolkit.nlp.repeated_bodies import bodies_named_again
from toolkit.nlp.repeated_places import places_named_again
from toolkit.nlp.bylines import authors_in_bylines, byline_words_off_names, desks_off_writers, writers_above_stamps
from toolkit.nlp.writer_lines import helpers_in_closing_credits, writers_on_lines
from toolkit.nlp.field_labels import drop_field_labels, drop_link_bar_items
from toolkit.nlp.products import untagged_craft_of_makers
from toolkit.nlp.act_names import agreements_cut_to_heads, cases_by_parties, laws_cut_before_act
from toolkit.nlp.greetings import drop_greetings
from toolkit.nlp.glossed_terms import drop_glossed_terms
from toolkit.nlp.accounts import media_apart_from_accounts, media_by_accounts, media_posted_to
from toolkit.nlp.affixes import lands_in_stan, names_without_affixes
from toolkit.nlp.hyphen_pairs import hyphenated_peoples, peoples_before_settler_nations
from toolkit.nlp.apposed_places import places_described_in_apposition
from toolkit.nlp.name_edges import (adjectives_after_prepositions, bodies_over_in_continents, ordinals_of_streets,
                                     bodies_opened_after_articles,
                                     venues_named_by_domains, capital_all_before_names, given_names_at_hyphens,
                                     prepositions_off_names,
                                     names_at_linking_syllables, places_joined_by_and,
                                     surnames_at_hyphens,
                                     names_off_next_line_labels, addresses_off_buildings, names_apart_at_for_the,
                                     peoples_of_two_words_before_titles)
from toolkit.nlp.party_words import leanings_off_names, party_adjectives_apart, party_adjectives_before_titles
from toolkit.nlp.wire_forms import church_ranks_off_names, cited_outlets_with_the, titles_with_the, untagged_domains
from toolkit.nlp.wire_names import (air_stations, bands_of_leaders, bodies_named_after_peoples, hyphenated_first_words,
                                    korean_districts, makers_before_model_codes, models_after_numbers, versions_in_names,
                                    vehicles_with_numbers, craft_before_kind_nouns,
                                    outlets_named_after_peoples, possessive_places, university_campuses)
from toolkit.nlp.surname_forms import families_by_surnames, hyphenated_surnames, slavic_surnames
from toolkit.nlp.kind_places import (adjectives_opening_quotations, bodies_before_kinds, buildings_before_kinds,
                                     numbered_territories,
                                     places_before_kinds, stations_placed_in_other_places, territories_over_in,
                                     waters_named_after_peoples)
from toolkit.nlp.plural_groups import groups_by_plurals
from toolkit.nlp.modifiers import bodies_to_their_heads
from toolkit.nlp.month_names import dates_called_names, months_in_capitals_before_days, people_named_by_months
from toolkit.nlp.role_nouns import bodies_after_trade_nouns, gods_after_kind_nouns, people_after_role_nouns
from toolkit.nlp.eponyms import people_before_bodies, sites_named_after_people
from toolkit.nlp.possessives import bodies_of_titles, buildings_of_founders, names_apart_at_possessives
from toolkit.nlp.described_speakers import described_speakers
from toolkit.nlp.diseases import drop_disease_codes
from toolkit.nlp.scripts import drop_foreign_script_names, drop_language_tags
from toolkit.nlp.site_names import untagged_site_names
from toolkit.nlp.heavens import (designated_planets, designated_stars, untagged_planets,
                                  world_adjectives_off_names)
from toolkit.nlp.institution_parts import institutions_apart_and_joined, second_fields_after_for, services_of_two_fields
from toolkit.nlp.intercaps import intercap_openers, untagged_intercapped_bodies
from toolkit.nlp.joint_names import split_joint_names
from toolkit.nlp.landforms import landform_names, landforms_of_places, places_after_articles, places_to_landform_heads
from toolkit.nlp.list_kinds import bodies_among_bodies, lone_people_among_people, people_among_people
from toolkit.nlp.listed_names import people_after_plural_titles, places_run_together, split_listed_names
from toolkit.nlp.name_runs import given_names_run_together, names_of_two_founders
from toolkit.nlp.opened_quotes import names_before_quotations
from toolkit.nlp.pairs import split_pairs
from toolkit.nlp.run_together import run_together_names
from toolkit.nlp.shared_heads import names_sharing_a_head
from toolkit.nlp.ship_prefixes import ships_by_prefix
from toolkit.nlp.state_names import states_closed, untagged_states
from toolkit.nlp.numbered_names import (events_before_roman_numerals, facilities_with_designations, numbered_after_no,
                                        numbered_branches, numbered_roads, numbered_units, numbers_inside_names,
                                        routes_by_network_numbers)
from toolkit.nlp.span_mends import (bodies_cut_before_heads, bodies_for_causes, buildings_called_events, cities_before_offices,
                                    names_closed_as_elsewhere, names_opened_as_elsewhere, of_tails_run_on,
                                    people_by_coordination, people_of_bodies, qualifiers_left_out, saints_buildings,
                                    sites_cut_after_places, territories_before_governors, titled_cities)
from toolkit.nlp.species import drop_species_names
from toolkit.nlp.weekdays import stamps_off_names, weekdays_off_names
from toolkit.nlp.disciplines import drop_disciplines
from toolkit.nlp.place_epithets import epithets_off_places
from toolkit.nlp.inverted_names import people_in_inverted_order
from toolkit.nlp.credited_people import (people_in_credits, photographers_after_slashes, photographers_before_slashes,
                                         photographers_in_slashed_credits, staff_in_credits,
                                         photographers_before_bracketed_agencies,
                                         credit_labels_off_names)
from toolkit.nlp.impressions import drop_artists_impressions
from toolkit.nlp.district_codes import legislators_codes
from toolkit.nlp.party_tags import party_tags_after_legislators
from toolkit.nlp.state_codes import towns_with_state_codes
from toolkit.nlp.topic_leads import people_before_topics
from toolkit.nlp.phrase_heads import bodies_to_phrase_heads
from toolkit.nlp.portfolios import people_after_places_of_titles, people_after_portfolios, portfolios_before_ministers
from toolkit.nlp.title_openers import bodies_before_ranks, bodies_before_two_word_titles
from toolkit.nlp.ampersands import names_cut_at_ampersands
from toolkit.nlp.quantities import quantities_off_names
from toolkit.nlp.quoted_people import people_in_quotations, speakers_after_quotations, works_after_makers, works_in_quotation_marks
from toolkit.nlp.title_acronyms import title_acronyms
from toolkit.nlp.bare_titles import drop_bare_titles, drop_title_adjectives, ranks_off_forces
from toolkit.nlp.faiths import faith_adjectives, religions_and_festivals
from toolkit.nlp.peoples_bodies import bodies_opened_by_peoples
from toolkit.nlp.centuries import centuries_off_names
from toolkit.nlp.illness_names import drop_illness_adjectives
from toolkit.nlp.business_districts import business_districts
from toolkit.nlp.town_styles import towns_in_formal_style
from toolkit.nlp.untagged_towns import places_in_lists_of_places, towns_after_prepositions, towns_before_territory_nouns
from toolkit.nlp.suffixes import drop_lone_suffixes, people_before_suffixes
from toolkit.nlp.surnames import people_by_surname
from toolkit.nlp.tails import bodies_with_tails, committees_with_paired_fields
from toolkit.nlp.titles_after_bodies import bodies_before_titles
from toolkit.nlp.towns import towns_after_mayors, towns_before_regions, towns_of_sites, towns_read_as_things
from toolkit.nlp.told import told_apart
from toolkit.nlp.tickers import firms_before_tickers, firms_labelled_before_tickers
from toolkit.nlp.bracketed_letters import bracketed_acronyms
from toolkit.nlp.scorecards import players_in_scorecards
from toolkit.nlp.places_in import towns_at_rivers
from toolkit.nlp.life_events import people_after_ages
from toolkit.nlp.channels import channels_of_programmes
from toolkit.nlp.named_days import drop_named_day_words
from toolkit.nlp.open_ends import closed_names
from toolkit.nlp.turn_labels import broadcast_turn_labels, drop_stage_directions, drop_turn_labels, turn_speakers

# Words before a building's name that no person's name takes: the article, prepositions of place.
_BEFORE_BUILDINGS = frozenset({"the", "at", "in", "into", "inside", "outside", "near", "from", "to"})
# Heads of the names of roads, which English places "on" ("on Wall Street", "on Fifth Avenue"), as it places no
# building; a person "on" whom one comments has a surname such a head rarely is.
_ROAD_HEADS = frozenset({"street", "avenue", "road", "boulevard"})


def _after_places_possessive(doc: Doc, start: int) -> bool:
    """Whether a place's name and its possessive stand right before token ``start``, as before a building of
    the place ("into Mecca's Grand Mosque", "London's Royal Albert Hall"), or a building's, before a hall of it
    ("from LA Fortaleza's Hall of Mirrors", round ent36); never before a person's name."""
    return (start >= 2 and doc[start - 1].tag_ == "POS" and doc[start - 2].ent_type_ in ("GPE", "LOC", "FAC")
            and not doc[start - 2].is_sent_start)


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
    "Member", "Davis" does not take "Member" too), and a step after the first repairs, and again
    the last one, keep, of any overlapping spans, the longer one, on equal length the earlier
    (:func:`spacy.util.filter_spans`).
    """
    if text is not None:
        known_text(doc, text)  # (the rules that read the text from lookups.doc_text need no join of their own)
    model_ents = doc.ents  # (read once: spaCy makes every Span anew on each read; no rule sets them before the end)
    keep_entities(doc, model_ents)  # (and the rules that read them from lookups.entities find them there)
    ents, repaired = mend_model_spans(doc, model_ents)
    found = _titled_names(doc, repaired)
    found += _colon_lead_names(doc, repaired + found)
    found += people_before_topics(doc, repaired + found)  # "Elon Musk on waste, fraud, and abuse: “…”"
    # A name never swallows a person: one the model and the repairs both call a person ("Air Force",
    # which the model calls a person, is a body by now).
    people = token_indices([e for e in repaired if e.label_ == "PERSON"]) & token_indices(
        [e for e in ents if e.label_ == "PERSON"])
    # and a person the mends cut off the end of a body the model ran on over the name ("Chief of the General Staff
    # of the Armed Forces of Ukraine Andrii Hnatov"): a body's "of" tail must not take the name back
    people |= token_indices(holders_cut_off_offices(doc, repaired, ents))
    bodies = organisation_names(doc, stop=NOT_NAME_WORDS, people=people)
    found += bodies + bodies_with_tails(repaired, bodies)  # "… House Select Committee" + "on Benghazi"
    found += bodies_ending_in_countries(doc, people, ents=model_ents)  # "Jennifer Lu of Marriage Equality Coalition Taiwan said"
    # Buildings the model missed, read the same way, where "the" or a preposition of place stands before
    # them as before a building and never before a person ("The Hotel Arpit Palace in the Karol Bagh area";
    # not "Tynice Nichole Hall was convicted").
    taken = token_indices(repaired + found)
    found += [e for e in organisation_names(doc, stop=NOT_NAME_WORDS, people=people, heads=FAC_HEADS, label="FAC")
              if not any(t.i in taken for t in e) and e.start > 0
              and (doc[e.start - 1].lower_ in _BEFORE_BUILDINGS or _after_places_possessive(doc, e.start)
                   or doc[e.start - 1].lower_ == "on" and e[-1].lower_ in _ROAD_HEADS)]  # "on Wall Street"
    repaired, named = named_by_kind(doc, repaired, token_indices(found))
    found += named
    taken = token_indices(repaired + found)
    found += acronym_names(doc, taken, text=text)
    found += speaking_acronyms(doc, token_indices(repaired + found))  # "UNICEF reported …", "WHO said …"
    found += acronyms_defined_in_brackets(doc, repaired + found, token_indices(repaired + found))  # "(WHO)" … "the WHO's"
    taken = token_indices(repaired + found)
    found += speaker_names(doc, taken, stop=NOT_NAME_WORDS | ORG_HEADS, places=known_places())
    taken = token_indices(repaired + found)
    # Each rule below sees the tokens every rule before it took (the set grows by what each finds).
    for rule in (people_taken_up, people_before_who, untagged_known_names,  # "Zelenskyy rejected any deal …"
                 people_of_tagged_surnames,  # "… Economic Cooperation Kirill Dmitriev also took part" ("Dmitriev told")
                 surnames_named_before,  # "Nancy Pelosi was elected …" … "Republicans congratulated Pelosi"
                 employers_after_staff,  # "Analysts at Citi said …"
                 untagged_countries, untagged_states,  # "Residents of Murwillumbah, New South Wales, were …"
                 media_after_on, news_services,
                 firms_before_tickers,  # "AbbVie (NYSE: ABBV) expects …"
                 untagged_bodies_of_places,  # "Toronto Police, which …"
                 untagged_planets,  # "from the Sun to Neptune"
                 run_together_names,  # "the RealClearPolitics average"
                 bare_legislatures,  # "dissolving Parliament"
                 untagged_chambers,  # "United States House of Representatives Speaker Nancy Pelosi"
                 authors_before_et_al,  # "de Vera et al, using …"
                 untagged_divisions,  # "the Governor of Tyumen Oblast, Russia"
                 untagged_site_names,  # "between the Aphrodite gas field and Thesprotia"
                 untagged_call_signs,  # "WANE-TV (Fort Wayne, IN)"
                 chains_before_shop_nouns,  # "reportedly outside a Boots store"
                 outlets_reporting,  # "Rappler reported three malls … were damaged"
                 untagged_domains,  # "in remarks to UOL.com.br, said"
                 cited_outlets_with_the,  # "Ford told The Verge", "according to The Verge"
                 untagged_storms,  # "Hurricane Lorenzo reached Category 5"
                 untagged_movements,  # "the Fridays for Future movement launched"
                 untagged_conferences,  # "The next summit, COP30, will be held in Belém"
                 untagged_awards,  # "sang “Lift Me Up” at the Oscars"
                 untagged_pan_ethnic_peoples,  # "as well as Latino voters"
                 untagged_demonyms,  # "Britons voted in a 2016 referendum"
                 bodies_described_in_apposition,  # "Met Éireann, the national meteorological service for Ireland"
                 places_described_in_apposition,  # "The Azores — autonomous islands of Portugal — closed schools"
                 sites_in_item_lists,  # "Additional selected projects include:" … "Stillwater Mine"
                 bodies_before_officers,  # "Uber CEO Dara Khosrowshahi:"
                 people_before_nicknames,  # "Patty Shukla, known as “Miss Patty,” …"
                 people_identified_as,  # 'a man in his forties identified only as "P Wilson"'
                 people_after_role_nouns,  # "He named Wyoming preacher Michelle Tidball as his running mate"
                 gods_after_kind_nouns,  # "an avatar of the Hindu god Narsimha"
                 bodies_after_trade_nouns,  # "the Greek gas producer Energean signed a letter of intent"
                 places_after_stance_prefixes,  # "Kennedy's pro-Israel position"
                 relatives_in_apposition,  # "his son-in-law, Frédéric Salat-Baroux, and …"
                 untagged_intercapped_bodies,  # "YouTube personality Mr. CreepyPasta"
                 people_before_suffixes,  # "She killed Andre Price III by pressing his face …"
                 dateline_names,  # "TEHRAN (AFP) - An international contest …"
                 acronyms_of_named_bodies,  # "the Coalition Provisional Authority" … "the CPA"
                 places_named_again,  # "the western city of Falluja" … "Falluja has long been roiled"
                 bodies_named_again,  # "In return, Uber will receive …" … "Spotify, Tesla, Uber and Snapchat"
                 acronyms_named_again,  # "VW's value" … "opened VW up to huge compensation claims"
                 acronyms_after_bodies,  # "the International Organization for Renewable Energies (IRENA)"
                 untagged_places_after_opening_near,  # "Near Rawah, two strikes engaged …"
                 towns_at_rivers):  # "for the Macleay River at Kempsey, where …"
        more = rule(doc, taken)
        if more:  # (most rules find nothing in a text: the set is copied only when one does)
            found += more
            taken = taken | token_indices(more)  # a new set: no rule's argument changes under it
    found += towns_after_prepositions(doc, taken)  # "the train from Mysore to Bangalore"
    found += towns_before_territory_nouns(doc, token_indices(repaired + found))  # "in the Donetsk region"
    found += places_in_lists_of_places(doc, token_indices(repaired + found))  # "areas, Docklands and Southbank"
    # One final guard for every rule above: no token in two entities (longer, then earlier, wins).
    ents = short_forms(bodies_of_titles(fields_in_names(couples_in_names(filter_spans(repaired + found)))))
    ents = names_spelt_by_acronyms_elsewhere(names_spelt_by_acronyms(doc, ents))  # "Movimento 5 Stelle (M5S)"
    ents = names_before_mixed_initials(doc, ents)  # "Transport for London (TfL)", "Jehovah's Witnesses (JWs)"
    # (and "Akhil Bharat Hindu" + "Mahasabha", spelt by "ABHM" further on)
    ents = fields_listed_before_heads(ents)  # "the Senate Health, Education, Labor and Pensions Committee"
    ents = names_joined_over_and(ents)  # "the Nevada Test and Training Range" ("Training Range" alone)
    ents = buildings_called_events(people_after_ages(people_of_bodies(relatives_in_lists(people_by_coordination(ents)))))  # "four daughters, Nadine, …"
    ents = routes_by_network_numbers(numbered_roads(channels_named_by_numbers(channels_after_call_signs(upper_tails(ents)))))  # "WESH 2 news"  # "U.S. Route" + "2"; "U.S. 19/23", "I-40"
    ents = division_names(numbers_inside_names(names_split_at_scores(titled_cities(titled_places_joined(ents)))))  # "Jefferson Parish"; "Liverpool 2-2 Arsenal"
    ents = events_before_roman_numerals(saints_buildings(sites_cut_after_places(bodies_cut_before_heads(numbered_after_no(territories_before_governors(cities_before_offices(ents)))))))  # "Kerrville City Manager …"; "City
    # Hospital No. 1"; "the University of Maryland Shock" + "Trauma Center"
    ents = numbered_units(ents)  # "deployed from the 158th Fighter Wing", "the 82nd Airborne Division"
    ents = stations_placed_in_other_places(ents)  # "at Waterloo station in the British capital London"
    ents = states_closed(names_closed_as_elsewhere(names_opened_as_elsewhere(bodies_for_causes(qualifiers_left_out(ents)))))  # "Liberal
    # Democrats describes itself …" beside "the Liberal Democrats"; "The Liberal Democrats won", "Reform UK took four
    # seats"; "Nizhny" + "Tagil"; "Rio Grande" + "do Sul", "Mendoza Governor Alfredo Cornejo" (state_names.py)
    ents = of_tails_run_on(facilities_with_designations(ents))  # "lifted off from Launch Complex 39A" ("Launch", NORP);
    # "the Port of Prince" + "Rupert"
    ents = capital_district_names(nearby_places(places_after_opening_near(ents)))  # "Near Ar Raqqah, 15 strikes …"; "in nearby Hiko"; "In Washington, D.C., homicides"
    ents = papers_of_editorial_boards(names_with_legal_forms(ents))  # "Holtzman Vogel, PLLC"; "… Editorial Board:"
    # "Neurocrine Biosciences (Nasdaq: NBIX)"; "JD(S) leader H D Kumaraswamy"; "(Kohli 76, Axar 47, Maharaj 2-23, …)"
    ents = players_in_scorecards(doc, bracketed_acronyms(doc, firms_labelled_before_tickers(ents)))
    ents = names_led_by_places(branches_of_bodies(people_by_surname(bodies_of_places(bodies_named_after_places(ents)))))
    ents = names_sharing_a_head(doc, bodies_of_members(split_listed_names(split_joint_names(split_pairs(ents), text=text))))
    ents = places_run_together(ents)  # "a section between Crete and Cyprus"
    ents = ships_by_prefix(doc, institutions_apart_and_joined(ents))  # "the Tang Teaching Museum and Art Gallery"; "HMC Searcher"
    ents = names_of_two_founders(given_names_run_together(ents))  # "for Deirdre, Wyatt & Zach"; "the Baylor Scott and White …"
    ents = drop_named_day_words(told_apart(ents))  # "told NPR Hamza bin Laden had …"; "Super Tuesday"
    # "non-Muslim"; "a government Twitter account"; "ethnic Ndebele"
    ents = service_x(ethnic_peoples(media_by_accounts(doc, lands_in_stan(names_without_affixes(ents)))))  # "the video on X."
    ents = peoples_before_settler_nations(hyphenated_peoples(ents))  # "referred to him as \"Chinese-American.\""; "the first South Asian American"
    # "Pan-democrat Lam Cheuk-ting"; "Wong Yeung-tat"; "at All Saints Catholic High School"
    ents = capital_all_before_names(surnames_at_hyphens(given_names_at_hyphens(leanings_off_names(ents))))
    ents = prepositions_off_names(ents)  # "Following Gigante's conviction, prosecutors said …"
    # round wire41: "Faruk-e-Azam, adviser to …" ("Faruk" GPE); 'Ronald "Bato" dela Rosa'; "Interpol Manila" PERSON;
    # "North Carolina" + "Emergency Management" PERSON; "chief economist at Investec" NORP
    ents = places_joined_by_and(names_around_nicknames(names_at_linking_syllables(ents)))  # "Cumilla and Noakhali" ORG
    ents = employers_of_officers(state_bodies_called_people(offices_called_people(ents)))
    ents = venues_named_by_domains(ordinals_of_streets(ents))  # "near the 14th Street Bridge", "outside Crypto.com Arena"
    ents = addresses_off_buildings(names_apart_at_for_the(adjectives_after_prepositions(ents)))  # "… Scientology on French television"; "leaving Blues Incorporated for The Rolling Stones"
    ents = bodies_over_in_continents(ents)  # "The Organization for Security and Co-operation in Europe called …"
    ents = possessive_places(bands_of_leaders(ents))  # "Les Brown and His Band of Renown"; "from Hawke's Bay, N.Z."
    ents = university_campuses(korean_districts(doc, outlets_named_after_peoples(air_stations(ents))))  # "near RAF Croughton"; "as quoted by Greek Reporter"; "in Seongbuk-gu"
    # (and "the University of California, Los Angeles disagreed")
    ents = hyphenated_first_words(bodies_named_after_peoples(ents))  # "the Islamic State."; "the Co-operative Commonwealth …"
    ents = versions_in_names(makers_before_model_codes(models_after_numbers(ents)))  # "The new Boeing 737 Max was not airworthy"; "Airbus A300s"
    # "the Crew Dragon was launched via a Falcon 9 rocket"; "Blue Origin's New Glenn rocket" (a craft before its kind)
    ents = untagged_craft_of_makers(doc, craft_before_kind_nouns(vehicles_with_numbers(ents)))  # ("the SpaceX Crew Dragon capsule")
    ents = peoples_off_acronyms(ents)  # "Belarusian KGB arrested 33 Russian individuals"
    ents = peoples_before_tribes(languages_before_people(ents))  # "English mathematician John Horton Conway died"; "the Al Bu Nimr tribe"
    ents = media_posted_to(media_apart_from_accounts(ents))  # "posted to Twitter"; "his YouTube channel Numberphile"
    ents = slavic_surnames(hyphenated_surnames(families_by_surnames(ents)))  # "… the Bidens"; "Chan-o-cha"; "Oleg Titov"
    ents = groups_by_plurals(ents)  # "recaptured from Houthis" (beside "the Houthi rebellion")
    ents = buildings_before_kinds(doc, ents)  # "died at the Masih-e-Daneshavari hospital"
    ents = numbered_territories(territories_over_in(ents))  # "the Autonomous Region in Muslim Mindanao"; "Region 11"
    ents = waters_named_after_peoples(adjectives_opening_quotations(places_before_kinds(ents)))  # "the Sulu region"; "the English Channel"
    # "the United Nations' Food and …"; "the Office of the UN" + "High Commissioner for …"; "an attendee Om Prakash"
    ents = described_speakers(bodies_to_their_heads(names_apart_at_possessives(ents)))
    ents = numbered_branches(ents)  # "… Aerospace Workers District 751", once the body has its head ("District")
    ents = buildings_of_founders(ents)  # "at Grauman's Egyptian Theatre", "at Ford's Theatre"
    ents = people_before_bodies(sites_named_after_people(ents))  # "at Ronald Reagan Washington National Airport"; "the Brett Kavanaugh Supreme Court confirmation hearing"
    ents = party_adjectives_apart(ents)  # "the Republican Senate Majority Leader" (after the join of a body to its head)
    ents = party_adjectives_before_titles(ents)  # "Conservative MP Philip Hammond commented"
    # "Congratulations America: 3 percent today"; "Bloody hell, …"; "I WON THIS ELECTION, BY A LOT!"; "at Zelensky AGAIN"
    ents = stressed_words_off_names(drop_shouted_words(drop_oaths(names_after_interjections(ents))))
    ents = drop_greetings(ents)  # "Alright, good afternoon. Aloha everyone."
    ents = world_adjectives_off_names(ents)  # "the thin Martian atmosphere", "the Martian South Pole"
    ents = portfolios_before_ministers(ents)  # "Bangladeshi Road Transport and Bridges Minister Obaidul Quader"
    # "Secretary of Agriculture Brooke L. Rollins": the field no name's; "Chief Executive of Hong Kong Carrie Lam"
    ents = people_after_places_of_titles(people_after_portfolios(ents))
    ents = bodies_before_ranks(bodies_before_two_word_titles(ents))  # "Sierra Club Executive Director Ben Jealous said"; "Navy Capt. Jeff Davis"
    ents = names_cut_at_ampersands(ents)  # "restore integrity 2 the DOJ & end the weaponization"
    ents = drop_language_tags(drop_foreign_script_names(drop_disease_codes(ents)))  # "COVID-19"; "Одной …"; "((ru))Russian:"
    ents = bodies_to_phrase_heads(ents)  # "the general manager of Abu Dhabi Media"
    ents = landforms_of_places(places_to_landform_heads(places_after_articles(ents)))  # "in Las Estrellas' village"; "in Jakarta Bay"; "Gulf of Aden"
    ents = towns_of_sites(towns_read_as_things(towns_before_regions(ents)))  # "in Forbury Gardens in Reading, Berkshire, UK"; "the power plant at Guayanilla"
    ents = towns_after_mayors(ents)  # "according to the mayor of Yartsevo via news agency Interfax"
    ents = people_in_quotations(ents)  # "… its support for Nicolás Maduro in Venezuela\""
    ents = works_after_makers(works_in_quotation_marks(ents))  # "The hit song is \"Geronimo\" by Sheppard."; "Arthur
    # Penn's \"Bonnie and Clyde\""
    ents = speakers_after_quotations(ents)  # '"This victory must be …," Prabowo told thousands of supporters'
    ents = towns_in_formal_style(title_acronyms(ents))  # "the Divisional Railway Manager (DRM)"; "the City of Laredo"
    # "As Divisional Railway Manager, I am …"; "Iran's Supreme Leader Ali Khamenei"; "PM Modi", "EAM S Jaishankar"
    ents = ranks_off_forces(abbreviated_titles_off_names(drop_title_adjectives(drop_bare_titles(ents))))
    ents = peoples_of_two_words_before_titles(ents)  # "Sri Lankan President Ranil Wickremesinghe", once the title is off
    ents = bodies_opened_by_peoples(ents)  # "Chinese Precinct Chamber of Commerce"
    ents = religions_and_festivals(faith_adjectives(ents))  # "The Avoyelles House of Mercy, a Pentecostal church, had been travelling"; "the name of Islam"; "shopping for Eid"
    ents = centuries_off_names(ents)  # "However, 21st Century Australia is …"
    ents = drop_illness_adjectives(ents)  # "Just like the Spanish Flu that …"
    ents = business_districts(ents)  # "the Melbourne CBD", "using CBD"
    ents = months_in_capitals_before_days(dates_called_names(people_named_by_months(ents)))  # "U.S. Congressman August Pfluger (TX-01)"; "Jun 13, 2025" LAW
    ents = committees_with_paired_fields(ents)  # "House Committee on Education" + "and Workforce Chairman"
    ents = regional_editions(ents)  # "From CBS News Texas:"
    ents = bills_cut_before_their_heads(bills_named_with_commas(ents))  # "President Trump’s One Big, Beautiful Bill"; "the Finance Bill 2024"
    ents = agreements_cut_to_heads(laws_cut_before_act(ents))  # "the Paris Climate Accord": "Accord" PRODUCT; "invoked the HEROES Act": "HEROES" ORG; "the Act doesn't authorize"
    ents = outlets_of_source_lines(outlets_of_cited_headlines(towns_with_state_codes(ents)))  # "WANE-TV (Fort Wayne, IN): …"
    ents = outlets_of_quoted_lists(outlets_of_headline_lists(ents))  # "Axios: “It’s another win …”"; "Axios: New revisions show …", "Bloomberg: US Economy Grows …"
    ents = legislators_codes(ents, text=text)  # "Senator Tommy Tuberville (R-AL)", "Congressman Tim Walberg (MI-05)"
    ents = party_tags_after_legislators(doc, ents)  # "deputy Arthur Lira (PP-AL)", "Hugo Motta (Republicanos-PB)"
    ents = bodies_before_titles(ents)  # "Harvard University Professor of Economics & Public Policy Ken Rogoff"
    ents = services_of_two_fields(ents)  # "District of Columbia Fire" + "and EMS Department", once titles are off
    ents = second_fields_after_for(ents)  # "The Center for Volcanology" + "and Geological Hazard Mitigation"
    ents = outlets_before_staff(ents)  # "USA TODAY columnist Nicole Russell:", "Bullseye Brief author Adam Johnson:"
    ents = drop_political_wings(ents)  # "counter Radical Left violence", "proud members of the Far Left"
    ents = stamps_off_names(weekdays_off_names(ents))  # "interviewed by Wikinews Saturday, January 31, 2009"; "Mon 14 Oct"
    ents = drop_disciplines(epithets_off_places(ents))  # "in Linguistics and Philosophy"; "a united Germany"
    ents = countries_under_regimes(groups_for_causes(ents))  # "Americans for Prosperity"; "under Imperial Japan"
    ents = people_in_inverted_order(doc, ents)  # "Austen, Jane. Pride and Prejudice"
    ents = et_al_off_names(people_in_citations(doc, ents))  # "Leonardo N. M. Iasi et al"; "(Feng, Spence, & Pratt, 2007)", "Rao and Scott (1981)"
    ents = staff_in_credits(doc, people_in_credits(doc, ents))  # "Image: R Saravanan."; "(With inputs from …)"
    ents = drop_artists_impressions(ents)  # "Artist's rendering of Spacecraft Stardust"
    ents = names_without_postnominals(ents)  # "Daniel Bernoulli FRS", "Dame Zaha Mohammad Hadid DBE RA"
    ents = acronyms_as_common_nouns(acronyms_off_places(acronyms_off_people(ents)))  # "end DEI", "the MP": no one named; "AI": no place; "a VBIED"
    ents = titles_with_the(church_ranks_off_names(ents))  # "Cardinal Marc Ouellet"; "a report by The Atlantic"
    ents = short_names_defined_in_brackets(ents)  # "The Philippine Institute of Volcanology and Seismology (Phivolcs)"
    ents = dateline_places(ents)  # "KABUL, Afghanistan (AP) — A suicide bomber …"
    ents = surnames_in_capitals(ents)  # "John Paul STEVENS …, in which KENNEDY, SOUTER, GINSBURG, and BREYER joined"
    ents = bodies_before_kinds(ents)  # "the outlawed Lashkar-e-Toiba militant group", "an Article in Time magazine"
    ents = bodies_opened_after_articles(ents)  # "linked to the Jamaah Ansharut Daulah network" ("Ansharut Daulah")
    ents = cases_by_parties(ents)  # "The Supreme Court announced its ruling today in Hamdan v. Rumsfeld"
    ents = photographers_before_slashes(doc, photographers_after_slashes(doc, ents))  # "(AP Photo/Evan Vucci)"; "Andrew Harnik/Getty Images"
    ents = credit_labels_off_names(photographers_before_bracketed_agencies(doc, photographers_in_slashed_credits(doc, ents)))  # "Image source, Getty Images"; "(Ose Irete/CBC)"
    ents = byline_words_off_names(doc, ents)  # "Reporting from Paris", "For Dailymail.Com"
    ents = writers_above_stamps(doc, desks_off_writers(authors_in_bylines(doc, ents)))  # "By Deb Price / The Detroit News Deb Price When …"; "Ian Sample Science editor"
    ents = helpers_in_closing_credits(doc, writers_on_lines(doc, ents))  # "With a report from …"; "Nadia Ferreira" ⏎ "Senior Editor"; "Written by Rohan Kulkarni"
    ents = drop_link_bar_items(drop_field_labels(ents))  # "Subscribe | Manage preferences | Unsubscribe"; "Email: Anthony Beavers <…>", "… at Newsday. Excerpt: \"Arafat 's …\""
    ents = people_after_plural_titles(doc, ents)  # "Present: Senators Risch [presiding], Ricketts, Barrasso, …"
    ents = drop_stage_directions(doc, names_off_next_line_labels(ents))  # "(END VIDEO CLIP)"; "Truth Social⏎VERDICT:"
    ents = broadcast_turn_labels(doc, ents)  # "DMITRY PESKOV, KREMLIN SPOKESMAN (through translator):", "QUESTION:"
    ents = drop_capital_heading_words(doc, ents, text=text)  # "2. THE ARMY SECRETARY", "… BUDGET REQUEST"
    # last, so that no rule above takes the fronted object back into the name ("on Twitter West accused");
    # and the overlap check once more over what the rules after the first one found
    doc.ents = filter_spans(names_before_quotations(fronted_objects(people_among_people(doc, lone_people_among_people(bodies_among_bodies(
        channels_of_programmes(closed_names(intercap_openers(landform_names(drop_species_names(drop_glossed_terms(
            doc, designated_stars(doc, designated_planets(doc, quantities_off_names(drop_lone_suffixes(
                drop_capitalised_common_nouns(doc, drop_heading_capitals(  # "1. Building, Bringing, or Buying …"
                    doc, headline_names(doc, turn_speakers(doc, drop_turn_labels(doc, ents)), text=text),  # "Gives Putin"
                    text=text))))))))))))))))))
    keep_entities(doc, None)  # (the model's are no longer the Doc's)
    return doc


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


# Titles that name the person after them ("Envoy Witkoff"), with and without a stop ("Sen.");
# not "General" (General Motors).
_NAMING_TITLES = frozenset("""president secretary senator sen rep representative governor gov mr mrs ms dr minister
    chancellor ambassador envoy speaker mayor judge pope king queen prince princess adviser advisor spokesman
    spokeswoman""".split())
_NAMING_TITLES |= {f"{title}." for title in _NAMING_TITLES}
_NAMING_TITLES |= {"presidents", "ministers", "senators", "governors", "ambassadors"}  # "Presidents Muhammadu Buhari … and …"
# A faith's titles of a teacher or a founder, which name no place or body after them ("the companions of the Prophet
# Muhammad", "Rabbi Jonathan Sacks"; round uner41).
_NAMING_TITLES |= {"prophet", "rabbi"}
# The spouses' titles, named by their rank ("First Lady Melania Trump", "Second Lady Usha Vance", "Second Gentleman
# Doug Emhoff"): a title only after "First" or "Second" ("Lady Liberty" is none).
_SPOUSES_TITLES = frozenset({"lady", "gentleman"})
_NAMING_TITLES |= _SPOUSES_TITLES
# A judge's title, which also names a ministry's or a party's field ("Justice Minister", "the Justice Department",
# "Justice League"): a title only before a given name and a surname, no office's or body's word among them ("was
# arraigned before Justice Maryann Anenih of the FCT High Court", the Nigerian and Indian papers', round wire40).
_JUDGES_TITLES = frozenset({"justice"})
_NAMING_TITLES |= _JUDGES_TITLES


def _titled_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """People the model missed after a capitalised title: "Special Envoy Witkoff on Fox News"."""
    taken = token_indices(ents)
    found = []
    for token in tokens_among(doc, _NAMING_TITLES):
        if not token.is_title or token.i + 1 >= len(doc):
            continue
        if token.lower_ in _SPOUSES_TITLES and not (token.i > 0 and doc[token.i - 1].lower_ in ("first", "second")
                                                    and doc[token.i - 1].is_title):
            continue
        end = token.i + 1
        while (end < len(doc) and end not in taken and doc[end].is_title and doc[end].pos_ == "PROPN"
               and doc[end].lower_ not in NOT_NAME_WORDS and end - token.i <= 3):
            end += 1
        if token.lower_ in _JUDGES_TITLES and (end - token.i - 1 < 2 or any(
                t.lower_ in ORG_HEADS | ORG_WORDS | TITLE_WORDS for t in doc[token.i + 1:end])):
            continue
        if end > token.i + 1 and end < len(doc) and end not in taken and _regnal_number(doc[end]):
            end += 1  # "Queen Elizabeth II announced": the number is the monarch's name, no second person
        if end > token.i + 1:
            found.append(Span(doc, token.i + 1, end, label="PERSON"))
            taken.update(range(token.i + 1, end))
    return found


def _regnal_number(token) -> bool:
    """Whether a token is a Roman numeral of a monarch's or a pope's name ("II", "XVI"), tagged a proper
    noun (not the pronoun "I")."""
    return token.tag_ == "NNP" and 1 <= len(token.text) <= 5 and set(token.text) <= set("IVX")
