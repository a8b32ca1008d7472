"""Params files: one flat YAML file per source set, validated before any kernel starts.

Example ``params/ukraine-diplomacy.yaml``::

    name: ukraine-diplomacy
    title: US–Russia–Ukraine peace diplomacy
    sources: ukraine-diplomacy        # a folder or glob under seeds/
    published: 2025-08-07             # reference date for files that carry none
    focus: [Donald Trump, Vladimir Putin]
    aliases: {Zelenskyy: Volodymyr Zelensky}
    formats: [html, pdf]
    columns: {story_text: text, outlet_name: outlet}   # only for exports with their own column names

A params file is read in steps, each bounding the next, so that no hostile file costs
more than its (small) size before it is refused (:func:`load_params`):

1. at most :data:`MAX_PARAMS_BYTES` of a regular file are read;
2. the YAML events are checked in one pass (PyYAML's parser does not recurse): no anchors,
   aliases or merge keys (``&a``, ``*a``, ``<<``; params hold plain values, and an alias
   "bomb" would expand a few hundred bytes into gigabytes), nesting at most
   :data:`MAX_DEPTH` deep;
3. the document is composed (line numbers) and every mapping checked for a key given twice;
4. the values are constructed; one YAML cannot construct (``2025-02-30``, ``0000-01-01``,
   an integer of thousands of digits) is reported with its key and line;
5. pydantic checks the types strictly, and the validators below the values.

Every message names the file, the line and the key, and quotes at most a short excerpt
of what was found (:func:`_excerpt`).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import reprlib
import stat
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_serializer

from toolkit.core.errors import ParamsError
from toolkit.core.paths import params_dir
from toolkit.reading.exports import FIELDS as EXPORT_FIELDS

# A params file is a dozen short lines; a long aliases mapping fits many times over.
MAX_PARAMS_BYTES = 100_000
# Params are a mapping of texts, dates and flat lists or mappings; deeper YAML is refused
# before it is composed (composing recurses once per level).
MAX_DEPTH = 8
# Quoted values in messages are cut to about this many characters.
EXCERPT_CHARS = 60

# A set's name names its folder reports/<name>/ and, through it, its lock and staging
# entries: plain lower-case words of letters and digits joined by single '-' or '_'. No
# dots (no "index.html", no suffixes), no leading '.' or '_' (the build's own entries),
# no '+' or '/' (the build's private namespace, toolkit.build.locks.private_name).
NAME_RULE = ("lower-case letters and digits, words joined by single '-' or '_' (no dots, "
             "no leading or trailing '-' or '_'), at most 64 characters")
_NAME = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
_NAME_MAX = 64
# Names of what the build (and its tests) write in reports/ besides the briefings — the
# index (index.html), the browser tests' screenshots/ — and the device names Windows will
# not create as folders (reports/ are often copied to shares).
RESERVED_NAMES = frozenset({"index", "screenshots", "con", "prn", "aux", "nul",
                            *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))})
# Published dates a news briefing can mean; outside it date arithmetic ("two weeks ago")
# can leave the calendar, and a year like 0025 is a typing slip.
FIRST_DATE, LAST_DATE = dt.date(1800, 1, 1), dt.date(2199, 12, 31)

_MERGE_TAG = "tag:yaml.org,2002:merge"
_SURROGATE = re.compile("[\ud800-\udfff]")

_short = reprlib.Repr()
_short.maxstring = _short.maxother = _short.maxlong = EXCERPT_CHARS
_short.maxlist = _short.maxtuple = _short.maxdict = _short.maxset = 4
_short.maxlevel = 2


def _excerpt(value) -> str:
    """A short, bounded ``repr`` of ``value`` for a message (at most about 60 characters)."""
    text = _short.repr(value)
    return text if len(text) <= 2 * EXCERPT_CHARS else text[: 2 * EXCERPT_CHARS] + "…"


class Params(BaseModel):
    """The validated params of one source set."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    name: str = Field(description=f"a plain name: {NAME_RULE}")
    title: str = Field(description="the briefing's title")
    sources: str = Field(description="a folder or glob relative to seeds/")
    published: dt.date | None = Field(None, description="a date YYYY-MM-DD")
    focus: list[str] = Field(default_factory=list, description="a list of entity names")
    aliases: dict[str, str] = Field(default_factory=dict, description="a mapping of surface form to canonical name")
    formats: list[Literal["html", "pdf"]] = Field(default_factory=lambda: ["html", "pdf"],
                                                  description="a list of formats: html, pdf")
    columns: dict[str, str] = Field(default_factory=dict,
                                    description="a flat mapping of an export's column name to a field "
                                                f"({', '.join(EXPORT_FIELDS)})")

    @field_validator("name")
    @classmethod
    def _name_is_plain(cls, value: str) -> str:
        if len(value) > _NAME_MAX or not _NAME.match(value):
            raise ValueError(f"{_excerpt(value)} is not a plain name; expected {NAME_RULE} "
                             "(it names the folder reports/<name>/)")
        if value in RESERVED_NAMES:
            raise ValueError(f"'{value}' is reserved (reports/ holds the build's own index.html and "
                             "screenshots/, and some systems cannot make a folder of that name); choose another name")
        return value

    @field_validator("title")
    @classmethod
    def _title_is_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the title is empty; expected the briefing's title")
        return value

    @field_validator("sources")
    @classmethod
    def _sources_stay_inside(cls, value: str) -> str:
        if any(ch < " " or ch == "\x7f" for ch in value):
            raise ValueError("contains a control character; expected a folder or glob relative to seeds/")
        parts = Path(value.strip()).parts
        if not parts:
            raise ValueError(f"{_excerpt(value)} names seeds/ itself (its README and every set); "
                             "expected a folder or glob relative to seeds/, such as my-set or my-set/*.txt")
        if Path(value).is_absolute() or ".." in Path(value).parts:
            raise ValueError("expected a folder or glob relative to seeds/, without '..' or a leading '/'")
        return value

    @field_validator("published")
    @classmethod
    def _published_is_plausible(cls, value: dt.date | None) -> dt.date | None:
        if value is not None and not FIRST_DATE <= value <= LAST_DATE:
            raise ValueError(f"{value.isoformat()} is outside {FIRST_DATE.isoformat()} … {LAST_DATE.isoformat()}; "
                             "expected the date of the news, YYYY-MM-DD")
        return value

    @field_validator("formats")
    @classmethod
    def _formats_say_what_to_build(cls, value: list[str]) -> list[str]:
        # An empty list would build a briefing nobody can read (no HTML, no PDF) and say
        # nothing; leaving the key out means both.
        if not value:
            raise ValueError("an empty list builds no HTML and no PDF; list html, pdf or both "
                             "(or leave the key out for both)")
        twice = sorted({f for f in value if value.count(f) > 1})
        if twice:
            raise ValueError(f"{', '.join(twice)} listed twice; expected each format once")
        return value

    @field_validator("columns")
    @classmethod
    def _columns_name_fields(cls, value: dict[str, str]) -> dict[str, str]:
        # Only what an export's own column names need: the usual names (text, title, url,
        # published, outlet, ...) are read without a mapping (toolkit.reading.exports.NAMES).
        taken: dict[str, str] = {}
        for column, field in value.items():
            if not column.strip() or any(ch < " " or ch == "\x7f" for ch in column):
                raise ValueError(f"column name {_excerpt(column)} is empty or holds a control character; "
                                 "expected an export's column name")
            if field not in EXPORT_FIELDS:
                raise ValueError(f"{_excerpt(column)} maps to {_excerpt(field)}; expected one of "
                                 f"{', '.join(EXPORT_FIELDS)}")
            if field in taken:
                raise ValueError(f"{_excerpt(taken[field])} and {_excerpt(column)} both map to {field}; "
                                 "expected one column per field")
            taken[field] = column
        return value

    @model_serializer(mode="wrap")
    def _without_empty_columns(self, handler):
        # A set without exports has no columns: its recorded params stay as they were before
        # the key existed, so that its briefing (whose appendix lists the params) is unchanged.
        data = handler(self)
        if isinstance(data, dict) and not data.get("columns"):
            data.pop("columns", None)
        return data

    def as_dict(self) -> dict:
        """Plain, JSON-friendly data (dates as ISO strings)."""
        data = self.model_dump()
        data["published"] = self.published.isoformat() if self.published else None
        return data


