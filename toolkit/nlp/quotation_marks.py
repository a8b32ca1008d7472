"""Quotation marks: where quotations are in a text, and which marked words are no quotation.

Found on the characters, not the parse: curly and straight double marks and guillemets, a
quotation that runs on into the next paragraph (reopened without being closed), a quotation
inside another. What the marks enclose may instead be a title ("on “Face the Nation”"), a
defined term ("the “Order”") or a name given to something ("the designation “2019-nCoV”",
"a process called “exfiltration”"): :func:`is_title_or_term` and :func:`names_a_term` tell.

Example:
    >>> [(s.start, s.end) for s in quotation_spans('He said: "We will meet."')]
    [(10, 23)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from toolkit.nlp.lexicon import SPEECH_VERBS, TITLE_NOUNS
from toolkit.nlp.lookups import doc_text

OPENING = {"“": "”", '"': '"', "«": "»"}


CLOSING = {"”", '"', "»"}


# Verbs that report words in news besides the lexicon's: "Khosla talked of Munk's “countless
# discoveries …”", "advised her to kill her “kuffar” parents", "The Constitution specifies …".
QUOTING_VERBS = SPEECH_VERBS | frozenset("talk advise specify stipulate envision envisage".split())
# Phrasal verbs that report words only with their particle: "Princess Ubolratana pointed out she
# had “relinquished my royal titles …”", "hit back", "weighed in" ("pointed to", "hit" are not).
# Verbs that report words only with "it" as their object ("put it", "as he put it").
_ONLY_WITH_IT = frozenset({"put"})
PHRASAL_QUOTING = {"point": "out", "spell": "out", "sum": "up", "hit": "back", "fire": "back",
                   "weigh": "in", "chime": "in", "cry": "out", "speak": "out", "lay": "out"}


def is_quoting_verb(token: Token) -> bool:
    """Whether ``token`` is a verb that reports words ("said", "pointed out")."""
    lemma = token.lemma_.lower()
    if lemma in _ONLY_WITH_IT:
        # "as she put it, “…”" reports words; "a commitment to put the American worker first" does not
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
    if lemma in QUOTING_VERBS:
        return True
    particle = PHRASAL_QUOTING.get(lemma)
    return particle is not None and any(c.dep_ == "prt" and c.lower_ == particle for c in token.children)


@dataclass(frozen=True)
class MarkedSpan:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    unterminated: bool
    continues: bool  # a new paragraph reopening a quotation that ran on


def _opens_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()


def _opens_after_comma(text: str, i: int) -> bool:
    """A straight mark typed against the comma or colon that introduces a quotation, with the
    space after it (`said," [Warhol] liked the way …".`): when no quotation is open it cannot
    close one, so it opens one if a capital or a bracket begins the words after it and another
    straight mark closes them in the same paragraph."""
    if i == 0 or text[i - 1] not in ",:" or text[i + 1:i + 2] != " " or not (
            text[i + 2:i + 3].isupper() or text[i + 2:i + 3] == "["):
        return False
    para_end = text.find("\n", i)
    return '"' in text[i + 2:len(text) if para_end < 0 else para_end]


def _closed_on_next_line(text: str, j: int) -> bool:
    """An open quotation broken by a line or paragraph break runs on when the first quotation
    mark of the next paragraph (from ``j``) closes a quotation rather than opening one: a message
    or a comment quoted line by line ("… running mate nationally.⏎I've spent my entire adult life
    … in his grave.”"), a line broken mid-sentence, an excerpt of several paragraphs that only the
    last one closes (round-ups of press coverage, amended sections of an order). News that
    reopens each paragraph ("⏎“…") is the paragraph rule's; an unclosed quotation followed by a
    paragraph that opens its own still ends at its paragraph. Paragraphs with no mark at all
    (the middle of an excerpt, a list of points) are looked across, three at most."""
    for _ in range(_UNMARKED_PARAGRAPHS + 1):
        line_end = text.find("\n", j)
        line_end = len(text) if line_end < 0 else line_end
        found = re.search('[“”"«»]', text[j:line_end])
        if found is not None:
            k = j + found.start()
            return text[k] in ("”", "»") or (text[k] == '"' and not _opens_straight(text, k))
        j = line_end
        while j < len(text) and text[j].isspace():
            j += 1
    return False


# How many paragraphs without a quotation mark an excerpt may run across before its closing one.
_UNMARKED_PARAGRAPHS = 3


def _nested_end(text: str, outer: int, inner: int) -> int | None:
    """Where a double quotation opened at ``inner`` inside one opened at ``outer`` closes,
    when the paragraph's curly marks balance (otherwise the outer one was left open)."""
    para_end = text.find("\n", inner)
    para_end = len(text) if para_end < 0 else para_end
    segment = text[outer:para_end]
    if segment.count("“") != segment.count("”"):
        return None
    depth = 0
    for j in range(inner, para_end):
        if text[j] == "“":
            depth += 1
        elif text[j] == "”":
            depth -= 1
            if depth == 0:
                return j
    return None


def _straight_inner(text: str, i: int) -> tuple[int, bool] | None:
    """A straight mark at ``i`` that looks like an opening one (a space before, a word after)
    inside a quotation opened by a straight mark: when the next straight mark of the paragraph
    closes it, the two enclose words of their own ("research", "discover"). Returns where they
    close and whether the outer quotation goes on past them: it does when a closing mark follows
    in the paragraph, or the next paragraph reopens it; otherwise the outer mark opened nothing
    (a typo: "comet 81P/Wild (also known as "Wild 2) … to "discover" the samples"). ``None``
    when the mark is no such opening one."""
    para_end = text.find("\n", i)
    para_end = len(text) if para_end < 0 else para_end
    k = text.find('"', i + 1, para_end)
    if k < 0 or _opens_straight(text, k):
        return None
    m = text.find('"', k + 1, para_end)
    if m >= 0:
        return k, not _opens_straight(text, m)
    j = para_end
    while j < len(text) and text[j].isspace():
        j += 1
    return k, j < len(text) and text[j] in OPENING


# The characters that can change the state of the scan in quotation_spans: everything else is
# stepped over (by a regex search, not character by character).
_MAY_OPEN = re.compile('[“«"]')


_MAY_CLOSE = re.compile("[" + re.escape("".join(sorted(CLOSING))) + "\n“]")


def quotation_spans(text: str) -> list[MarkedSpan]:
    """Locate quotations by their marks; single marks inside a quotation belong to it.

    A quotation still open at the end of a paragraph continues when the next paragraph
    opens with a quotation mark (the news convention); otherwise it is reported as
    unterminated, ending at the paragraph's end.
    """
    if "''" in text:
        text = _typewriter_doubles(text)
    spans: list[MarkedSpan] = []
    i, n = 0, len(text)
    open_at: int | None = None
    continues = False
    while i < n:
        found = (_MAY_OPEN if open_at is None else _MAY_CLOSE).search(text, i)
        if found is None:
            break
        i = found.start()
        c = text[i]
        if open_at is None:
            if c in ("“", "«") or (c == '"' and (_opens_straight(text, i) or _opens_after_comma(text, i))):
                open_at = i + 1
            i += 1
            continue
        if c == '"' and text[open_at - 1] == '"' and i > open_at and _opens_straight(text, i) and (
                inner := _straight_inner(text, i)) is not None:
            inner_close, outer_goes_on = inner
            if outer_goes_on:
                i = inner_close + 1  # "… called "research", would it?": a quotation inside the quotation
            else:
                open_at, continues = i + 1, False  # the mark before opened nothing: the quotation starts here
                i += 1
            continue
        if c in CLOSING and not (c == '"' and text[open_at - 1] == '"' and _opens_straight(text, i) and i == open_at):
            spans.append(MarkedSpan(open_at, i, False, continues))
            open_at, continues = None, False
        elif c == "\n":
            j = i
            while j < n and text[j].isspace():
                j += 1
            end = i
            while end > open_at and text[end - 1].isspace():
                end -= 1
            reopened = j < n and text[j] in OPENING
            if not reopened and _closed_on_next_line(text, j):
                i = j  # a line break inside the quotation: it goes on to the next line's mark
                continue
            spans.append(MarkedSpan(open_at, end, not reopened, continues))
            open_at, continues = (j + 1, True) if reopened else (None, False)
            i = j + 1 if reopened else j
            continue
        elif c == "“" and text[open_at - 1] == "“" and (inner_end := _nested_end(text, open_at - 1, i)) is not None:
            i = inner_end + 1  # “… “inner” …”: a quotation inside a quotation belongs to it
            continue
        elif c == "“" and text[open_at - 1] == "“":
            # A second opening mark before any closing one: the first quotation was never closed.
            end = i
            while end > open_at and text[end - 1].isspace():
                end -= 1
            spans.append(MarkedSpan(open_at, end, True, continues))
            open_at, continues = i + 1, False
        i += 1
    if open_at is not None:
        end = n
        while end > open_at and text[end - 1].isspace():
            end -= 1
        spans.append(MarkedSpan(open_at, end, True, continues))
    spans = [s for s in spans if s.end > s.start and text[s.start : s.end].strip()]
    if "'" in text or "‘" in text:
        spans = sorted(spans + headline_quotations(text, spans), key=lambda s: s.start)
    return spans  # (offsets of the text as given: a pair of apostrophes was swapped in place)


# Two apostrophes typed for a double quotation mark, as some archives and wire feeds print them ("''The Persian Gulf
# is not deep enough,'' he was quoted as saying"); three or more are something else (wiki markup, a typo).
_TYPEWRITER_DOUBLE = re.compile(r"(?<!')''(?!')")


def _typewriter_doubles(text: str) -> str:
    """``text`` with each pair of apostrophes that stands for a double quotation mark turned into a straight double
    mark and a space, in the same two characters: the mark first where the pair closes words (after a word, or
    before a space), last where it opens them (after a space or the line's start, before a word), so the scan reads
    the pair as it reads ``"`` and the offsets stay those of the text."""
    def swap(m: re.Match) -> str:
        i = m.start()
        before = text[i - 1] if i else " "
        after = text[i + 2] if i + 2 < len(text) else " "
        opens = (before.isspace() or before in "([{—–-/:") and not after.isspace()
        return ' "' if opens else '" '
    return _TYPEWRITER_DOUBLE.sub(swap, text)


# A headline's quotation in single marks: the opening mark at a word's start (after the line's start, a space, a
# colon or a dash), the closing one at a word's end (before a space, a stop or the line's end), one line, a letter
# inside ("Trump says Putin 'wants peace' after two-hour call", "Zelensky: ‘We will not give away our land’").
_HEADLINE_QUOTE = re.compile(r"(?:(?<=^)|(?<=[\s:—–(]))(['‘])(?=[A-Za-z0-9])([^\n'‘’]*?[^\s'‘’])['’](?=$|[\s,.;:!?)—–])",
                             re.MULTILINE)
# The most words of a headline (a paragraph of running text is longer).
_HEADLINE_WORDS = 24


def headline_quotations(text: str, spans: list[MarkedSpan]) -> list[MarkedSpan]:
    """The quotations a headline gives in single marks, the British headline's style (a sentence of running text
    quotes in double marks and keeps single ones for a quotation inside a quotation, and its apostrophes are
    no marks). A headline is the text's first line, or a short line of its own that does not end with a full stop;
    words that a quotation of the story repeats are left to it (the headline quotes the story: one quotation,
    not two).

    Args:
        text: a document's text.
        spans: the quotations in double marks (:func:`quotation_spans`).
    """
    found = []
    first = len(text) - len(text.lstrip())
    for line in re.finditer(r"[^\n]+", text):
        words = line.group().split()
        if not words or len(words) > _HEADLINE_WORDS:
            continue
        if line.group().rstrip().rstrip("'’\"”)").endswith((".", "!", "?")) \
                or not (line.start() <= first or _own_line(text, line.start(), line.end())):
            continue
        for m in _HEADLINE_QUOTE.finditer(line.group()):
            start, end = line.start() + m.start(2), line.start() + m.end(2)
            inner = " ".join(text[start:end].lower().split())
            if any(s.start <= start < s.end for s in spans):
                continue  # a quotation inside a quotation in double marks: already its words
            if any(inner in " ".join(text[s.start:s.end].lower().split()) for s in spans):
                continue  # 'very disappointing' in the headline, "very disappointing" in the story
            found.append(MarkedSpan(start, end, False, False))
    return found


def _own_line(text: str, first: int, last: int) -> bool:
    """Whether the line stands between blank lines (or the text's edges)."""
    before, after = text[max(0, first - 4):first], text[last:last + 4]
    return (first == 0 or before.endswith("\n\n") or not before.strip()) and (
        last >= len(text) or after.startswith("\n\n") or not after.strip())


def quoted_tokens(doc: Doc, text: str | None = None) -> set[int]:
    """Indices of the tokens inside quotation marks (the marks included); ``text`` is ``doc.text``."""
    text = doc_text(doc) if text is None else text
    return tokens_inside(doc, quotation_spans(text), len(text))


def tokens_inside(doc: Doc, spans: list[MarkedSpan], n: int | None = None) -> set[int]:
    inside: set[int] = set()
    n = len(doc.text) if n is None else n  # Doc.text joins every token: once per document, not per span
    for s in spans:
        span = doc.char_span(max(0, s.start - 1), min(n, s.end + 1), alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside


NAMING_VERBS = frozenset("call name dub term label nickname know".split())


_ABBREVIATION = re.compile(r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev)\.")

_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from vs vs. de la".split())


_DEFINING = re.compile(r"^[\s,)]*(?:as defined|as used|means\b|shall mean|refers to|is defined)")


def title_like(inner: str) -> bool:
    """Capitalised like a name or title ("Face the Nation", "Super Tuesday"), not a sentence."""
    words = inner.split()
    # the period of an abbreviation or initial ("Mr. A", "John F. Kennedy") ends no sentence
    if not words or len(words) > 10 or re.search(r"[.!?;:]\s|[.!?]$", _ABBREVIATION.sub("", inner)):
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(content) > 1 and inner.isupper():
        return False  # a shouted sentence ("AMERICA … ALWAYS COME FIRST"), not a title
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


# An acronym in brackets right after the closing mark ("the “new collective quantified goal” (NCQG)").
_BRACKETED_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z]{1,9})\)")


