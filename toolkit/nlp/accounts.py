"""Media named by what people keep on them: "an official government Twitter account", "her YouTube channel".

News names a service most often as the place something was posted ("said on Twitter", read by
:func:`toolkit.nlp.missed.media_after_on`), and almost as often as the owner of an account, a page, a feed or a
channel that somebody keeps there ("the government's Twitter account", "a Facebook page", "his YouTube
channel"). The small model, which tags "Twitter" after "on", often leaves it untagged before such a noun.
:func:`media_by_accounts` reads the compound: one or two capitalised proper nouns bound to one of these nouns,
untagged and no known place, are the service (ORG), and so is a one-word name there the model called a person or
a product. The nouns are a closed class of what a user keeps on a service; "post" and "video" are left out,
since a town or a network makes them too ("a Moscow post", "a CNN video").

Example:
    >>> doc = nlp("An official government Twitter account made the announcement.")
    >>> [(e.text, e.label_) for e in media_by_accounts(doc, list(doc.ents))]  # doctest: +SKIP
    [('Twitter', 'ORG')]
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lookups import indices_of

# Labels the model gives a service before such a noun that no service has ("the Twitter account" PERSON, "his
# Twitter account" PRODUCT).
_NO_SERVICE_LABELS = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART", "NORP"})
# What a user keeps on a service, in the singular and the plural.
_ACCOUNT_NOUNS = frozenset("""account accounts page pages feed feeds channel channels handle handles profile
    profiles""".split())


def media_by_accounts(doc: Doc, ents: list[Span]) -> list[Span]:
    """A service named as the compound of an account, a page, a feed or a channel ("an official government
    Twitter account", "his Twitter account", "an anonymous YouTube channel"): a body (ORG), added where the
    model left it untagged and relabelled where it called it a person or a product (a one-word name: "the
    Twitter account" PERSON, "his Twitter account" PRODUCT)."""
    by_start = {e.start: e for e in ents}
    taken = {i for e in ents for i in range(e.start, e.end)}
    relabel: dict[int, Span] = {}
    found: list[Span] = []
    for noun in (doc[i] for i in indices_of(doc, LOWER, _ACCOUNT_NOUNS)):
        if noun.pos_ != "NOUN" or noun.i == 0:
            continue
        word = doc[noun.i - 1]
        if word.dep_ != "compound" or word.head.i != noun.i or word.pos_ != "PROPN" or not word.is_alpha:
            continue
        ent = by_start.get(word.i)
        if ent is not None:
            if ent.end == noun.i and len(ent) == 1 and ent.label_ in _NO_SERVICE_LABELS \
                    and not is_known_place(ent.text, cities=True):
                relabel[ent.start] = Span(doc, ent.start, ent.end, label="ORG")
            continue
        end = start = noun.i
        while (start > 0 and end - start < 2 and start - 1 not in taken and doc[start - 1].pos_ == "PROPN"
               and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and not doc[start - 1].is_sent_start
               and doc[start - 1].head.i in range(start, end + 1)):
            start -= 1
        if start == end or (start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title):
            continue  # nothing before the noun, or a longer name the model read otherwise ("New York Times page")
        if is_known_place(doc[start:end].text, cities=True):
            continue  # "the Paris page": a town's
        found.append(Span(doc, start, end, label="ORG"))
    if not relabel and not found:
        return ents
    return sorted([relabel.get(e.start, e) for e in ents] + found, key=lambda e: e.start)


# Verbs of putting something on a service, after which "to" or "on" names the service, never a person ("posted to
# Twitter", "uploaded on YouTube"); "wrote to", "commented on" are left, as a person follows them as often.
_PUT_ON_SERVICE = frozenset({"post", "upload", "repost", "crosspost"})
# What one posts on a service, not by mail: pictures, recordings and messages.
_POSTED_MEDIA = frozenset({"photo", "photograph", "picture", "image", "selfie", "video", "clip", "footage", "recording",
                           "message", "statement", "comment", "tweet", "post", "update", "thread"})


def media_posted_to(ents: list[Span]) -> list[Span]:
    """A one-word name the model called a person or a work where something is posted to or on it ("In a video
    message posted to Twitter, Warren commended Biden", "Twitter" PERSON) is the service (ORG)."""
    out = []
    for ent in ents:
        if ent.label_ in _NO_SERVICE_LABELS and len(ent) == 1 and ent.start > 0 and ent[0].dep_ == "pobj":
            prep = ent.doc[ent.start - 1]
            posted = prep.head
            verb = posted.head if posted.dep_ == "dobj" and posted.lemma_.lower() in _POSTED_MEDIA else posted
            # (the parser may hang the place on the picture or the words posted: "posted a photo to Twitter showing
            # him", round ent42; not "posted a letter to Smith", the mail)
            if (prep.lower_ in ("to", "on") and ent[0].head.i == prep.i and verb.pos_ == "VERB"
                    and verb.lemma_.lower() in _PUT_ON_SERVICE and not is_known_place(ent.text, cities=True)):
                ent = Span(ent.doc, ent.start, ent.end, label="ORG")
        out.append(ent)
    return out


# What a user keeps on a service that is an outlet of its own, named after the noun ("the YouTube channel
# Numberphile", "the Facebook page Humans of New York"); an account's or a handle's name is no entity of its own.
_OUTLET_NOUNS = frozenset("channel channels page pages feed feeds".split())


def media_apart_from_accounts(ents: list[Span]) -> list[Span]:
    """A name the model ran over a service, the lower-case noun of what is kept there and that thing's name ("his
    educational YouTube channel Numberphile" WORK_OF_ART) is cut at the noun: the service before it is a body (ORG),
    and a channel, a page or a feed named after it is an outlet (ORG)."""
    out: list[Span] = []
    for ent in ents:
        if len(ent) < 3 or ent.label_ == "PERSON":
            out.append(ent)  # (no noun between two words of it, or a person: passed by before its words are read)
            continue
        doc = ent.doc
        cut = next((t.i for t in ent[1:-1] if t.lower_ in _ACCOUNT_NOUNS and t.is_lower and t.pos_ == "NOUN"), None)
        if (cut is None or cut - ent.start > 2
                or not all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in doc[ent.start:cut])
                or doc[cut + 1].pos_ != "PROPN" or not doc[cut + 1].text[:1].isupper()):
            out.append(ent)
            continue
        out.append(Span(doc, ent.start, cut, label="ORG"))
        if doc[cut].lower_ in _OUTLET_NOUNS:
            out.append(Span(doc, cut + 1, ent.end, label="ORG"))
    return out
