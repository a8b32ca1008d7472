"""The mends of the small model's dependency parse that the event rules run first, in order.

The small English model misreads some clauses in ways that would give an event a wrong clause, a wrong subject or
none: a verbless headline ("The president called Zelenskiy “a dictator”"), a reported clause without "that" read as
an object, a fronted phrase swallowing the subject, a title read as a verb. Each mend, in its own module, restores
what English clause structure settles, in place; :func:`mend_parse` runs them all, in an order where a later mend can
rely on the earlier ones (a mend of clause boundaries before one of subjects). :mod:`toolkit.nlp.events` calls it once
per document before it reads the verbs.

Example:
    >>> doc = nlp("On Friday Ford Motor Company announced an investigation.")  # doctest: +SKIP
    >>> mend_parse(doc)
"""

from __future__ import annotations

from spacy.tokens import Doc

from toolkit.nlp.absolutes import mend_with_absolutes
from toolkit.nlp.headlines import mend_headline_passives
from toolkit.nlp.headline_infinitives import mend_headline_infinitives
from toolkit.nlp.as_clauses import mend_as_clauses, mend_as_conjuncts
from toolkit.nlp.title_breaks import mend_sentences_cut_at_titles
from toolkit.nlp.conjoined_clauses import mend_clauses_read_as_noun_conjuncts
from toolkit.nlp.bare_verbs import (mend_bare_reporting_verbs, mend_bare_verbs_before_pronouns,
                                    mend_verbs_read_as_nouns)
from toolkit.nlp.between_pairs import mend_between_pairs
from toolkit.nlp.causatives import mend_causative_haves
from toolkit.nlp.close_appositions import mend_nouns_read_as_appositions
from toolkit.nlp.conjunct_forms import mend_bare_conjuncts
from toolkit.nlp.coordination import (mend_coordinated_subjects, mend_names_read_as_adjectives,
                                      mend_names_read_as_modifier)
from toolkit.nlp.district_codes import mend_relatives_after_party_codes
from toolkit.nlp.findings import mend_shown_contents
from toolkit.nlp.fronted_reports import mend_reports_before_commas
from toolkit.nlp.misparses import (mend_appositions_across_verbs, mend_fronted_subjects, mend_objects_after_parentheses,
                                   mend_reduced_passives, mend_relatives_across_commas, mend_reported_subjects,
                                   mend_stranded_prepositions, mend_then_clauses, mend_where_clauses,
                                   mend_which_on_people)
from toolkit.nlp.participle_series import mend_participles_read_as_modifiers
from toolkit.nlp.place_appositions import mend_places_read_as_subjects
from toolkit.nlp.relative_predicates import mend_predicates_read_as_relatives
from toolkit.nlp.report_tails import (mend_contents_read_as_conjuncts, mend_inverted_reports,
                                      mend_reports_after_coordinated_contents, mend_reports_read_as_conjuncts,
                                      mend_reports_read_as_nouns)
from toolkit.nlp.reporter_conjuncts import mend_reporters_acts
from toolkit.nlp.run_in_headings import (mend_clauses_read_as_label_modifiers, mend_datelines_before_hyphens,
                                         mend_labels_read_as_subjects)
from toolkit.nlp.set_off_relatives import mend_relatives_read_as_contents, mend_who_on_figures
from toolkit.nlp.shared_titles import mend_titles_read_as_subjects
from toolkit.nlp.small_clauses import mend_participle_small_clauses
from toolkit.nlp.subordinators import (mend_particles_read_as_prepositions, mend_serial_lists, mend_time_clauses,
                                       mend_time_phrases)
from toolkit.nlp.suffixes import mend_suffixes_read_as_subjects
from toolkit.nlp.title_heads import mend_officers_read_as_appositions, mend_officers_read_as_objects, mend_title_heads
from toolkit.nlp.verb_forms import mend_split_prefixes
from toolkit.nlp.verbal_titles import mend_titles_read_as_verbs
from toolkit.nlp.verbless_sentences import mend_prepositional_roots, mend_verbless_sentences, mend_verbs_read_as_objects
from toolkit.nlp.whose_relatives import mend_whose_relatives


