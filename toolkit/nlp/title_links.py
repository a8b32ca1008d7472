"""Which person a surname means by the title it carries: "Mrs. Trump" and "President Trump" in one set.

The index links a lone surname to the person named in full whose surname it is
(:mod:`~toolkit.nlp.index`); but a surname's mentions may name two people, told apart by their
titles ("First Lady Melania Trump … Mrs. Trump … President Trump"). :func:`title_targets` gives,
for each title a lone surname carries in the set, the full name it names, read in this order:

1. a title that shows a sex ("Mrs", "Sir", "Queen", :func:`~toolkit.nlp.titles.sex_of_title`) does not name
   a person the text shows to be of the other sex (by such a title before the full name, or a "he" or "she"
   after it, :mod:`~toolkit.nlp.pronoun_sexes`); of two people of the surname, it names the one of its sex;
2. a title does not name a person whose own title is its holder's spouse's ("First Lady" is not the
   "President", :func:`~toolkit.nlp.titles.spouse_titles_conflict`);
3. of the people left, it names the one the set gives that very title ("President Donald J. Trump"); a title
   of either sex ("President", "Senator") decides nothing by itself;
4. of several still, the one who dominates the surname (:func:`~toolkit.nlp.lone_names.dominant`'s rule, passed
   in), else none: the surname with that title is its own person ("Trump").

Example:
    >>> title_targets("trump", by_key, {"melania trump"}, dominant)      # doctest: +SKIP
    {'mrs': 'melania trump', 'president': None}
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from toolkit.nlp.surfaces import Mention
from toolkit.nlp.titles import sex_of_title, spouse_titles_conflict


def person_sex(group: list[Mention]) -> str | None:
    """The sex the titles before a person's name show ("First Lady Melania Trump": "f"), or a "he"/"she" after
    it (:attr:`~toolkit.nlp.surfaces.Mention.sex`), if they agree."""
    sexes = ({sex_of_title(m.title) for m in group} | {m.sex for m in group}) - {None}
    return next(iter(sexes)) if len(sexes) == 1 else None


def title_targets(key: str, by_key: dict[str, list[Mention]], candidates: set[str],
                  dominant: Callable[[list[str]], str | None]) -> dict[str, str | None]:
    """For each title the lone name ``key`` carries that tells its people apart, the key of the full name it
    names among ``candidates`` (the people of that surname), or None: the titled surname names none of them
    (see the module). A title that rules none of them out is left out: it decides nothing."""
    titles = {m.title for m in by_key[key] if m.title}
    if not titles or not candidates:
        return {}
    sex = {c: person_sex(by_key[c]) for c in candidates}
    given = {c: {m.title for m in by_key[c] if m.title} for c in candidates}
    targets: dict[str, str | None] = {}
    for title in titles:
        own = sex_of_title(title)
        fit = [c for c in sorted(candidates) if not (own and sex[c] and sex[c] != own)
               and not spouse_titles_conflict(title, given[c])]
        if own and any(sex[c] == own for c in fit):
            fit = [c for c in fit if sex[c] == own]  # "Mrs. Trump": Melania Trump, not Donald Trump
        if any(title in given[c] for c in fit):
            fit = [c for c in fit if title in given[c]]  # "President Trump": President Donald J. Trump
        if len(fit) < len(candidates):
            targets[title] = fit[0] if len(fit) == 1 else dominant(fit) if fit else None
    return targets


def majority(readings: Counter) -> str | None:
    """The reading most of a surname's mentions have (a key, or None for its own person); ties to a key."""
    return sorted(readings.items(), key=lambda kv: (-kv[1], kv[0] is None, kv[0] or ""))[0][0]
