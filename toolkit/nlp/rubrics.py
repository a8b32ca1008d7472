"""The marks a news page sets at the start of a line: rubric labels, list bullets and a live page's times.

Web news writes its structure into the text's lines, and a plain-text copy keeps them with a single line
break, where the parser sees one run of words:

* a **rubric** labels what its line holds, in a few words and a colon ("Why it matters: The trip is …",
  "Driving the news: Army Secretary Dan Driscoll met …", the house style of Axios and of many newsletters;
  "Editor's note: …", "Scoop: …", "Photo: …"). Read into the sentence, the label's words become its subject or
  its verb ("Dan Driscoll drive the news") or a name ("Scoop" a person). A **pointer** labels a line that points to
  another page ("Read more: Trump Gives Putin 50 Days …", "Watch: Zelensky arrives in Ankara", "Go deeper: …"): the
  whole line is that page's title, none of the story. The labels are a closed class of the trade's words, listed
  below; each is known only with its colon at the opening of a line. A run-in head in capitals, the trade's topic
  of a paragraph ("MERZ IN CHARGE: …", "THE FACTS: …"), is told from a transcript's speaker by its language
  (:mod:`toolkit.nlp.run_in_heads`) and read as a rubric's label.
* a blog's or a forum's **post stamp** closes a post on a line of its own ("Posted by Anthony Beavers to Cognitive
  Science News at 8/28/2005 07:18:20 AM", "Posted on March 3, 2025 by …"): who posted it where and when, no act of
  the story (read as one, "Anthony Beavers post Cognitive Science News"). Known by its opening words and a clock
  time, a date or no closing stop ("Posted on Facebook on Monday, the video shows …" is a sentence).
* a **bullet** opens a list's item ("- Russia launches 145 drones at Ukraine overnight"): each item is a
  sentence of its own, also where the items stand on lines that follow one another.
* a live page stamps each post with its **time** on a line of its own ("10:42"), then the post's heading; a
  section's **heading** of a few words stands on its own line right above its text ("Fighting", then "Russian
  drones and missiles killed …" on the next line), where a blank line or the text's start comes before it (a hard-wrapped paragraph's short
  line has its paragraph's line above it).

:func:`rubric_ranges` gives the character ranges that report nothing (a rubric's label, a pointer's whole
line), which the event reader skips as it skips a caption, and :func:`in_pointer_line` tells the names of a
pointer's line, none of the story's; :func:`line_starts` gives where a sentence must
start, which the pipeline sets before the parser runs (:func:`toolkit.nlp.model._mark_paragraph_breaks`).

Example:
    >>> rubric_ranges("Why it matters: The trip is the most serious push yet.")
    [(0, 15)]
    >>> rubric_ranges("Read More: Trump Gives Putin 50 Days to Reach Deal")
    [(0, 50)]
    >>> rubric_ranges("Trump said: the talks went well.")
    []
"""

from __future__ import annotations

import re

from toolkit.nlp.run_in_heads import run_in_heads
# Labels of a paragraph's content (the newsletter style of "smart brevity", live pages and explainers).
_CONTENT_LABELS = r"""why it matters|driving the news|the big picture|big picture|what they'?re saying|what (?:he|she|they)
    said|the other side|zoom in|zoom out|between the lines|yes,? but|what'?s next|what to watch(?: for)?|catch up
    quick|by the numbers|flashback|state of play|the bottom line|bottom line|the latest|reality check|the backstory
    |the intrigue|be smart|our thought bubble|worth noting|for the record|the big question|what we know|what we
    don'?t know|what happened|key developments?|context|background|details|scoop|exclusive|breaking|breaking news
    |update|analysis|the backdrop|the fine print|what'?s inside|the catch|threat level|go deeper|the context|photo
    |photos|image|picture"""
# Labels of a line that points to another page or credits a picture: the whole line is furniture.
_POINTER_LABELS = r"""read more|read also|also read|more|related|related coverage|see also|watch|video|listen
    |podcast|go deeper|more on this|recommended|explore more|editor'?s note|correction|clarification|sign up
    |subscribe"""
# (A picture's label, "Photo:" or "Image:", is a content label: the line names who took the picture, a person the
# who's who lists as the credit's, "Image: EliasHabermas".)


def _alternatives(words: str) -> str:
    return "|".join(part.strip().replace("\n", " ").replace("  ", " ") for part in " ".join(words.split()).split("|"))


