"""Mends of a bare verb the small model joined to a tensed verb it cannot be coordinated with.

Conjoined verbs share one form: a list of bare verbs ("will lead security operations, support
comprehensive demilitarization, and enable the safe delivery …") goes with the auxiliary or the
"to" of its first member. The small English model often hangs the later members of such a list
on the sentence's main verb instead, a past or a passive ("Jeffers has been appointed Commander …,
where he will lead …, support …, and enable …"; "Hitler ordered a massive offensive …, aiming to
split the Allied lines, capture a vital port, and force peace negotiations"): the bare verbs then
read as acts of the main clause, done, when they are what the commander will do or what the
offensive aimed at. A rule of English: a base form (``VB``) is no conjunct of a past (``VBD``), a
participle (``VBN``) or a third-person present (``VBZ``); when a bare verb with an auxiliary or a
"to" of its own lies between the two, the base form is that verb's conjunct, the next member of
its list. :func:`mend_bare_conjuncts` hangs it there, with the commas and the coordinator before
it, so that it takes that verb's modality, negation and subject, or is the same goal.

When no such verb lies between them, the tensed verb may head the object clause of a bare verb with
its own auxiliary ("She did not know what address her house was or know the date"): the base form
lists with that bare verb, and shares its "did not".

A present in ``VBP`` ("we support and enable") looks like a base form and is left as it is, as
is a bare verb with no such member before it (an imperative, a tagging slip).

The same holds the other way round: a past (``VBD``) is no conjunct of a verb under a modal. In
"America’s resounding victory at Chippawa will forever be remembered as the moment that the United
States Army took its place among the great armies of the world, and showed itself to be capable …"
the model hangs "showed" on "will … be remembered", and the victory would show itself, in the
future; the past "took" between them is the verb "showed" lists with, the Army's act.

Nor does a past joined to a verb under a modal share the modal, when no past lies between them to
list with: a modal takes a bare verb or "have" with a participle, never a past, so the past is a
clause of its own with the subject of the first ("Richard Nixon would have faced impeachment over
the Watergate scandal but resigned before any impeachment vote": he resigned, no "would";
:func:`shares_modal`), nor the "not" the modal carries ("Bolton said he would not vote for Trump or
Biden but planned to write-in an alternate candidate": he did plan).

A bare verb right after an infinitive's phrase and a comma is the next member of that infinitive's
list, though the model may make it the sentence's main verb: in "The lessons I learned when launching
my earliest ventures, such as how to build a brand, create superior product design, and activate an
advertising campaign, remain just as relevant today" it reads "The lessons … create superior product
design" (tagged ``VB``, a base form, not the present ``VBP``), and "activate" its conjunct. A base
form with a subject but no auxiliary or "to" of its own, whose nearest verb before it, across just a
comma, is a "to"-infinitive ending there, is one more thing to do, no act
(:func:`listed_after_infinitive`); a participle that modifies a noun inside that phrase ("a scam projected to
cost American families over $20,000 in lost income, eliminate hundreds of thousands of jobs, and inflict …")
does not end it. A base form without a subject there ("will work to finalize the
Agreement, prepare the Agreement for signature, and undertake …") may list with the modal's verb as
well, and stays.

Nor is a tensed verb a conjunct of a "to"-infinitive: in "he has arranged for 3000 of the National Guard to be
available and has search and rescue teams at the ready and has requested U.S. President Donald Trump declare …" the
model hangs "has" on "to be", so that the request would be part of what was arranged for; a tensed verb with no
subject of its own joined to an infinitive lists with the tensed verb above the infinitive ("has arranged"), and
shares its subject (:func:`_tensed_member`).

Example:
    >>> doc = mend_bare_conjuncts(nlp("Hitler ordered an offensive, aiming to split the lines, "
    ...                               "capture a port, and force talks."))  # doctest: +SKIP
    >>> [(t.text, t.head.text) for t in doc if t.text in ("capture", "force")]
    [('capture', 'split'), ('force', 'capture')]
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from toolkit.nlp.lookups import indices_where

# Forms a bare verb cannot be coordinated with (a gerund or present participle neither: "highlighting 10
# achievements made to expand opportunities, strengthen …" lists "strengthen" with "expand").
_TENSED = frozenset({"VBD", "VBN", "VBZ", "VBG"})

# What makes a bare verb the head of a list of bare verbs: "to" or a modal.
_BARE_MARKERS = frozenset({"TO", "MD"})


def _bare_member(verb: Token) -> Token | None:
    """The bare verb with its own "to" or modal between ``verb``'s tensed head and ``verb``, the
    nearest one, if ``verb`` is a bare conjunct of a tensed verb with nothing of its own."""
    head = verb.head
    if (head.tag_ not in _TENSED and not _present_read_as_plural(head)) or head.i >= verb.i \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    doc = verb.doc
    for k in range(verb.i - 1, head.i, -1):
        word = doc[k]
        if word.tag_ == "VB" and word.pos_ == "VERB" \
                and any(c.tag_ in _BARE_MARKERS and c.dep_ == "aux" for c in word.children):
            return word
        if _bare_that_clause(word, head):
            return word  # "demands that we once again take up his torch, summon his courage, …"
    governor = head.head
    if head.dep_ == "ccomp" and governor.tag_ == "VB" and governor.pos_ == "VERB" and governor.i < head.i \
            and any(c.dep_ == "aux" and (c.tag_ in _BARE_MARKERS or c.lemma_ == "do") for c in governor.children):
        # "She did not know what address her house was or know the date": the tensed verb is that of
        # the bare verb's object clause, and the bare verb above it is the one the base form lists with
        return governor
    return None


def _present_read_as_plural(head: Token) -> bool:
    """Whether a main verb with a subject was tagged as a plural noun ("This historic milestone demands"):
    a third-person present all the same."""
    return head.tag_ == "NNS" and head.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in head.children)


def _bare_that_clause(word: Token, head: Token) -> bool:
    """Whether ``word`` heads a "that" clause of ``head`` with a subject of its own and a bare verb, the
    subjunctive of a demand or a wish ("demands that we … take up his torch") that later bare verbs list with."""
    return word.dep_ == "ccomp" and word.head.i == head.i and word.tag_ in ("VB", "VBP") and word.pos_ == "VERB" \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in word.children) \
        and any(c.dep_ == "nsubj" for c in word.children)


def _past_member(verb: Token) -> Token | None:
    """The past tense nearest before ``verb`` and after its head, if ``verb`` is a past conjunct, with nothing of its
    own, of a verb under a modal ("will … be remembered …, and showed") or of a simple present ("Her latest stay …
    comes after Lohan rear-ended a truck …, and then lied to police": a past lists with a past)."""
    head = verb.head
    if head.i >= verb.i or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    present = head.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in head.children)
    if not present and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return None
    doc = verb.doc
    for k in range(verb.i - 1, head.i, -1):
        word = doc[k]
        if word.tag_ == "VBD" and word.pos_ == "VERB" and word.dep_ not in ("amod", "conj"):
            return word
        if present and word.tag_ == "VBN" and word.pos_ == "VERB" and word.dep_ == "advcl" \
                and any(c.dep_ == "nsubj" for c in word.children) \
                and not any(c.dep_ in ("aux", "auxpass") for c in word.children):
            return word  # "comes after Lohan rear-ended a truck …, and then lied": a past the tagger misread
    return None


