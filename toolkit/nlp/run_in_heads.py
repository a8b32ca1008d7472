"""Run-in heads: a paragraph's topic in capitals before a colon, which names nobody and says nothing.

Newsletters and wire copy open a paragraph with a run-in head, a few words in capitals and a colon, then the
paragraph's prose on the same line: "MERZ IN CHARGE: German Chancellor Friedrich Merz hosted …", "BIRTHDAYS: No
one we know of.", a fact check's "CLAIM: …", "THE FACTS: …", "AP'S ASSESSMENT: …", "SANCTIONS WATCH: …". A
broadcast or interview transcript prints its turns in the same form ("KELLY: So what came out of it?",
"MARGARET BRENNAN: …", "SECRETARY RUBIO: …", "Q: …"), and there the label is the speaker of the turn. The two are
told apart by the language of the label, not by a list of heads:

* a **speaker's label** is a name, or a title and a name ("PRESIDENT TRUMP", "SECRETARY OF STATE RUBIO", "THE
  PRESIDENT"), or a role of the broadcast ("HOST", "UNIDENTIFIED PERSON"), or one letter ("Q", "A"): its words are
  titles, person nouns and names, and a name is a word the text writes capitalised in its prose ("Rubio"), a
  word that is no common English word ("BRENNAN"), or a surname that ends another label's full name
  ("MARY LOUISE KELLY" … "KELLY");
* a **run-in head** is a phrase: it holds a function word ("WITKOFF IN MOSCOW", "WHAT RUBIO WANTS", "BY THE
  NUMBERS", "THE FACTS"), a possessive or a contraction ("ZELENSKYY'S APPEAL", "WHAT'S NEXT"), a plural of a common
  noun ("BIRTHDAYS", "SANCTIONS WATCH"), or ends in a common word that is neither a person's noun nor a name of the
  text ("CLAIM", "VERDICT", "MORNING DISPATCH"); but in a transcript, where a speaker's label recurs, a lone common
  word labels a turn too ("WEI: Thank you, Mr. President." between "THE PRESIDENT:" turns), and only a phrase is
  a head. What follows a head is prose that ends with a stop: a headline after an outlet's name ("USA TODAY:
  Trump, Apple to announce …") or a quotation after it is none.

:func:`run_in_heads` gives the character range of each head (its words and colon), which reports nothing and
names nobody: the event reader skips it (:func:`toolkit.nlp.rubrics.rubric_ranges`), the paragraph's sentence
starts after it (:func:`toolkit.nlp.rubrics.line_starts`), its words are no entity
(:func:`toolkit.nlp.mentions`) unless a word of it is a name of the text ("MERZ", "RUBIO"), and it is no turn of a
transcript (:mod:`toolkit.nlp.quote_leads`, :mod:`toolkit.nlp.interviews`,
:mod:`toolkit.nlp.office_descriptions`). A wire dateline in capitals ("KYIV, Ukraine (AP) —") has no colon and is
none. A head that names a claim put to the test ("CLAIM: …", "MYTH: …") heads a paragraph of what others say,
which the publication reports as no event of its own (:func:`claim_paragraphs`), and so does a claim's head
alone on its line above the claim ("CLAIM" ⏎ "The United States has given Ukraine $350 billion.").

Example:
    >>> [text[s:e] for text in ["BIRTHDAYS: No one we know of."] for s, e in run_in_heads(text)]
    ['BIRTHDAYS:']
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lemma_tables import loaded_words
from toolkit.nlp.lexicon import PERSON_TITLES, TITLE_WORDS

# A label in capitals at the opening of a line, up to eight words, then a colon and the line's text on the same
# line ("MARY LOUISE KELLY, HOST:", with its role after a comma and nothing after the colon, is a speaker's line).
_CAPS_LABEL = re.compile(r"^[ \t]*(?P<label>[A-Z][A-Z0-9.'’&-]*(?:[ \t]+[A-Z0-9][A-Z0-9.'’&-]*){0,7})[ \t]*:[ \t]+(?=\S)",
                         re.MULTILINE)
# A run of capitals of two words or more anywhere ("MARY LOUISE KELLY, HOST:"): a full name whose surname may
# label the turns after it.
_CAPS_RUN = re.compile(r"\b[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+)+\b")
# A word capitalised in the prose, not at a sentence's or a line's opening ("Secretary of State Marco Rubio",
# "told reporters Rubio", "C.C. Wei"): a name of the text.
_PROSE_CAPITAL = re.compile(r"(?:(?<=[\w,;)”\"’'] )|(?<=[A-Z]\. ))[A-Z][a-z][\w’'-]*")

# The kind of head that a single common word makes ("CLAIM:", "VERDICT:"): a speaker's label in a transcript.
_WORD = "word"

# A possessive's or a contraction's ending ("ZELENSKYY'S", "WHAT'S", "DON'T"), which no name's apostrophe has
# ("O'BRIEN", "D'ARCY").
_CLITIC = re.compile(r"['’](?:s|re|ll|ve|t|d|m)$")

# The nouns of a transcript's speakers that are no titles: its roles, and the unnamed ("UNIDENTIFIED PERSON",
# "AUDIENCE MEMBER", "MULTIPLE SPEAKERS"), a closed class of the transcript's trade.
_SPEAKER_NOUNS = frozenset("""host co-host anchor correspondent guest reporter interpreter translator moderator
    panelist caller announcer narrator interviewer interviewee participant audience crowd member members speaker
    speakers voice voices person people man woman male female unidentified unknown multiple group protester
    protesters demonstrator demonstrators official""".split())


def _place(words: str) -> bool:
    """A known place, in capitals as an acronym ("UK") or as a name ("COLORADO", "NEW YORK")."""
    return is_known_place(words, cities=True) or is_known_place(words.title(), cities=True)


def _word(word: str) -> str:
    return word.lower().strip(".")


def _person_word(word: str) -> bool:
    """A title or a speaker's noun, or their plural ("PARTICIPANTS", "AUDIENCE MEMBERS")."""
    return any(w in TITLE_WORDS or w in PERSON_TITLES or w in _SPEAKER_NOUNS for w in [_word(word), *_singulars(_word(word))])


