"""The spellings of one name that a set merges: transliteration and accent variants (Zelensky /
Zelenskyy / Zelenskiy), a surname or given name misspelt by one slip (Zelesnkyy, Waters / Water) or
transliterated with another vowel (bin Laden / bin Ladin), a
handle ("@realDonaldTrump"), "State Department" for "Department of State", an acronym ("SDF") for
the one body whose initials it spells, and a state's long form ("Government of the Russian
Federation").

Used by :mod:`toolkit.nlp.index` (:func:`merge_spellings`) and by the entity rules that fold
accents or spell acronyms.

Example:
    >>> transliteration_key("volodymyr zelenskyy") == transliteration_key("volodymyr zelensky")
    True
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from toolkit.nlp.initials import (acronym_of, initials_with_abbreviations, initials_with_links, is_acronym, mixed_acronym,
                                  one_title_word, plural_acronym, short_form_word, short_name_of)
from toolkit.nlp.slips import (letter_dropped, marked_transliteration, one_slip_apart, slip_candidates, slip_index,
                                vowel_variants)


# A nickname in quote marks between a person's given name and surname ('Jeremy "Spike" Cohen'), one word.
_QUOTED_NICKNAME = re.compile(r"^\S+ [\"“‘']([A-Z][\w-]+)[\"”’'] \S+$")

# Head words of laws' names ("Digital Millennium Copyright Act", "Clean Air Act"), written last.
_LAW_HEADS = frozenset({"act", "code"})


def _law_name(key: str) -> bool:
    """Whether a name's key ends in a law's head word and is three words or more ("digital millennium copyright
    act"): its acronym is the law's, whatever label the model gives the capitals."""
    words = key.split()
    return len(words) >= 3 and words[-1] in _LAW_HEADS


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


# A body's name opened by its country ("U.S. Senate", "US Army", "United States Central Command").
_COUNTRY_PREFIX = re.compile(r"^(?:u\.s\.|us|united states) (?=\S)")
# The ordinal words that open some bodies' names ("First Moscow State Medical University", "Second Circuit"): a
# closed class.
_ORDINAL_WORDS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())


# A word written with a capital inside after lower-case letters ("MarineTraffic", "VesselFinder").
_INNER_CAPITAL = re.compile(r"^[A-Z][a-z]+[A-Z]")

