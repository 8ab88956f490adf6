"""The writers' text of each actor and relation, kept between builds (:class:`Fragments`).

A rebuild after adding an article formats only the new actors and relations and
copies the rest; the files are byte for byte those written without fragments
(tested cold, warm and after changes). The plain path writes without them.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from functools import cache
from pathlib import Path

from ..cache import code_digest
from .files import read_marshal, write_marshal


@cache
def export_digest() -> str:
    """A digest of everything a writer's text depends on besides the graph: kg's sources,
    its writers' sources (``kg/export/*.py``) and the Python version (for ``marshal``)."""
    h = hashlib.sha256(f"{code_digest()}\0{marshal.version}\0{sys.version_info[:2]}".encode())
    for path in sorted((Path(__file__).resolve().parent.parent / "export").glob("*.py")):
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
        old = read_marshal(self.path)
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
        if write_marshal(self.root, self.path, self._used):
            for stale in self.path.parent.glob(f"{self.kind}-*.marshal"):   # other versions of kg's
                if stale != self.path:
                    try:
                        stale.unlink(missing_ok=True)
                    except OSError:
                        pass