# A label opens its line (after a bullet, if any), capitalised or in capitals, and its colon is followed by the
# line's text on the same line. "Go deeper" is both: it labels a content line in some styles and a pointer in
# others; as a pointer it is listed first and wins.
_LABEL = re.compile(
    rf"^[ \t]*(?:[-•*–][ \t]+)?(?P<label>(?P<pointer>{_alternatives(_POINTER_LABELS)})|{_alternatives(_CONTENT_LABELS)})"
    r"[ \t]*:[ \t]+(?=\S)", re.IGNORECASE | re.MULTILINE)
# A post stamp on a line of its own (see the module's docstring): its opening words, then a clock time, a date or
# an end with no stop.
_POST_STAMP = re.compile(r"^[ \t]*(?:Posted|Submitted|Published)[ \t]+(?:by|on|at|to|in)[ \t]+[^\n]{1,120}$",
                         re.MULTILINE)
_STAMP_TIME = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(?:19|20)\d{2}\b|[^.!?\"”’)\s][ \t]*$")
_STAMP_WORDS = 20
# A list's bullet at the opening of a line, then the item's first word.
_BULLET = re.compile(r"^[ \t]*[-•*–][ \t]+(?=[\w\"“‘'(])", re.MULTILINE)
# A live page's time stamp, alone on its line ("10:42", "10.42 GMT", "3:15 p.m. ET").
_STAMP = re.compile(r"^[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4})?[ \t]*\n(?=[ \t]*\S)",
                    re.MULTILINE | re.IGNORECASE)

# A gallery's counter alone on its line above a caption ("2 of 8", "Photo 3 of 12", "Image 4/10"): no part of the
# caption's sentence ("2 of 8 Zelensky speaks during a meeting …" would make the counter the subject's).
_COUNTER = re.compile(r"^[ \t]*(?:(?:Photo|Image|Picture|Slide)[ \t]+)?\d{1,3}(?:[ \t]+of[ \t]+|[ \t]*/[ \t]*)\d{1,3}[ \t]*\n"
                      r"(?=[ \t]*\S)", re.MULTILINE | re.IGNORECASE)

# A reporter named in square brackets right after a transcript's turn label ("QUESTION: [Matt Lee, AP] Thanks, …").
# (the label one to three capitalised words, as interviews.py reads a turn's mark: "And he was helped by the other
# two: [Augustine Triumph] Attah" is a sentence, its bracket an editor's)
_ASKER = re.compile(r"^[ \t]*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}:[ \t]*\[[^\]\n]{1,60}\][ \t]*(?=\S)", re.MULTILINE)


_ANY_LABEL = re.compile(rf"(?:{_alternatives(_POINTER_LABELS)}|{_alternatives(_CONTENT_LABELS)})", re.IGNORECASE)


def rubric_label(words: str) -> bool:
    """Whether ``words`` are one of the labels a rubric or a pointer opens its line with ("Scoop", "Photo").

    Args:
        words: a phrase, as written.
    """
    return bool(words[:1].isupper() and _ANY_LABEL.fullmatch(words))


def in_pointer_line(text: str, at: int) -> bool:
    """Whether the character at ``at`` stands in a line that points to another page ("Read more: Trump Gives Putin
    50 Days …"): the names there are that page's title's, in its title case, none of the story's mentions.

    Args:
        text: a document's text.
        at: a character offset.
    """
    first = text.rfind("\n", 0, at) + 1
    found = _LABEL.match(text, first, _line_end(text, at))
    return bool(found and found.group("pointer") and found.group("label")[0].isupper() and found.end() <= at)


