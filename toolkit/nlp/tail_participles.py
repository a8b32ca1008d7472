"""A participle after a report told after its content: "The storm hit the coast, officials said, killing 12 people".

Wire copy puts the source after what it reports and goes on with a participle of the act itself: "A strong
earthquake struck Aceh on Tuesday, the US Geological Survey said, sending people running into the streets". The
parser hangs the participle on "said", the nearest verb, and the participle would borrow the speaker as its doer
("officials kill 12"). A saying sends no one running: the participle goes on from the content clause, whose subject
does it, and it is part of what the source reports. A participle of speaking or knowing is the speaker's own act
("…, police said, adding that nobody was hurt"; "…, officials said, citing the weather").

Example:
    >>> content_before_report(doc[18], doc[20]).text  # "… struck …, the USGS said, sending …"  # doctest: +SKIP
    'struck'
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.verb_classes import REPORTING_VERBS

# The verbs of a report told after its content ("…, officials said", "…, the agency reported").
_REPORT_TAILS = frozenset({"say", "report", "tell", "state", "confirm", "announce"})


def content_before_report(report: Token, participle: Token) -> Token | None:
    """The content clause before ``report`` that ``participle`` (a participle clause hung on the report, after it)
    goes on from, or None (see the module's docstring)."""
    if report.lemma_.lower() not in _REPORT_TAILS or participle.i < report.i \
            or participle.lemma_.lower() in REPORTING_VERBS:
        return None
    return next((c for c in report.children if c.dep_ == "ccomp" and c.i < report.i), None)