def handle_words(text: str) -> list[str]:
    """The words of a social-media handle: "@realDonaldTrump" → ["real", "donald", "trump"]."""
    if not text.startswith("@"):
        return []
    return [w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", text[1:])]


# (a state's style may take one word before "republic" or "kingdom": "the Islamic Republic of Iran", "the Federal
# Republic of Germany", "the People's Republic of China", "the Hashemite Kingdom of Jordan")
_LONG_FORM = re.compile(r"^(?:the )?(?:(?:[a-z]+(?:'s)? )?(?:republic|kingdom)|government|federation|commonwealth|state)"
                        r" of (?:the )?(.+)$")


def country_of_long_name(key: str, countries: frozenset[str]) -> str | None:
    """The country a long official form names: "government of the russian federation",
    "russian federation", "republic of india", "islamic republic of iran" → "russia", "russia", "india", "iran"
    (lower case). A state whose own name is such a form ("democratic republic of the congo") is no other
    country."""
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


def merge_spellings(by_key: dict[str, list], user: dict, *, vote, surface, known: dict, together=None) -> None:
    """Merge, in place, the groups that spell one name differently.

    1. transliteration and accent variants of a person's name ("Zelenskyy", "Zelenskiy",
       "Zelensky"; "Erdoğan", "Erdogan"), into the most mentioned spelling;
    2. a surname misspelt by one slip ("Zelesnkyy"), when the right spelling of that
       person is mentioned at least three times as often; a shorter one (five letters or
       more) only by a letter left out, as a lone name voted a person that is no given name
       of the set, the right spelling mentioned at least twice as often, in a document that
       names that person ("Water" for Waters; not "wife Maureen" for a Mike Maturen of
       another article); a lone given name with two neighbouring letters swapped from the one person's of its
       document ("Deirdre" beside "Dierdre Coleman"); a given name and surname into the one name of the set with middle names between
       them ("Joshua Norton", "Joshua Abraham Norton"), into the more mentioned; a nickname and surname into the full
       name that holds the nickname in quote marks ("Spike Cohen", 'Jeremy "Spike" Cohen'); a full name whose surname is
       written with one vowel for another ("Hamza bin Laden", "Hamza bin Ladin"), in a document naming both;
    3. a handle into the person it names ("@realDonaldTrump" → "donald trump"), when its
       words end with a full name of the set or a person's surname;
    4. "<X> Department" / "<X> Ministry" into the set's one "… Department of <X>", after a body's name is joined
       however its country is written ("U.S. Senate", "United States Senate", 4a), with "&" or "and" (4b),
       without a party's "Party" (4c) and run together into one word ("MarineTraffic", 4d);
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
    spellings = _Spellings(by_key, user, vote=vote, surface=surface, known=known, together=together)
    for step in (spellings.variants, spellings.surname_slips, spellings.given_name_slips, spellings.given_name_swaps,
                 spellings.vowel_variants, spellings.marked_transliterations,
                 spellings.middle_names, spellings.nicknamed_forms,
                 spellings.handles,
                 spellings.country_forms, spellings.ampersand_forms, spellings.run_together_forms, spellings.party_forms,
                 spellings.department_forms,
                 spellings.acronyms):
        spellings.merge(step())


class _Spellings:
    """The mention groups of a set and the steps of :func:`merge_spellings`: each step returns the keys
    to merge (key → the key it merges into), worked out on the groups as the steps before left them."""

    def __init__(self, by_key: dict[str, list], user: dict, *, vote, surface, known: dict, together=None) -> None:
        self.by_key, self.user, self.vote, self.surface, self.known = by_key, user, vote, surface, known
        self.together = together or (lambda a, b: True)
        # Each group's vote, kept until a merge changes the group: :meth:`people` is asked by six steps, of some
        # 13,000 groups in a set of 2,000 articles, of which a merge changes a few (the groups change only in
        # :meth:`merge`, and a mention is frozen).
        self._votes: dict[str, str] = {}
        # the people before any merge: their given names are never taken for a slipped surname
        self.first_people = set(self.people())

    def people(self) -> list[str]:
        by_key, votes, vote = self.by_key, self._votes, self.vote
        people = []
        for k in by_key:
            if k in self.user or k.startswith("@"):
                continue
            if k not in votes:
                votes[k] = vote(by_key[k])
            if votes[k] == "PERSON":
                people.append(k)
        return people

    def merge(self, target: dict[str, str]) -> None:
        by_key = self.by_key
        for key, main in target.items():
            if key in by_key and main in by_key and main != key:
                by_key[main].extend(by_key.pop(key))
                self._votes.pop(key, None)
                self._votes.pop(main, None)

    def _most_mentioned(self, keys) -> str:
        return sorted(keys, key=lambda k: (-len(self.by_key[k]), k))[0]

    def variants(self) -> dict[str, str]:
        """1. Transliteration and accent variants of a person's name, into the most mentioned spelling."""
        by_fold: dict[str, list[str]] = defaultdict(list)
        for key in (k for k in self.by_key if k not in self.user and not k.startswith("@")):
            by_fold[transliteration_key(key)].append(key)
        target: dict[str, str] = {}
        for keys in by_fold.values():
            if len(keys) > 1 and self.first_people & set(keys):  # a person's name, however the model labelled each
                main = self._most_mentioned(keys)
                target.update({k: main for k in keys if k != main})
        return target

    def surname_slips(self) -> dict[str, str]:
        """2. One slip in a surname: compared on the folded spelling, against a person's surname."""
        by_key, vote, together = self.by_key, self.vote, self.together
        surnames: dict[str, list[str]] = defaultdict(list)
        for key in by_key:
            if key not in self.user and not key.startswith("@"):
                surnames[transliteration_key(key.split()[-1])].append(key)
        counts = {last: sum(len(by_key[k]) for k in keys) for last, keys in surnames.items()}
        person_surnames = slip_index({transliteration_key(k.split()[-1]) for k in self.people()})
        given_names = {transliteration_key(k.split()[0]) for k in self.first_people if len(k.split()) >= 2}

        def lone_person(last: str, keys: list[str], other: str) -> bool:
            # A shorter surname with a letter left out ("…," Water said. for Kathryn Waters) is merged
            # only when it stands alone, as a person, and is no given name of the set ("Peter" / "Peters"),
            # in a document that names the person (a slip is made beside the right spelling).
            return (all(len(k.split()) == 1 for k in keys) and last not in given_names
                    and all(vote(by_key[k]) == "PERSON" for k in keys)
                    # (not a family named by the plural after "the": "about the Bidens" beside Joe Biden)
                    and not (last == other + "s" and all(m.evidence == "determiner" for k in keys for m in by_key[k]))
                    and all(any(together(by_key[k], by_key[o]) for o in surnames[other]) for k in keys))

        target = {}
        for last, keys in surnames.items():
            better = [o for o in slip_candidates(last, person_surnames)
                      if o != last and (counts.get(o, 0) >= 3 * counts[last] and one_slip_apart(o, last)
                                        or counts.get(o, 0) >= 2 * counts[last] and letter_dropped(o, last)
                                        and lone_person(last, keys, o))]
            if len(better) == 1:
                main = self._most_mentioned(surnames[better[0]])
                target.update({key: main for key in keys if len(key.split()) == 1 or key.split()[0] == main.split()[0]})
        return target

    def given_name_slips(self) -> dict[str, str]:
        """2. … or one slip in the given name of one surname ("Kristen Wilkins" / "Kristin Wilkins")."""
        target: dict[str, str] = {}
        by_surname: dict[str, list[str]] = defaultdict(list)
        for key in sorted(k for k in self.people() if len(k.split()) == 2):
            by_surname[key.split()[1]].append(key)
        for keys in by_surname.values():  # a handful of keys per surname: pairs are cheap
            for a in keys:
                for b in keys:
                    if a < b and one_slip_apart(a.split()[0], b.split()[0]) and a not in target and b not in target:
                        main, other = sorted((a, b), key=lambda k: (-len(self.by_key[k]), k))
                        target[other] = main
        return target

    def given_name_swaps(self) -> dict[str, str]:
        """2. … or a lone given name with two neighbouring letters swapped from the given name of one person named in
        full, in a document that names that person ("Don loved and adored Deirdre" beside "his second wife Dierdre
        Coleman"): into the full name. Only a swap, the typing slip that makes no other name ("Michaela" is no slip
        of "Michael"), of a word of seven letters or more that is no given name of the set itself."""
        by_key, together = self.by_key, self.together
        people = sorted(k for k in self.first_people if k in by_key)  # (the people found once, before the merges)
        full = [k for k in people if 2 <= len(k.split()) <= 3]
        if not full:
            return {}
        given = {k.split()[0] for k in full}
        swapped: dict[str, set[str]] = defaultdict(set)
        for key in full:
            first = key.split()[0]
            if len(first) >= 7:
                for i in range(len(first) - 1):
                    if first[i] != first[i + 1]:
                        swapped[first[:i] + first[i + 1] + first[i] + first[i + 2:]].add(key)
        target = {}
        for key in people:
            if " " in key or key in given or key not in swapped:
                continue
            owners = [k for k in swapped[key] if together(by_key[key], by_key[k])]
            if len(owners) == 1:
                target[key] = owners[0]
        return target

    def vowel_variants(self) -> dict[str, str]:
        """2. … or a full name transliterated twice, its surname (four letters or more) and any other word written
        with one vowel for another ("Hamza bin Laden" / "Hamza bin Ladin", "Osama bin Laden" / "Usama bin Ladin",
        as a statement quoted in the article spells them; round entities54), the other words the same, in a document
        that names both: into the more mentioned. Two people of one surname ("Jon Smith" / "Jan Smith") keep theirs:
        the surnames must differ."""
        target: dict[str, str] = {}
        by_shape: dict[tuple[int, ...], list[str]] = defaultdict(list)
        for key in self.people():
            words = key.split()
            if len(words) >= 2 and len(words[-1]) >= 4:
                by_shape[tuple(len(w) for w in words)].append(key)  # (a vowel for a vowel keeps each word's length)
        for keys in by_shape.values():
            for a in keys:
                for b in keys:
                    if a < b and a not in target and b not in target and vowel_variants(a.split(), b.split()) \
                            and self.together(self.by_key[a], self.by_key[b]):
                        main, other = sorted((a, b), key=lambda k: (-len(self.by_key[k]), k))
                        target[other] = main
        return target

    def marked_transliterations(self) -> dict[str, str]:
        """2. … or a name transliterated with and without an apostrophe for a sound English has no letter for
        ("al-Qa’ida" in a statement an article quotes, "Al-Qaeda" in its own words; round acro48), the letters the same
        but for one vowel, in a document that names both: into the more mentioned (the plain of two as often mentioned),
        whatever the labels (the vote then reads all the mentions)."""
        marked = [k for k in self.by_key if "'" in k and k not in self.user]
        if not marked:
            return {}
        by_length: dict[int, list[str]] = defaultdict(list)
        for key in self.by_key:
            if "'" not in key:
                by_length[len(key)].append(key)
        target: dict[str, str] = {}
        for key in marked:
            plain = [k for k in by_length.get(len(key) - key.count("'"), ())
                     if k not in self.user and marked_transliteration(key, k)
                     and self.together(self.by_key[key], self.by_key[k])]
            if len(plain) == 1 and plain[0] not in target:
                # (of two as often mentioned, the plain spelling: the article's own, the marked one a quotation's)
                main, other = sorted((key, plain[0]), key=lambda k: (-len(self.by_key[k]), "'" in k, k))
                target[other] = main
        return target

    def middle_names(self) -> dict[str, str]:
        """2. … or a person's given name and surname without the middle names the set also names them by ("Joshua
        Norton" / "Joshua Abraham Norton"): into the one longer name of that given name and surname, in a document
        that names both (two people of one given name and surname named apart is left open); into the more mentioned
        of the two."""
        people = [k for k in self.people() if all(w[:1].isalpha() for w in k.split())]
        longer: dict[tuple[str, str], list[str]] = defaultdict(list)
        for key in people:
            words = key.split()
            if len(words) >= 3:
                longer[words[0], words[-1]].append(key)
        target = {}
        for key in people:
            words = key.split()
            found = longer.get((words[0], words[-1]), []) if len(words) == 2 else []
            if len(found) == 1 and self.together(self.by_key[key], self.by_key[found[0]]) and not any(
                    m.evidence == "is-PERSON" for k in (key, found[0]) for m in self.by_key[k]):
                # (not a name set off by a noun in apposition, as a relative of the same names is: "her widowed
                # mother, Gloria Morgan Vanderbilt" beside Gloria Vanderbilt)
                main = self._most_mentioned((key, found[0]))  # (the name news uses: "Robert Mugabe", not
                target.update({k: main for k in (key, found[0]) if k != main})  # "Robert Gabriel Mugabe")
        return target

    def nicknamed_forms(self) -> dict[str, str]:
        """2. … or a person named by a nickname and the surname ("Podcaster Spike Cohen") where the set also writes
        the full name with that nickname in quote marks between the given name and the surname ('podcast host
        Jeremy "Spike" Cohen', keyed "jeremy cohen"; round ent37): one person, in a document that names both, under
        the nickname's form (the name the public knows) unless the full name is the more mentioned. Then the
        surname alone ("Cohen, who went into the convention …") has one full name to go to, not two."""
        by_key, target = self.by_key, {}
        people = set(self.people())
        for key in people:
            for m in by_key[key]:
                found = _QUOTED_NICKNAME.search(" ".join(m.text.split()))
                if not found:
                    continue
                nicknamed = f"{strip_accents(found.group(1).lower())} {key.split()[-1]}"
                if nicknamed != key and nicknamed in people and self.together(by_key[key], by_key[nicknamed]):
                    main = key if len(by_key[key]) > len(by_key[nicknamed]) else nicknamed
                    target.update({k: main for k in (key, nicknamed) if k != main})
                    break
        return target

    def handles(self) -> dict[str, str]:
        """3. A handle into the person whose full name or surname its words end with."""
        full = {k for k in self.people() if len(k.split()) >= 2}
        target = {}
        for key in [k for k in self.by_key if k.startswith("@") and k not in self.user]:
            words = handle_words(self.by_key[key][0].text)
            joined = "".join(words)
            hits = sorted(f for f in full if joined.endswith(f.replace(" ", "")) and len(f.replace(" ", "")) >= 6)
            hits = hits or sorted(f for f in full if words and f.split()[-1] == words[-1] and len(words[-1]) >= 4)
            if len(hits) == 1:
                target[key] = hits[0]
        return target

    def country_forms(self) -> dict[str, str]:
        """4a. A body's or a law's name after "U.S.", "US" or "United States" is one name however the country is
        written ("the U.S. Senate", "the United States Senate"; "U.S. Central Command", "United States Central
        Command"; "the U.S. Constitution", "the United States Constitution"): into
        its most mentioned form. Not into the name without the country: a bare "Supreme Court" or "Chess
        Federation" may be another country's, even in the same article. (Nor a party's: joining "the US Green
        Party" to "the Green Party" of the same document, round ent37, made a held-out GUM interview's figure fall.)"""
        by_key, forms = self.by_key, defaultdict(list)
        for key in by_key:
            if key not in self.user and self.vote(by_key[key]) in ("ORG", "LAW"):
                # (and a law's: "the U.S. Constitution", "the United States Constitution")
                bare = _COUNTRY_PREFIX.sub("", key)
                if bare != key:
                    forms[bare].append(key)
        target = {}
        for keys in forms.values():
            main = self._most_mentioned(keys)
            target.update({k: main for k in keys if k != main})
        return target

    def ampersand_forms(self) -> dict[str, str]:
        """4b. A name written with "&" is the one written with "and" ("American Center for Law & Justice", "the
        American Center for Law and Justice"): into the most mentioned form."""
        by_key, forms = self.by_key, defaultdict(list)
        for key in by_key:
            if key not in self.user and (" & " in key or " and " in key) and self.vote(by_key[key]) != "PERSON":
                forms[key.replace(" & ", " and ")].append(key)
        target = {}
        for keys in forms.values():
            if len(keys) > 1:
                main = self._most_mentioned(keys)
                target.update({k: main for k in keys if k != main})
        return target

    def run_together_forms(self) -> dict[str, str]:
        """4d. A body's name written as words and as one word with a capital inside ("Marine Traffic's AIS tracking
        database", "other vessels or MarineTraffic"), in a document that writes both, is one name: into the most
        mentioned form. Both forms must be voted bodies (a person's "De Niro" beside "DeNiro" is left to the
        spelling steps of people)."""
        by_key, vote, forms = self.by_key, self.vote, defaultdict(list)
        for key in by_key:
            if key not in self.user and " " not in key and len(key) >= 6 \
                    and _INNER_CAPITAL.match(self.surface(by_key[key][0].text)) and vote(by_key[key]) == "ORG":
                forms[key] = [key]
        if not forms:
            return {}
        for key in by_key:
            if key not in self.user and 2 <= len(words := key.split()) <= 3 and "".join(words) in forms:
                forms["".join(words)].append(key)
        target = {}
        for keys in forms.values():
            if len(keys) == 2 and vote(by_key[keys[1]]) == "ORG" and self.together(by_key[keys[0]], by_key[keys[1]]):
                main = self._most_mentioned(keys)
                target.update({k: main for k in keys if k != main})
        return target

    def party_forms(self) -> dict[str, str]:
        """4c. A party's name of two words or more written before a lower-case "party", which the model leaves out
        ("Thai Raksa Chart party complies", beside "the Thai Raksa Chart Party"), is the set's "<name> Party", when
        both are voted bodies."""
        by_key = self.by_key
        target = {}
        for key, group in by_key.items():
            full = f"{key} party"
            if (len(key.split()) >= 2 and full in by_key and key not in self.user and self.vote(group) == "ORG"
                    and self.vote(by_key[full]) == "ORG"):
                target[key] = full
        return target

    def department_forms(self) -> dict[str, str]:
        """4. "State Department" is the set's "Department of State" (also with a country in front); of the long
        form with and without the country ("the U.S. Department of Justice", "the Department of Justice"), the one
        without it. A long form the model read as a work ("Maintaining the Department of Justice’s ability …",
        WORK_OF_ART) is no other department."""
        by_key = self.by_key
        target = {}
        for key in list(by_key):
            words = key.split()
            if len(words) == 2 and words[1] in ("department", "ministry", "office") and key not in self.user:
                long_forms = [k for k in by_key if k.endswith(f"{words[1]} of {words[0]}") and k != key
                              and self.vote(by_key[k]) != "WORK_OF_ART"]
                bare = f"{words[1]} of {words[0]}"
                if bare in long_forms and all(_COUNTRY_PREFIX.sub("", k) == bare for k in long_forms):
                    long_forms = [bare]  # "Department of Justice" beside "U.S. Department of Justice"
                if len(long_forms) == 1:
                    target[key] = long_forms[0]
        return target

    def acronyms(self) -> dict[str, str]:
        """5. An acronym into the one organisation or law of the set whose initials it spells, or else (of none or
        of several) into the one whose long name a document writes it after in brackets ("the Islamic State
        (ISIS)", "The Georgian Tennis Federation (GFT)"; "the Recording Industry Association of America (RIAA)"
        beside a misspelt "Recording Industries Association of America")."""
        long_names: dict[str, list[str]] = defaultdict(list)
        bracketed: dict[str, set[str]] = defaultdict(set)
        for key, group in self.by_key.items():
            if len(key.split()) >= 2 and (self.vote(group) in ("ORG", "GPE", "NORP") or _law_name(key)) \
                    and key not in self.user:
                # (and a law's: "the Digital Millennium Copyright Act (DMCA)", whose acronym the model calls a body)
                long_names[acronym_of(key)].append(key)
                linked = initials_with_links(key)
                if linked != acronym_of(key):
                    # "DOJ", "DoJ" of "Department of Justice", "DfE" of "Department for Education": the initial of
                    # "of" or "for" taken in
                    long_names[linked].append(key)
                bare = _COUNTRY_PREFIX.sub("", key)
                if bare != key and len(bare.split()) >= 2 and acronym_of(bare) != acronym_of(key):
                    # "the United States Commission on Presidential Debates" … "CPD announced": the initials of a
                    # body's name without the country it opens with (round entities47)
                    long_names[acronym_of(bare)].append(key)
                dotted = initials_with_abbreviations(key)
                if dotted:
                    # "USGS" of "U.S. Geological Survey", "UKIP" of "U.K. Independence Party": an abbreviation
                    # written with points gives each of its letters (the set's long form may be the one with "U.S."
                    # once "United States Geological Survey" is joined to it, 4a)
                    long_names[dotted].append(key)
                first, _, rest = key.partition(" ")
                if first in _ORDINAL_WORDS and len(rest.split()) >= 2:
                    # "First Moscow State Medical University (First MSMU)": an ordinal opening a name stays a word
                    # before the acronym of the rest, which then names the body too
                    long_names[acronym_of(rest)].append(key)
            if " " in key:
                for m in group:
                    if is_acronym(m.text) or short_name_of(m.text, key) or (
                            m.label == "ORG" and m.key == key and short_form_word(m.text)):
                        # "the Islamic State (ISIS)": the acronym in brackets was keyed as the name before it
                        # (toolkit.nlp.mentions), whatever its letters spell; so was a short form of another make
                        # ("the California Department of Forestry and Fire Protection (CalFire)", one word keyed as
                        # a name of several: toolkit.nlp.bracketed_short_forms)
                        bracketed[m.text.lower()].add(key)
        target = {}
        for key, group in self.by_key.items():
            text = self.surface(group[0].text)
            plural = plural_acronym(text)
            if (is_acronym(text) or len(text) <= 6 and mixed_acronym(text)
                    or key in bracketed and (one_title_word(text) or short_form_word(text))
                    or plural) and key not in self.user and key not in self.known:
                # ("Phivolcs" after "The Philippine Institute of Volcanology and Seismology (Phivolcs)": a short
                # name cut from the name's words, defined in brackets)
                # ("PG&E" after "Pacific Gas and Electric Company (PG&E)": an ampersand joins its capitals)
                matches = long_names.get(key, [])
                if not matches and plural:
                    # "JWs" of "Jehovah's Witnesses" (round ent41a): the initials of a name of members take its "s"
                    matches = [k for k in long_names.get(key[:-1], []) if k.endswith("s")]
                if len(matches) != 1 and len(bracketed.get(key, ())) == 1:
                    matches = sorted(bracketed[key])  # the one the text spells it out for, of none or of several
                if len(matches) == 1 and key != matches[0] and self.together(group, self.by_key[matches[0]]):
                    target[key] = matches[0]
        return target
