"""A definite description of a body named before: "the network", "the commission", "the team".

News names a body once and goes on with a definite description of its kind: "Following the expiry of broadcast
corporation ABS-CBN's legislative franchise, … Later in the evening, the network signed off"; "The National
Telecommunications Commission (NTC) issued a cease and desist order … the commission refused to provide …"; "The
Lost 52 Project announced … The team subsequently deployed a camera". An analyst writes the body's name, as for a
person told of by a title ("the president"). Used by :mod:`toolkit.nlp.actors` for a subject.

The description stands for a body the text has named when the noun's kind fits the name: the name's head is the noun
itself ("the commission" → "National Telecommunications Commission", "the party" → "Thai Raksa Chart Party", "the
department" → "Department of Justice"), or a word of the same kind (a company's "Corporation", "Inc", "Group" for
"the company", "the firm", "the network"; a "Project" or a "Crew" for "the team"). And only where the text makes it
certain: exactly one body of that kind is named before the description, and for a company no body whose name says
nothing of its kind either ("Boeing", which may be the company as well as "Saha Airlines" is). A description with a
modifier of its own ("the state-owned company", "the company's CEO", "the team of researchers") or a name beside it
("the firm eTranslate"), one whose kind the text names no body of (a research "team" of authors; but "the company"
after a brand's name, "Microsoft", when that is the only body named before), two bodies of the
kind ("the committee" after the House and the Senate committees), and the nouns for a country's institutions that a
text names by no name of that kind ("the government", "the administration", "the police", "the military") stay as
they are. One reading goes past certainty where news is plain: "the company" opening its sentence, when the
sentence before told of one body alone as its main subject ("Boeing and Airbus …. Boeing has made a $334 million
bet …. On Wednesday, the company announced …"), is that body, as a reader takes it; not a name in capitals, which
may be an agency's ("NASA"), unless the text gives it a company's officers or shares ("AMD's president and CEO").

So for a short name of a body named in full before: "The Arapaho have plans …" after "the Northern Arapaho Tribe",
"Lost 52 sailed …" after "The Lost 52 Project announced …": the short name is the full one when it is a part of
exactly one body's name named before it, the rest of that name only the body's head ("Tribe", "Project", "Party") or
a compass word ("Northern"). Not a person's or a place's name ("Trump" beside "the Trump Organization", "China"
beside "the Bank of China"), nor a part the full name adds more words to ("Congress" beside "Congress of the
Philippines", "Navy" beside "U.S. Navy": another body, or the same one named otherwise).

Example:
    >>> body_named_before(doc[12], orgs, Sentences(doc))  # "… the network signed off"  # doctest: +SKIP
    'ABS-CBN Corporation'
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import COMPASS_ADJECTIVES, ORG_HEADS
from toolkit.nlp.mistags import english_words
from toolkit.nlp.short_forms import PAPER_HEADS
from toolkit.nlp.sentence_spans import Sentences

# Heads of a company's name: a description of a company ("the company", "the network") fits a name ending in one.
_COMPANY_HEADS = frozenset("""company companies corporation corp inc ltd limited llc plc co group holdings airlines
    airways motors bank industries enterprises network broadcasting""".split())

# Nouns that describe a company, whatever word its name ends in.
_COMPANY_NOUNS = frozenset("""company firm corporation network broadcaster carmaker automaker airline conglomerate
    retailer""".split())

# A team: the heads of the names of a group that works together ("Lost 52 Project", "Crew Dragon" is no name of one).
_TEAM_HEADS = frozenset("""team project crew expedition""".split())

# A school's descriptions, and the heads of the names they fit: a university may go by its state's name and "State"
# ("Ohio State", "Penn State": "the school imposed a ban" after "Ohio State").
_SCHOOL_NOUNS = frozenset({"school", "university", "college"})
_SCHOOL_HEADS = frozenset({"school", "university", "college", "academy", "institute", "state"})
# The heads of a newspaper's name: the press's, and "News" and "Star" ("Daily News", "The Toronto Star").
_NEWSPAPER_HEADS = PAPER_HEADS | {"news", "star"}

# Nouns of a body that a name ends in when the text names one ("the commission": "… Commission"); the nouns of a
# country's institutions ("government", "police") are left out: a text rarely names those by a name of that head.
_OWN_HEADS = frozenset("""commission committee council agency party court board union club department ministry office
    organisation organization foundation institute university academy association bureau authority tribe movement
    charity""".split())

# Dependents a bare description may have: its "the", punctuation, a relative clause after it.
_BARE = frozenset({"det", "punct", "relcl"})


def _fitting_heads(noun: str) -> frozenset[str] | None:
    """The heads of a name that a description by ``noun`` fits, or None for a noun of no body named by a name."""
    if noun in _COMPANY_NOUNS:
        return _COMPANY_HEADS | {noun}
    if noun == "team":
        return _TEAM_HEADS
    if noun in _SCHOOL_NOUNS:
        return _SCHOOL_HEADS
    if noun == "newspaper":
        return _NEWSPAPER_HEADS  # ("the newspaper has defended …" after "The Minnesota Star Tribune")
    if noun in _OWN_HEADS:
        return frozenset({noun})
    return None


def name_head(name: str) -> str:
    """The head word of a body's name, in lower case: the last word, or the word before "of" ("Department of
    Justice" → "department")."""
    words = name.replace(",", " ").replace(".", " ").split()
    if "of" in words[1:]:
        words = words[:words.index("of", 1)]
    return words[-1].lower() if words else ""


