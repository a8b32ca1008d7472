"""Two spellings of one word a typing slip or a transliteration's vowel apart ("zelesnkyy" / "zelenskyy", "waters"
/ "water", "bin laden" / "bin ladin"), and an index that finds a word's slips without comparing it with every
word of a set.

Used by :mod:`toolkit.nlp.spellings` to merge a surname misspelt in a set.

Example:
    >>> one_slip_apart("zelesnkyy", "zelenskyy"), letter_dropped("waters", "water")
    (True, True)
"""

from __future__ import annotations

import re
from collections import defaultdict


def one_slip_apart(a: str, b: str) -> bool:
    """Whether two long words differ by one typing slip: a letter changed, added, dropped, or two
    neighbours swapped ("zelesnkyy" / "zelenskyy"). Words under 7 letters never are."""
    if a == b or min(len(a), len(b)) < 7 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


_VOWELS = frozenset("aeiou")


def vowel_variants(a: list[str], b: list[str]) -> bool:
    """Whether two names' words are the same but for one vowel written for another in some of them, the last
    among them ("bin laden" / "bin ladin")."""
    if a[-1] == b[-1]:
        return False
    for x, y in zip(a, b):
        diff = [i for i in range(len(x)) if x[i] != y[i]]
        if len(diff) > 1 or diff and not (x[diff[0]] in _VOWELS and y[diff[0]] in _VOWELS):
            return False
    return True


# An apostrophe between letters inside a word, two letters or more after it (no possessive "'s"): how English
# transliterates a sound it has no letter for, the Arabic ʿayn or hamza ("qa'ida", "shari'a", "hay'at").
_MARKED_SOUND = re.compile(r"[a-z]'[a-z]{2,}")


def marked_transliteration(marked: str, plain: str) -> bool:
    """Whether ``marked`` is ``plain`` transliterated with an apostrophe for a sound English has no letter for, the
    letters otherwise the same but for one vowel written for another ("al-qa'ida" / "al-qaeda", "al-qa'ida" /
    "al-qaida"; keys, in lower case, the typeset apostrophe already typed)."""
    if "'" in plain or not _MARKED_SOUND.search(marked):
        return False
    bare = marked.replace("'", "")
    if len(bare) != len(plain):
        return False
    diff = [i for i in range(len(bare)) if bare[i] != plain[i]]
    return not diff or len(diff) == 1 and bare[diff[0]] in _VOWELS and plain[diff[0]] in _VOWELS


def letter_dropped(a: str, b: str) -> bool:
    """Whether two words of five letters or more differ by one letter left out ("water" /
    "waters", "mauer" / "maurer"): the one slip that shorter surnames are merged on."""
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) != 1:
        return False
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))



def slip_index(words: set[str]) -> dict[str, set[str]]:
    """Words by each of their one-letter deletions (and themselves): two words one slip apart
    share a key, so candidates are looked up, not compared with every word of the set."""
    index: dict[str, set[str]] = defaultdict(set)
    for word in words:
        for key in {word} | {word[:i] + word[i + 1:] for i in range(len(word))}:
            index[key].add(word)
    return index


def slip_candidates(word: str, index: dict[str, set[str]]) -> set[str]:
    found: set[str] = set()
    for key in {word} | {word[:i] + word[i + 1:] for i in range(len(word))}:
        found |= index.get(key, set())
    return found


