"""A headline in title case: its capitals are the style's, and only its real names are names.

American outlets write a story's headline, and often the sub-headline under it, in title case: every word of four
letters or more capitalised, verbs and common nouns as well as names ("Trump Gives Putin 50 Days to Reach Deal or
Face Tariffs", "Russia Launches Largest Drone Attack of the War on Kyiv", "Rubio Meets Lavrov in Riyadh as U.S. and
Russia Move to Restore Ties"). The small model, which learnt names from their capitals, reads runs of such words as
names ("Russia Launches Largest Drone Attack" a body, "Rubio Meets Lavrov" a body), and the repairs extend a name
over a capitalised word before it ("Gives Putin" a person). A title-case headline is told by its place and
its shape alone (:func:`title_case_lines`): the first line of the text, and the sub-headline on the line after it,
with the story's text below them, short,
not ending like a sentence, whose words of four letters or more all open with a capital, and not written in capitals
throughout; a sentence-case headline ("Trump says Putin 'wants peace' after two-hour call") and running prose are
none, nor are title-case lines further down, where a heading, an address or a reference of a list stands ("Electrical
Engineering Department, Bataan Peninsula State University", "Austen, Jane. Pride and Prejudice").

In such a line a word's capital says nothing; the rest of the text and the language say whether it is a common word
(:func:`headline_names`). A word the text writes with a capital in its running prose, away from a sentence's start
("Putin", "Trump", "Witkoff"), a place the gazetteer knows ("Kyiv", "Russia"), a nationality ("Russian") and an
acronym ("NATO", "U.S.") are names' words. A word the text writes in small letters, by its form or an inflection
("Gives" beside "gave", "Largest Drone Attack" beside "its largest drone attack"), or an English verb's form in "-s" or
"-ed" (a headline's verb: "Envoy Heads to Moscow") is the headline's clause, not a name: the name the model found is
cut to the runs of names' words in it, each with the label the text gives that name elsewhere, and a name with none is
no name. A word neither says may be a name the text gives only in its headline ("Roger Marshall") and stays. A run
joined by "of" or "and" stays whole only where the text writes it so again ("Bank of America").

A month's name there that is a verb is no date (:func:`month_verb`: "Thousands March in Kyiv Against Any Deal"). The
line's clause stays an event, as a sentence-case headline's does: its subject and its verb are read as well as in
small letters ("Zelensky Says Ukraine Will Not Cede Donbas" → "Ukraine cede Donbas", reported by Zelensky).

Example:
    >>> title_case_lines("Trump Gives Putin 50 Days to Reach Deal or Face Tariffs\\n\\nPresident Donald Trump said …")
    [(0, 55)]
    >>> title_case_lines("Trump says Putin 'wants peace' after two-hour call\\n\\nDonald Trump has said …")
    []
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from toolkit.nlp.cited_headlines import cited_headline
from toolkit.nlp.gazetteer import is_known_place, nationality_adjective
from toolkit.nlp.lemma_tables import lemma_tables
from toolkit.nlp.lookups import doc_text, kept
from toolkit.nlp.wire_credits import wire_credit

# The shortest word a title-case headline always capitalises (it may write "for", "and", "with", "to" small).
_CONTENT_LETTERS = 4
# A headline's length: from a clause of three words to a long one of two clauses (a paragraph is longer).
_FEWEST_WORDS, _MOST_WORDS, _MOST_CHARS = 3, 22, 200
# How a line of running text ends (a headline may end in a question mark or a closing quotation mark).
_SENTENCE_END = re.compile(r"[.:;,—–-][\"”’'»)\]]*$")
# The labels of names a headline's capitals make up (a date's or a number's are the timeline's concern).
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})
# The small words that join the words of one name ("Bank of America", "Bosnia and Herzegovina").
_JOINERS = frozenset({"of", "and", "the", "for", "on", "&", "de", "-", "–"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
# A full stop inside the line after a word (no abbreviation of two or three letters: "U.S.", "Sen.").
_INNER_STOP = re.compile(r"[A-Za-z]{4,}\.\s")
# A byline: "By", then a capitalised name.
_BYLINE = re.compile(r"By\s+[A-Z]")
# A page's time stamp: "Last updated at 13:59 GMT", "Posted: Nov 27, 2005 8:20 AM ET" (furniture, no headline).
_STAMP = re.compile(r"\b(?:last updated|updated|posted|published)\b.{0,20}\d", re.IGNORECASE)
_STAMP_CHARS = 100  # (a stamp is a short line of its own, not a sentence that tells of something published)
# A month's name that is also an English verb or a modal.
_VERB_MONTHS = frozenset({"March", "May"})


def title_case_lines(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each line of ``text`` that is a headline in title case (see the module).

    Args:
        text: a document's text.
    """
    return _top_lines(text, _title_case)