def _singulars(word: str) -> list[str]:
    """The singulars a plural in "-s" may have ("facts", "birthdays", "switches", "parties")."""
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return []
    found = [word[:-1]]
    if word.endswith("es"):
        found.append(word[:-2])
    if word.endswith("ies"):
        found.append(word[:-3] + "y")
    return found


class _Reader:
    """What one text tells of its labels' words: its names in prose, its full names in capitals, English."""

    def __init__(self, text: str, labels: list[str]) -> None:
        self.prose = _prose_names(text)
        self.surnames = {run.split()[-1] for run in _CAPS_RUN.findall(text) if len(run.split()) >= 2}
        self.labels = labels
        self._english: frozenset[str] | None = None

    def english(self, word: str) -> bool:
        if self._english is None:
            self._english = loaded_words()
        return word in self._english

    def name(self, word: str) -> bool:
        """Whether a word in capitals is a name of the text: capitalised in its prose, or no English word."""
        return self.in_prose(word) or not (self.english(_word(word)) or any(self.english(s) for s in _singulars(_word(word))))

    def plural_noun(self, word: str) -> bool:
        """A common noun's plural ("BIRTHDAYS", "FACTS", "SANCTIONS"), not a name ("KALLAS") nor people's
        ("PROTESTERS")."""
        w = _word(word)
        singulars = _singulars(w)
        return bool(singulars) and any(self.english(s) for s in singulars) and not _person_word(w) \
            and not self.in_prose(word)

    def in_prose(self, word: str) -> bool:
        return word[:1] + word[1:].lower() in self.prose

    def gerund(self, word: str) -> bool:
        """A verb's form in "-ing" ("RESTORING AMERICAN PROSPERITY", "PUTTING AMERICA FIRST"), not a name
        ("MANNING" of a text that writes "Manning")."""
        w = _word(word)
        if len(w) < 6 or not w.endswith("ing") or self.in_prose(word):
            return False
        stem = w[:-3]
        return any(self.english(s) for s in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""))

    def is_head(self, label: str) -> bool | str:
        """Whether the label in capitals is a run-in head, not a speaker's (see the module): ``True`` for a phrase,
        ``_WORD`` for a common word alone, which a transcript's turns may still use for a speaker ("WEI: Thank
        you, Mr. President." between the president's turns)."""
        words = label.split()
        if len(words) == 1 and len(_word(words[0])) <= 2:
            return False  # "Q:", "A:": a question's and an answer's turns; "UK:", "EU:", "AP:", initials of a name
        if _place(label):
            return False  # "COLORADO: Denver Health announced …": a place's item of a list, its name kept
        for k, word in enumerate(words):
            w = _word(word)
            if _CLITIC.search(w):
                return True  # "ZELENSKYY'S APPEAL", "WHAT'S NEXT"
            if w == "the":
                if k == 0 and len(words) > 1 and _person_word(words[1]):
                    continue  # "THE PRESIDENT"
                return True  # "THE FACTS", "BY THE NUMBERS"
            if w == "of":
                if 0 < k < len(words) - 1 and _word(words[k - 1]) in PERSON_TITLES:
                    continue  # "SECRETARY OF STATE RUBIO"
                return True
            if w in STOP_WORDS and w not in TITLE_WORDS:
                return True  # "WITKOFF IN MOSCOW", "WHAT RUBIO WANTS", "ALL EYES ON …"
            if self.plural_noun(word) or self.gerund(word):
                return True  # "BIRTHDAYS", "SANCTIONS WATCH", "RESTORING AMERICAN PROSPERITY"
        last = words[-1]
        if _person_word(last) or len(words) == 1 and last in self.surnames or self.name(last):
            return False  # "SECRETARY RUBIO", "UNIDENTIFIED PERSON", "KELLY" (of "MARY LOUISE KELLY")
        if len(words) > 1 and any(_person_word(w) or self.name(w) for w in words):
            return False  # (a title or a name, then a word of the language: "USA TODAY", left as it was)
        if any(label != other and other.split()[-1] == last for other in self.labels):
            return False  # a surname labelling the turns of one whose full name labels another
        return _WORD  # "CLAIM", "VERDICT", "MORNING DISPATCH": a common word, no one's name


