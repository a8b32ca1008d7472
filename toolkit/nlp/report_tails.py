"""A report put after its content and read as an apposition and a conjunct: "…, the company's CEO said".

News puts who said it after what was said, set off by a comma and with no "that": "Volvo Cars may
move some production to the U.S. depending on tariffs imposed by President Donald Trump, the
company's CEO said on March 5." When the content ends on a name, the small model reads the
speaker as an apposition of that name ("Donald Trump, the company's CEO") and the verb of saying
as a conjunct of the content's verb, with no subject: the content then carries no report, and a
reader is told as fact what one person said. English joins two verbs of one subject with "and" or
"or"; a tensed verb of saying with no subject and no coordinator, right after a noun phrase set off
by a comma, is the report of the clause before, and that noun phrase is its speaker.
:func:`mend_reports_read_as_conjuncts` hangs the speaker on the verb of saying as its subject and
the content's clause on it as what was said (``ccomp``), as "…, its new CEO Simon Hunt said on
March 5" is parsed.

The model also reads a content without "that" as a conjunct of the sentence's first verb when the verb of
saying is itself one of a row of verbs: in "Some critics have seen this figure and claimed or implied the bill
increases spending" it hangs "increases" on "seen", and the bill's increase is told as fact. A verb of saying
with no content or object of its own, right before a clause with its own subject that the parser made a
conjunct of a verb of the same row, with nothing between, has that clause for content
(:func:`mend_contents_read_as_conjuncts`); English joins clauses with a coordinator or a comma, not by putting
them side by side. The same holds with a phrase of where or when the report was made between the verb and
the clause ("The fire service indicated on Twitter the baby girl was critically ill": Twitter is no object).

Wire copy also puts the verb of saying before its speaker, in the middle of a sentence: "The bomb was
placed on a motorcycle, stated Minister of Information Moammar al-Eryani, and was left outside a
restaurant." The model reads the inverted verb as one more verb of a row with the content's subject and
the speaker as its object: the row then tells as fact what one source said, and the act after the aside
("was left") belongs to the verb of saying. A tensed verb of saying that cannot invert with an addressee
("stated", "said", "reported", "added"; not "told"), a conjunct of the sentence's main verb with no
subject, content or coordinator of its own, set off by a comma before it and a comma or the sentence's
end after its object, whose object names a speaker (a name, a title, a body: "the state news agency"),
is such an aside (:func:`mend_inverted_reports`): the object is its subject, the main clause its content,
and the verbs joined after the aside are the content's. "He visited the town, thanked the mayor, and
returned" keeps its row: "thank" is no verb of saying. Where the parser reads such an aside right ("…,
investigators have said, and should not have taken off"; "…, said a police spokesman, and was charged …"), it
still hangs the verbs after it on the verb of saying, whose speaker then does them: they go back to the content.

A report closing the sentence with a verb in the present ("…, Sky Sports News understands.", "…, reports in
Slovenia claim.") is the British press's way of citing itself or unnamed reports. The tagger, seeing a noun phrase
and then a word that is also a noun ("claims", "reports") or that it has never met after a name ("understands"),
reads the whole tail as one noun phrase, a conjunct or a preposition's object, and the content is told as fact. A
verb of saying or believing in the present, last in the sentence, right after a noun phrase set off by a comma
with nothing in it but names, nouns, their modifiers and prepositions, agreeing with that phrase's head in number
("understands" after a singular, "claim" after a plural), after a clause with a verb of its own, is the report of
that clause (:func:`mend_reports_read_as_nouns`).

A report closing a sentence of two clauses joined by a coordinator ("X fled before officers arrived, but witnesses
took note of the plate, the authorities said") covers both; the model makes the verb of saying a conjunct of the first
clause's verb with the second for content, and the first is told as fact
(:func:`mend_reports_after_coordinated_contents`).

Example:
    >>> doc = mend_reports_read_as_conjuncts(nlp("Volvo Cars may move production, the company’s CEO said."))  # doctest: +SKIP
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("CEO", "move")]
    [('CEO', 'nsubj', 'said'), ('move', 'ccomp', 'said')]
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from toolkit.nlp.lexicon import PERSON_TITLES, SPEECH_VERBS
from toolkit.nlp.lookups import forget, indices_of, indices_where
from toolkit.nlp.verb_classes import ADDRESSEE_VERBS, BODY_NOUNS, REPORTING_VERBS

# Dependencies that give a verb of saying a content or a subject of its own.
_OWN = frozenset({"nsubj", "nsubjpass", "expl", "ccomp", "dobj", "xcomp", "cc"})


def _apposed_speaker(verb: Token) -> Token | None:
    """The head of the noun phrase right before ``verb`` that the parser hung as an apposition, set off
    from the noun it describes by a comma, if there is one."""
    doc = verb.doc
    if verb.i == 0:
        return None
    last = doc[verb.i - 1]
    speaker = next((a for a in [last, *last.ancestors] if a.dep_ == "appos"), None)
    if speaker is None or speaker.i >= verb.i or max(t.i for t in speaker.subtree) != verb.i - 1:
        return None
    start = min(t.i for t in speaker.subtree)
    if start == 0 or doc[start - 1].text != "," or speaker.head.i >= start:
        return None
    return speaker if speaker.pos_ in ("NOUN", "PROPN") else None


def _main_verb_before(verb: Token) -> Token | None:
    """The sentence's main verb a conjunct verb of saying hangs on, when it comes before the verb with no
    coordinator between the two ("moved production and said …" is one subject's two acts); else None."""
    content = verb.head
    if content.dep_ != "ROOT" or content.pos_ not in ("VERB", "AUX") or content.i > verb.i:
        return None
    if any(c.dep_ in ("cc", "preconj") and content.i < c.i < verb.i for c in content.children):
        return None
    return content


def _make_report(verb: Token, speaker: Token, content: Token) -> None:
    """Re-hang the parse so that ``verb`` heads the sentence, ``speaker`` its subject, ``content`` what was said."""
    speaker.head = verb
    speaker.dep_ = "nsubj"
    verb.head = verb
    verb.dep_ = "ROOT"
    content.head = verb
    content.dep_ = "ccomp"


def mend_reports_read_as_conjuncts(doc: Doc) -> Doc:
    """Make a verb of saying read as a conjunct the report of its clause (see the module's docstring).

    A past or present tense of a verb of saying, a conjunct (``conj``) of a main clause's verb before
    it, with no subject, content or coordinator of its own and none between the two verbs, right after
    a noun phrase the parser hung as an apposition behind a comma: the noun phrase is its subject, it
    heads the sentence, and the main clause is its content. The parse is changed in place.
    """
    for i in indices_where(doc, dep=("conj",), tag=("VBD", "VBZ")):  # (found in one array: no loop over every token)
        verb = doc[i]
        if verb.lemma_.lower() not in SPEECH_VERBS:
            continue
        content = _main_verb_before(verb)
        if content is None or any(c.dep_ in _OWN for c in verb.children):
            continue
        speaker = _apposed_speaker(verb)
        if speaker is None:
            continue
        _make_report(verb, speaker, content)
    return doc


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def _row_of(verb: Token) -> list[Token]:
    """``verb`` and the verbs joined to it as conjuncts, the conjuncts' conjuncts too."""
    row, todo = [], [verb]
    while todo:
        v = todo.pop()
        row.append(v)
        todo.extend(c for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
    return row


def _setting_before(word: Token, start: int) -> Token | None:
    """The prepositional phrase that ends on ``word``, right before the clause beginning at ``start``, when it
    opens right after the verb it belongs to: where or when the report was made ("indicated on Twitter the baby
    girl was critically ill", "said on Monday the plant would close"), with nothing else between the verb and
    its content; None otherwise."""
    prep = next((a for a in word.ancestors if a.dep_ == "prep"), None) if word.dep_ == "pobj" else None
    if prep is None or prep.right_edge.i != start - 1 or prep.i != prep.head.i + 1:
        return None
    return prep


def mend_contents_read_as_conjuncts(doc: Doc) -> Doc:
    """Make a clause read as a conjunct the content of the verb of saying right before it (see the
    module's docstring).

    A tensed conjunct (``conj``) with a subject of its own and no coordinator, whose phrase begins
    right after a verb of saying or thinking with no content, object or coordinator after it, both of
    one row of conjoined verbs: the clause is that verb's content (``ccomp``). The parse is changed in place.
    """
    for i in indices_where(doc, dep=("conj",), tag=("VBD", "VBZ", "VBP", "MD")):  # (one array: no Token per word)
        clause = doc[i]
        subject = next((c for c in clause.children if c.dep_ in _SUBJECTS and c.i < clause.i), None)
        if subject is None or any(c.dep_ in ("cc", "preconj", "mark") and c.i < clause.i for c in clause.children):
            continue
        start = min(t.i for t in subject.subtree)
        if start == 0 or any(c.dep_ in ("cc", "punct") and c.i < clause.i for c in clause.head.children
                             if c.i > start):
            continue
        verb = doc[start - 1]
        setting = _setting_before(verb, start)
        if setting is not None:  # "indicated on Twitter the baby girl was critically ill"
            verb = setting.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING_VERBS or verb not in _row_of(clause.head) \
                or any(c.dep_ in ("ccomp", "dobj", "xcomp", "dative", "prep", "cc", "conj") and c.i > verb.i
                       and (setting is None or c.i not in (setting.i, clause.i)) for c in verb.children):
            continue
        clause.head = verb
        clause.dep_ = "ccomp"
    return doc


# Nouns that name who speaks for a source, besides bodies and titles ("said a spokesman", "reported witnesses").
_SPEAKER_NOUNS = BODY_NOUNS | PERSON_TITLES | frozenset(
    """spokesman spokeswoman spokesperson official source witness analyst expert broadcaster newspaper
    outlet media""".split())
_SPEAKER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Verbs of saying that English puts before their speaker ("…, said police", "…, wrote the agency");
# verbs that also take a person as object ("told", "thanked", "announced his successor") are left out.
_INVERTING = frozenset("""say state report add write claim explain note declare insist reply respond argue
    observe remark comment tweet""".split())


def _inverted_speaker(verb: Token) -> Token | None:
    """The object of ``verb`` that names its speaker, when the verb with it is an aside set off by
    commas or closing the sentence (see the module's docstring); None otherwise."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or verb.lemma_.lower() in ADDRESSEE_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or min(t.i for t in objects[0].subtree) != verb.i + 1:
        return None  # the speaker follows the verb at once
    speaker = objects[0]
    if not (speaker.ent_type_ in _SPEAKER_LABELS or speaker.lemma_.lower() in _SPEAKER_NOUNS):
        return None
    end = max(t.i for t in speaker.subtree) + 1
    if end < len(doc) and doc[end].text != "," and not (doc[end].is_punct and doc[end].is_sent_end):
        return None
    return speaker


def _return_later_acts(verb: Token) -> None:
    """Hang on the content the verbs joined after a report set off by commas inside it, which the parser read
    right but for them ("The suspect was arrested, said a police spokesman, and was charged …"; "… was not
    airworthy, investigators have said, and should not have taken off": charged and taken off, not said)."""
    doc = verb.doc
    content = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if content is None or speaker is None:
        return
    words = [t.i for t in speaker.subtree] + [verb.i] + [c.i for c in verb.children if c.dep_ == "aux"]
    first, last = min(words), max(words)
    # the report is one stretch between two commas: speaker then verb, or verb then speaker
    if first == 0 or doc[first - 1].text != "," or last + 1 >= len(doc) or doc[last + 1].text != "," \
            or first <= max(t.i for t in content.subtree) - 1:
        return
    later = [c for c in verb.children if c.i > last and c.dep_ in ("cc", "conj")]
    if any(c.dep_ == "conj" and any(g.dep_ in _SUBJECTS for g in c.children) for c in later):
        return  # "…, said police, and officers found …": a second sentence of the report's own
    for c in later:
        c.head = content


def mend_inverted_reports(doc: Doc) -> Doc:
    """Make a verb of saying put before its speaker mid-sentence the report of its clause (see the
    module's docstring).

    The speaker becomes the verb's subject, the verb heads the sentence with the main clause as its
    content (``ccomp``), and the verbs joined to the aside after the speaker ("…, and was left
    outside a restaurant") are hung back on the content. The parse is changed in place.
    """
    for i in indices_where(doc, dep=("conj", "ROOT"), tag=("VBD", "VBZ", "VBN")):  # (one array: no Token per word)
        verb = doc[i]
        if verb.lemma_.lower() not in _INVERTING:
            continue
        if verb.dep_ == "ROOT":
            _return_later_acts(verb)  # ("investigators have said": a participle)
            continue
        if verb.tag_ == "VBN":
            continue
        content = _main_verb_before(verb)
        if content is None or any(c.dep_ in _OWN and c.dep_ != "dobj" and c.i < verb.i for c in verb.children) \
                or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            continue
        speaker = _inverted_speaker(verb)
        if speaker is None:
            continue
        for later in [c for c in verb.children if c.i > speaker.i and c.dep_ in ("cc", "conj")]:
            later.head = content  # "…, and was left outside a restaurant": the content's next act
        _make_report(verb, speaker, content)
    return doc


# Verbs of saying and believing an outlet or a report closes a sentence with, in the present: the form as
# written → its base; "-s" forms after a singular subject, the base after a plural one.
_PRESENT_TAILS = {form: base for base in ("understand", "claim", "say", "report", "believe", "suggest", "insist",
                                          "allege", "reckon")
                  for form in (base, base + "s")} | {"says": "say"}
# What a noun phrase naming a source may hold: names, nouns, their modifiers and prepositions ("reports in
# Slovenia", "Sky Sports News", "the Athletic", "Italian outlet Corriere dello Sport").
_SOURCE_PHRASE_POS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "ADP", "NUM", "PART"})


def _source_before(word: Token) -> tuple[Token, list[Token]] | None:
    """The head of the noun phrase between a comma and ``word``, and the phrase's other tokens the parser hung on
    ``word`` or outside the phrase, when the phrase may name a source (see :func:`mend_reports_read_as_nouns`)."""
    doc = word.doc
    comma = next((i for i in range(word.i - 1, max(word.i - 9, 0) - 1, -1) if doc[i].text == ","), None)
    if comma is None or comma + 1 >= word.i or comma == 0:
        return None
    phrase = doc[comma + 1:word.i]
    if any(t.pos_ not in _SOURCE_PHRASE_POS for t in phrase) or phrase[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    inside = {t.i for t in phrase}
    loose = [t for t in phrase if t.head.i not in inside]  # hung outside the phrase or on ``word``
    if not loose or loose[0].pos_ not in ("NOUN", "PROPN"):
        return None
    head, rest = loose[0], loose[1:]
    for t in rest:  # each other loose word must be a preposition's object ("reports in Slovenia")
        if t.i == 0 or doc[t.i - 1].pos_ != "ADP" or doc[t.i - 1].i not in inside \
                or any(c.dep_ == "pobj" for c in doc[t.i - 1].children if c.i != word.i):
            return None
    plural = head.tag_ in ("NNS", "NNPS")
    if plural == word.lower_.endswith("s"):
        return None  # the verb agrees with its subject: "Reuters reports", "reports claim"
    return head, rest


def _closes(stop: Token) -> bool:
    """Whether a full stop ends its sentence (before the blank of a paragraph's end, too)."""
    doc = stop.doc
    return stop.is_sent_end or stop.i + 1 == len(doc) or doc[stop.i + 1].is_space or doc[stop.i + 1].is_sent_start


def mend_reports_read_as_nouns(doc: Doc) -> Doc:
    """Make a verb of saying or believing in the present that closes a sentence, read as a noun, the report of
    the clause before it (see the module's docstring): the noun phrase before it is its subject, the sentence's
    verb its content (``ccomp``). The parse is changed in place."""
    tails = set(indices_of(doc, LOWER, frozenset(_PRESENT_TAILS)))  # (the verbs' words, found in the arrays too)
    for i in indices_where(doc, tag=("NN", "NNS", "NNP", "NNPS")):  # (one array: no Token per word)
        if i not in tails:
            continue
        word = doc[i]
        base = _PRESENT_TAILS.get(word.lower_)
        if base is None or i + 1 >= len(doc) or doc[i + 1].text not in (".", "!") or not _closes(doc[i + 1]):
            continue
        found = _source_before(word)
        root = word.sent.root
        if found is None or root.i >= i or root.pos_ not in ("VERB", "AUX"):
            continue
        head, rest = found
        for t in rest:
            t.head, t.dep_ = doc[t.i - 1], "pobj"
        word.tag_, word.pos_, word.lemma_ = ("VBZ" if word.lower_.endswith("s") else "VBP"), "VERB", base
        forget(doc)  # (the Doc's kept TAG, POS and LEMMA columns no longer hold for this word)
        _make_report(word, head, root)
    return doc


def mend_reports_after_coordinated_contents(doc: Doc) -> Doc:
    """Make a report that closes a sentence of two clauses joined by a coordinator the report of both: "Mr.
    LaCalamita fled in his car before officers arrived, but witnesses took note of the license plate number, the
    authorities said."

    The model hangs the verb of saying on the first clause's verb as its conjunct, with the second clause for its
    content: the first clause then carries no report, and a reader is told as fact what the authorities said. A
    report set after its content, with its subject between the content and the verb, covers the whole sentence
    before it. A tensed verb of saying, a conjunct of the sentence's main verb, whose content (``ccomp``) and subject
    both come before it, in that order, is made the sentence's head, with the main verb for its content too. "He fled,
    and police said he was armed" keeps its parse: there the content comes after the verb of saying. The parse is
    changed in place."""
    for i in indices_where(doc, dep=("conj",), tag=("VBD", "VBZ", "VBP")):
        verb = doc[i]
        first = verb.head
        if verb.lemma_.lower() not in SPEECH_VERBS or first.dep_ != "ROOT" or first.pos_ not in ("VERB", "AUX") \
                or first.i > verb.i:
            continue
        contents = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(contents) != 1 or len(subjects) != 1 or not contents[0].i < subjects[0].i < verb.i \
                or not any(c.dep_ == "cc" and first.i < c.i < contents[0].i for c in first.children) \
                or any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > verb.i for c in verb.children):
            continue
        _make_report(verb, subjects[0], first)
    return doc
