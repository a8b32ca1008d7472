"""A story told in the present: a work's plot, summarised, is no news of acts.

A news report of a film, a book, a play or a game sums up its story in the simple present ("The film follows a
fictionalized version of comedian Tim Heidecker who hosts the absurd … Web series … When Heidecker narrowly avoids
a murder conviction, he sets out to run for District Attorney … and fails to even be on the ballot."). Those
clauses tell what happens in the work, not what anybody did: no event. English marks the summary twice: a clause
opens it with a work for subject (a noun of a work, or a title) and a verb of telling or centring in the present ("The film follows
…", "The novel tells the story of …", "The game centres on …", "The book is about …"), and what follows keeps to
the simple present, which in a news paragraph is otherwise the tense of states and captions. So from such a
frame to the end of its paragraph, a clause in the simple present tells the plot (:func:`tells_a_plot`).

What stays news there: a clause with a time of its own ("… and debuts on October 9": a date tells the real
world's calendar), a clause whose subject is the work itself or "it" ("It premieres on Friday"), a verb of
saying ("…, the director says"), and anything in a past or a perfect tense ("The author wrote it in 2015"). A
frame with another subject ("Police follow a man who robs a bank", "The company follows a strict policy") opens
no summary, and a sentence whose main verb is in the past tense is news again ("Trump said Bolton … "likes dropping
bombs …""). A fronted "In the film," (the novel, the game, …) sets the clause it opens in the work's world too ("In
the film, Hanks plays a pilot who lands on the Hudson"); "appears in the film" or "workers in the film industry"
open nothing, and nor does an author's claim ("In the book, Bolton claims Trump asked …").

The nouns of a work are a lexical class (film, novel, series, …); the frame verbs a small closed set.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from toolkit.nlp.lookups import doc_text, indices_where, kept
from toolkit.nlp.verb_classes import REPORTING_VERBS

# Nouns of a creative work whose story a report may sum up (a lexical class).
WORK_NOUNS = frozenset("""film movie mockumentary documentary novel novella book series miniseries show
    sitcom drama comedy thriller play musical opera ballet game story plot episode sequel prequel trilogy comic
    manga anime cartoon screenplay script tale narrative""".split())

# Verbs that open a summary of a work's story when the work is their subject, in the present.
_FRAME_VERBS = frozenset({"follow", "tell", "centre", "center", "revolve", "focus", "chronicle", "recount",
                          "depict", "portray", "star", "concern", "be"})


def _frames_a_plot(verb: Token) -> bool:
    """Whether a present-tense verb of telling has a noun of a work for subject ("The film follows …"; "be" only
    with "about": "The book is about …")."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.lemma_ == "be" and not any(c.dep_ == "prep" and c.lower_ == "about" for c in verb.children):
        return False
    # (the small model may hang the work's noun on the verb as a compound: "The game centres on …")
    return any(c.dep_ in ("nsubj", "compound") and c.i < verb.i and _names_a_work(c) for c in verb.children)


def _names_a_work(subject: Token) -> bool:
    """Whether a subject names a work: a noun of a work ("The film"), a title the model labels as a work of art, or
    a title with a noun of a work before it ("the mockumentary Mister America", "Netflix's series The Crown")."""
    if subject.lemma_.lower() in WORK_NOUNS or subject.ent_type_ == "WORK_OF_ART":
        return True
    # (the noun before the title, whatever the small model makes of it: "mockumentary/JJ amod")
    return subject.pos_ == "PROPN" and any(c.dep_ in ("compound", "nmod", "appos", "amod")
                                           and c.lower_ in WORK_NOUNS for c in subject.children)


def _set_in_the_work(word: Token) -> Token | None:
    """The present-tense verb a fronted "In the film," (the novel, the game, …) sets in the work's world: "In the
    film, Hanks plays a pilot who lands on the Hudson" tells the story, as a frame with the work for subject does."""
    verb = word.head
    if word.dep_ != "prep" or verb.i < word.i or verb.tag_ not in ("VBZ", "VBP") \
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children) or verb.lemma_.lower() in REPORTING_VERBS:
        return None  # ("In the book, Bolton claims Trump asked …": an author's claim, news of the author)
    return verb if any(g.dep_ == "pobj" and g.lemma_.lower() in WORK_NOUNS for g in word.children) else None


def plot_regions(doc: Doc) -> tuple[tuple[int, int], ...]:
    """The character ranges that sum up a work's story: from each frame's sentence to the end of its paragraph
    (found once per document: :func:`toolkit.nlp.lookups.kept`)."""
    return kept(doc, "plot_regions", _plot_regions)


def _plot_regions(doc: Doc) -> tuple[tuple[int, int], ...]:
    text = doc_text(doc)
    frames = [doc[i] for i in indices_where(doc, lemma=_FRAME_VERBS, tag=("VBZ", "VBP")) if _frames_a_plot(doc[i])]
    frames += [verb for i in indices_where(doc, lower=("in",)) if (verb := _set_in_the_work(doc[i])) is not None]
    found = []
    for verb in frames:
        end = text.find("\n", verb.idx)
        found.append((verb.sent.start_char, len(text) if end < 0 else end))
    return tuple(found)


def _finite(verb: Token) -> Token:
    """The finite verb a non-finite one hangs on through conjuncts and complements ("sets out to run", "fails to
    be"): the one that carries the clause's tense."""
    current = verb
    for _ in range(6):
        if current.tag_ in ("VBZ", "VBP", "VBD", "MD") or current.dep_ not in ("conj", "xcomp") \
                or current.head.i == current.i:
            break
        current = current.head
    return current


def _dated(verb: Token) -> bool:
    """Whether a time expression is the verb's own ("debuts … on October 9")."""
    for child in verb.children:
        if child.ent_type_ in ("DATE", "TIME"):
            return True
        if child.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in child.children):
            return True
    return False


def tells_a_plot(verb: Token) -> bool:
    """Whether ``verb`` is a clause of a work's story summed up in the present (see the module's docstring)."""
    regions = plot_regions(verb.doc)
    if not regions:
        return False
    at = verb.idx
    if not any(start <= at < end for start, end in regions):
        return False
    if _frames_a_plot(verb):
        return True  # "The mockumentary Mister America follows a fictionalized version of …": the frame tells no act
    finite = _finite(verb)
    if finite.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD")
                                                 for c in finite.children):
        return False
    if finite.lemma_.lower() in REPORTING_VERBS or _dated(verb) or _dated(finite):
        return False
    if verb.sent.root.tag_ == "VBD":
        return False  # ("Trump said Bolton … "likes dropping bombs …"": a sentence told in the past is news)
    subject = next((c for c in finite.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and (subject.lemma_.lower() in WORK_NOUNS or subject.lower_ == "it"):
        return False  # the work itself: "It premieres on Friday", no plot
    return True
