"""Readers of the PETRARCH/Phoenix dictionary formats: text in, plain records out.

The conflict-event field keeps its knowledge in four kinds of flat files (see
``../shared/third_party/petrarch2/dictionaries.rst``), read here as PETRARCH-2's own
reader (``PETRreader.py``) reads them:

* actors (``*.actors.txt``): a phrase (``HAMID_KARZAI_``), ``+``-synonym lines and
  CAMEO actor codes, each optionally bounded by dates (``[AFGGOV >011222]``)
  -> :class:`ActorRecord`;
* agents (``*.agents.txt``): role nouns that combine with an actor
  (``POLICE {} [~COP]``), with ``!MARKER!`` substitution sets -> :class:`AgentRecord`;
* discards (``*.discards.txt``): phrases that mark a sentence (or, with ``+``, a
  whole story) as no political event -> :class:`DiscardRecord`;
* verbs (``*.verbs.txt``, CAMEO format): ``&SYNSET`` noun sets, then verb blocks
  ``--- NAME [code] ---`` with member verbs and ``-`` patterns -> :class:`VerbDictionary`.

Nothing here knows kg's ontology: :mod:`kg.phoenix_convert` turns these records into
kg's gazetteer entries, verb frames, agents and discards.

>>> [r.codes[1] for r in read_actors("HAMID_KARZAI_\\n+KARZAI_\\n\\t[AFGELI 750101-000101]\\n\\t[AFGGOV >011222]\\n")]
[CodeSpan(code='AFGGOV', start='2001-12-22', end=None)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["ActorRecord", "AgentRecord", "CodeSpan", "DiscardRecord", "Pattern", "VerbBlock",
           "VerbDictionary", "VerbEntry", "decode", "parse_date", "phrase_words", "read_actors", "read_agents",
           "read_discards", "read_verbs"]


@dataclass(frozen=True)
class CodeSpan:
    """A CAMEO actor code, in force from ``start`` to ``end`` (ISO dates, both inclusive;
    ``None``: open). A code with neither date is the record's default."""

    code: str
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class ActorRecord:
    """One actor block: its primary phrase, its synonyms and its codes (phrases are
    upper-case words joined by spaces: ``"HAMID KARZAI"``)."""

    name: str
    synonyms: tuple[str, ...]
    codes: tuple[CodeSpan, ...]
    line: int


@dataclass(frozen=True)
class AgentRecord:
    """A role noun phrase (``"NATIONAL SECURITY ADVISOR"``), its plural (``None``: no
    plural form), its agent code (``"GOV"``) and whether the code goes before the
    actor's (``NGO~``) instead of after it (``~GOV``)."""

    phrase: str
    plural: str | None
    code: str
    prefix: bool
    line: int


@dataclass(frozen=True)
class DiscardRecord:
    """A discard phrase: ``story`` drops the whole story, else the sentence; ``whole_word``
    (a trailing ``_``) needs a word end after the phrase, else it is a stem."""

    phrase: str
    story: bool
    whole_word: bool
    line: int


@dataclass(frozen=True)
class VerbEntry:
    """A member verb of a block: ``lemma`` (lower case), the particles written after it
    (``CORDON_OFF`` -> ``("off",)``), words written before it (``WIRE_+TAP``), its own code."""

    lemma: str
    after: tuple[str, ...]
    before: tuple[str, ...]
    code: str | None
    line: int


@dataclass(frozen=True)
class Pattern:
    """A ``-`` pattern line: words before and after the ``*`` that stands for the verb,
    split into tokens (``{...}`` noun phrases and ``(...)`` prepositional phrases kept as
    written), its code (``"042:043"``) and the verb its comment names."""

    before: tuple[str, ...]
    after: tuple[str, ...]
    code: str
    comment: str
    line: int


@dataclass(frozen=True)
class VerbBlock:
    name: str
    code: str
    verbs: tuple[VerbEntry, ...]
    patterns: tuple[Pattern, ...]
    line: int


@dataclass(frozen=True)
class VerbDictionary:
    """Synsets (``"&CURRENCY"`` -> member phrases as written) and verb blocks in file order."""

    synsets: dict[str, tuple[str, ...]]
    blocks: tuple[VerbBlock, ...]


# -- lines ------------------------------------------------------------------------------

def _lines(text: str) -> list[tuple[int, str]]:
    """(line number, content) of the lines PETRARCH reads: no ``#`` comment lines, no
    ``<!-- ... -->`` comments (one or several lines), no blank lines, and ``#`` comments
    cut from the end of a line. Leading whitespace is kept (it marks a date line)."""
    out, in_comment = [], False
    for lineno, line in enumerate(text.splitlines(), 1):
        if in_comment:
            if "-->" in line:
                in_comment = False
                line = line[line.index("-->") + 3:]
            else:
                continue
        if line.startswith("#"):
            continue
        while "<!--" in line:
            head, _, rest = line.partition("<!--")
            if "-->" in rest:
                line = head + rest[rest.index("-->") + 3:]
            else:
                line, in_comment = head, True
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            out.append((lineno, line))
    return out


