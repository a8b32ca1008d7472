"""A participle that opens the last item of a list of nouns, read by the parser as a verb.

In "looked for the same strains in sewage, dairy farm slurry, human faeces, and contaminated foods"
the small English model tags "contaminated" a past tense and joins it to "looked" as a second act
with "foods" for object, so that the scientists "contaminated foods". English closes a list of three
or more nouns with ", and" (or ", or") before its last item; when the word after that ", and" is a
past form with a noun right after it and no subject or auxiliary of its own, and the word before the
comma is a noun the parser already joined to the list, still open (no "and" of its own yet), the
past form modifies the list's last noun, as when the noun right after it modifies that object ("…, extreme
gender ideology, and woke DEI initiatives": "woke" is tagged the past of "wake"). A list closed before ("bought apples and pears, and ate
them") leaves a real verb conjunct alone.

A middle item of such a list, after a comma alone, can open with a participle too ("various indicators of
chronic disease, including reduced testosterone levels in boys, increased inflammation, altered kidney and liver
function, and increased sleep problems": "altered" is tagged a past tense and joined to "found", so that the
studies "altered" kidney function): a past form right after the comma of an open list of nouns, with no subject or
auxiliary of its own, whose object is all the words up to the next comma, modifies that object.

A gerund can be that last item itself: in "has led me to build across very different sectors:
fashion, digital assets, publishing, accessories, skincare, commercial television, and of course,
filmmaking" the model tags "filmmaking" a verb and joins it to "led", as if the mindset that led her
also made films. A gerund after the list's ", and" with nothing of a verb's own (no object, subject,
auxiliary or clause; an aside such as "of course" may come between) names the last activity of the
list (:func:`gerund_closes_noun_list`).

So can a gerund among the examples of a "such as" list: in "charged with serious crimes such as arson, assaulting
federal officers, and resisting arrest" the model makes "assaulting" a clause of the sentence, as if those charged
had assaulted officers. A gerund right after the comma that follows an item of "such as", with no subject or
auxiliary of its own, in a list that goes on and closes with "and" or "or", names one more kind of act
(:func:`gerund_in_examples`).

The parser may also take the list's last item for the subject of a clause of its own: in "hosted a roundtable …
with Members of Congress, Survivors of Non-Consensual Intimate Imagery (NCII), and online safety advocates for a
discussion focused on promoting online protection" it gives the ", and" to "hosted" and makes "advocates" the
subject of "focused", tagged a past participle, so that the advocates "focused". A past participle with a subject
that opens right after the ", and" (or ", or") of an open list of nouns, with no auxiliary, describes the noun
before it ("a discussion focused on …"); the subject is the list's last item (:func:`participle_after_noun_list`).

Example:
    >>> closes_noun_list(doc[31])  # "…, human faeces, and contaminated foods"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

_NOUNS = ("NOUN", "PROPN")


def _open_list_before(comma: Token) -> bool:
    """Whether the word before ``comma`` is a noun the parser joined to a list of nouns still open."""
    if comma.text != "," or comma.i == 0:
        return False
    noun = comma.doc[comma.i - 1]
    if noun.pos_ not in _NOUNS or noun.dep_ != "conj" or noun.head.pos_ not in _NOUNS:
        return False
    return _first_of_open_list(noun) is not None


def _first_of_open_list(noun: Token) -> Token | None:
    """The first noun of the list ``noun`` was joined to, walking its conjuncts back while their heads are
    nouns; None when an "and" or "or" already closes the list."""
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in _NOUNS:
        if any(c.dep_ == "cc" for c in first.head.children):
            return None
        first = first.head
    return first


def gerund_closes_noun_list(verb: Token) -> bool:
    """Whether a gerund joined as a conjunct verb is itself the last item of an open list of nouns
    (see the module's docstring)."""
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or verb.head.i > verb.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "ccomp", "xcomp", "attr") for c in verb.children):
        return False
    doc = verb.doc
    k = verb.i - 1
    # an aside between the coordinator and the gerund ("and of course, filmmaking") hangs on the gerund
    while k > 0 and (doc[k].head.i == verb.i or doc[k].head.head.i == verb.i) and doc[k].lower_ not in ("and", "or"):
        k -= 1
    if k < 2 or doc[k].lower_ not in ("and", "or"):
        return False
    return _open_list_before(doc[k - 1])


