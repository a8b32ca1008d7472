"""The clauses that tell no act: what an event brought about, what it was for, or what is so.

The event reader (:mod:`toolkit.nlp.events`) asks every candidate verb, after its clause is found, whether the
clause only sets out a state, a consequence, a purpose, a habit, a standing fact, a depiction or a relation, names a
source or the terms a source spoke on, tells a person's custody or what a thing could do, names a goal, weighs an
event as the writer does, or leads into a quotation: each test is a rule of English of its own module, and this one
asks them all, cheapest and commonest first.

Example:
    >>> tells_no_act(doc[1], "belong", frozenset())  # "Dar belonged to the outlawed group"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.addressed_quotations import frames_by_addressing
from toolkit.nlp.ceremonies import performs_a_ceremony
from toolkit.nlp.circumstances import (describes_by_apposition, describes_in_copula, is_background_activity,
                                       is_consequence, is_listed_activity, is_purpose, is_state, names_its_source,
                                       passes_on_content)
from toolkit.nlp.coincidences import relates_in_time_to
from toolkit.nlp.custody import held_in_custody
from toolkit.nlp.commitments import committed_means, promised_until
from toolkit.nlp.depictions import depicts
from toolkit.nlp.descriptions import relates_in_time, unrealized_plan
from toolkit.nlp.findings import shown_by_a_thing
from toolkit.nlp.goals import made_sure_of, names_a_goal
from toolkit.nlp.ground_rules import (asks_anonymity, gives_no_comment, notes_unverified, outlet_understands,
                                      speaks_on_terms)
from toolkit.nlp.habits import tells_a_habit
from toolkit.nlp.heard_news import perceives_news
from toolkit.nlp.lead_ins import leads_into_quotation
from toolkit.nlp.means_participles import tells_the_means
from toolkit.nlp.message_participles import tells_a_message
from toolkit.nlp.message_sources import names_message_source
from toolkit.nlp.modal_relatives import modal_relative
from toolkit.nlp.own_views import frames_own_view
from toolkit.nlp.plots import tells_a_plot
from toolkit.nlp.possessions import comes_with
from toolkit.nlp.quantifiers import quantified_relative
from toolkit.nlp.quoted_hosts import hung_on_quotation
from toolkit.nlp.reader_notes import points_the_reader
from toolkit.nlp.remarks import remarks_on_a_state
from toolkit.nlp.sequences import follows_in_sequence
from toolkit.nlp.signification import amounts_to, signifies, weighs_as_evidence
from toolkit.nlp.standing_facts import tells_a_standing_fact
from toolkit.nlp.undergoing import undergoes
from toolkit.nlp.written_reports import reports_in_writing


def tells_no_act(verb: Token, lemma: str, inside: set[int]) -> bool:
    """Whether the clause of ``verb`` (its phrasal lemma ``lemma``) tells no act (see the module's docstring);
    ``inside`` holds the indices of the tokens inside quotation marks."""
    return is_consequence(verb, lemma) or is_purpose(verb) or is_state(verb, lemma) or is_listed_activity(verb) \
        or is_background_activity(verb) or describes_in_copula(verb) or describes_by_apposition(verb) \
        or names_its_source(verb, lemma) or passes_on_content(verb, lemma) or shown_by_a_thing(verb, lemma) \
        or relates_in_time(verb, lemma) or unrealized_plan(verb) or comes_with(verb, lemma) \
        or quantified_relative(verb) or follows_in_sequence(verb, lemma) or names_message_source(verb, lemma) \
        or undergoes(verb, lemma) or depicts(verb, lemma) or signifies(verb, lemma) or amounts_to(verb, lemma) \
        or weighs_as_evidence(verb, lemma) or tells_a_plot(verb) \
        or relates_in_time_to(verb, lemma) or committed_means(verb) or promised_until(verb) \
        or speaks_on_terms(verb, lemma) or gives_no_comment(verb, lemma) or notes_unverified(verb, lemma) \
        or asks_anonymity(verb, lemma) or outlet_understands(verb, lemma) or reports_in_writing(verb, lemma) \
        or tells_a_habit(verb) or tells_a_standing_fact(verb, lemma) \
        or frames_by_addressing(verb, lemma, inside) or leads_into_quotation(verb, lemma, inside) \
        or perceives_news(verb, lemma) or remarks_on_a_state(verb, lemma) or tells_a_message(verb, lemma) \
        or tells_the_means(verb, lemma) or hung_on_quotation(verb, inside) or points_the_reader(verb) \
        or performs_a_ceremony(verb, lemma) or frames_own_view(verb, lemma) or names_a_goal(verb) or made_sure_of(verb) \
        or held_in_custody(verb, lemma) or modal_relative(verb)
