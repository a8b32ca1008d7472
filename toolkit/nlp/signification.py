"""A thing that "represents" something stands for it: no act of the thing.

:func:`toolkit.nlp.events.events` asks this of every candidate verb. A rule of English news language:
the verbs of signifying ("represent", "symbolize", "signify", "embody", "exemplify", "epitomize"),
with a common noun of a thing for subject, tell what the thing means or amounts to, the way a writer
weighs it ("Dominic Hare said the toilet represented a 'comment on the American dream'", "This deal
represents a significant investment in Saudi Arabia's defense capabilities", "This partnership
represents …"): a toilet or a deal does nothing, and the verb is no event. A person or a body that
represents another ("the lawyers who represented him", "the senator represents Vermont") acts, and
is left alone. The verbs of signifying are a closed lexical class.

So does a participle of such a verb, or of "mark", "reflect" or "rank", set after a clause whose subject is a thing
("The murder rate … has fallen to its lowest level in at least 125 years — marking the largest single-year drop in
recorded history", "prices rose, reflecting higher demand"): it says what that clause's event amounts to, and the
rate marks nothing. So do the participles of evidence and of comparison with a trend after such a clause ("The
annualized rate of inflation is below the year-earlier pace, showing that prices are right on track", "Violent crime
increased in 2024, bucking the national trend"), unless the clause's subject is a source of information, whose
finding is news ("a study was published …, showing single-celled organisms … can survive"). With a person or a body
for the clause's subject the participle may be an act of theirs ("Protesters gathered on Friday, marking the
anniversary": they commemorate it), and is left alone.

A thing that "demonstrates", "underscores" or "proves" something in the simple present, or "builds on" it, is
weighed by the writer the same way ("This extraordinary progress … demonstrates the Trump Administration's
unwavering commitment", "This investment … underscores my unwavering commitment", "the seismic turnaround proves
that strong leadership can …", "Today's incident proves that Sharon has lost his patience", "These gains build on
earlier reports"): the present tense of these verbs tells a
relation the writer sees, as "represents" does, and the progress does nothing; so does its future, the relation
foreseen ("Spanberger’s response will only underscore her party’s commitment to the failed lunacy …"). A source of information is left
alone: what a study, data or a report demonstrates is a finding told ("The data demonstrate that …"), and a past
("the court demonstrated a shocking ignorance") or a person or a body that demonstrates acts. "highlight",
"underscore", "underline" and "illustrate" weigh in the past too, with a thing for subject ("The move highlighted
the company's desire for users to start thinking of its products as more than just productivity tools").

Example:
    >>> signifies(doc[3], "represent")  # "the toilet represented a comment"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.clauses import simple_present
from toolkit.nlp.descriptions import active_subject, names_a_thing

# Verbs of signifying: with a thing for subject they tell what it stands for.
SIGNIFYING_VERBS = frozenset("""represent symbolize symbolise signify embody exemplify epitomize epitomise""".split())


def signifies(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is an active verb of signifying with a common noun of a thing for subject
    (see the module's docstring)."""
    subject = active_subject(verb, lemma, SIGNIFYING_VERBS)
    return subject is not None and names_a_thing(subject)


# Verbs whose participle after a clause says what its event amounts to ("…, marking the largest drop").
# ("… is more than three times the national average — ranking it among the most dangerous cities": a standing
# that the clause's figure gives, no act of ranking)
# (session 50: "…, showing that prices are right on track", "Violent crime increased in 2024, bucking the national
# trend": what the clause's fact shows, or how it compares with a trend)
_MARKING_VERBS = SIGNIFYING_VERBS | frozenset({"mark", "reflect", "constitute", "rank"})
_AMOUNTING_VERBS = _MARKING_VERBS | frozenset({"show", "indicate", "suggest", "signal", "demonstrate", "underscore",
                                               "highlight", "illustrate", "buck", "mirror", "echo", "defy"})


def amounts_to(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is a participle of signifying, marking or reflecting set after a clause with a thing for
    subject, with no subject or subordinator of its own (see the module's docstring)."""
    clause = verb.head
    if verb.tag_ != "VBG" or lemma not in _AMOUNTING_VERBS or verb.dep_ != "advcl" or clause.i > verb.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in verb.children):
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not names_a_thing(subject):
        return False
    # ("a study was published …, showing single-celled organisms … can survive": a source's finding, told as news)
    return lemma in _MARKING_VERBS or not {subject.lemma_.lower(), subject.lower_} & SOURCE_NOUNS


# Verbs of evidence: in the simple present, with a thing for subject, they tell what the writer takes it to show.
_EVIDENCE_VERBS = frozenset({"demonstrate", "underscore", "underline", "illustrate", "prove", "build", "highlight"})
# Of those, the ones a thing does in the past as well, the writer weighing an event ("The move highlighted the
# company's desire …", "The incident underscored the risks"): a thing's past "proved" or "built on" may be a
# copula or an act, and stays.
_WEIGHED_IN_THE_PAST = frozenset({"underscore", "underline", "illustrate", "highlight"})

# Sources of information: what they demonstrate or prove is a finding they hold, told as news.
SOURCE_NOUNS = frozenset("""study research data report record poll survey figure number statistic analysis result
    finding evidence test trial experiment observation estimate projection count census audit review investigation
    document footage video image photo photograph map chart graph model database""".split())


def _foreseen(verb: Token) -> bool:
    """"will only underscore": a base form whose one auxiliary is "will" or "would", the relation foreseen."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VB" and len(auxiliaries) == 1 and auxiliaries[0].lower_ in ("will", "would", "'ll")


# Nouns of an occurrence that end like an agent noun ("-ent"): an incident proves nothing by acting.
_OCCURRENCES = frozenset({"incident", "accident", "event", "precedent", "development", "agreement", "statement",
                          "announcement", "settlement", "movement", "moment"})


def _names_an_occurrence(noun: Token) -> bool:
    """Whether a subject is a common noun of something that happened ("Today's incident proves that …"), which
    :func:`~toolkit.nlp.descriptions.names_a_thing` leaves to the acts for its agent-like ending."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _OCCURRENCES


def weighs_as_evidence(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is a simple present of demonstrating, underscoring or proving (or "builds on") with a thing
    for subject that is no source of information (see the module's docstring)."""
    subject = active_subject(verb, lemma, _EVIDENCE_VERBS)
    past = verb.tag_ == "VBD" and lemma in _WEIGHED_IN_THE_PAST
    if subject is None or not (simple_present(verb) or _foreseen(verb) or past) \
            or not (names_a_thing(subject) or _names_an_occurrence(subject)):
        return False
    if lemma == "build" and not any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in verb.children):
        return False
    return not {subject.lemma_.lower(), subject.lower_} & SOURCE_NOUNS  # ("data" has the lemma "datum")