def body_named_before(token: Token, orgs: list[tuple[int, str]], sentences: Sentences) -> str | None:
    """The name of the one body of the description's kind named before it (``orgs``: the document's ORG mentions as
    (first token, canonical name), in text order; ``sentences``: the document's sentences), or None."""
    if token.tag_ != "NN" or token.ent_type_:
        return None
    heads = _fitting_heads(token.lemma_.lower())
    if heads is None:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
            or any(c.dep_ not in _BARE for c in token.children):
        return None
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
        return None  # "the firm eTranslate": the name beside it says which
    before = [name for start, name in orgs if start < token.i]
    found = {name for name in before
             if name_head(name) in heads and (name_head(name) != "state" or _place_and_state(name))}
    # (a short form the index kept apart is the same body: "Star Tribune" after "The Minnesota Star Tribune")
    found = {name for name in found if not any(other != name and other.endswith(" " + name) for other in found)}
    company = token.lemma_.lower() in _COMPANY_NOUNS
    if not found and company and len(set(before)) == 1 \
            and _of_unknown_kind(before[0], doc.vocab) and not before[0].isupper():
        return before[0]  # "Microsoft said … The company said": the one body the text has named, by a brand's name
    if len(found) != 1 or (company and any(_of_unknown_kind(name, doc.vocab) for name in before if name not in found)):
        # ("Saha Airlines" and "Boeing" before "the company": Boeing may be a company too)
        return _the_subject_before(token, orgs, heads, sentences) if company else None
    return next(iter(found))


def _the_subject_before(token: Token, orgs: list[tuple[int, str]], heads: frozenset[str],
                        sentences: Sentences) -> str | None:
    """The body that the sentence before a sentence-opening "the company" told of as its main clause's subject,
    alone ("AMD has made a $334 million bet on the … market. On Wednesday afternoon, the company announced …", after
    "AMD acquires SeaMicro"): a story goes on with what its last sentence was about, when that sentence names no
    other body and the description is its own sentence's first name; a name whose head tells another kind of body
    ("Ministry", "Party") is left, and so is one in capitals ("NASA": an agency's or a company's) unless the text gives
    it a company's officers or shares ("AMD's president and CEO"); one that tells none ("Boeing") is taken."""
    doc = token.doc
    before = sentences.before(sentence := sentences.of(token))
    if before is None or any(t.ent_type_ in ("ORG", "PERSON") for t in doc[sentence.start:token.i]):
        return None
    while all(t.is_space for t in before) and (earlier := sentences.before(before)) is not None:
        before = earlier  # (a paragraph's break may be a sentence of its own)
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "ORG":
        return None
    named = {name for start, name in orgs if before.start <= start < before.end}
    if len(named) != 1:
        return None
    name = named.pop()
    if name.isupper() and name_head(name) not in heads and not _a_company_by_its_trade(name, doc):
        return None  # ("NASA confirmed …": a name in capitals may be an agency's as well as a company's)
    return name if name_head(name) in heads or name_head(name) not in ORG_HEADS else None  # (not "the Ministry")


# What only a company has: the words after a name's possessive that tell it is one ("AMD's president and CEO",
# "IBM's shares", "BP's profits").
_TRADE_WORDS = frozenset("""ceo ceos shares shareholders stock profit profits revenue revenues earnings
customers""".split())


def _a_company_by_its_trade(name: str, doc) -> bool:
    """Whether the text writes a name in capitals with the marks of a company after its possessive ("Rory Read,
    AMD's president and CEO"; "IBM's shares fell"): no agency has a chief executive or shareholders."""
    for t in doc:
        if t.text == name and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("'s", "’s"):
            after = doc[t.i + 2:t.i + 7]
            if any(w.lower_ in _TRADE_WORDS or (w.lower_ == "executive" and w.i > 0 and doc[w.i - 1].lower_ == "chief")
                   for w in after):
                return True
    return False


def _place_and_state(name: str) -> bool:
    """Whether a name is a place's and "State", as a university's short name is ("Ohio State"; not "Islamic State")."""
    words = name.split()
    return len(words) >= 2 and words[-1] == "State" and is_known_place(" ".join(words[:-1]))


def _of_unknown_kind(name: str, vocab) -> bool:
    """Whether a body's name says nothing of its kind: its head is no head of a body's name and no English word
    ("Boeing", "eTranslate"); such a body may be a company, whatever its name."""
    head = name_head(name)
    return head not in ORG_HEADS and head not in english_words(vocab)


# Words a body's full name adds to its short name: its head ("Tribe", "Project") and a compass word ("Northern").
_NAME_ADDITIONS = ORG_HEADS | _TEAM_HEADS | COMPASS_ADJECTIVES


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:
    """A name's words without "the" (asked for every body named before each short name: split once)."""
    return tuple(w for w in name.split() if w.lower() != "the")


def full_name_before(name: str, at: int, orgs: list[tuple[int, str]]) -> str | None:
    """The one longer body's name, named before ``at``, that a short name is part of with only a head or a compass
    word added ("the Arapaho" after the "Northern Arapaho Tribe", "Lost 52" after "The Lost 52 Project"), or None."""
    words = _name_words(name)
    if not words:
        return None
    found = set()
    for start, full in orgs:
        if start >= at:
            break
        long = _name_words(full)
        if len(long) <= len(words):
            continue
        for k in range(len(long) - len(words) + 1):
            if long[k:k + len(words)] == words:
                if all(w.lower() in _NAME_ADDITIONS for w in long[:k] + long[k + len(words):]):
                    found.add(full)
                break
    return next(iter(found)) if len(found) == 1 else None


def org_mentions(entities: dict) -> list[tuple[int, str, str]]:
    """The document's ORG mentions as (first token, text, label) from a map of token to entity span, in text order."""
    seen, out = set(), []
    for ent in entities.values():
        if ent.label_ == "ORG" and ent.start not in seen:
            seen.add(ent.start)
            out.append((ent.start, ent.text, ent.label_))
    return sorted(out)