def _spelt_by_acronym_after(inner: str, after: str) -> bool:
    """Whether the quoted words are a term whose acronym follows in brackets, spelt by their initials ("The “new
    collective quantified goal” (NCQG) replaces …", round wire35e): a name given to a thing, nobody's words."""
    found = _BRACKETED_ACRONYM.match(after)
    if not found:
        return False
    initials = "".join(word[0] for word in re.findall(r"[A-Za-z][\w-]*", inner))
    return len(initials) >= 2 and initials.lower() == found.group(1).lower()


def is_title_or_term(text: str, s: MarkedSpan) -> bool:
    """The quotation marks enclose a title or a defined term, not somebody's words.

    * a title: every word capitalised but the small ones, no sentence punctuation inside,
      and a title noun right after (“Face the Nation” program, the “Trade Expansion” Act) or a
      preposition right before ("on “Face the Nation”", "in “State of the Union”", "an interview with “60
      Minutes”"), its owner's possessive ("CBS's “Face the Nation”") or "told" ("told “Fox News Sunday”": one is
      told nothing in a title's capitals);
    * a defined term: followed by "as defined in", "means", "shall mean" (an order's
      “privileged foreign status” as defined in 19 CFR 146.41), or given in parentheses
      (the “Order”).
    """
    inner = text[s.start : s.end]
    after = text[s.end + 1 : s.end + 40]
    if _DEFINING.match(after) or (text[max(0, s.start - 2) : s.start - 1] == "(" and after[:1] == ")"):
        return True
    if _spelt_by_acronym_after(inner, after):
        return True
    before = text[max(0, s.start - 25) : s.start - 1].split()
    last = before[-1].lower().strip("(") if before else ""
    owned = last.endswith(("'s", "’s", "s'", "s’"))
    if not title_like(inner):
        # American style sets the sentence's stop inside the closing mark ("said on ABC's “This Week.”"): after a
        # network's possessive, "on" or "told", a title with that one stop is still a title
        # (and after a preposition a work's title follows: 'closed with "Champagne Supernova."', 'after winning for
        # "The Pianist."', round wire35d)
        return bool((owned or last in ("on", "told", "in", "of", "with", "for", "titled", "entitled", "named"))
                    and len(inner) > 2 and inner[-1] in ".,"
                    and inner[-2] not in ".!?" and len(inner.split()) >= 2 and title_like(inner[:-1]))
    next_word = re.match(r"[\s,]*([A-Za-z]+)", after)
    return bool(last in ("on", "in", "of", "titled", "entitled", "named", "with", "told") or owned
                or (next_word and next_word.group(1).lower() in TITLE_NOUNS))


