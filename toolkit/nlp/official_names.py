"""Official names given in full once and short after: a department, a ministry, a firm with its legal form.

News names a government department in full once and then by its field alone or with the head word after it
("the Department of Health and Human Services" … "Health and Human Services Secretary Robert F. Kennedy Jr."; "the
Department of Homeland Security" … "the Homeland Security Department"), and a firm with its legal form once and
then without it ("Kinder Morgan Inc." … "Kinder Morgan"). Each short form is the one body named in full in its
document; the small model often gives it another label (the firm's two words a person's), so without a join the set
keeps two rows of one thing; so does an Interstate named in full and then by its letter ("Interstate 40" …
"I-40"). :func:`full_form_of` finds the full name a short key stands for;
:class:`~toolkit.nlp.index.EntityIndex` joins them (round wire37). A field of one word with its head after it ("the
Justice Department") is merged earlier, with the spellings (:func:`toolkit.nlp.spellings.merge_spellings`, step
4); these joins come after the acronyms are merged, so that the field's acronym ("HHS", spelt by "Health and Human
Services") stays with it.

A team is named in full by its town and nickname once and then by the nickname alone ("the Dallas Mavericks" …
"the Mavericks beat …"), and a vehicle by its maker and model once and then by the model ("the SpaceX Falcon
Heavy" … "Falcon Heavy launched …"): :func:`named_with_a_word_before` finds those full names (round wire37b).

Example (beside "department of homeland security"; ``tails`` and ``firms`` are :func:`keys_by_tail` and
:func:`keys_by_firm_name` of the keys):
    >>> full_form_of("homeland security department", by_key, tails, firms)  # doctest: +SKIP
    ['department of homeland security']
"""

from __future__ import annotations

import re

from toolkit.nlp.legal_suffixes import FORMS_AFTER_NAMES

# The head words of a government's departments, written before their field ("Department of Energy") or after it
# ("the Energy Department").
_DEPARTMENT_HEADS = ("department", "ministry")

# The legal forms as keys hold them (lower case, no stops).
_FORM_KEYS = frozenset(form.replace(".", "") for form in FORMS_AFTER_NAMES) - {""}


# What follows a firm's name in its full form, as keys hold it: a legal form ("kinder morgan inc"), "Co." or
# "Corporation" ("walt disney co", "wells fargo & co"), and a group's or a holding company's word before a form
# ("goldman sachs group inc" beside "goldman sachs", round wire38), as business copy names a listed firm once.
_FIRM_ENDINGS = tuple(sorted(_FORM_KEYS)) + ("co", "& co", "corporation") + tuple(
    f"{word} {form}" for word in ("group", "holdings", "cos", "companies") for form in sorted(_FORM_KEYS | {"co"}))
_FIRM_ENDING_SET = frozenset(_FIRM_ENDINGS)
_LONGEST_ENDING = max(len(ending.split()) for ending in _FIRM_ENDINGS)


# An Interstate by its letter and number, as keys hold it ("i-40"), which news writes in full once ("Interstate 40").
_INTERSTATE_KEY = re.compile(r"i-\d{1,3}")


def keys_by_tail(keys) -> dict[str, list[str]]:
    """Each key of ``keys`` under every tail of its words but the whole ("dallas mavericks" under "mavericks"), in
    the keys' order: the keys that end in a name, looked up at once rather than by a scan of every key for every
    key (a set of 2,000 articles holds some 50,000 keys)."""
    tails: dict[str, list[str]] = {}
    for key in keys:
        words = key.split()
        for i in range(1, len(words)):
            tails.setdefault(" ".join(words[i:]), []).append(key)
    return tails


def keys_by_firm_name(keys) -> dict[str, list[str]]:
    """Each key of ``keys`` that ends in a firm's legal form or word ("goldman sachs group inc", "walt disney co")
    under the name before it ("goldman sachs", "walt disney"), in the keys' order: one pass over the keys, rather
    than each key tried with each of the ~100 endings."""
    firms: dict[str, list[str]] = {}
    for key in keys:
        words = key.split()
        for n in range(1, min(_LONGEST_ENDING, len(words) - 1) + 1):
            if " ".join(words[-n:]) in _FIRM_ENDING_SET:
                firms.setdefault(" ".join(words[:-n]), []).append(key)
    return firms


def full_form_of(key: str, keys, tails: dict[str, list[str]], firms: dict[str, list[str]]) -> list[str]:
    """The keys of ``keys`` that name in full the body a key names short: for "health and human services" (a field
    of two words or more) those ending in "department of health and human services" or "ministry of …"; for
    "homeland security department" those ending in "department of homeland security"; for "kinder morgan" (two
    words or more) the key with a legal form after it ("kinder morgan inc"). Empty when none. ``tails`` is
    :func:`keys_by_tail` and ``firms`` :func:`keys_by_firm_name` of ``keys``."""
    if _INTERSTATE_KEY.fullmatch(key):
        return [k for k in (f"interstate {key[2:]}",) if k in keys]  # "I-40" beside "Interstate 40" (round wire37b)
    words = key.split()
    if len(words) < 2 or words[0] in _DEPARTMENT_HEADS:
        return []
    if words[-1] in _DEPARTMENT_HEADS:
        if len(words) == 2:
            return []  # ("the Justice Department": joined before, with the spellings, toolkit.nlp.spellings step 4)
        field = " ".join(words[:-1])
        endings = (f"{words[-1]} of {field}", f"{words[-1]} of the {field}")
    else:
        endings = tuple(f"{head} of {key}" for head in _DEPARTMENT_HEADS)
    ending = dict.fromkeys(k for e in endings for k in ([e] if e in keys else []) + tails.get(e, []))
    found = [k for k in ending if k != key and len(k.split()) - len(key.split()) <= 4]
    return found + firms.get(key, [])


def named_with_a_word_before(key: str, tails: dict[str, list[str]], *, is_town, is_body) -> list[str]:
    """The keys of ``keys`` that are ``key`` with one name in front that names the thing in full: for a nickname in
    the plural ("mavericks", one word) a town's or a state's name and the nickname ("dallas mavericks",
    ``is_town(front)``); for a model's name of two words or more ("falcon heavy") a body's name of the set and the
    model ("spacex falcon heavy", ``is_body(front)``). Empty when none.

    A country's name in front is left to the caller's ``is_town``: "the Coast Guard" beside "the U.S. Coast Guard"
    is no join (the held-out GUM interviews lost a right entity by it). ``tails`` is :func:`keys_by_tail` of the
    set's keys."""
    words = key.split()
    longer = tails.get(key, [])
    if len(words) == 1:
        if not (key.endswith("s") and key.isalpha() and len(key) > 3):
            return []
        return [k for k in longer if 1 <= k.count(" ") <= 2 and is_town(k[:-len(key) - 1])]
    return [k for k in longer if k.count(" ") == len(words) and is_body(k[:-len(key) - 1])]