def closes_noun_list(verb: Token) -> bool:
    """Whether a past form joined as a conjunct verb opens the last item of an open list of nouns
    (see the module's docstring)."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN") or verb.i < 3 or verb.i + 1 >= len(verb.doc):
        return False
    doc = verb.doc
    comma, coordinator, following = doc[verb.i - 2], doc[verb.i - 1], doc[verb.i + 1]
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    if coordinator.text == "," and _open_list_before(coordinator):
        # a middle item, after a comma alone: "…, increased inflammation, altered kidney and liver function, and …"
        return _object_right_after(verb)
    if coordinator.lower_ not in ("and", "or") or not _open_list_before(comma):
        return False
    if following.pos_ in _NOUNS and following.head.i == verb.i and following.dep_ == "dobj":
        return True
    # the noun right after it may modify the item's head ("…, extreme gender ideology, and woke DEI initiatives")
    noun = following.head
    return following.pos_ in _NOUNS and following.dep_ in ("compound", "nmod") and noun.i > following.i \
        and noun.pos_ in _NOUNS and noun.dep_ == "dobj" and noun.head.i == verb.i \
        and all(doc[k].head.i == noun.i for k in range(following.i, noun.i))


def _object_right_after(verb: Token) -> bool:
    """Whether the words right after ``verb`` up to a comma or the end are one noun phrase, its direct object
    ("altered kidney and liver function"), and a comma closes that phrase."""
    doc = verb.doc
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in _NOUNS]
    if len(objects) != 1:
        return False
    noun = objects[0]
    words = range(verb.i + 1, noun.i + 1)
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != "," or not words:
        return False
    if not all(doc[k].i == noun.i or noun in doc[k].ancestors for k in words):
        return False
    # the list goes on with a noun's item after it ("…, and increased sleep problems"); a verb after it makes a
    # series of acts ("They crossed deserts, scaled mountains, braved untold dangers, won the Wild West, …")
    after = doc[noun.i + 2]
    if after.lower_ in ("and", "or") and after.i + 1 < len(doc):
        after = doc[after.i + 1]
    return after.pos_ in _NOUNS or (after.dep_ in ("amod", "compound", "det", "nummod") and after.head.pos_ in _NOUNS)


def _in_such_as_list(noun: Token) -> bool:
    """Whether ``noun`` is an item of a "such as" list still open ("serious crimes such as arson, …"): the object of
    an "as" right after "such", or joined to that object with no "and" or "or" yet."""
    while noun.dep_ == "conj" and noun.head.pos_ in _NOUNS:
        if any(c.dep_ == "cc" for c in noun.head.children):
            return False  # a list closed before ("groups, such as Hezbollah and Hamas, creating …")
        noun = noun.head
    preposition = noun.head
    return noun.dep_ == "pobj" and preposition.lower_ == "as" and preposition.i > 0 \
        and preposition.doc[preposition.i - 1].lower_ == "such"


def gerund_in_examples(verb: Token) -> bool:
    """Whether a gerund right after the comma of a "such as" list, with no subject or auxiliary of its own, is one
    more of the list's examples, which goes on and closes with "and" or "or" ("charged with serious crimes such
    as arson, assaulting federal officers, and resisting arrest"): it names a kind of act, no act told."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i < 3 or doc[verb.i - 1].text != "," or doc[verb.i - 2].pos_ not in _NOUNS:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return False
    if not _in_such_as_list(doc[verb.i - 2]):
        return False
    # the item after the coordinator is a gerund or a noun's, not a verb of the clause ("…, saying they were
    # rising, and promised more police": the mayor's acts)
    coordinators = [t for t in verb.subtree if t.dep_ == "cc" and t.lower_ in ("and", "or")
                    and (t.head.i == verb.i or t.head.head.i == verb.i)]
    after = verb.right_edge.i + 1
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ in ("and", "or"):
        coordinators.append(doc[after + 1])
    return any(c.i + 1 < len(doc) and (doc[c.i + 1].tag_ == "VBG" or doc[c.i + 1].pos_ in ("NOUN", "ADJ"))
               for c in coordinators)


def participle_after_noun_list(verb: Token) -> bool:
    """Whether a past participle joined as a conjunct verb has for subject the last item of an open list of nouns
    (see the module's docstring): it describes a noun, no act told."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.head.i > verb.i:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in _NOUNS), None)
    if subject is None or subject.left_edge.i < 2:
        return False
    doc = verb.doc
    coordinator = doc[subject.left_edge.i - 1]
    if coordinator.lower_ not in ("and", "or") or coordinator.i < 2 or doc[coordinator.i - 1].text != ",":
        return False
    # the item before the comma, whose phrase may close with a parenthesis ("Survivors of … Imagery (NCII),")
    item = doc[coordinator.i - 2]
    for _ in range(6):
        if item.dep_ == "conj" or item.head.i == item.i or item.head.right_edge.i >= coordinator.i:
            break
        item = item.head
    return item.dep_ == "conj" and item.right_edge.i >= coordinator.i - 2 and _open_list_after(item)


def _open_list_after(item: Token) -> bool:
    """Whether a noun the parser joined to a list of nouns is in a list with no "and" or "or" of its own yet."""
    if item.pos_ not in _NOUNS:
        return False
    first = _first_of_open_list(item)
    return first is not None and first.dep_ != "conj"
