"""Params files: one flat YAML file per source set, validated before any kernel starts.

Example ``params/ukraine-diplomacy.yaml``::

    name: ukraine-diplomacy
    title: US–Russia–Ukraine peace diplomacy
    sources: ukraine-diplomacy        # a folder or glob under seeds/
    published: 2025-08-07             # reference date for files that carry none
    focus: [Donald Trump, Vladimir Putin]
    aliases: {Zelenskyy: Volodymyr Zelensky}
    formats: [html, pdf]

Validation uses pydantic (already a dependency of spaCy) so that types are checked
strictly; line numbers come from the YAML node the key was read from.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from toolkit.core.errors import ParamsError
from toolkit.core.paths import params_dir

_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


class Params(BaseModel):
    """The validated params of one source set."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    name: str = Field(description="a short name: lower-case letters, digits, '.', '_' or '-'")
    title: str = Field(description="the briefing's title")
    sources: str = Field(description="a folder or glob relative to seeds/")
    published: dt.date | None = Field(None, description="a date YYYY-MM-DD")
    focus: list[str] = Field(default_factory=list, description="a list of entity names")
    aliases: dict[str, str] = Field(default_factory=dict, description="a mapping of surface form to canonical name")
    formats: list[Literal["html", "pdf"]] = Field(default_factory=lambda: ["html", "pdf"],
                                                  description="a list of formats: html, pdf")

    @field_validator("name")
    @classmethod
    def _name_is_a_slug(cls, value: str) -> str:
        if not _NAME.match(value):
            raise ValueError("expected lower-case letters, digits, '.', '_' or '-' (it names a folder under reports/)")
        return value

    @field_validator("sources")
    @classmethod
    def _sources_stay_inside(cls, value: str) -> str:
        if Path(value).is_absolute() or ".." in Path(value).parts:
            raise ValueError("expected a folder or glob relative to seeds/, without '..' or a leading '/'")
        return value

    def as_dict(self) -> dict:
        """Plain, JSON-friendly data (dates as ISO strings)."""
        data = self.model_dump()
        data["published"] = self.published.isoformat() if self.published else None
        return data


def _key_lines(text: str) -> dict[str, int]:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return {}
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {k.value: k.start_mark.line + 1 for k, _ in node.value if isinstance(k, yaml.ScalarNode)}


def _expected(field: str, error: dict) -> str:
    info = Params.model_fields.get(field)
    described = info.description if info is not None and info.description else None
    message = error.get("msg", "invalid value")
    if error.get("type") == "extra_forbidden":
        return f"unknown key; expected one of {', '.join(Params.model_fields)}"
    if error.get("type") == "missing":
        return f"missing; expected {described}"
    got = error.get("input")
    got_text = f" (got {type(got).__name__} {got!r})" if got is not None else ""
    return f"{message}; expected {described}{got_text}" if described else f"{message}{got_text}"


def load_params(path: str | Path) -> Params:
    """Read and validate a params file.

    Raises:
        ParamsError: naming the file, the line where known, the key and what was expected.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ParamsError(path, f"cannot read ({exc})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise ParamsError(path, f"not valid YAML: {problem}", line=mark.line + 1 if mark else None) from None
    if not isinstance(data, dict):
        raise ParamsError(path, f"expected a mapping of keys to values, got {type(data).__name__}")
    lines = _key_lines(text)
    try:
        return Params.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        key = str(error["loc"][0]) if error["loc"] else None
        raise ParamsError(path, _expected(key or "", error), key=key, line=lines.get(key)) from None


def all_params_files(folder: Path | None = None) -> list[Path]:
    """Every ``*.yaml`` / ``*.yml`` params file, sorted by name."""
    folder = folder or params_dir()
    return sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])
