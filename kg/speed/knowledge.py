"""The parsed knowledge base kept in the cache folder: :class:`Keeper`.

Parsing the imported gazetteer (29,000 actors) and the verb lexicons is a third of
a second of every ``kg build``, paid again by every process that parses, and a
rebuild whose every article is cached needs hardly any of it. Here the parsed
actors and frames are kept in ``<cache>/ontology-<digest>.marshal``, found by the
ontology's version (a digest of its files), kg's code and marshal's format, and read
back lazily: each actor and each verb's frames are marshalled on their own and
decoded when first asked for (:class:`KeptMapping`), and the gazetteer's look-up
tables that go through every actor (the surface index, the bodies of each parent,
the states with an ISO code) are kept with them, decoded on first use.
"""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import fields
from itertools import accumulate
from pathlib import Path

from ..cache import code_digest
from ..ontology import ENTRY_TABLES
from ..ontology_read import Entry, Frame, Lexicon
from ..phoenix import CodeSpan
from .files import read_marshal, write_marshal
from .memory import young_gc_only

FORMAT = "kg-ontology-1"
_ENTRY_FIELDS = tuple(f.name for f in fields(Entry))
_FRAME_FIELDS = tuple(f.name for f in fields(Frame))
_CAMEO = _ENTRY_FIELDS.index("cameo")


class Keeper:
    """``keep(version, read)`` for :func:`kg.ontology.load_ontology`: the ``(entries,
    lexicon)`` kept in ``cache_dir`` for ``version`` (and kg's code), else ``read()``'s,
    then kept::

        kb = load_ontology(path, keep=Keeper(".kg-cache"))
    """

    def __init__(self, cache_dir: str | Path):
        self.cache_dir = Path(cache_dir)

    def path(self, version: str) -> Path:
        key = f"{version}\0{code_digest()}\0{marshal.version}\0{FORMAT}"
        return self.cache_dir / f"ontology-{hashlib.sha256(key.encode()).hexdigest()[:16]}.marshal"

    def __call__(self, version: str, read: Callable[[], tuple]) -> tuple[Mapping[str, Entry], Lexicon]:
        path = self.path(version)
        kept = decode(read_marshal(path))
        if kept is not None:
            return kept
        entries, lexicon = read()
        write_marshal(self.cache_dir, path, encode(entries, lexicon))
        return entries, lexicon


class KeptMapping(Mapping):
    """A read-only mapping whose values are decoded on first use, each from its own
    marshalled part of one byte string (``ends``: where each part ends)."""

    def __init__(self, keys: tuple[str, ...], ends: tuple[int, ...], blob: bytes, decode_value: Callable):
        self._place = dict(zip(keys, range(len(keys))))
        self._ends, self._blob, self._decode = ends, blob, decode_value
        self._values: dict = {}

    def __getitem__(self, key):
        value = self._values.get(key)
        if value is None:
            i = self._place[key]          # KeyError for an unknown key
            part = self._blob[self._ends[i - 1] if i else 0:self._ends[i]]
            value = self._values[key] = self._decode(marshal.loads(part))
        return value

    def __contains__(self, key) -> bool:
        return key in self._place

    def __iter__(self) -> Iterator[str]:
        return iter(self._place)

    def __len__(self) -> int:
        return len(self._place)

    def __reduce__(self):
        keys = tuple(self._place)
        return (KeptMapping, (keys, self._ends, self._blob, self._decode))


class KeptEntries(KeptMapping):
    """The gazetteer, kept: :class:`KeptMapping` of :class:`Entry` carrying the tables
    :class:`~kg.ontology.Ontology` would otherwise build by going through every entry
    (``tables``: name -> marshalled value, for :data:`kg.ontology.ENTRY_TABLES`)."""

    def __init__(self, keys, ends, blob, tables: Mapping[str, bytes]):
        super().__init__(keys, ends, blob, entry_of)
        self._tables = dict(tables)

    def table(self, name: str):
        """The kept table ``name``, or ``None``."""
        data = self._tables.get(name)
        if data is None:
            return None
        with young_gc_only():
            return marshal.loads(data)

    def __reduce__(self):
        return (KeptEntries, (tuple(self._place), self._ends, self._blob, self._tables))


def entry_of(row: tuple) -> Entry:
    """An :class:`Entry` from its kept row (:func:`entry_row`)."""
    fields_ = list(row)
    fields_[_CAMEO] = tuple(CodeSpan(*c) for c in row[_CAMEO])
    return Entry(*fields_)


def entry_row(entry: Entry) -> tuple:
    """The fields of ``entry`` in order, its CAMEO codes as ``(code, start, end)``."""
    row = [getattr(entry, name) for name in _ENTRY_FIELDS]
    row[_CAMEO] = tuple((c.code, c.start, c.end) for c in entry.cameo)
    return tuple(row)


def frames_of(rows: tuple) -> tuple[Frame, ...]:
    return tuple(Frame(*row) for row in rows)


def frame_rows(frames: tuple[Frame, ...]) -> tuple:
    return tuple(tuple(getattr(f, name) for name in _FRAME_FIELDS) for f in frames)


def _parts(values: Iterable) -> tuple[tuple[int, ...], bytes]:
    parts = [marshal.dumps(v) for v in values]
    return tuple(accumulate(map(len, parts))), b"".join(parts)


def encode(entries: Mapping[str, Entry], lexicon: Lexicon) -> tuple:
    """``(entries, lexicon)`` as plain data for ``marshal``, with the entries' tables."""
    keys = tuple(entries)
    ends, blob = _parts(entry_row(entries[k]) for k in keys)
    tables = {name: marshal.dumps(table(entries.values())) for name, table in ENTRY_TABLES.items()}
    verbs = tuple(lexicon.verbs)
    verb_ends, verb_blob = _parts(frame_rows(lexicon.verbs[k]) for k in verbs)
    nouns = {k: frame_rows(v) for k, v in lexicon.nouns.items()}
    return (FORMAT, keys, ends, blob, tables, verbs, verb_ends, verb_blob, nouns, lexicon.roles,
            dict(lexicon.words), dict(lexicon.descriptors), {k: dict(v) for k, v in lexicon.mappings.items()})


def decode(kept) -> tuple[Mapping[str, Entry], Lexicon] | None:
    """What :func:`encode` made, back (lazily); ``None`` for anything else."""
    if not (isinstance(kept, tuple) and len(kept) == 13 and kept[0] == FORMAT):
        return None
    _, keys, ends, blob, tables, verbs, verb_ends, verb_blob, nouns, roles, words, descriptors, mappings = kept
    entries = KeptEntries(keys, ends, blob, tables)
    lexicon = Lexicon(verbs=KeptMapping(verbs, verb_ends, verb_blob, frames_of),
                      nouns={k: frames_of(v) for k, v in nouns.items()}, roles=roles, words=words,
                      descriptors=descriptors, mappings=mappings)
    return entries, lexicon
