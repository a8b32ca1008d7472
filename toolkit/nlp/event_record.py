"""The record of one event, as :func:`toolkit.nlp.events.events` yields it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Event:
    """One event; ``start``/``end`` span its clause's subject, verb and object in ``doc.text``."""

    subject: str | None
    verb: str
    object: str | None
    negated: bool
    modality: str | None
    reported_by: str | None
    quoted: bool
    kind: str
    date: str | None
    start: int
    end: int
    sent_start: int
    sent_end: int
