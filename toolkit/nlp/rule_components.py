"""Table-driven stand-ins for the English pipeline's two rule components, same output, less time.

The small model's ``attribute_ruler`` (179 token patterns: the tag map and its exceptions) and
its rule ``lemmatizer`` cost about a fifth of spaCy's own parse of a news article (25 and 15
ms of about 195 ms a document on the White House benchmark): the ruler runs spaCy's general
``Matcher`` over every token and sets every match's attributes through a ``Span``; the
lemmatizer makes a ``Token`` object for every token and looks its lemma up in Python. Both
answers depend on a handful of a token's attributes only, and a news article repeats its
words, so each is worked out once per distinct token and memoised:

* :class:`TabledAttributeRuler` evaluates the ruler's patterns once per distinct (tag, lower
  form, dependency, whitespace) of a token, and the few two-token patterns where their first
  token matches; it applies the attributes of every match in the ruler's own order (a later
  pattern overrides an earlier one), written in one array. It takes over only when every
  pattern is of the kinds it reads (one or two tokens; ``TAG``, ``LOWER``, ``DEP``, ``IS_SPACE``
  equal to a value, ``IN``, ``NOT_IN`` or ``REGEX``); otherwise the stock ruler stays.
* :class:`MemoLemmatizer` asks the stock lemmatizer once per distinct (word, part of speech,
  morphology), the same key its own cache uses, and writes the lemmas in one array.

:func:`speed_up` puts both in the pipeline after the stock components, which stay in it,
disabled (``nlp.get_pipe("lemmatizer").lookups`` still answers). A test compares every token's
attributes with the stock pipeline's on real text.

Example:
    >>> nlp = speed_up(spacy.load("en_core_web_sm"))   # doctest: +SKIP
    >>> nlp.pipe_names[-3:]
    ['tabled_attribute_ruler', 'memo_lemmatizer', 'ner']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

RULER_NAME = "tabled_attribute_ruler"
LEMMATIZER_NAME = "memo_lemmatizer"
# The stock component each stands in for (the same attributes: a cache key names the stock one).
STANDS_IN_FOR = {RULER_NAME: "attribute_ruler", LEMMATIZER_NAME: "lemmatizer"}

# The token attributes a pattern may test, in the order of a token's key.
_KEY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")


class UnreadablePattern(ValueError):
    """Raised when an attribute-ruler pattern is of a kind :class:`TabledAttributeRuler` does not read."""


def _test(name: str, wanted) -> Callable[[tuple], bool]:
    """One attribute's test on a token's key (its values as strings, ``IS_SPACE`` as a bool)."""
    if name not in _KEY_ATTRS:
        raise UnreadablePattern(f"attribute {name!r}")
    at = _KEY_ATTRS.index(name)
    if isinstance(wanted, (str, bool)):
        return lambda key: key[at] == wanted
    if isinstance(wanted, dict) and len(wanted) == 1:
        (operator, value), = wanted.items()
        if operator == "IN" and isinstance(value, list):
            members = frozenset(value)
            return lambda key: key[at] in members
        if operator == "NOT_IN" and isinstance(value, list):
            members = frozenset(value)
            return lambda key: key[at] not in members
        if operator == "REGEX" and isinstance(value, str) and name != "IS_SPACE":
            search = re.compile(value).search  # as spaCy's Matcher: a search in the attribute's string
            return lambda key: bool(search(key[at]))
    raise UnreadablePattern(f"{name}: {wanted!r}")


def _token_test(spec: dict) -> Callable[[tuple], bool]:
    if not isinstance(spec, dict) or not spec:
        raise UnreadablePattern(repr(spec))
    tests = [_test(name, wanted) for name, wanted in spec.items()]
    if len(tests) == 1:
        return tests[0]
    if len(tests) == 2:
        first, second = tests
        return lambda key: first(key) and second(key)
    return lambda key: all(test(key) for test in tests)


def _gates(spec: dict) -> list[tuple[int, str]]:
    """The (key position, value) pairs one of which a token must have to match ``spec``: the lower
    form or the tag it asks for by value (the form first: fewer tokens have it), else by a list;
    none when it asks for neither."""
    for kind in (str, dict):
        for name in ("LOWER", "TAG"):
            position, wanted = _KEY_ATTRS.index(name), spec.get(name)
            if kind is str and isinstance(wanted, str):
                return [(position, wanted)]
            if kind is dict and isinstance(wanted, dict) and list(wanted) == ["IN"]:
                return [(position, value) for value in wanted["IN"]]
    return []


class _Gated:
    """Tests filed under the tag or lower form a token must have to pass them (:func:`_gates`)."""

    def __init__(self, tests: list[tuple[int, Callable, dict]]) -> None:
        self.gated: dict[tuple[int, str], list[tuple[int, Callable]]] = {}
        self.open: list[tuple[int, Callable]] = []
        for number, test, spec in tests:
            gates = _gates(spec)
            for gate in gates:
                self.gated.setdefault(gate, []).append((number, test))
            if not gates:
                self.open.append((number, test))

    def passed(self, key: tuple) -> set[int]:
        """The numbers of the tests ``key`` passes."""
        gated = self.gated
        by_tag, by_word = gated.get((0, key[0])), gated.get((1, key[1]))
        if not (by_tag or by_word or self.open):
            return set()
        candidates = self.open + (by_tag or []) + (by_word or [])
        return {number for number, test in candidates if test(key)}


class TabledAttributeRuler:
    """The stock attribute ruler's patterns, evaluated once per distinct token key."""

    def __init__(self, stock) -> None:
        from spacy.attrs import DEP, IDS, IS_SPACE, LOWER, TAG

        self.stock = stock
        self.vocab = stock.vocab
        self._key_ids = [TAG, LOWER, DEP, IS_SPACE]
        self.single: list[tuple[int, Callable, dict]] = []  # (rule number, test, pattern)
        self.double: list[tuple[int, Callable, Callable, int, list]] = []  # (rule number, first, second, index, pattern)
        for number, (rule, index) in enumerate(zip(stock.patterns, stock.indices)):
            for pattern in rule["patterns"]:
                if len(pattern) == 1 and index in (0, -1):
                    self.single.append((number, _token_test(pattern[0]), pattern[0]))
                elif len(pattern) == 2 and index in (0, 1, -1, -2):
                    self.double.append((number, _token_test(pattern[0]), _token_test(pattern[1]), index % 2, pattern))
                else:
                    raise UnreadablePattern(f"pattern {pattern!r} with index {index}")
        # A one-token pattern that asks for one word or one tag is tried only on a token of that word
        # or tag (most of them: the tag map, and words of a tag); the others on every new key.
        self._single = _Gated(self.single)
        self._firsts = _Gated([(n, first, pattern[0]) for n, (_, first, _, _, pattern) in enumerate(self.double)])
        self._seconds = _Gated([(n, second, pattern[1]) for n, (_, _, second, _, pattern) in enumerate(self.double)])
        self.attrs = stock.attrs  # per rule number: {attribute id: value}, as the stock ruler sets them
        # the attributes any rule sets, as array columns
        self.columns = sorted({attr for attrs in self.attrs for attr in attrs if isinstance(attr, int)})
        if len(self.columns) != len({a for attrs in self.attrs for a in attrs}) or not set(self.columns) <= set(IDS.values()):
            raise UnreadablePattern("a rule sets extension attributes")
        self._memo: dict[tuple, tuple] = {}
        self._answers: dict[tuple, tuple] = {}
        # Each distinct answer's attribute values as a row of two tables (values, and whether a rule sets the
        # column at all), so that a Doc's values are set in numpy, not column by column per token in Python
        # (2 µs a token before); the tables are rebuilt when an answer is added (rarely, once the memo is warm).
        self._updates: list[tuple] = []
        self._tables: tuple | None = None

    def _entry(self, ids: tuple) -> tuple:
        """The ruler's answer for one token key (tag, lower form, dependency, whitespace), memoised.

        Returns:
            A tuple of five: the numbers of the one-token rules that match (in rule order), the
            two-token rules whose first token and whose second token this key passes (two
            frozensets), the attribute values the one-token rules set, one per column
            (``None`` where none of them sets it; a later rule overrides an earlier one), and the
            answer's row in the tables of :meth:`_update_tables`.
        """
        strings = self.vocab.strings
        key = (strings[ids[0]], strings[ids[1]], strings[ids[2]], bool(ids[3]))
        rules = sorted(self._single.passed(key))
        firsts = frozenset(self._firsts.passed(key))
        seconds = frozenset(self._seconds.passed(key))
        merged: dict = {}
        for number in rules:  # a later rule overrides an earlier one, as in the stock ruler
            merged.update(self.attrs[number])
        answer = (tuple(rules), firsts, seconds, tuple(merged.get(c) for c in self.columns))
        # many keys share one answer (every singular noun of one dependency): kept once
        entry = self._answers.get(answer)
        if entry is None:
            entry = self._answers[answer] = answer + (len(self._updates),)
            self._updates.append(answer[3])
            self._tables = None
        self._memo[ids] = entry
        return entry

    def _update_tables(self, dtype) -> tuple:
        """The values each answer sets (0 where it sets none) and where it sets one, a row per answer."""
        import numpy as np

        if self._tables is None or self._tables[0].dtype != dtype:
            values = np.array([[0 if v is None else v for v in row] for row in self._updates], dtype=dtype)
            sets = np.array([[v is not None for v in row] for row in self._updates], dtype=bool)
            self._tables = (values.reshape((len(self._updates), len(self.columns))),
                            sets.reshape((len(self._updates), len(self.columns))))
        return self._tables

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        memo = self._memo
        entries = [memo.get(ids) or self._entry(ids) for ids in map(tuple, doc.to_array(self._key_ids).tolist())]
        import numpy as np

        values = doc.to_array(self.columns)
        extra: dict[int, list[int]] = {}  # token → rule numbers of two-token matches on it
        if self.double:
            for i in range(len(entries) - 1):
                for n in entries[i][1]:
                    if n in entries[i + 1][2]:
                        number, _, _, index, _ = self.double[n]
                        extra.setdefault(i + index, []).append(number)
        # each token's answer's values where the answer sets a column, the Doc's own elsewhere
        table, sets = self._update_tables(values.dtype)
        at = np.fromiter((entry[4] for entry in entries), dtype=np.intp, count=len(entries))
        updated = np.where(sets[at], table[at], values)
        for i in extra:  # (a two-token match: the token's rules and those, merged in rule order)
            merged: dict = {}
            for number in sorted(set(entries[i][0]) | set(extra[i])):
                merged.update(self.attrs[number])
            for c, column in enumerate(self.columns):
                if merged.get(column) is not None:
                    updated[i, c] = merged[column]
        if (updated != values).any():
            doc.from_array(self.columns, updated)
        return doc

    def pipe(self, docs, **kwargs):
        """Each Doc in turn (``nlp.pipe`` calls a component's ``pipe``: without it, the stock one's would run)."""
        for doc in docs:
            yield self(doc)

    def __getattr__(self, name):  # patterns, scoring: the stock ruler's
        return getattr(self.stock, name)