# The end of a line of prose: a sentence's stop, maybe inside a closing quotation mark or bracket. A headline after
# an outlet's name ("USA TODAY: Inflation eased to 4-year low …", "TIME: Apple to Tout …") or a memo's subject line
# ("SUBJECT: Reciprocal Trade and Tariffs") has none, and its label is a name or a field, no run-in head.
_PROSE_END = re.compile(r"[.!?…][\"”’')\]]*[ \t]*$")


# A quotation opening the text after the label: the label is its speaker ("USA TODAY: “The average refund …”").
_QUOTES = "\"“‘'"


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


# (a batch's texts, up to 64 (toolkit.extraction.parsing.PARSE_BATCH_TEXTS), pass the pipeline's paragraph marks, which
# ask for the heads, before the repairs of the first of them ask again: with room for a batch, each text's heads are
# found once, not two or three times)
@lru_cache(maxsize=128)
def _heads(text: str) -> tuple[tuple[int, int], ...]:
    found = list(_CAPS_LABEL.finditer(text))
    found = [m for m in found if any(c.isalpha() and c.isupper() for c in m.group("label"))
             and _PROSE_END.search(text, m.end(), _line_end(text, m.end())) and text[m.end()] not in _QUOTES]
    if not found:
        return ()
    reader = _Reader(text, [m.group("label") for m in found])
    kinds = [reader.is_head(m.group("label")) for m in found]
    speakers = [m.group("label") for m, kind in zip(found, kinds) if not kind]
    if any(speakers.count(label) > 1 for label in speakers):
        kinds = [kind is True for kind in kinds]  # a transcript: its turns' labels are speakers, but for phrases
    return tuple((m.start("label"), m.end("label") + text[m.end("label"):].index(":") + 1)
                 for m, kind in zip(found, kinds) if kind)


