"""An in-memory stand-in for :class:`kg.cache.Fragments`, with the interface the writers use
(``key``, ``get``, ``put``, ``text``), so the writers' use of it is tested apart from the cache."""

from __future__ import annotations

import hashlib
import marshal


class MemoryFragments:
    """Fragments kept in a dict between "builds"; counts what was made and what was reused."""

    def __init__(self):
        self.store: dict[bytes, object] = {}
        self.made = self.reused = 0

    @staticmethod
    def key(parts) -> bytes | None:
        try:
            return hashlib.blake2b(marshal.dumps(parts, 2), digest_size=16).digest()
        except ValueError:   # not marshal-able: never kept
            return None

    def get(self, key):
        found = self.store.get(key) if key is not None else None
        self.reused += found is not None
        return found

    def put(self, key, value) -> None:
        self.made += 1
        if key is not None:
            self.store[key] = value

    def text(self, parts, make):
        key = self.key(parts)
        found = self.get(key)
        if found is None:
            found = make()
            self.put(key, found)
        return found