def mend_parse(doc: Doc) -> None:
    """Mend in place the small model's misparses that would give an event a wrong clause or subject."""
    mend_sentences_cut_at_titles(doc)  # "…, Troy police Sgt." / "Barry Whiteside testified.": one report
    mend_verbless_sentences(doc)  # "The president called Zelenskiy “a dictator”": "called" is the main verb
    mend_verbs_read_as_objects(doc)  # "An earthquake with a magnitude of at least 5.9 hit southern Iran"
    mend_clauses_read_as_noun_conjuncts(doc)  # "pulled up … in an SUV but the vehicle left": the vehicle left
    mend_verbs_read_as_nouns(doc)  # "Prosecutors allege Simpson shot Flynn": "allege" is the verb
    mend_prepositional_roots(doc)  # "Party-goers still at the scene after the shooting fled": the party-goers fled
    mend_participles_read_as_modifiers(doc)  # "injuring at least 25 people and damaging churches": the quake damaged
    mend_whose_relatives(doc)  # "… on Ukraine, whose president, Volodymyr Zelenskyy, attended a dinner"
    mend_with_absolutes(doc)  # "failed 49-51, with Sens. Rand Paul (R-Ky.) and … joining Democrats in support"
    mend_reported_subjects(doc)  # "claimed Iran … is influencing": Iran is the clause's subject
    mend_reports_read_as_conjuncts(doc)  # "… imposed by President Donald Trump, the company’s CEO said"
    mend_reports_read_as_nouns(doc)  # "… Benjamin Sesko, Sky Sports News understands.": no conjunct of a name
    mend_reports_after_coordinated_contents(doc)  # "X fled …, but witnesses took note …, the authorities said"
    mend_contents_read_as_conjuncts(doc)  # "have seen this figure and claimed or implied the bill increases …"
    mend_inverted_reports(doc)  # "The bomb was placed …, stated Minister … al-Eryani, and was left …"
    mend_reports_before_commas(doc)  # "Al Jazeera reported on Thursday, coverage had risen …": the report's content
    mend_reporters_acts(doc)  # "said Russia … would start negotiations, and suggested …": the one who said suggested
    mend_stranded_prepositions(doc)  # "then at the government's request returned": no request returns
    mend_reduced_passives(doc)  # "a pair of convicted killers caught dealing drugs … were released": no one caught
    mend_then_clauses(doc)  # "pushed artillery … for 11 hours, then marched 9 miles": the men marched
    mend_where_clauses(doc)  # "Unrest continued in Portland, …, where a Trump supporter was shot": no report
    mend_as_clauses(doc)  # "reaches yet another historic milestone as America’s Catholic Bishops consecrate …"
    mend_as_conjuncts(doc)  # "fled their homes on Monday as a wildfire fanned by strong winds raged …"
    mend_objects_after_parentheses(doc)  # "welcomed back, with backpay, troops who …": the troops are welcomed
    mend_appositions_across_verbs(doc)  # "The committee met, …, in room SD-106, Dirksen Senate Office Building, …"
    mend_fronted_subjects(doc)  # "On Friday, on Route 2 in Randolph, a pickup truck … collided"
    mend_relatives_across_commas(doc)  # "our relationship, including the … Agreement signed in 2000 that entered …"
    mend_which_on_people(doc)  # "accounts for newborns, which could grow …": "which" stands for no people
    mend_relatives_after_party_codes(doc)  # "Sen. Lindsey Graham, R-S.C., who has pushed for …"
    mend_time_clauses(doc)  # "after the country's first president, George Washington, sought …"
    mend_time_phrases(doc)  # "After Imperial Japan's unprovoked attack …, America responded": "After" governs "attack"
    mend_serial_lists(doc)  # "After years of chaos, skyrocketing crime, and soft-on-crime policies … plunged …"
    mend_coordinated_subjects(doc)  # "… to New Orleans and other forecasters predicted …"
    mend_names_read_as_modifier(doc)  # "First Lady Melania Trump and President Donald J. Trump hosted"
    mend_names_read_as_adjectives(doc)  # "Feb. 12 — Trump and Russian President Vladimir Putin speak by phone"
    mend_bare_conjuncts(doc)  # "has been appointed …, where he will lead …, support …": "support" lists with "lead"
    mend_title_heads(doc)  # "The Secretary of Homeland Security shall determine": the secretary, not a department
    mend_officers_read_as_objects(doc)  # "Council on Environmental Quality Chairman Katherine Scarlett highlights"
    mend_officers_read_as_appositions(doc)  # "Office of Management and Budget Director Peter Orszag followed up"
    mend_split_prefixes(doc)  # "GitHub re-enabled …" with the subject hung on "re"
    mend_shown_contents(doc)  # "The observations showed without …, the rats were …": the content
    mend_between_pairs(doc)  # "the partnership between the U.S. Center … and the UK AI Security Institute"
    mend_suffixes_read_as_subjects(doc)  # "President Joseph R. Biden, Jr. spoke": Biden, not "Jr."
    mend_titles_read_as_subjects(doc)  # "Assistant to the President and OSTP Director Michael Kratsios chaired"
    mend_labels_read_as_subjects(doc)  # "WASHINGTON, D.C. – Today, First Lady Melania Trump … hosted"
    mend_datelines_before_hyphens(doc)  # "ATHENS, Greece - Three people died …": the people died
    mend_headline_passives(doc)  # "Key Delhi blast suspect arrested": the suspect was arrested
    mend_headline_infinitives(doc)  # "HP to acquire green consultancy EYP": HP is to acquire it
    mend_clauses_read_as_label_modifiers(doc)  # "New Delhi / Mumbai: An Indian warship foiled …": the warship foiled
    mend_relatives_read_as_contents(doc)  # "Bercow commented on the matter — which the BBC noted …": no report
    mend_who_on_figures(doc)  # "the protesters, sometimes numbering in the millions, who have filled …"
    mend_participle_small_clauses(doc)  # "reported as many as 32 hospitalised": the 32 were hospitalised
    mend_nouns_read_as_appositions(doc)  # "A Black Lives Matter protest had taken place": a protest
    mend_particles_read_as_prepositions(doc)  # "once it moved on the Bahamian government withdrew": the government
    mend_places_read_as_subjects(doc)  # "Yesterday, the Parliament of New South Wales (NSW), Australia voted"
    mend_predicates_read_as_relatives(doc)  # "The Austrian partner asked …, but the commissioner stated …"
    mend_titles_read_as_verbs(doc)  # "Amateur researcher and systems engineer Yutaka Iwasaki … came": a title
    mend_bare_reporting_verbs(doc)  # "The Arapaho have plans … and report they are considering …": a verb
    mend_bare_verbs_before_pronouns(doc)  # "Sea-Eye credit themselves with around 14,000 lives saved": a verb
    mend_causative_haves(doc)  # "The state had lanes closed": the state closed lanes (toolkit/nlp/causatives.py)