class MemoLemmatizer:
    """The stock rule lemmatizer, asked once per distinct (word, part of speech, morphology)."""

    def __init__(self, stock) -> None:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        self.stock = stock
        self._ids = [ORTH, POS, MORPH, LEMMA]
        # The stock lemmatizer asks ``form in index`` of a list of up to 57,528 words for every new
        # word: the same words as a set answer the same in constant time (0.12 ms a new word before).
        lookups = getattr(stock, "lookups", None)
        if lookups is not None and "lemma_index" in lookups.tables:
            index = lookups.get_table("lemma_index")
            for pos in list(index.keys()):
                if isinstance(index[pos], list):
                    index[pos] = frozenset(index[pos])
        self._memo: dict[tuple, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import LEMMA

        if not len(doc):
            return doc
        stock = self.stock
        if stock.overwrite or stock.mode != "rule":
            return stock(doc)
        if not stock._validated:
            return stock(doc)  # the stock component validates its tables (and raises as it does)
        memo, strings = self._memo, self.vocab.strings
        rows = doc.to_array(self._ids).tolist()
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma == 0:
                key = (orth, pos, morph)
                lemma = memo.get(key)
                if lemma is None:
                    lemma = strings.add(stock.lemmatize(doc[i])[0])
                    if pos:  # (no part of speech: the stock lemmatizer warns each time; not memoised)
                        memo[key] = lemma
            lemmas.append(lemma)
        import numpy as np

        doc.from_array([LEMMA], np.array(lemmas, dtype="uint64"))
        return doc

    def pipe(self, docs, **kwargs):
        """Each Doc in turn (``nlp.pipe`` calls a component's ``pipe``: without it, the stock one's would run)."""
        for doc in docs:
            yield self(doc)

    def __getattr__(self, name):  # lookups, mode, scoring: the stock lemmatizer's
        return getattr(self.stock, name)


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(RULER_NAME):
        Language.factory(RULER_NAME, default_config={"stock": "attribute_ruler"},
                         func=lambda nlp, name, stock: TabledAttributeRuler(nlp.get_pipe(stock)))
    if not Language.has_factory(LEMMATIZER_NAME):
        Language.factory(LEMMATIZER_NAME, default_config={"stock": "lemmatizer"},
                         func=lambda nlp, name, stock: MemoLemmatizer(nlp.get_pipe(stock)))


def speed_up(nlp: Language) -> Language:
    """Put the table-driven ruler and the memoising lemmatizer in place of the stock ones (disabled,
    kept), where the pipeline has them and the ruler's patterns are all of a kind the table reads."""
    _register()
    names = nlp.pipe_names
    if "attribute_ruler" in names and RULER_NAME not in names:
        try:
            nlp.add_pipe(RULER_NAME, after="attribute_ruler")
        except UnreadablePattern:
            pass
        else:
            nlp.disable_pipe("attribute_ruler")
    stock = nlp.get_pipe("lemmatizer") if "lemmatizer" in names else None
    if stock is not None and LEMMATIZER_NAME not in names and getattr(stock, "mode", None) == "rule":
        nlp.add_pipe(LEMMATIZER_NAME, after="lemmatizer")
        nlp.disable_pipe("lemmatizer")
    return nlp