# A heading on a line of its own, right above its text with a single line break ("Fighting\nRussian drones and
# missiles killed …", a live page's sections): a few words, no stop, no colon, after a blank line or at the top.
_HEADING = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*(?P<heading>[A-Z][^\n.!?:;,\"“”]{0,60}?)[ \t]*\n(?=[ \t]*[A-Z“\"])")
_HEADING_WORDS = 5
# Words no heading ends with, that leave a line open for the next (a hard-wrapped line: "The talks were held in").
_OPEN_ENDINGS = frozenset("a an the of in on at to for with by from and or but as than that".split())
_TEXT_WORDS = 6  # the text below it is a sentence, longer than the heading


def _headings(text: str) -> list[int]:
    """The offsets of the lines that follow a short heading with a single line break."""
    found = []
    for match in _HEADING.finditer(text):
        below = text[match.end():_line_end(text, match.end())]
        words = match.group("heading").split()
        if (len(words) <= _HEADING_WORDS and len(below.split()) >= _TEXT_WORDS
                and words[-1].lower() not in _OPEN_ENDINGS):
            found.append(match.end() + len(below) - len(below.lstrip()))
    return found


def _after_space(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t":
        at += 1
    return at


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


# A section's heading put as a question in title case, alone on its line ("What People Are Saying", "Why It
# Matters", "What Happens Next", "How We Got Here"): a rubric of a news site's explainer format, naming nobody.
_QUESTION_HEADING = re.compile(r"[ \t]*(?:What|Why|How|Who|Where|When)(?:[ \t]+[A-Z][\w'’]*){1,5}[ \t]*")


def in_question_heading(text: str, at: int) -> bool:
    """Whether the character at ``at`` stands in a section's heading put as a question in title case ("What People
    Are Saying"), alone on its line.

    Args:
        text: a document's text.
        at: a character offset.
    """
    first = text.rfind("\n", 0, at) + 1
    return bool(_QUESTION_HEADING.fullmatch(text, first, _line_end(text, at)))


def rubric_ranges(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each rubric's label (to its colon) and of each pointer's and post stamp's whole line.

    Args:
        text: a document's text.
    """
    ranges = []
    for found in _LABEL.finditer(text):
        if not found.group("label")[0].isupper():
            continue  # a label is capitalised ("more: …" in running text is none)
        end = _line_end(text, found.end()) if found.group("pointer") else found.end("label") + 1
        ranges.append((found.start(), end))
    ranges += [found.span() for found in _POST_STAMP.finditer(text)
               if len(found.group(0).split()) <= _STAMP_WORDS and _STAMP_TIME.search(found.group(0))]
    return ranges + [head for head in run_in_heads(text) if not any(s <= head[0] < e for s, e in ranges)]


# The most words of a live entry's headline, the line under its time stamp ("Trump and Putin leave the base without
# taking questions").
_ENTRY_HEADLINE_WORDS = 16


def time_stamps(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each live page's time stamp alone on its line ("10:42 a.m. ET").

    Args:
        text: a document's text.
    """
    return [(found.start() + len(found.group(0)) - len(found.group(0).lstrip()), found.end() - 1)
            for found in _STAMP.finditer(text)]


def stamped_headlines(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each live entry's headline: the line right under a live page's time stamp ("4:55 p.m.
    ET" ⏎ "Trump and Putin leave the base without taking questions"), short and not ended like a sentence. It is one
    sentence: the parser, starting it at the stamp's line end, may cut it after its first name ("Trump" ⏎ "and
    Putin leave the base", round wire34c).

    Args:
        text: a document's text.
    """
    found = []
    for stamp in _STAMP.finditer(text):
        start = stamp.end() + len(text[stamp.end():]) - len(text[stamp.end():].lstrip(" \t"))
        end = _line_end(text, start)
        line = text[start:end].rstrip()
        if line and len(line.split()) <= _ENTRY_HEADLINE_WORDS and line[-1] not in ".!?:;\"”’)":
            found.append((start, start + len(line)))
    return found


def line_starts(text: str) -> list[int]:
    """The character offsets where a sentence must start: a rubric's text after its label's colon, a list item at
    its bullet, the line after a live page's time stamp or a gallery's counter (and the stamp itself), the text below
    a short heading, the words after a reporter's name in brackets after a turn label.

    Args:
        text: a document's text.
    """
    starts = [found.end() for found in _LABEL.finditer(text) if found.group("label")[0].isupper()]
    starts += [_after_space(text, end) for _, end in run_in_heads(text)]  # "BIRTHDAYS: No one we know of."
    starts += [found.start() for found in _BULLET.finditer(text)]
    # (a reporter named in brackets after a transcript's turn label: "QUESTION: [Jennifer Hansler, CNN] And President
    # Zelensky said …" is no sentence whose subject is the reporter)
    starts += [found.end() for found in _ASKER.finditer(text)]
    for found in (*_STAMP.finditer(text), *_COUNTER.finditer(text)):  # (a gallery's "2 of 8" as a stamp)
        starts += [found.start() + len(found.group(0)) - len(found.group(0).lstrip()), found.end()]
    starts += _headings(text)
    return sorted(set(starts))
