"""CAMEO actor codes: the code an actor carries on an article's date.

CAMEO codes an actor as blocks of three letters: a country or international
organisation (``ISR``, ``IGOUNO``), then roles (``GOV``, ``MIL``, ``REB``: the agents of
``ontology/lexicon/agents.tsv``). An actor's code follows, in this order, from

* its knowledge-base entry's own codes, the one in force on the article's date
  (:meth:`kg.ontology.Ontology.cameo_on`; an undated article takes the latest):
  ``benjamin-netanyahu`` is ``ISRGOV`` since 2009;
* for a state without one, its ISO 3166 alpha-3 code, which CAMEO's country codes are;
* for a body of a state or group (an entry's ``parent``, or a body the text names after
  its parent: "the Israeli military"), the parent's code and the agent code of the
  body's role: ``ISR`` + "military" -> ``ISRMIL``;
* for a person with an office (the knowledge base's affiliation in force, or the title
  written with the name: "Israeli spokesperson Eylon Levy"), the office's organisation's
  code and the agent code of the role;
* for a place, the code of the state it lies in (CAMEO codes a city as its country);
* for a group of a country with a kind that names a role ("armed group" in Yemen: the
  Houthis), the country's code and the role's (``YEMREB``).

Nothing here knows a code: they all come from the ontology's files.

>>> from kg.ontology import default_ontology
>>> kb = default_ontology()
>>> entry_code(kb, kb.entries["israel-defense-forces"])
'ISRMIL'
>>> with_agent("ISR", kb, "prime minister")
'ISRGOV'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from .ontology import Entry, Ontology

__all__ = ["agent_code", "document_codes", "entry_code", "iso_date", "kind_code", "with_agent", "with_code"]

_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_DEPTH = 4   # how far up parents and offices a code is looked for ("Pakistan Army" -> armed forces -> Pakistan)


def iso_date(value: str | None) -> str | None:
    """The ISO date (or year, year-month) a document's ``date`` starts with, else ``None``:
    ``"2024-05-01T10:00:00Z"`` -> ``"2024-05-01"``; ``"May 1, 2024"`` -> ``None`` (undated)."""
    found = _ISO_DATE.match(value.strip()) if isinstance(value, str) else None
    return found.group(0) if found else None


def agent_code(kb: Ontology, role: str | None) -> str | None:
    """The agent code of a role as written: of the longest phrase in it that is an agent,
    the later one among equals ("foreign ministry spokesperson" -> the code of "foreign
    ministry"; "intelligence agency" -> that of "intelligence"); ``None`` when none is."""
    words = (role or "").lower().split()
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size, -1, -1):
            agent = kb.agent(" ".join(words[start:start + size]))
            if agent is not None:
                return agent.code
    return None


def with_agent(code: str | None, kb: Ontology, role: str | None) -> str | None:
    """``code`` with the agent code of ``role`` added (:func:`with_code`); ``code`` itself
    when the role names no agent."""
    return with_code(code, agent_code(kb, role))


def with_code(code: str | None, agent: str | None) -> str | None:
    """``code`` with an agent code added: after it, or before it for one written ``X~``;
    ``code`` itself without one or when it ends in it already."""
    if not code or not agent:
        return code or None
    if agent.endswith("~"):
        return agent.rstrip("~") + code
    agent = agent.lstrip("~")
    return code if code.endswith(agent) else code + agent


def entry_code(kb: Ontology, entry: Entry, date: str | None = None, _depth: int = 0) -> str | None:
    """The CAMEO code of a knowledge-base entry on ``date`` (see the module's docstring)."""
    own = kb.cameo_on(entry, date)
    if own:
        return own
    if entry.type == "State":
        return entry.iso3
    if _depth >= _DEPTH:
        return None
    parent = kb.entries.get(entry.parent or "")
    if parent is not None:
        return with_agent(entry_code(kb, parent, date, _depth + 1), kb, entry.parent_role or entry.kind)
    for office in reversed(kb.affiliations_on(entry, date)):   # the latest office first
        organisation = kb.entries.get(office.get("actor") or "")
        if organisation is not None:
            code = with_agent(entry_code(kb, organisation, date, _depth + 1), kb, office.get("role"))
            if code:
                return code
    country = kb.entries.get(entry.country or "")
    if country is None:
        return None
    if entry.type == "Place":
        return entry_code(kb, country, date, _depth + 1)
    kind = kind_code(kb, entry.kind) if entry.type == "Group" else None   # "armed group" in Yemen: YEMREB
    return with_code(entry_code(kb, country, date, _depth + 1), kind) if kind else None


def kind_code(kb: Ontology, kind: str | None) -> str | None:
    """The role code of a group's kind: an agent's ("police"), else the first code of
    ``cameo_actor_codes.tsv`` whose groups are of that kind ("armed group" -> ``REB``)."""
    code = agent_code(kb, kind)
    if code or not kind:
        return code
    return next((c.code for c in kb.actor_codes.values() if c.group_kind == kind.lower()), None)


def document_codes(kb: Ontology, protos: Mapping, date: str | None, *,
                   bodies: Iterable[tuple[str, str, str]] = (),
                   offices: Iterable[tuple[str, str | None, str]] = ()) -> dict[str, str]:
    """The CAMEO code of each actor of a document (``protos``: actor id -> its
    :class:`kg.actors.document.Proto`) on the document's ``date``; actors without one are
    left out. ``bodies`` are the ``(group, parent, role)`` of bodies the text names after
    their parent, ``offices`` the ``(person, organisation, role)`` of titles written with
    names: they give a code to actors the knowledge base does not code."""
    date = iso_date(date)
    codes: dict[str, str] = {}

    def code_of(actor_id: str | None) -> str | None:
        p = protos.get(actor_id) if actor_id else None
        if p is None:
            return None
        if p.entry is not None:
            return entry_code(kb, p.entry, date)
        country = kb.state_for_country_code(p.geo["cc"]) if p.geo and p.geo.get("cc") else None
        country = country or kb.entries.get(p.country or "")   # a GeoNames place's state, or the one known
        return entry_code(kb, country, date) if country is not None else None

    for actor_id in protos:
        code = code_of(actor_id)
        if code:
            codes[actor_id] = code
    for group, parent, role in bodies:
        if group not in codes:
            code = with_agent(codes.get(parent) or code_of(parent), kb, role)
            if code:
                codes[group] = code
    for person, organisation, role in offices:
        if person not in codes and organisation:
            code = with_agent(codes.get(organisation) or code_of(organisation), kb, role)
            if code:
                codes[person] = code
    return codes
