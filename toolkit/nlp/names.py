"""Names the small model misses or spells several ways: rules over the parse, and name folding.

Used by :mod:`toolkit.nlp.repairs` and :mod:`toolkit.nlp.index`:

* :func:`speaker_names`: the proper-noun subject of a speech verb is a person even when the
  model tagged nothing there ("Fallows remarked, …", "… ," Zelenskyy said.);
* :func:`organisation_names`: a capitalised name whose last word is an organisation head
  ("Lowy Institute", "Ministry of Foreign Affairs", "The Associated Press") is an ORG;
* :func:`merge_spellings` (with :func:`transliteration_key`, :func:`one_slip_apart`,
  :func:`letter_dropped`, :func:`handle_words`, :func:`acronym_of`) and :func:`country_of_long_name`: the spellings
  of one name that the set merges (Zelensky / Zelenskyy / Zelenskiy / Zelesnkyy, Waters / Water,
  "@realDonaldTrump", "SDF", "Government of the Russian Federation").

Example:
    >>> transliteration_key("volodymyr zelenskyy") == transliteration_key("volodymyr zelensky")
    True
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span

from toolkit.nlp.lexicon import ORG_HEADS, SPEECH_VERBS
from toolkit.nlp.lookups import indices_of

_SUBJECTS = ("nsubj", "nsubjpass")
_CONNECTORS = frozenset({"of", "for", "on", "and", "&"})
def _opens_second_body(doc: Doc, i: int) -> bool:
    """Whether the head word at ``i``, after "and", opens a second body's name with its own "of" or "for"
    tail ("the University of Washington and Center for Ecosystem Sentinels"): two bodies, not one whose
    field ends after "and" ("Ministry of Trade and Industry")."""
    return (doc[i].lower_ in ORG_HEADS and i + 2 < len(doc) and doc[i + 1].lower_ in ("of", "for", "on")
            and doc[i + 2].is_title)


# Head words of laws' names ("Digital Millennium Copyright Act", "Clean Air Act"), written last.
_LAW_HEADS = frozenset({"act", "code"})


def _law_name(key: str) -> bool:
    """Whether a name's key ends in a law's head word and is three words or more ("digital millennium copyright
    act"): its acronym is the law's, whatever label the model gives the capitals."""
    words = key.split()
    return len(words) >= 3 and words[-1] in _LAW_HEADS


# Verbs that report a quotation but whose subject is usually a body, not a person ("the court found").
_NOT_SAYING = frozenset({"find", "rule", "decide", "report"})
_SAYING = frozenset(SPEECH_VERBS - _NOT_SAYING)




def _name_word(token, stop: frozenset[str]) -> bool:
    return (token.pos_ == "PROPN" and (token.is_title or (token.is_upper and len(token) > 1)) and token.is_alpha
            and token.lower_ not in stop)


def speaker_names(doc: Doc, taken: set[int], *, stop: frozenset[str], places: frozenset[str]) -> list[Span]:
    """People named as the subject of a speech verb that no entity covers.

    The subject (or the name in apposition to it: "a member of parliament, Samir Dilou,
    said") must be a capitalised proper noun that is no known place and no title word;
    its compound proper nouns in front belong to the name ("Tanya Chan").

    Args:
        doc: a parsed ``Doc``.
        taken: indices of tokens already in an entity (updated).
        stop: lower-case words that are never part of a name (titles, organisation words).
        places: known place names (a country as a subject is not a person).
    """
    found = []
    named: set[str] | None = None  # words the text uses as names: in an entity, or capitalised mid-sentence

    def is_name(token) -> bool:
        nonlocal named
        if token.lower_ in stop or not token.is_alpha or token.text in places:
            return False
        if token.pos_ == "PROPN" and (token.is_title or (token.is_upper and len(token) > 1)):
            return True
        # The model often takes a surname opening a sentence for a noun ("Fallows remarked"):
        # it is a name when the text writes it capitalised elsewhere too, or in an entity.
        if not (token.is_title and token.pos_ in ("NOUN", "X")) or any(c.dep_ == "det" for c in token.children):
            return False
        before = token.doc[token.i - 1] if token.i else None
        if before is not None and not token.is_sent_start and (not before.is_punct or before.tag_ in ("''", ",")):
            return True  # capitalised inside a sentence: a name ("…," Zelenskyy said.)
        if named is None:
            named = {t.text for e in doc.ents for t in e}
            named |= {t.text for t in doc if t.is_title and not t.is_sent_start and t.pos_ == "PROPN"}
        return token.text in named

    for i in indices_of(doc, LEMMA, _SAYING):
        verb = doc[i]
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for subject in verb.children:
            if subject.dep_ not in _SUBJECTS:
                continue
            for head in [subject] + [c for c in subject.children if c.dep_ == "appos"]:
                if head.i in taken or not is_name(head):
                    continue
                start = head.i
                while start > 0 and start - 1 not in taken and doc[start - 1].head.i == head.i \
                        and doc[start - 1].dep_ == "compound" and _name_word(doc[start - 1], stop):
                    start -= 1
                found.append(Span(doc, start, head.i + 1, label="PERSON"))
                taken.update(range(start, head.i + 1))
    return found


# Heads of newspapers' names, which often stand alone after a capital "The": "according to The Times".
_PAPER_HEADS = frozenset({"times", "herald", "gazette", "tribune", "journal", "chronicle", "press"})


def _article_adjective(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a capitalised plain adjective right after "the", of no entity."""
    return doc[i].tag_ == "JJ" and not doc[i].ent_type_ and i > 0 and doc[i - 1].lower_ == "the"


def _ends_model_name(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the last of a name of two words or more that the model tagged itself."""
    return doc[i].ent_iob_ == "I" and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")


def organisation_names(doc: Doc, *, stop: frozenset[str], people: set[int] | None = None,
                       heads: frozenset[str] = ORG_HEADS, label: str = "ORG") -> list[Span]:
    """Capitalised names ending in an organisation head, with an "of …" tail.

    "Associated Press", "Lowy Institute", "Ministry of Foreign Affairs", "Council on
    American-Islamic Relations", "Supreme Court of the United Kingdom", "Institute for the
    Study of War". The head must end the capitalised run ("White House Press Secretary" is a
    title, not the press), and the name needs a word besides the head, or a capital "The"
    inside a sentence before a newspaper's head ("according to The Times").

    Args:
        doc: a parsed ``Doc``.
        stop: lower-case words that never open such a name (titles).
        people: indices of tokens of people, which a name never swallows (default: the PERSON
            entities of ``doc.ents``).
        heads: the head words that end such a name; with ``FAC_HEADS`` and ``label="FAC"`` the same
            reading finds buildings ("Hotel Arpit Palace", "Federal Military Memorial Cemetery").
        label: the label of the names found.
    """
    found = []
    if people is None:  # a name never swallows a person
        people = {t.i for e in doc.ents if e.label_ == "PERSON" for t in e}
    for i in indices_of(doc, LOWER, heads):
        head = doc[i]
        if i in people:
            continue
        if not head.is_title or (i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].lower_ not in _CONNECTORS):
            continue
        start = i
        while start > 0 and i - start < 6:
            before = doc[start - 1]
            if (before.lower_ in ("and", "&") and start - 1 > 0 and start < i and doc[start - 2].is_title
                    and (doc[start - 2].tag_ == "NNP" or _article_adjective(doc, start - 2))
                    and start - 2 not in people and not doc[start - 2].is_sent_start
                    and not _ends_model_name(doc, start - 2)):
                # "Fire and Rescue Service", "Food and Drug Administration": one word each side of
                # "and"; also a capitalised adjective after "the" ("the Free and Equal Elections
                # Foundation"), which only a name capitalises inside a sentence, unless the model
                # names it itself ("the Democratic and Republican Party's primary elections": two), nor a
                # name of two words or more that the model ends before "and" ("Acute Primary Care Clinic
                # and Leulumoega District hospital": two facilities)
                start -= 2
                continue
            if not (start - 1 not in people and (before.is_title or before.is_upper) and before.is_alpha
                    and (not before.is_sent_start or before.tag_ == "NNP" and start < i)
                    and before.pos_ in ("PROPN", "ADJ", "NOUN") and before.lower_ not in stop - ORG_HEADS):
                break
            start -= 1
            if before.is_sent_start:
                break  # "North Wales Police …": a proper noun may open the sentence and the name
        if (start == i and i > 0 and doc[i - 1].text == "The" and not doc[i - 1].is_sent_start
                and head.lower_ in _PAPER_HEADS):
            start -= 1  # "… according to The Times": a capital "The" inside a sentence opens a name
        end = i + 1
        # "Ministry of Foreign Affairs", "Supreme Court of the United Kingdom": a connector (and
        # "the") and a capitalised run after the head.
        skip = 2 if end + 2 < len(doc) and doc[end + 1].lower_ == "the" else 1
        if end + skip < len(doc) and doc[end].lower_ in ("of", "for", "on") and doc[end + skip].is_title:
            tail = end + skip
            while tail < len(doc) and tail not in people and tail - i < 8:
                token = doc[tail]
                if token.ent_type_ in ("DATE", "TIME", "CARDINAL"):
                    break  # "Kennedy Space Center on April 12": the date is not part of the name
                if token.is_title or token.text in ("-", "–", "&"):
                    tail += 1
                elif token.lower_ == "of" and tail + 1 < len(doc) and doc[tail + 1].is_title and tail + 1 not in people:
                    tail += 2  # "Institute for the Study of War"
                elif (token.lower_ == "for" and tail + 2 < len(doc) and doc[tail + 1].lower_ == "the"
                      and doc[tail + 2].is_title and tail + 2 not in people):
                    tail += 3  # "Court of Appeals for the Third Circuit": a second connector with its article
                elif (token.lower_ == "and" and tail + 1 < len(doc) and doc[tail + 1].is_title and tail + 1 not in people
                      and not (tail + 2 < len(doc) and doc[tail + 2].is_title)
                      and not _opens_second_body(doc, tail + 1)):
                    tail += 2  # "Ministry of Trade and Industry": one word after "and", not a list of names
                elif (token.lower_ == "and" and tail + 2 < len(doc) and doc[tail + 1].is_title
                      and doc[tail + 2].is_title and doc[tail + 2].tag_ == "NNPS"
                      and not {tail + 1, tail + 2} & people and not {doc[tail + 1].lower_, doc[tail + 2].lower_} & stop
                      and not (tail + 3 < len(doc) and doc[tail + 3].is_title)):
                    # "Institute of Allergy and Infectious Diseases", "Department of Health and Human Services": a
                    # field named by a plural and its modifier after "and" ends the name (a list of names would go on)
                    tail += 3
                else:
                    break
            while tail > end + skip and not doc[tail - 1].is_title:
                tail -= 1
            end = tail
        if end - start >= 2:
            found.append(Span(doc, start, end, label=label))
    return found


_FOLDS = [(re.compile(p), r) for p, r in (
    (r"(?:skyy|skiy|skyi|skij|ski)\b", "sky"),  # Zelenskyy / Zelenskiy / Zelenski → Zelensky
    (r"(?:iy|yy|ij)\b", "y"),
    (r"kh", "h"), (r"dzh", "j"), (r"(.)\1", r"\1"))]


def transliteration_key(key: str) -> str:
    """A person's name key with transliteration variants folded ("zelenskiy" → "zelensky")."""
    key = strip_accents(key)
    for pattern, replacement in _FOLDS:
        key = pattern.sub(replacement, key)
    return key


def strip_accents(text: str) -> str:
    """"Erdoğan" → "Erdogan", "Juárez" → "Juarez": news spells one name with and without its accents."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# The ordinal words that open some bodies' names ("First Moscow State Medical University", "Second Circuit"): a
# closed class.
_ORDINAL_WORDS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())


def acronym_of(key: str) -> str:
    """The initials of a multi-word name: "syrian democratic forces" → "sdf" ("of", "the" … skipped)."""
    words = [w for w in re.split(r"[\s-]+", key) if w and w not in ("of", "the", "and", "for", "on", "&")]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


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


def letter_dropped(a: str, b: str) -> bool:
    """Whether two words of five letters or more differ by one letter left out ("water" /
    "waters", "mauer" / "maurer"): the one slip that shorter surnames are merged on."""
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) != 1:
        return False
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def handle_words(text: str) -> list[str]:
    """The words of a social-media handle: "@realDonaldTrump" → ["real", "donald", "trump"]."""
    if not text.startswith("@"):
        return []
    return [w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", text[1:])]


_LONG_FORM = re.compile(r"^(?:the )?(?:government|republic|kingdom|federation|commonwealth|state) of (?:the )?(.+)$")


def country_of_long_name(key: str, countries: frozenset[str]) -> str | None:
    """The country a long official form names: "government of the russian federation",
    "russian federation", "republic of india" → "russia", "russia", "india" (lower case)."""
    match = _LONG_FORM.match(key)
    if match:
        key = match.group(1)
    if key in countries:
        return key if match else None
    words = key.split()
    if len(words) == 2 and words[1] in ("federation", "republic") and words[0].endswith("n"):
        for stem in (words[0][:-1], words[0][:-2] + "a", words[0][:-3] + "a"):  # Russian, Syrian, Indian
            if stem in countries:
                return stem
    return None


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


def merge_spellings(by_key: dict[str, list], user: dict, *, vote, surface, known: dict, together=None) -> None:
    """Merge, in place, the groups that spell one name differently.

    1. transliteration and accent variants of a person's name ("Zelenskyy", "Zelenskiy",
       "Zelensky"; "Erdoğan", "Erdogan"), into the most mentioned spelling;
    2. a surname misspelt by one slip ("Zelesnkyy"), when the right spelling of that
       person is mentioned at least three times as often; a shorter one (five letters or
       more) only by a letter left out, as a lone name voted a person that is no given name
       of the set, the right spelling mentioned at least twice as often, in a document that
       names that person ("Water" for Waters; not "wife Maureen" for a Mike Maturen of
       another article);
    3. a handle into the person it names ("@realDonaldTrump" → "donald trump"), when its
       words end with a full name of the set or a person's surname;
    4. "<X> Department" / "<X> Ministry" into the set's one "… Department of <X>";
    5. an acronym ("SDF") into the one organisation (or law, "DMCA") of the set whose initials it spells, when a
       document names both: an article spells out the acronyms it uses, and the same letters
       in another article are often another body or thing ("the ACC", the anterior cingulate
       cortex, beside an "ABS-CBN Corporation"; "FEC" beside "Fan Expo Canada").

    The params' ``aliases`` (``user``) are an override: a key they name is left alone.

    Args:
        by_key: mention groups by key (merged in place).
        user: the params' aliases, by key.
        vote: the label a group of mentions votes for.
        surface: a mention's clean surface form.
        known: the keys of well-known short forms ("us", "uk"), never taken for acronyms.
        together: whether two groups of mentions share a document (default: always).
    """
    together = together or (lambda a, b: True)
    def people() -> list[str]:
        return [k for k in by_key if k not in user and not k.startswith("@") and vote(by_key[k]) == "PERSON"]

    def merge(target: dict[str, str]) -> None:
        for key, main in target.items():
            if key in by_key and main in by_key and main != key:
                by_key[main].extend(by_key.pop(key))

    names = [k for k in by_key if k not in user and not k.startswith("@")]
    person_set = set(people())
    by_fold: dict[str, list[str]] = defaultdict(list)
    for key in names:
        by_fold[transliteration_key(key)].append(key)
    target: dict[str, str] = {}
    for keys in by_fold.values():
        if len(keys) > 1 and person_set & set(keys):  # a person's name, however the model labelled each
            main = sorted(keys, key=lambda k: (-len(by_key[k]), k))[0]
            target.update({k: main for k in keys if k != main})
    merge(target)

    # 2. one slip in a surname: compared on the folded spelling, against a person's surname
    surnames: dict[str, list[str]] = defaultdict(list)
    for key in by_key:
        if key not in user and not key.startswith("@"):
            surnames[transliteration_key(key.split()[-1])].append(key)
    counts = {last: sum(len(by_key[k]) for k in keys) for last, keys in surnames.items()}
    person_surnames = slip_index({transliteration_key(k.split()[-1]) for k in people()})
    given_names = {transliteration_key(k.split()[0]) for k in person_set if len(k.split()) >= 2}

    def lone_person(last: str, keys: list[str], other: str) -> bool:
        # A shorter surname with a letter left out ("…," Water said. for Kathryn Waters) is merged
        # only when it stands alone, as a person, and is no given name of the set ("Peter" / "Peters"),
        # in a document that names the person (a slip is made beside the right spelling).
        return (all(len(k.split()) == 1 for k in keys) and last not in given_names
                and all(vote(by_key[k]) == "PERSON" for k in keys)
                and all(any(together(by_key[k], by_key[o]) for o in surnames[other]) for k in keys))

    target = {}
    for last, keys in surnames.items():
        better = [o for o in slip_candidates(last, person_surnames)
                  if o != last and (counts.get(o, 0) >= 3 * counts[last] and one_slip_apart(o, last)
                                    or counts.get(o, 0) >= 2 * counts[last] and letter_dropped(o, last)
                                    and lone_person(last, keys, o))]
        if len(better) == 1:
            main = sorted(surnames[better[0]], key=lambda k: (-len(by_key[k]), k))[0]
            target.update({key: main for key in keys if len(key.split()) == 1 or key.split()[0] == main.split()[0]})
    merge(target)
    # ... or in the given name of one surname ("Kristen Wilkins" / "Kristin Wilkins")
    target = {}
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in sorted(k for k in people() if len(k.split()) == 2):
        by_surname[key.split()[1]].append(key)
    for keys in by_surname.values():  # a handful of keys per surname: pairs are cheap
        for a in keys:
            for b in keys:
                if a < b and one_slip_apart(a.split()[0], b.split()[0]) and a not in target and b not in target:
                    main, other = sorted((a, b), key=lambda k: (-len(by_key[k]), k))
                    target[other] = main
    merge(target)

    # 3. handles
    full = {k for k in people() if len(k.split()) >= 2}
    target = {}
    for key in [k for k in by_key if k.startswith("@") and k not in user]:
        words = handle_words(by_key[key][0].text)
        joined = "".join(words)
        hits = sorted(f for f in full if joined.endswith(f.replace(" ", "")) and len(f.replace(" ", "")) >= 6)
        hits = hits or sorted(f for f in full if words and f.split()[-1] == words[-1] and len(words[-1]) >= 4)
        if len(hits) == 1:
            target[key] = hits[0]
    merge(target)

    # 4. "State Department" is the set's "Department of State" (also with a country in front)
    target = {}
    for key in list(by_key):
        words = key.split()
        if len(words) == 2 and words[1] in ("department", "ministry", "office") and key not in user:
            long_forms = [k for k in by_key if k.endswith(f"{words[1]} of {words[0]}") and k != key]
            if len(long_forms) == 1:
                target[key] = long_forms[0]
    merge(target)

    # 5. acronyms
    long_names: dict[str, list[str]] = defaultdict(list)
    for key, group in by_key.items():
        if len(key.split()) >= 2 and (vote(group) in ("ORG", "GPE", "NORP") or _law_name(key)) and key not in user:
            # (and a law's: "the Digital Millennium Copyright Act (DMCA)", whose acronym the model calls a body)
            long_names[acronym_of(key)].append(key)
            first, _, rest = key.partition(" ")
            if first in _ORDINAL_WORDS and len(rest.split()) >= 2:
                # "First Moscow State Medical University (First MSMU)": an ordinal opening a name stays a word
                # before the acronym of the rest, which then names the body too
                long_names[acronym_of(rest)].append(key)
    target = {}
    for key, group in by_key.items():
        text = surface(group[0].text)
        if 2 <= len(text) <= 6 and text.isupper() and text.isalpha() and key not in user and key not in known:
            matches = long_names.get(key, [])
            if len(matches) == 1 and key != matches[0] and together(group, by_key[matches[0]]):
                target[key] = matches[0]
    merge(target)