def _tensed_member(verb: Token) -> Token | None:
    """The tensed verb above a "to"-infinitive that ``verb``, a tensed conjunct of that infinitive with no subject
    of its own, lists with ("he has arranged for 3000 of the National Guard to be available and has search and
    rescue teams at the ready and has requested …": "has" lists with "has arranged", not with "to be")."""
    head = verb.head
    if head.i >= verb.i or head.tag_ != "VB" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in head.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    current = head
    for _ in range(6):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX") and current.i < head.i and (
                current.tag_ in ("VBD", "VBZ", "VBP")
                or (current.tag_ == "VBN" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP", "VBD")
                                                  for c in current.children))):
            return current if any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children) else None
    return None


def mend_bare_conjuncts(doc: Doc) -> Doc:
    """Hang each bare verb that the parser joined to a tensed one on the bare verb it lists with,
    and each past joined to a verb under a modal on the past it lists with (see the module's
    docstring). The parse is changed in place; the doc is returned."""
    for verb in [doc[i] for i in indices_where(doc, dep=("conj",), tag=("VB", "VBD", "VBZ"))]:  # (arrays: no Token per word)
        member = _bare_member(verb) if verb.tag_ == "VB" else (
            (_past_member(verb) if verb.tag_ == "VBD" else None) or _tensed_member(verb))
        if member is None:
            continue
        old = verb.head
        for k in range(member.right_edge.i + 1, verb.i):
            between = doc[k]
            if between.head.i == old.i and between.dep_ in ("punct", "cc"):
                between.head = member  # the list's commas and "and" go with it
        verb.head = member
    return doc


# How the parse hangs a participle on the noun it modifies ("lost income", "a scam projected …").
_NOUN_MODIFIERS = frozenset({"amod", "compound", "nmod"})


def _after_infinitive(verb: Token) -> bool:
    """Whether the base form ``verb``, with no auxiliary of its own, comes right after a comma that
    closes the phrase of a "to"-infinitive ("how to build a brand, create …")."""
    if verb.tag_ != "VB" or verb.i < 3 or any(c.dep_ == "aux" for c in verb.children):
        return False
    doc = verb.doc
    comma = doc[verb.i - 1]
    if comma.text != ",":
        return False
    for k in range(comma.i - 1, verb.sent.start - 1, -1):
        word = doc[k]
        if word.pos_ in ("VERB", "AUX") and word.dep_ not in _NOUN_MODIFIERS:
            # (a participle that modifies a noun, "over $20,000 in lost income", ends no verb's phrase)
            return word.tag_ == "VB" and word.right_edge.i == comma.i - 1 \
                and any(c.dep_ == "aux" and c.tag_ == "TO" for c in word.children)
    return False


def listed_after_infinitive(verb: Token) -> bool:
    """Whether a bare verb the parser made a clause of its own is a later member of a list of
    "to"-infinitives (see the module's docstring): the verb itself, or the first of the bare verbs
    it is a conjunct of ("…, create superior product design, and activate an advertising campaign")."""
    while verb.tag_ == "VB" and not _after_infinitive(verb):
        if verb.dep_ != "conj" or verb.head.i >= verb.i or verb.head.tag_ != "VB" \
                or any(c.dep_ == "aux" for c in verb.children):
            return False
        verb = verb.head
    # the parser gave it a subject of its own, which a base form with no auxiliary cannot take; a
    # conjunct of a verb under a modal ("will work to finalize …, prepare …") may list with either
    return verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children)


def shares_modal(verb: Token, first: Token) -> bool:
    """Whether the conjoined ``verb`` can share the modal of ``first``, the conjunct whose auxiliaries
    it takes: not when it is a past, which no modal takes ("would have faced … but resigned"), joined
    by a coordinator; a "past" after a bare comma is more often a participle the tagger misread ("would
    immediately sign the renewal of the Voting Rights Act, renamed the John R. Lewis Voting Rights Act")."""
    if verb.tag_ != "VBD" or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in first.children):
        return True
    return not any(t.dep_ == "cc" and t.head.i in (first.i, verb.i) for t in verb.doc[first.i + 1:verb.i])
