"""Short forms of titles, which the small model reads as bodies.

News spells out an office once and gives its short form in parentheses ("the Divisional Railway
Manager (DRM)", "the National Security Advisor (NSA)", "Chief Information Security Officer (CISO)"),
then uses the short form alone ("there were few women who became DRM"). The model takes the letters
for an organisation's, as it does for "(USCIRF)" after a commission; but a short form spelt by a title
names an office that a person holds, no body. Where the words before the parentheses spell the
letters and end in a title noun, every mention of those letters in the document is no entity.

Example:
    >>> [e.text for e in repair_entities(nlp("She is the Divisional Railway Manager (DRM) for Mysore Division.")).ents]  # doctest: +SKIP
    ['Mysore Division']
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.lexicon import ORG_HEADS, PERSON_TITLES

# Titles whose short form news uses for the holder's agency too ("the United States Trade Representative (USTR)"
# heads the Office of the USTR, which "the USTR" names as often): their letters stay a body.
_AGENCY_TITLES = frozenset({"representative", "rep"})
# Nouns that end a title and name the person who holds it: the titles before names (PERSON_TITLES) and the
# agent nouns of offices that English news writes before a person's name or in apposition to it ("Chief
# Information Security Officer", "Divisional Railway Manager", "Police Commissioner", "Chief Inspector").
TITLE_HEADS = (PERSON_TITLES - _AGENCY_TITLES) | frozenset(
    """manager officer commissioner coordinator administrator inspector superintendent controller registrar
    executive chairperson chairwoman""".split())
# Words that a title's spelt-out form may hold without an initial ("Secretary of State", "Chief of the
# Defence Staff"), as a body's does.
_SMALL_WORDS = frozenset({"of", "the", "for", "and", "&"})
_LONGEST = 7  # words of a spelt-out title ("Assistant Secretary of State for … Affairs" is longer and left)


def _spelt_title(ent: Span) -> bool:
    """Whether ``ent`` is an acronym in parentheses that the capitalised words right before the
    parentheses spell, ending in a title noun and holding no body's head word before "of" ("Executive
    Office of the President (EOP)" is a body)."""
    if len(ent) != 1:
        return False  # (first: the span's text is joined anew on each read)
    doc = ent.doc
    letters = ent.text
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return False
    if not (ent.start >= 2 and ent.end < len(doc) and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")"):
        return False
    last = doc[ent.start - 2]
    if not (last.is_title and last.lower_ in TITLE_HEADS):
        return False
    initials: list[str] = []
    k = ent.start - 2
    while k >= 0 and ent.start - 2 - k < _LONGEST:
        word = doc[k]
        if word.is_title and word.is_alpha:
            if word.lower_ in ORG_HEADS and doc[k + 1].lower_ in _SMALL_WORDS:
                return False  # "the Office of the Director …": the office of a title is a body (a body's
                # head inside the title, "Divisional Railway Manager", qualifies the office)
            initials.insert(0, word.text[0])
            if "".join(initials) == letters:
                return True
        elif word.lower_ not in _SMALL_WORDS or k == ent.start - 2:
            return False
        k -= 1
    return False


def title_acronyms(ents: list[Span]) -> list[Span]:
    """Drop the short forms of titles ("the Divisional Railway Manager (DRM)"), at their definition and
    wherever else the document names those letters alone or with a possessive ("DRM's")."""
    if not ents:
        return ents
    titles = {e.text for e in ents if _spelt_title(e)}
    if not titles:
        return ents
    return [e for e in ents if e.text not in titles
            and not (len(e) == 2 and e[0].text in titles and e[1].tag_ == "POS")]
