"""Numbers and currencies that the small model takes into names or for names: "acquired by Red Hat 7 or 8
years ago" ("Red Hat 7", ORG), "defeated Caboolture 43–5" ("Caboolture 43–5", ORG), "their Round 4 Sunshine
Coast Rugby Union match" ("Round 4 Sunshine Coast Rugby Union", LAW), "spent thousands of Euros" ("Euros",
PERSON).

A number right after a name that "or" or "to" and a second number follow counts something with that second
number ("7 or 8 years", "2 to 1"): it is no part of the name, whose number would stand alone. And a
currency's name after an amount ("thousands of Euros", "50 Dollars") names no person, body or place. A score
(two numbers joined by a dash) after a team's name, and a numbered stage of a competition before a body's,
belong to the match, not to the name; a grade on a scale and its number ("a Category 3 storm") is no name; and a
temperature's scale after "degree(s)" or a number ("90 degree Fahrenheit water temperatures", round entities63,
GPE to the model) is a unit, no place. :func:`quantities_off_names` mends all six.

Example:
    >>> [e.text for e in quantities_off_names(list(doc.ents))]  # "… acquired by Red Hat 7 or 8 years ago"  # doctest: +SKIP
    ['Red Hat', '8 years ago']
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER
from spacy.tokens import Span

from toolkit.nlp.lexicon import NAME_LABELS, ORG_HEADS
from toolkit.nlp.lookups import indices_of

# The currencies of the world's largest economies and of the news, singular and plural: a closed class.
_CURRENCIES = frozenset("""euro euros dollar dollars pound pounds yen yuan renminbi rupee rupees rouble roubles ruble
    rubles peso pesos franc francs lire reais shekel shekels dinar dinars dirham dirhams riyal
    riyals ringgit baht krona kronor krone kroner zloty forint hryvnia naira shilling shillings""".split())  # (not
# "rand", "real", "won", "lira": a body, a club, given names)
_RANGE_WORDS = frozenset({"or", "to"})
# Words right before a currency's name that make it an amount ("thousands of Euros", "in dollars").
_AMOUNT_WORDS = frozenset({"of", "in", "thousand", "thousands", "million", "millions", "billion", "billions"})
# A match's score written as one word, two numbers joined by a dash ("Maroochydore defeated Caboolture 43–5"):
# it follows a team's name and is never part of one (a year range "2019–20" has a four-digit first number).
_SCORE = re.compile(r"\d{1,3}[–-]\d{1,3}")
# The stages of a competition, numbered: "their Round 4 Sunshine Coast Rugby Union match" — the stage and its
# number open the match's description, not the name of the body after them (a closed class of sports words).
_STAGES = frozenset({"round", "week", "stage", "matchday", "leg", "heat"})
# Grades on a scale, numbered: "a Category 3 storm", "Level 4 restrictions" ("Category 3", NORP) — a degree of
# something, no name of its own.
_GRADES = frozenset({"category", "level", "grade"})
# The scales of temperature (a closed class): after "degree(s)" or a number, a unit ("90 degree Fahrenheit",
# "40 Celsius"), not the people they are named after ("Kelvin Smith" keeps its name).
_TEMPERATURE_SCALES = frozenset({"fahrenheit", "celsius", "centigrade", "kelvin"})
_DEGREE_WORDS = frozenset({"degree", "degrees", "°"})


def quantities_off_names(ents: list[Span]) -> list[Span]:
    """Cut a counting number ("Red Hat 7 or 8 years ago" → "Red Hat") or a score ("Caboolture 43–5") off the
    end of a name, a numbered stage of a competition off its start ("Round 4 Sunshine Coast Rugby Union"), and
    drop a lone currency's name ("thousands of Euros").

    Args:
        ents: entity spans in document order, none overlapping.
    """
    if not ents:
        return ents
    stages = set(indices_of(ents[0].doc, LOWER, _STAGES))  # (from the Doc's array: most texts have none)
    out = []
    for ent in ents:
        doc, end = ent.doc, ent.end
        if (ent.start in stages and len(ent) >= 4 and ent[0].is_title and ent[1].is_digit
                and all(t.is_title for t in ent[2:])):
            # "Round 4 Sunshine Coast Rugby Union": the rest is the body (the model's label, a law or an event
            # for the stage's sake, gives way to a body's head word)
            label = "ORG" if ent[-1].lower_ in ORG_HEADS else ent.label_
            ent = Span(doc, ent.start + 2, end, label=label)
        if ent.label_ not in NAME_LABELS:
            out.append(ent)
            continue
        if len(ent) == 2 and ent[0].is_title and ent[0].lower_ in _GRADES and ent[1].like_num:
            continue  # "a Category 3 storm": a grade on a scale
        if len(ent) == 1 and ent[0].lower_ in _CURRENCIES and ent.start > 0 and (
                doc[ent.start - 1].like_num or doc[ent.start - 1].lower_ in _AMOUNT_WORDS):
            continue  # "thousands of Euros", "50 Euros": money, no one (not "Pound wrote", a surname)
        if len(ent) == 1 and ent[0].lower_ in _TEMPERATURE_SCALES and ent.start > 0 and (
                doc[ent.start - 1].like_num or doc[ent.start - 1].lower_ in _DEGREE_WORDS):
            continue  # "90 degree Fahrenheit water temperatures": a unit
        if (len(ent) >= 2 and ent[-1].is_digit and not ent[-2].is_digit and end + 1 < len(doc)
                and doc[end].lower_ in _RANGE_WORDS and doc[end + 1].like_num):
            ent = Span(doc, ent.start, end - 1, label=ent.label_)  # "Red Hat 7 or 8 years": the 7 counts years
        elif (end - ent.start >= 2 and not doc[end - 1].is_alpha and _SCORE.fullmatch(doc[end - 1].text)
              and doc[end - 2].is_alpha):
            ent = Span(doc, ent.start, end - 1, label=ent.label_)  # "Caboolture 43–5": the score, not the team
        out.append(ent)
    return out