def headline_lines(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of a text's headline and of a sub-headline right under it, in any case: the first lines
    of the text, each a short line of its own that does not end like a sentence ("Indian Navy captures 26 Somali
    pirates in Gulf of Aden", "Key Delhi blast suspect arrested"), with the story's text below them. A byline, a
    credit and a cited headline are none. Where an outlet sets its headline above the story, it is the story's first
    sentence: it tells the story's act, which no caption or heading does."""
    return _top_lines(text, _headline_shape)


def headline_of(token: Token) -> tuple[int, int] | None:
    """The ``(start, end)`` of the headline line (:func:`headline_lines`) a word lies in, if any."""
    at = token.idx
    if at >= 400:
        return None  # (a headline is a text's first line or two)
    return next(((first, last) for first, last in headline_ranges(token.doc) if first <= at < last), None)


def headline_ranges(doc: Doc) -> list[tuple[int, int]]:
    """:func:`headline_lines` of a Doc's text, found once per Doc (kept with its columns: rules ask for each word
    they test). Only the text's first 800 characters are read: a headline is a line or two of at most 200."""
    return kept(doc, "headline lines", lambda doc: headline_lines(doc_text(doc)[:800]))


def in_headline(token: Token) -> bool:
    """Whether a word lies in its text's headline: its verbs tell the story's act in the present tense and its nouns
    go without articles ("Michigan office shooting kills 1"), which in running prose would tell what is always so."""
    return headline_of(token) is not None


def _top_lines(text: str, fits) -> list[tuple[int, int]]:
    """The ``(start, end)`` of the text's first one or two non-empty lines that ``fits`` accepts, when the story's
    text follows them."""
    found, first = [], 0
    for line in text.split("\n"):
        last = first + len(line)
        if line.strip() and not (len(line) < _STAMP_CHARS and _STAMP.search(line)):  # (a page's time stamp, above
            # or between the lines, is skipped: "18 September 2013 Last updated at 13:59 GMT")
            if len(found) == 2 or not fits(line):
                return found  # the story's text below its headline
            found.append((first, last))
        first = last + 1
    return []  # a line with no text below it heads nothing ("Putin Putin Putin", a title alone)


def _headline_shape(line: str) -> bool:
    """Whether a line has a headline's length and ending, and is no credit, byline or reference."""
    line = line.strip()
    words = line.split()
    if line[:1] in "([" or _BYLINE.match(line) or wire_credit(line) or _INNER_STOP.search(line) \
            or cited_headline(line):
        return False  # "(Reporting by Lewis Krauskopf …; Editing by …)", "By Mark Rose": credits, of names only;
        # "Austen, Jane. Pride and Prejudice": a reference of a list, with a full stop inside
    return _FEWEST_WORDS <= len(words) <= _MOST_WORDS and len(line) <= _MOST_CHARS and not _SENTENCE_END.search(line)


def _title_case(line: str) -> bool:
    """Whether a line has a headline's shape and every word of four letters or more capitalised."""
    if not _headline_shape(line):
        return False
    long = [w for w in (w.strip(",.;:!?()[]\"“”'‘’") for w in line.split()) if len(w) >= _CONTENT_LETTERS
            and w[:1].isalpha()]
    if len(long) < _FEWEST_WORDS or not all(w[0].isupper() for w in long):
        return False
    return sum(w.isupper() for w in long) * 2 < len(long)  # not a line in capitals ("PLAYBOOK", a turn's label)


def in_title_case_line(lines: list[tuple[int, int]], at: int) -> bool:
    """Whether the character at ``at`` stands in one of ``lines`` (:func:`title_case_lines`)."""
    return any(first <= at < last for first, last in lines)


def headline_names(doc: Doc, ents: list[Span], *, text: str | None = None) -> list[Span]:
    """The entities with each name in a title-case headline cut to the words of real names (see the module).

    Args:
        doc: the parsed document.
        ents: its entity spans, in document order, none overlapping.
        text: ``doc.text``, when the caller has it.
    """
    if not ents:
        return ents
    text = doc_text(doc) if text is None else text
    lines = title_case_lines(text)
    if not lines:
        return ents
    inside = [e for e in ents if e.label_ in _NAME_LABELS and in_title_case_line(lines, e.start_char)]
    if not inside:
        return ents
    prose = prose_capitals(doc, ents, lines)
    words = words_of(doc)
    out: list[Span] = []
    for ent in ents:
        if ent.label_ not in _NAME_LABELS or not in_title_case_line(lines, ent.start_char):
            out.append(ent)
            continue
        out += _real_names(ent, prose, words, text, lines)
    return out


def prose_capitals(doc: Doc, ents: list[Span], lines: list[tuple[int, int]]) -> dict[str, Counter]:
    """The capitalised words the text writes in running prose (outside its title-case lines), away from a sentence's
    start or inside a name the model found there, each with the labels of the names it stands in."""
    found: dict[str, Counter] = {}
    in_names: dict[int, str] = {}
    for e in ents:
        if not in_title_case_line(lines, e.start_char):
            for t in e:
                in_names[t.i] = e.label_
    for t in doc:
        if not t.text[:1].isupper() or in_title_case_line(lines, t.idx):
            continue
        label = in_names.get(t.i)
        if label is None and (t.is_sent_start or t.i == 0 or doc[t.i - 1].is_space or doc[t.i - 1].is_quote):
            continue  # a sentence's first word is capitalised whatever it is
        found.setdefault(t.text, Counter())[label or ""] += 1
    return found


class _Words(NamedTuple):
    """What tells a headline's common word: the words the text writes small, and the language's verbs."""

    small: frozenset[str]  # every word the text writes in small letters, and its lemma ("gave", "give")
    verbs: frozenset[str]  # the verb lemmas of the model's tables
    english: frozenset[str]  # every lemma of the model's tables


def words_of(doc: Doc) -> _Words:
    from toolkit.nlp.model import model_of  # (the lemma tables ship with the model)

    small = frozenset(w for t in doc if t.is_lower and t.is_alpha for w in (t.lower_, t.lemma_.lower()))
    tables = lemma_tables(model_of(doc.vocab))
    return _Words(small, tables.verbs, tables.words)


def _forms(word: str) -> set[str]:
    """A capitalised word's form and the stems of its regular inflections ("Launches": "launch", "Largest":
    "large"; the tagger gives a capitalised word its own form as lemma)."""
    forms = {word}
    for ending, stem in (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
                         ("est", ""), ("est", "e"), ("er", ""), ("er", "e")):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            forms.add(word[:-len(ending)] + stem)
    return forms


def _common_word(token: Token, words: _Words) -> bool:
    """Whether a capitalised word of a headline is a common word: one the text writes small, by its form or an
    inflection ("Gives" beside "gave", "Largest Drone Attack" beside "its largest drone attack"), or a verb's form in
    "-s" or "-ed" (a headline's verb: "Envoy Heads to Moscow"). An English word written small nowhere may be a name
    ("Roger Marshall")."""
    word = token.lower_
    if not word.isalpha():
        return False
    forms = _forms(word)
    if forms & words.small or token.lemma_.lower() in words.small:
        return True
    after = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    return word.endswith(("s", "ed")) and word not in words.verbs and any(f in words.verbs for f in forms - {word}) \
        and after != "of"  # "The Plains of Arafat": a plural noun before its "of", no verb


def name_word(token: Token, prose: dict[str, Counter], words: _Words) -> bool:
    """Whether a word of a title-case line may be a name's word: no common word (see the module)."""
    return bool(token.text[:1].isupper()) and (_vouched(token, prose, words) or not _common_word(token, words))


def _vouched(token: Token, prose: dict[str, Counter], words: _Words) -> bool:
    """Whether a word of a title-case line is a name's word by the text or the language: capitalised in the prose,
    a known place or nationality, an acronym, or no English word at all."""
    word = token.text
    if not word[:1].isupper():
        return False
    if word in prose or is_known_place(word) or nationality_adjective(word):
        return True
    if word.isupper() or not word.replace(".", "").replace("-", "").isalpha():
        return True  # an acronym ("NATO", "U.S.")
    return not _forms(token.lower_) & words.english


def _real_names(ent: Span, prose: dict[str, Counter], words: _Words, text: str,
                lines: list[tuple[int, int]]) -> list[Span]:
    """The runs of real names' words of a name in a title-case line, each a name with the label the text gives it."""
    doc = ent.doc
    keep: list = []
    for group in _glued(ent):
        if group[0].is_space or not in_title_case_line(lines, group[0].idx):
            flag = None  # the line's end ("the War on Kyiv\n\n")
        elif len(group) == 1 and (group[0].text in _POSSESSIVES or group[0].lower_ in _JOINERS):
            flag = "join"
        else:  # a word and what is glued to it: "Chi-wai", "Trump's", "Putin-Trump"
            flag = any(name_word(t, prose, words) for t in group if any(c.isalpha() for c in t.text))
        keep += [flag] * len(group)
    if all(k is not False for k in keep) and None not in keep:
        return [ent]
    runs, start = [], None
    for k, flag in enumerate(keep + [False]):
        if flag is True and start is None:
            start = k
        elif flag is not True and flag != "join" and start is not None:
            runs.append((start, k))
            start = None
    spans = []
    for a, b in runs:
        while b > a and keep[b - 1] == "join":
            b -= 1
        spans += _split_at_joiners(Span(doc, ent.start + a, ent.start + b), keep[a:b], text)
    spans = [Span(doc, s.start, s.end - 1) if len(s) > 1 and s[-1].text in _POSSESSIVES else s for s in spans]
    # What is left of a name cut at the headline's words is a name where a word of it is one by the text's or the
    # language's word ("Putin" of "Gives Putin"), not merely a word written small nowhere ("Narrative" of
    # "Narrative and Systematic Reviews", where "reviews" is written small).
    return [Span(doc, s.start, s.end, label=_label(s, ent.label_, prose)) for s in spans
            if any(_vouched(t, prose, words) for t in s if any(c.isalpha() for c in t.text))]


def _glued(ent: Span) -> list[list[Token]]:
    """The entity's tokens in groups written without a space between them (no comma or colon joins)."""
    groups: list[list[Token]] = []
    for t in ent:
        if groups and not groups[-1][-1].whitespace_ and t.text not in (",", ";", ":") \
                and groups[-1][-1].text not in (",", ";", ":") and not t.is_space and not groups[-1][-1].is_space:
            groups[-1].append(t)
        else:
            groups.append([t])
    return groups


def _split_at_joiners(span: Span, keep: list, text: str) -> list[Span]:
    """A run of names' words whole if the prose writes it so, else its parts between the joiners."""
    if "join" not in keep or text.count(span.text) > 1:
        return [span]
    parts, start = [], None
    for k, flag in enumerate(keep + ["join"]):
        if flag is True and start is None:
            start = k
        elif flag == "join" and start is not None:
            if span[k - 1 if k < len(span) else -1].text not in _POSSESSIVES:
                parts.append(Span(span.doc, span.start + start, span.start + k))
                start = None
    return parts


def _label(span: Span, label: str, prose: dict[str, Counter]) -> str:
    """The label the text gives the name in its prose (a surname takes its person's), else the model's."""
    counts = Counter()
    for t in span:
        counts.update({k: n for k, n in prose.get(t.text, Counter()).items() if k})
    if counts:
        return counts.most_common(1)[0][0]
    if len(span) == 1 and is_known_place(span.text):
        return "GPE" if label not in ("GPE", "LOC", "FAC") else label
    return label


def month_verb(text: str, start: int, end: int, lines: list[tuple[int, int]]) -> bool:
    """Whether a month's name alone in a title-case line is a verb ("Thousands March in Kyiv") or a modal ("He May
    Meet Putin"): right after a plural noun, a name or a pronoun (no preposition or article of a date before it),
    and before a preposition or another verb, or at the line's end.

    Args:
        text: the document's text.
        start, end: the time expression's characters.
        lines: the text's title-case lines (:func:`title_case_lines`).
    """
    if text[start:end] not in _VERB_MONTHS or not in_title_case_line(lines, start):
        return False
    before = text[max(0, start - 40):start].split()
    after = text[end:text.find("\n", end) if "\n" in text[end:] else len(text)].split()
    if not before:
        return False
    prev = before[-1]
    if not prev[:1].isupper() or prev.rstrip(",:") != prev or prev.lower() in _DATE_OPENERS:
        return False
    if after and after[0][:1].isdigit():
        return False  # "Talks March 3": a day of the month
    if text[start:end] == "March":
        return prev.endswith("s") and not prev.endswith(("'s", "’s")) and (not after or after[0].lower() in _PREPOSITIONS)
    return prev.lower() in _PRONOUNS and bool(after) and after[0][:1].isupper()  # "He May Meet Putin"


# Words before a month's name that make it the date ("by March", "in May", "Late March", "Each May").
_DATE_OPENERS = frozenset("""in on by since until till before after from for of to through during early late mid
    last next this each every the a as until""".split())
_PREPOSITIONS = frozenset("""in on through to against for across into outside toward towards past near over from
    with""".split())
_PRONOUNS = frozenset("i he she it we they you who".split())


# Irregular verbs whose past tense is also their participle (a closed class of English), taken by a headline's
# passive: "Man found guilty of shooting …", "Suspect held in …", "Two shot dead". The ones that often go without an
# object in the active ("met", "fled", "won", "lost", "left", "said") are left out: "Putin, Trump met in Alaska".
SHARED_PARTICIPLES = frozenset("""found held made sent caught shot hit put set cut brought bought sold told kept paid
    built struck hurt hung fed bound taught sought heard laid shut spread cast""".split())


def _participle_form(verb: Token) -> bool:
    """Whether a verb is tagged a participle, or a past tense spelt as one ("unveiled", "found")."""
    return verb.tag_ == "VBN" or verb.tag_ == "VBD" and (verb.lower_.endswith("ed")
                                                         or verb.lower_ in SHARED_PARTICIPLES)


def mend_headline_passives(doc: Doc) -> Doc:
    """Read a headline's bare participle as the passive it is ("Key Delhi blast suspect arrested", "Man found guilty of
    shooting …", "Warren Jeffs arraigned in Texas on sex charges").

    Headlines drop the auxiliary: a past participle after its noun tells what was done to the noun's referent, and a
    headline tells a past act in the present ("Indian Navy captures 26 Somali pirates"), not in the simple past. The
    small model reads the participle as a past tense whose subject did it (the suspect "arrested", the man "found").
    In a headline line (:func:`headline_lines`), a root verb in "-ed", an irregular past that is also the participle
    ("found", "held": :data:`SHARED_PARTICIPLES`) or one tagged as a participle, with a subject and no auxiliary and no
    direct object, is made passive: its subject is the one acted on. A headline the model left with
    no verb, its noun at the root and the participle hung on it as a modifier ("Electoral districts established in
    Turkmenistan due to parliamentary elections"), is given the participle for its verb and the noun for that
    passive's subject. The parse is changed in place.
    """
    for first, last in headline_ranges(doc):
        span = doc.char_span(first, last, alignment_mode="expand")
        if span is None:
            continue
        for verb in span:
            if verb.dep_ == "acl" and _participle_form(verb) and verb.head.dep_ == "ROOT" and verb.head.pos_ == "NOUN" \
                    and verb.head.i < verb.i and all(t.pos_ == "ADV" for t in doc[verb.head.i + 1 : verb.i]) \
                    and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
                # ("New MacBook Air models officially unveiled with Ivy Bridge upgrade": an adverb between)
                noun = verb.head
                for child in [c for c in noun.children if c.i > verb.i]:
                    child.head = verb  # (the line's end: its full stop, a stray word after the participle's phrase)
                verb.head, verb.dep_ = verb, "ROOT"
                noun.head, noun.dep_ = verb, "nsubjpass"
                continue
            if verb.dep_ != "ROOT" or not _participle_form(verb):
                continue
            children = list(verb.children)
            if any(c.dep_ in ("aux", "auxpass", "nsubjpass") or c.dep_ == "dobj" and c.pos_ != "ADJ" for c in children):
                continue  # (an adjective is no object: "Man found GUILTY of …" in capitals, parsed as one)
            for child in children:
                if child.dep_ == "nsubj" and child.i < verb.i:
                    child.dep_ = "nsubjpass"
                elif child.dep_ == "dobj":
                    child.dep_ = "oprd"  # the state the act left its subject in
    return doc
