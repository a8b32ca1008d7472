"""Run-in headings: a title in capitals and a colon that open a paragraph, set in its first line.

Fact sheets and press releases open a paragraph with its topic in title case and a colon, and run
the text on after it: "Ending Costly Bureaucracy: The Administration suspended enforcement of …",
"Putting Americans First: SBA implemented critical reforms …", "Protecting Franchises: The Trump
Administration terminated …". When the title is a gerund phrase the small English model parses it
as a participle clause of the sentence (``advcl``), and the sentence's subject would "end costly
bureaucracy" or "protect franchises": a label the writer put over the paragraph, no act of the
text. The grammar of a heading tells it apart, with no list of verbs: the gerund is the first word
of its sentence, a colon closes its phrase within a few words, and every word up to the colon is
capitalised but the short function words title case leaves in lower case ("for", "of", "the").
A participle clause of running text is in lower case ("Citing its size, officials …") and ends
with a comma, not a colon.

A heading of one noun ("Preservation: Existing procedures … will ensure …") and a dateline ("WASHINGTON, D.C.
– Today, First Lady Melania Trump … hosted") are parsed instead as the sentence's subject, with the real subject
hung on them as an apposition: :func:`mend_labels_read_as_subjects` gives the verb its subject back. A dateline of
places and a colon ("New Delhi / Mumbai: An Indian warship foiled …") is parsed as the sentence's root, the clause
after it hung on the last place as a modifier: :func:`mend_clauses_read_as_label_modifiers` makes the clause the
sentence again.

Example:
    >>> run_in_heading(doc[0])  # "Ending Costly Bureaucracy: The Administration suspended …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from toolkit.nlp.lookups import indices_where

# The most words a run-in heading holds after its gerund ("Expanding Access to Family Care in 19 States
# Through Fostering the Future-Aligned Partnerships:" holds 15 tokens after it).
_HEADING_WORDS = 16

# Marks a title joins its words with: "Future-Aligned", "Research & Development", "Youth/Family".
_TITLE_JOINERS = frozenset({"-", "&", "/", "’s", "'s"})


def _title_word(word: Token) -> bool:
    """Whether ``word`` is written as in a title: capitalised, a short function word, a number ("in 19
    States") or a mark that joins a title's words ("Future-Aligned")."""
    return word.text[:1].isupper() or (word.is_stop and len(word.text) <= 4 and word.text.isalpha()) \
        or word.text.isdigit() or word.text in _TITLE_JOINERS


def run_in_heading(verb: Token) -> bool:
    """Whether ``verb`` is the gerund that opens a run-in heading ("Protecting Franchises: …")."""
    if verb.tag_ != "VBG" or not verb.is_sent_start or not verb.text[:1].isupper():
        return False
    doc = verb.doc
    for k in range(verb.i + 1, min(verb.i + 1 + _HEADING_WORDS, len(doc))):
        word = doc[k]
        if word.text == ":":
            return k > verb.i + 1 and k + 1 < len(doc)  # a heading names something and heads some text
        if not _title_word(word):
            return False
    return False


# Marks that close a label opening a sentence: a heading's colon, a dateline's dash.
_LABEL_MARKS = frozenset({":", "–", "—", "--"})

# The most tokens between a label and its mark: "WASHINGTON, D.C. –" (a place and its state).
_LABEL_WORDS = 3


def _label_mark(label: Token) -> Token | None:
    """The colon or dash that closes a capitalised word opening its sentence, as a label ("Preservation:",
    "WASHINGTON –", "WASHINGTON, D.C. –"), or None. Only a place after a comma may stand between (the
    dateline's state); a dash closes only a dateline, a place in capitals."""
    doc = label.doc
    for k in range(label.i + 1, min(label.i + 2 + _LABEL_WORDS, len(doc))):
        word = doc[k]
        if word.text in _LABEL_MARKS:
            if word.text != ":" and not (label.text.isupper() and label.ent_type_ in ("GPE", "LOC")):
                return None
            return word
        if not (word.text == "," or (word.head.i == label.i and word.dep_ == "appos" and word.ent_type_ == "GPE")):
            return None
    return None


def mend_labels_read_as_subjects(doc: Doc) -> Doc:
    """Give a sentence its subject back where the parser took a label before a colon or a dash for it.

    A run-in heading of one word ("Preservation: Existing procedures and cooperation … will ensure …") and
    a dateline ("WASHINGTON, D.C. – Today, First Lady Melania Trump, … hosted a roundtable") open their
    sentence, capitalised, and a colon or a dash closes them; the small model makes the label the verb's
    subject and hangs the real subject on it as an apposition after the mark, so the heading would "ensure"
    and the city "host". The first apposition after the mark is the subject; the label hangs on the verb
    as an unlabelled dependant. A phrase set off between two dashes ("Trump — the former president —
    said") is an apposition of a subject, not a label: a second dash or colon before the verb keeps the
    parse. Only the subjects that open a sentence are looked at. The parse is changed in place; the doc is
    returned.
    """
    for i in indices_where(doc, dep=("nsubj", "nsubjpass")):
        label = doc[i]
        if not label.is_sent_start or not label.text[:1].isupper() or (mark := _label_mark(label)) is None:
            continue
        verb = label.head
        subject = next((c for c in label.children if c.dep_ == "appos" and c.i > mark.i), None)
        if subject is None or verb.i <= subject.right_edge.i \
                or any(doc[k].text in _LABEL_MARKS for k in range(subject.right_edge.i + 1, verb.i)):
            continue
        subject.head, subject.dep_ = verb, label.dep_
        label.head, label.dep_ = verb, "dep"  # "WASHINGTON –", "Preservation:": no actor
    return doc


# The words of a dateline's places are joined by these ("New Delhi / Mumbai:", "LONDON, England:").
_PLACE_JOINERS = frozenset({"/", ",", "&", "and"})


def mend_clauses_read_as_label_modifiers(doc: Doc) -> Doc:
    """Make a sentence's clause its root again where the parser took a dateline for the root.

    A paragraph may open with its places and a colon or a dash and run its first sentence on ("New Delhi / Mumbai:
    An Indian warship foiled a five-boat pirate attack …"); the small model makes the last place the root and hangs
    the verb after the mark on it as a modifier (``acl``), so no clause of the sentence would tell the attack. Where
    the root opens the sentence, every word before the mark is a place's (a place name, or a slash, comma, "&" or
    "and" between two), and a verb after the mark has a subject of its own after the mark, that verb is the root
    and the places hang on it as an unlabelled dependant. The parse is changed in place; the doc is returned.
    """
    for sent in doc.sents:
        root = sent.root
        mark = next((t for t in doc[sent.start : min(sent.end, sent.start + 8)] if t.text in _LABEL_MARKS), None)
        if mark is None or root.i >= mark.i or not doc[sent.start].text[:1].isupper() \
                or not all(t.ent_type_ in ("GPE", "LOC") or t.text in _PLACE_JOINERS for t in doc[sent.start : mark.i]):
            continue
        verb = next((c for c in root.children if c.i > mark.i and c.dep_ in ("acl", "relcl", "appos", "dep")
                     and c.pos_ in ("VERB", "AUX")
                     and any(g.dep_ in ("nsubj", "nsubjpass") and g.i > mark.i for g in c.children)), None)
        if verb is None:
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "dep"  # the dateline: no actor
    return doc


def mend_datelines_before_hyphens(doc: Doc) -> Doc:
    """Cut a dateline closed by a spaced hyphen off the sentence's subject.

    Wire copy typed on a plain keyboard closes its dateline with a hyphen between spaces ("ATHENS, Greece - Three
    people died …"); the small model reads that hyphen as a word's and makes the place a modifier of the subject
    ("Greece - Three people") or a second subject. Where a sentence opens with a place in capitals, a region or
    state after a comma or not, and then " - ", and the verb's subject follows the hyphen, the words before it hang
    on the verb as an unlabelled dependant (no actor), as a dash's dateline does. The parse is changed in place; the
    doc is returned.
    """
    for sent in doc.sents:
        first = doc[sent.start]
        hyphen = next((t for t in doc[sent.start + 1 : min(sent.end, sent.start + 2 + _LABEL_WORDS)]
                       if t.text == "-" and t.whitespace_ and doc[t.i - 1].whitespace_), None)
        if hyphen is None or not (first.is_upper and first.is_alpha and len(first) > 2) \
                or not all(t.text == "," or t.text[:1].isupper() for t in doc[sent.start : hyphen.i]):
            continue
        root = sent.root
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > hyphen.i]
        if root.i <= hyphen.i or not subjects:
            continue
        for token in doc[sent.start : hyphen.i + 1]:
            if token.head.i < sent.start or token.head.i > hyphen.i or token.head.i == token.i:
                token.head, token.dep_ = root, "punct" if token.i == hyphen.i else "dep"
    return doc
