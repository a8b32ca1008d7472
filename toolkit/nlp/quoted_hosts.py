"""A participle outside a quotation that the parser hung on a verb inside it: the narration's, no act of the quote.

"Speaking to NBC News, she said, "His fellow journalists did their best …"" (Wikinews, 2019): the small parser makes
the quoted "did" the sentence's head and hangs both "said" and the fronted "Speaking" on it, so the participle took
the quotation's subject ("his fellow journalists speak"). English does not let a participle set off before a sentence
take its subject from words the speaker says inside quotation marks: a participle outside the marks belongs to the
narration's clause, and a participle of speaking before "she said" only frames the quotation (as "Speaking to BBC
Sport, he said …" does, which no gold lists). So a participle (``advcl``, "-ing", no subject of its own) outside the
quotation whose head is a verb inside it, whose subject is quoted words after the participle, tells no act.

Not so: a participle after the quotation ('Sanders said …, "I do not make this decision lightly", calling it a
"difficult and painful decision"': the speaker goes on, and his act is told), a participle inside the quotation ("…, "We left, fearing the worst"": the speaker's words, read as quoted), a
participle on a narrated verb ("Speaking to reporters, she announced …"), a finite verb.

Example:
    >>> hung_on_quotation(doc[0], inside)   # 'Speaking to NBC News, she said, "His fellow journalists did …"'  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token


def hung_on_quotation(verb: Token, inside: set[int]) -> bool:
    """Whether a participle outside quotation marks is hung on a verb inside them (see the module's docstring)."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i in inside or verb.head.i not in inside:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    # the subject it would take: the quoted verb's, inside the marks and after the participle ('…, "I do not make this
    # decision lightly", calling it …': a participle after the quotation goes on with its speaker, who said it)
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i in inside and c.i > verb.i for c in verb.head.children)