def decode(data: bytes) -> str:
    """The text of a dictionary file: UTF-8, or line by line Windows-1252 where a line is
    not UTF-8 (the Phoenix country file mixes both)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        out = []
        for line in data.split(b"\n"):
            try:
                out.append(line.decode("utf-8"))
            except UnicodeDecodeError:
                out.append(line.decode("cp1252", errors="replace"))
        return "\n".join(out)


def phrase_words(phrase: str) -> list[str]:
    """The words of a dictionary phrase: ``"HAMID_KARZAI_"`` -> ``["HAMID", "KARZAI"]``."""
    return phrase.replace("_", " ").split()


# -- dates ------------------------------------------------------------------------------

def parse_date(text: str) -> str | None:
    """An ISO date from ``YYMMDD`` (00-30 -> 20YY, else 19YY, as PETRARCH reads it) or
    ``YYYYMMDD``; ``None`` when it is not a valid date."""
    if not text.isdigit() or len(text) not in (6, 8):
        return None
    if len(text) == 8:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    else:
        year = int(text[:2])
        year, month, day = year + (2000 if year <= 30 else 1900), int(text[2:4]), int(text[4:6])
    days = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31, 30,
            31, 31, 30, 31, 30, 31]
    if not (1 <= month <= 12 and 1 <= day <= days[month - 1]):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


_CODE = re.compile(r"\[([^\]]*)\]")


def _code_span(inside: str) -> CodeSpan | None:
    """``"AFGGOV >011222"`` -> CodeSpan; ``None`` for an empty code or a date that does not read."""
    parts = inside.split()
    if not parts:
        return None
    code, restriction = parts[0], "".join(parts[1:])
    if not restriction:
        return CodeSpan(code)
    if restriction[0] in "<>":
        date = parse_date(restriction[1:])
        if date is None:
            return None
        return CodeSpan(code, end=date) if restriction[0] == "<" else CodeSpan(code, start=date)
    first, dash, last = restriction.partition("-")
    start, end = parse_date(first), parse_date(last) if dash else None
    if start is None or (dash and end is None) or (end is not None and end < start):
        return None
    return CodeSpan(code, start=start, end=end)


# -- actors -----------------------------------------------------------------------------

def read_actors(text: str) -> list[ActorRecord]:
    """The actor blocks of a ``.actors.txt`` dictionary, in file order. A block starts
    at a line that is neither a ``+`` synonym nor an indented date line; codes may
    follow its phrase on the same line or come on the indented lines after it."""
    records: list[ActorRecord] = []
    current: dict | None = None

    def close():
        if current is not None:
            records.append(ActorRecord(current["name"], tuple(current["synonyms"]),
                                       tuple(current["codes"]), current["line"]))

    for lineno, raw in _lines(text):
        line = raw.strip()
        if line.startswith("["):
            if current is not None:
                current["codes"] += _codes(line)
            continue
        head = line[:line.index("[")] if "[" in line else line
        if line.startswith("+"):
            if current is not None:
                current["synonyms"] += [" ".join(phrase_words(s)) for s in head[1:].split("+") if phrase_words(s)]
                current["codes"] += _codes(line)
            continue
        close()
        current = {"name": " ".join(phrase_words(head)), "synonyms": [], "codes": _codes(line), "line": lineno}
    close()
    return [r for r in records if r.name]


def _codes(line: str) -> list[CodeSpan]:
    return [span for inside in _CODE.findall(line) if (span := _code_span(inside)) is not None]


# -- agents -----------------------------------------------------------------------------

_MARKER_DEF = re.compile(r"^\s*!([^!]+)!\s*=\s*(.+)$")


def read_agents(text: str) -> list[AgentRecord]:
    """The agents of an ``.agents.txt`` dictionary, with ``!MARKER!`` sets substituted
    and regular plurals made as PETRARCH makes them (``{}`` = no plural, ``{X}`` = X)."""
    markers: dict[str, list[str]] = {}
    out: list[AgentRecord] = []
    for lineno, line in _lines(text):
        definition = _MARKER_DEF.match(line)
        if definition and "[" not in line:
            markers[definition.group(1)] = [w.strip() for w in definition.group(2).split(",") if w.strip()]
            continue
        if "[" not in line or "]" not in line:
            continue
        head, _, rest = line.partition("[")
        raw_code = rest.partition("]")[0].strip()
        prefix = raw_code.endswith("~") and not raw_code.startswith("~")
        code = raw_code.strip("~").strip()
        if not code:
            continue
        plural: str | None = ""
        if "{" in head and "}" in head:
            plural = " ".join(phrase_words(head[head.index("{") + 1:head.index("}")])) or None
            head = head[:head.index("{")]
        phrases = _substitute(head.strip(), markers)
        for phrase in phrases:
            words = phrase_words(phrase)
            if not words:
                continue
            singular = " ".join(words)
            form = plural
            if len(phrases) > 1 or "!" in head:
                form = None   # a substitution set lists its plural forms itself
            elif form == "":
                form = _regular_plural(singular)
            out.append(AgentRecord(singular, form, code, prefix, lineno))
    return out


def _substitute(head: str, markers: dict[str, list[str]]) -> list[str]:
    """Every phrase a ``!MARKER!`` in ``head`` stands for (no marker: ``[head]``)."""
    found = re.search(r"!([^!]+)!", head)
    if not found:
        return [head]
    if found.group(1) not in markers:
        return []
    out = []
    for item in markers[found.group(1)]:
        out += _substitute(head[:found.start()] + item + head[found.end():], markers)
    return out


def _regular_plural(phrase: str) -> str:
    """PETRARCH's regular plural of an agent phrase (on its last word): -Y -> -IES,
    -S -> -SES, else -S."""
    if phrase.endswith("Y"):
        return phrase[:-1] + "IES"
    if phrase.endswith("S"):
        return phrase + "ES"
    return phrase + "S"


# -- discards ---------------------------------------------------------------------------

def read_discards(text: str) -> list[DiscardRecord]:
    """The phrases of a ``.discards.txt`` list (``+`` before a phrase: the whole story)."""
    out = []
    for lineno, line in _lines(text):
        phrase = line.strip()
        story = phrase.startswith("+")
        phrase = phrase.lstrip("+").strip()
        whole_word = phrase.endswith("_")
        words = phrase_words(phrase)
        if words:
            out.append(DiscardRecord(" ".join(words), story, whole_word, lineno))
    return out


# -- verbs ------------------------------------------------------------------------------

_PATTERN_CODE = re.compile(r"\[([^\]]*)\]\s*$")


def read_verbs(text: str) -> VerbDictionary:
    """A CAMEO-format verb dictionary: its synsets and its verb blocks. A ``+`` line
    after an ``&NAME`` line is a member of that synset; after a ``---`` block line it
    is a member verb (a multi-word verb, ``+CORDON_OFF``)."""
    synsets: dict[str, list[str]] = {}
    blocks: list[dict] = []
    synset = None
    raw_lines = text.splitlines()
    for lineno, line in _lines(text):
        stripped = line.strip()
        if stripped.startswith("---"):
            parts = stripped.strip("-").split()
            code = next((p.strip("[]") for p in parts[1:] if p.startswith("[")), "---")
            blocks.append({"name": parts[0] if parts else "", "code": code, "verbs": [], "patterns": [],
                           "line": lineno})
            synset = None
        elif stripped.startswith("&"):
            synset = stripped.split()[0]
            synsets[synset] = []
        elif stripped.startswith("+") and synset is not None:
            synsets[synset].append(stripped[1:].strip())
        elif stripped.startswith("-") and blocks:
            pattern = _pattern(stripped, raw_lines[lineno - 1], lineno)
            if pattern is not None:
                blocks[-1]["patterns"].append(pattern)
        elif blocks and not stripped.startswith("~"):
            entry = _verb_entry(stripped, lineno)
            if entry is not None:
                blocks[-1]["verbs"].append(entry)
    return VerbDictionary(
        synsets={k: tuple(v) for k, v in synsets.items()},
        blocks=tuple(VerbBlock(b["name"], b["code"], tuple(b["verbs"]), tuple(b["patterns"]), b["line"])
                     for b in blocks))


def _pattern(line: str, raw: str, lineno: int) -> Pattern | None:
    body = line[1:]
    code = _PATTERN_CODE.search(body)
    if code is None or "*" not in body:
        return None
    before, _, after = body[:code.start()].partition("*")
    comment = raw.split("#", 1)[1].strip() if "#" in raw else ""
    return Pattern(tuple(_pattern_tokens(before)), tuple(_pattern_tokens(after)), code.group(1).strip(),
                   comment, lineno)


def _pattern_tokens(text: str) -> list[str]:
    """Split pattern text into words, ``{...}`` noun phrases and ``(...)`` prepositional
    phrases (a phrase may hold a noun phrase: ``(FOR {FINANCIAL AID})``)."""
    tokens, depth, current = [], 0, ""
    for ch in text:
        if ch in "({":
            depth += 1
        elif ch in ")}":
            depth = max(depth - 1, 0)
        if ch.isspace() and depth == 0:
            if current:
                tokens.append(current)
            current = ""
        else:
            current += ch
    if current:
        tokens.append(current)
    return tokens


def _verb_entry(line: str, lineno: int) -> VerbEntry | None:
    """A member verb line: ``+CORDON_OFF {+CORDONED_OFF ...} [code]``."""
    code = _PATTERN_CODE.search(line)
    head = line[:code.start()] if code else line
    head = head.split("{", 1)[0].strip()
    if not head:
        return None
    word = head.split()[0]
    if "_" in word or word.startswith("+"):
        front, _, back = word.partition("+") if "+" in word else ("", "", word)
        before = tuple(w.lower() for w in front.split("_") if w)
        parts = [w for w in back.split("_") if w]
        if not parts:
            return None
        lemma, after = parts[0].lower(), tuple(w.lower() for w in parts[1:])
    else:
        lemma, after, before = word.lower(), (), ()
    if not re.fullmatch(r"[a-z][a-z'-]*", lemma):
        return None
    return VerbEntry(lemma, after, before, code.group(1).strip() if code else None, lineno)