# Nouns and verbs that present a term, not somebody's words: the WHO's "designation “2019-nCoV.”",
# "the Swahili phrase … or “together save lives,”", "named the virus “severe acute …”".
_TERM_NOUNS = frozenset("""term word phrase name designation nickname label expression acronym abbreviation motto
    description slogan catchphrase watchword buzzword moniker epithet slur hashtag wording theme""".split())


_GIVING_NAMES = frozenset("name rename designate title entitle christen".split())


# "the calculation of “road load”, a measurement of …": a term followed by its definition.
_DEFINITION_AFTER = re.compile(r"^[”\"]?,\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:of|for|used|that|which)\b")


def _gloss_of_a_term(quote_span: Span) -> bool:
    """A gloss after "or" of a term just named: "the Swahili phrase pamoja tulinde maisha or
    “together save lives,”", "the Arabic word … or “…”". Read on the words, not the parse (which
    makes a clause of the gloss): a naming noun at most five words before the "or", with no
    verb or punctuation between."""
    doc, first = quote_span.doc, quote_span.start
    if first < 3 or doc[first - 2].lower_ != "or":
        return False
    for k in range(first - 3, max(-1, first - 9), -1):
        t = doc[k]
        if t.pos_ == "NOUN" and t.lemma_.lower() in _TERM_NOUNS:
            return True
        if t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text not in "-‑"):
            return False
    return False