def run_in_heads(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each run-in head of ``text``, its words and its colon (see the module).

    Args:
        text: a document's text.
    """
    if ":" not in text:
        return []
    return list(_heads(text))


def names_nobody(text: str, start: int, end: int) -> bool:
    """Whether the words ``text[start:end]`` lie inside a run-in head and name nobody: all of the head
    ("MERZ IN CHARGE", "BIRTHDAYS", "CLAIM"), or a word of it the prose never writes as a name; a head's word the
    prose names is kept ("MERZ" of "MERZ IN CHARGE" in a text on "Friedrich Merz"), and so is a known place.

    Args:
        text: a document's text.
        start: the first character's offset.
        end: the offset after the last character.
    """
    if not any(s <= start and end <= e for s, e in run_in_heads(text)):
        return False
    words = text[start:end].split()
    if _place(" ".join(words)):
        return False
    prose = _prose_names(text)
    return not all(w[:1] + w[1:].lower() in prose for w in words)


@lru_cache(maxsize=4)
def _prose_names(text: str) -> frozenset[str]:
    return frozenset(_PROSE_CAPITAL.findall(text))


def turn_label_is_head(text: str, start: int) -> bool:
    """Whether a label that opens a line at ``start`` (a transcript's turn label by its form) is a run-in head.

    Args:
        text: a document's text.
        start: the offset of the label's first character.
    """
    return any(s == start for s, _ in run_in_heads(text))


# The nouns of an assertion put up to be weighed, a fact check's heads of what it tests ("CLAIM: Ukraine has agreed
# to hand over all of its mineral wealth …", "MYTH: …", "HOAX: …"): the paragraph under one is what others say, and
# the verdict that follows it ("THE FACTS: That is false.") may deny it.
_CLAIM_NOUNS = frozenset({"claim", "claims", "myth", "myths", "hoax", "rumor", "rumour", "rumors", "rumours",
                          "allegation", "allegations", "falsehood", "lie"})


def claim_paragraphs(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each line under a run-in head that names a claim put to the test ("CLAIM: …",
    "FALSE CLAIM: …", "MYTH: …"): none of its events is the publication's report.

    Args:
        text: a document's text.
    """
    claims = [(start, _line_end(text, end)) for start, end in run_in_heads(text)
              if _word(text[start:end - 1].split()[-1]) in _CLAIM_NOUNS]
    return claims + _claims_under_lone_heads(text)


# A claim's head on a line of its own, the claim on the next ("CLAIM" ⏎ "“You should have never started it.”" ⏎
# "Who said it: …" ⏎ "VERDICT: FALSE"; "The claim:" ⏎ …), as fact checks set their blocks on the web.
_LONE_CLAIM_HEAD = re.compile(r"^[ \t]*(?:THE |The |FALSE |False )?(?P<noun>[A-Z][A-Za-z]+)[ \t]*:?[ \t]*\n+", re.M)


def _claims_under_lone_heads(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of the line under each claim's head that stands alone on its line (round wire34c)."""
    found = []
    for head in _LONE_CLAIM_HEAD.finditer(text):
        noun = head.group("noun")
        if noun.lower() in _CLAIM_NOUNS and (noun.isupper() or noun.istitle()) and head.end() < len(text):
            found.append((head.end(), _line_end(text, head.end())))
    return found
