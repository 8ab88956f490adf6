"""Values kept as ``marshal`` files in the cache folder, for the fast path's indexes.

``marshal`` reads a large list or dict of strings and numbers several times faster
than ``pickle`` or JSON; its format may change with the Python version, so every
file name carries a digest that includes ``marshal.version``. A missing or damaged
file only means computing its value again. Garbage collection is paused while a
file is read: the hundreds of thousands of containers one holds would otherwise
set off collections that walk every object of the process (the model's, the
knowledge base's), several times the time of reading.
"""

from __future__ import annotations

import marshal
from pathlib import Path

from ..cache import atomic_write, ensure_cache_dir
from .memory import young_gc_only


def read_marshal(path: Path):
    """The value marshalled in ``path``; ``None`` when the file is missing or damaged."""
    try:
        data = path.read_bytes()
        with young_gc_only():
            return marshal.loads(data)
    except (OSError, EOFError, ValueError, TypeError):
        return None


def write_marshal(root: Path, path: Path, value) -> bool:
    """Marshal ``value`` into ``path`` in the cache folder ``root``; whether it worked
    (a failure only costs the next build the time to compute ``value`` again)."""
    try:
        ensure_cache_dir(root)
        atomic_write(path, marshal.dumps(value))
    except (OSError, ValueError):
        return False
    return True
