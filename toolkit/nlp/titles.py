"""The title a person's name carries, and the sex a title shows.

News writes a person's title right before the name ("President Trump", "First Lady Melania
Trump", "Mrs. Trump", "Sen. Warren"). :func:`title_of` reads it, in lower case and without its
modifiers ("former", "U.S."), for :class:`~toolkit.nlp.surfaces.Mention`; the index links a
surname by it (:mod:`~toolkit.nlp.title_links`). :func:`sex_of_title` is the sex a title shows
("Mrs", "Queen", "Sir"), or None for one either holds ("President", "Senator").
:func:`spouse_titles_conflict` says when a spouse's title ("First Lady") rules out the office
("President") the spouse is named after.

Example:
    >>> title_of(doc[3:4], 0)  # "She thanked President Trump."  # doctest: +SKIP
    'president'
    >>> sex_of_title("first lady"), sex_of_title("president")
    ('f', None)
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.lexicon import LEGISLATOR_TITLES, PERSON_TITLES

# The titles and words of address that show a sex: of courtesy ("Mrs", "Sir"), of rank ("Queen",
# "Prince"), of a religious order ("Sister", "Father"), and the offices named for a woman ("chairwoman").
_SEX_OF_WORD = {
    **dict.fromkeys("""mrs ms miss madam madame mme lady queen princess dame sister duchess empress countess
                    baroness chairwoman congresswoman councilwoman assemblywoman alderwoman spokeswoman""".split(), "f"),
    **dict.fromkeys("mr sir lord king prince duke emperor baron brother father gentleman".split(), "m"),
}
# The words a title is built of (besides PERSON_TITLES): "Vice President", "Prime Minister", "First Lady",
# "Crown Prince", and the short forms of offices and ranks.
_TITLE_PARTS = frozenset("""vice prime first second crown sen senator rep representative gov governor dr prof professor
    premier chancellor commissioner admiral adm colonel col captain capt lt sgt sergeant rabbi imam reverend rev
    bishop cardinal archbishop""".split())
_MODIFIERS = frozenset({"vice", "prime", "first", "second", "crown"})  # the words that open a title of two
_TITLE_WORDS = PERSON_TITLES | LEGISLATOR_TITLES | frozenset(_SEX_OF_WORD) | _TITLE_PARTS
# A spouse's title, and the offices whose holder's spouse bears it: the First Lady is not the President.
_SPOUSE_OF = {"first lady": {"president", "governor"}, "first gentleman": {"president", "governor"},
              "second lady": {"vice president"}, "second gentleman": {"vice president"}}


def _word(token) -> str:
    return token.lower_.strip(".")


def _is_title_word(token) -> bool:
    return token.text.rstrip(".").isalpha() and _word(token) in _TITLE_WORDS


def title_of(span: Span, sent_start: int) -> str | None:
    """The title words right before a person's name, or opening it, in lower case ("first lady", "mrs",
    "vice president"); None when no title stands there. At most four words, read back from the name.
    """
    doc = span.doc
    inside = 0  # the title words the name's span opens with ("President Trump" as one span)
    while inside < len(span) - 1 and _is_title_word(span[inside]):
        inside += 1
    words = [_word(t) for t in span[:inside]]
    i = span.start
    while i > sent_start and len(words) < 4 and _is_title_word(doc[i - 1]):
        words.insert(0, _word(doc[i - 1]))
        i -= 1
    while words and words[-1] in _MODIFIERS:
        words.pop()  # "the first Melania …", "Second, Smith …": a modifier with no title after it is none
    return " ".join(words) or None


def name_by_title(index, span: Span) -> str | None:
    """The entity a person's name means by the title in front of it, where the title names another person than
    the name alone ("President Trump" beside "Mrs. Trump", :meth:`~toolkit.nlp.index.EntityIndex.titled_name`);
    None where it does not, or the name has no title: then the name's own entity is meant."""
    if span.label_ != "PERSON":
        return None
    title = title_of(span, max(0, span.start - 4))
    return index.titled_name(span.text, title) if title else None


def sex_of_title(title: str | None) -> str | None:
    """"f" or "m" for a title that shows the sex of who bears it ("Mrs", "First Lady", "King"), else None."""
    if not title:
        return None
    sexes = {_SEX_OF_WORD[w] for w in title.split() if w in _SEX_OF_WORD}
    return next(iter(sexes)) if len(sexes) == 1 else None


def spouse_titles_conflict(title: str, titles: set[str]) -> bool:
    """Whether a person given one of ``titles`` is not the one ``title`` names: the spouse of its holder."""
    return any(title in _SPOUSE_OF.get(t, ()) for t in titles)