def _verb_after(doc: Doc, closing: int) -> bool:
    """A finite verb right after the closing mark: the quoted term and the noun before it are
    that verb's subject ("he says the 14th Amendment phrase “subject to” referred primarily to
    …"), whatever object the parser made of them."""
    return closing + 1 < len(doc) and doc[closing + 1].tag_ in ("VBD", "VBZ", "VBP", "MD")


def _said_of_a_term(verb: Token, top: Token) -> bool:
    """A clause about a term ("the term “natural born citizen” derived from the British “natural
    born subjects”", "“Law and order” was a common theme"): what it links the quotation to is a
    term too: the copula's other side, the verb's subject or the noun a participle modifies is a
    naming noun, or the term in apposition to one."""
    def naming(t: Token) -> bool:
        return t.pos_ == "NOUN" and t.lemma_.lower() in _TERM_NOUNS

    about = [c for c in verb.children if c.i != top.i and (
        c.dep_ in ("nsubj", "nsubjpass") or (verb.lemma_ == "be" and c.dep_ == "attr"))]
    if verb.dep_ == "acl":
        about.append(verb.head)
    return any(naming(t) or (t.dep_ == "appos" and naming(t.head)) for t in about)


def names_a_term(text: str, s: MarkedSpan, quote_span: Span) -> bool:
    """A short quotation without a verb that a sentence gives as a term, a name or a label
    nobody is quoted as saying: after a naming noun ("the phrase", "the designation"), under a
    naming verb ("named the virus …", "was commonly called “swine flu.”" with no one calling
    it so), or followed by a definition in apposition ("“road load”, a measurement of …")."""
    inner = text[s.start : s.end]
    if len(inner.split()) > 6 or re.search(r"[!?;:]|[.,]\s", inner):
        return False
    if _gloss_of_a_term(quote_span):
        return True  # a translation is a term whatever its words (“together save lives,”)
    # a participle that modifies a noun ("natural born Citizen") makes no clause
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in quote_span):
        return False
    if _DEFINITION_AFTER.match(text[s.end : s.end + 60]):
        return True
    first, last = quote_span.start, quote_span.end
    doc = quote_span.doc
    before = doc[first - 2] if first >= 2 else None  # the word before the opening mark
    # Coordinated terms: "used the terms “same-sex family relationship” and “same-sex union.”"
    # — the second is a term when the first is, so look before the first one's opening mark.
    hops = 0
    while (before is not None and before.lower_ in ("and", "or") and before.i >= 2 and hops < 3
           and doc[before.i - 1].text in ("”", '"')):
        k = before.i - 2
        while k > 0 and doc[k].text not in ("“", '"') and first - k < 20:
            k -= 1
        before = doc[k - 1] if k > 0 and doc[k].text in ("“", '"') else None
        hops += 1
    if before is not None and before.lemma_.lower() in _TERM_NOUNS and before.pos_ == "NOUN":
        return not (is_quoting_verb(before.head) and before.dep_ == "dobj" and not _verb_after(doc, last))
    tops = [t for t in quote_span if not first <= t.head.i < last and t.head.i != t.i]
    for top in tops[:1]:
        ancestor, first_verb = top.head, True
        for _ in range(4):
            lemma = ancestor.lemma_.lower()
            if ancestor.pos_ in ("NOUN", "PROPN") and lemma in _TERM_NOUNS:
                # unless somebody used the word ("Mark mentioned the word “icebreaker.”")
                return not (is_quoting_verb(ancestor.head) and ancestor.dep_ == "dobj")
            if ancestor.pos_ in ("VERB", "AUX"):
                # (only the clause the quotation is in: "The phrase “…” angered Smith, who called
                # it “racist”" does not make "racist" a term)
                if lemma in _GIVING_NAMES or (first_verb and _said_of_a_term(ancestor, top)):
                    return True
                if ancestor.dep_ == "relcl" and ancestor.head.i != ancestor.i:
                    ancestor, first_verb = ancestor.head, False  # "named the virus that causes it “…”"
                    continue
                # "a process called “…”", "was called “…”"; not "X called the agreement “…”"
                return (lemma in NAMING_VERBS and not any(c.dep_ in ("agent", "dobj") for c in ancestor.children)
                        and (ancestor.dep_ == "acl" or any(c.dep_ in ("nsubjpass", "auxpass") for c in ancestor.children)))
            if ancestor.head.i == ancestor.i:
                break
            ancestor = ancestor.head
    return False