def _read_bounded(path: Path) -> str:
    """The text of the regular file ``path``, at most :data:`MAX_PARAMS_BYTES` long."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise ParamsError(path, "not a regular file; expected a YAML params file")
        if info.st_size > MAX_PARAMS_BYTES:
            raise ParamsError(path, f"{info.st_size:,} bytes, over the limit of {MAX_PARAMS_BYTES:,} "
                                    "for a params file (a dozen short lines)")
        with open(path, "rb") as handle:
            data = handle.read(MAX_PARAMS_BYTES + 1)
    except OSError as exc:
        raise ParamsError(path, f"cannot read ({exc.strerror or exc})") from None
    if len(data) > MAX_PARAMS_BYTES:  # grew since stat
        raise ParamsError(path, f"over the limit of {MAX_PARAMS_BYTES:,} bytes for a params file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ParamsError(path, f"not UTF-8 text (byte {exc.start}: {exc.reason})", line=line) from None


def _yaml_error(path: Path, exc: yaml.YAMLError) -> ParamsError:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    return ParamsError(path, f"not valid YAML: {_cut(problem)}", line=mark.line + 1 if mark else None)


def _cut(text: str, limit: int = 2 * EXCERPT_CHARS) -> str:
    text = str(text)
    return text if len(text) <= limit else text[:limit] + "…"


def _check_events(path: Path, text: str) -> None:
    """One pass over the YAML events: no anchors or aliases; nesting bounded.

    PyYAML's parser keeps its own stack (no recursion), so this pass costs time and memory
    in proportion to the (bounded) text whatever its shape.
    """
    depth = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        line = event.start_mark.line + 1
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise ParamsError(path, "anchors and aliases ('&name', '*name') are not allowed: params hold plain "
                                    "values, written out", line=line)
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise ParamsError(path, f"nested more than {MAX_DEPTH} levels deep; params hold texts, dates "
                                        "and flat lists or mappings", line=line)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _check_keys(path: Path, top: yaml.MappingNode) -> None:
    """Refuse a mapping (the file, or a value such as ``aliases``) that gives a key twice,
    and merge keys (``<<``), which would give keys a second time from elsewhere."""
    stack: list[yaml.Node] = [top]
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key, value in current.value:
                line = key.start_mark.line + 1
                if key.tag == _MERGE_TAG:
                    owner = None if current is top else _key_at(top, key.start_mark.index)
                    raise ParamsError(path, "merge keys ('<<') are not allowed: params hold plain values, "
                                            "written out", key=owner, line=line)
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        where = "" if current is top else f"'{_cut(key.value, EXCERPT_CHARS)}' "
                        raise ParamsError(path, f"{where}given twice (lines {seen[key.value]} and {line}); "
                                                "each key may be given once",
                                          key=_key_at(top, key.start_mark.index), line=line)
                    seen[key.value] = line
                stack.extend([key, value])
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)


class _Loader(yaml.SafeLoader):
    """SafeLoader whose values that cannot be constructed (``2025-02-30``, ``0000-01-01``, an
    integer of 5,000 digits) raise a ConstructorError at their own node, not a bare ValueError."""

    def construct_object(self, node, deep=False):
        try:
            return super().construct_object(node, deep=deep)
        except (ValueError, OverflowError, TypeError) as exc:
            kind = node.tag.rsplit(":", 1)[-1]
            wanted = " YYYY-MM-DD" if kind == "timestamp" else ""
            what = "a calendar date" if kind == "timestamp" else f"a valid {kind}"
            raise yaml.constructor.ConstructorError(
                None, None, f"{_excerpt(node.value)} is not {what} ({_cut(exc, EXCERPT_CHARS)}); "
                            f"expected a real{' date' + wanted if wanted else ' value'}",
                node.start_mark) from None

    def _undefined(self, node):
        raise yaml.constructor.ConstructorError(
            None, None, f"the tag {_excerpt(node.tag)} is not allowed: params hold plain values "
                        "(texts, dates, lists and mappings of texts)", node.start_mark)


_Loader.add_constructor(None, _Loader._undefined)


def _construct(path: Path, text: str):
    """Check, compose and construct the params document: (data, the composed top node or None)."""
    try:
        _check_events(path, text)
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None, None
            if isinstance(node, yaml.MappingNode):
                _check_keys(path, node)
            try:
                return loader.construct_document(node), node
            except yaml.constructor.ConstructorError as exc:
                top = node if isinstance(node, yaml.MappingNode) else None
                mark = exc.problem_mark
                key = _key_at(top, mark.index) if top is not None and mark is not None else None
                problem = exc.problem or "cannot be read"
                raise ParamsError(path, _cut(problem, 4 * EXCERPT_CHARS), key=key,
                                  line=mark.line + 1 if mark else None) from None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        raise _yaml_error(path, exc) from None


def _key_at(top: yaml.MappingNode, index: int) -> str | None:
    """The top-level key whose key or value holds the character at ``index`` of the text."""
    for key, value in top.value:
        if key.start_mark.index <= index <= value.end_mark.index:
            return _cut(key.value, EXCERPT_CHARS) if isinstance(key, yaml.ScalarNode) else None
    return None


def _line_of(top: yaml.Node | None, loc: tuple) -> int | None:
    """The line of the value at ``loc`` (a pydantic error location) in the composed document."""
    if not isinstance(top, yaml.MappingNode) or not loc:
        return None
    line = None
    node: yaml.Node = top
    for step in loc:
        child = None
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value == str(step):
                    child, line = value, key.start_mark.line + 1
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
            child = node.value[step]
            line = child.start_mark.line + 1
        if child is None:
            break
        node = child
    return line


def _expected(field: str, error: dict) -> str:
    info = Params.model_fields.get(field)
    described = info.description if info is not None and info.description else None
    message = error.get("msg", "invalid value")
    if error.get("type") == "extra_forbidden":
        return f"unknown key; expected one of {', '.join(Params.model_fields)}"
    if error.get("type") == "missing":
        return f"missing; expected {described}"
    if error.get("type") == "value_error":
        return message.removeprefix("Value error, ")
    got = error.get("input")
    got_text = f" (got {type(got).__name__} {_excerpt(got)})" if got is not None else ""
    return f"{message}; expected {described}{got_text}" if described else f"{message}{got_text}"


def _surrogate(data: dict) -> str | None:
    """The first top-level key (as text) whose key or value holds a lone surrogate (from a '\\ud800' escape)."""
    for key, value in data.items():
        stack = [key, value]
        while stack:
            item = stack.pop()
            if isinstance(item, str) and _SURROGATE.search(item):
                return str(key)
            if isinstance(item, dict):
                stack.extend([*item.keys(), *item.values()])
            elif isinstance(item, list):
                stack.extend(item)
    return None


def load_params(path: str | Path) -> Params:
    """Read and validate a params file.

    Raises:
        ParamsError: naming the file, the line where known, the key and what was expected,
            quoting at most a short excerpt of what was found.
    """
    path = Path(path)
    text = _read_bounded(path)
    data, top = _construct(path, text)
    if not isinstance(data, dict):
        got = "an empty file" if data is None else type(data).__name__
        raise ParamsError(path, f"expected a mapping of keys to values, got {got}")
    key = _surrogate(data)
    if key is not None:
        raise ParamsError(path, "holds an escape of half a character ('\\ud800'-'\\udfff'), which no file "
                                "can be written with; expected text", key=_cut(key, EXCERPT_CHARS),
                          line=_line_of(top, (key,)))
    try:
        return Params.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = tuple(error["loc"])
        key = str(loc[0]) if loc else None
        raise ParamsError(path, _expected(key or "", error), key=_cut(key, EXCERPT_CHARS) if key else None,
                          line=_line_of(top, loc)) from None


def all_params_files(folder: Path | None = None) -> list[Path]:
    """Every ``*.yaml`` / ``*.yml`` params file, sorted by name."""
    folder = folder or params_dir()
    return sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])
