"""The output folder of a build: checked before any parsing, written all or nothing.

* :func:`prepare` runs before the model loads: ``out`` must be a folder kg can write
  in (it is made if missing), else a :class:`~kg.errors.KgError` says what is wrong;
  and the temporary folders that builds killed on the way left behind are removed.
* :func:`staging` is a build's own temporary folder inside ``out``,
  ``.kg-build-<pid>-<random>``, where the files are written before they replace the
  old ones together. While the build lives (its writer processes included) it holds
  a lock on the folder's ``.lock`` file; a folder whose lock no live process holds
  (or, without a lock file, whose process is gone) belongs to a dead build.
* :func:`remove_other_rdf` removes the RDF file of another ``--rdf-format`` that kg
  wrote into ``out`` before (recognised by kg's namespace near its start), so a
  folder never holds two graphs of different builds.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import KgError

PREFIX = ".kg-build-"
LOCK = ".lock"
KG_NAMESPACE = b"https://w3id.org/kg-news/"
OLD_FOLDER_SECONDS = 3600   # a temporary folder of a kg that named no process is dead after an hour
_NAME = re.compile(re.escape(PREFIX) + r"(\d+)-")


def prepare(out: str | Path) -> Path:
    """Make sure ``out`` is a folder this process can write in (made if missing) and remove
    the temporary folders of dead builds from it; raise :class:`KgError` otherwise."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise KgError(f"the output folder {out} is a file, not a folder (give --out a folder for the graph files)")
    try:
        out.mkdir(parents=True, exist_ok=True)
        with staging(out):
            pass
    except OSError as exc:
        raise KgError(f"cannot write in the output folder {out}: {exc.strerror or exc} "
                      "(give --out a folder you can write in)") from None
    remove_abandoned(out)
    return out


@contextmanager
def staging(out: Path) -> Iterator[Path]:
    """A new temporary folder in ``out``, locked while this build lives, removed at the end."""
    tmp = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=out))
    lock = None
    try:
        lock = _hold(tmp / LOCK)
        yield tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        if lock is not None:
            lock.close()


def _hold(path: Path):
    """``path`` opened and locked (an exclusive ``flock``), or ``None`` where locks do not work."""
    try:
        import fcntl
    except ImportError:
        return None
    fh = open(path, "w")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:        # a file system without locks: the process id in the name still tells
        fh.close()
        return None
    return fh


def remove_abandoned(out: Path) -> list[Path]:
    """Remove the temporary folders of dead builds from ``out``; the ones removed."""
    removed = []
    for folder in _candidates(out):
        if _abandoned(folder):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _candidates(out: Path) -> Iterable[Path]:
    try:
        return [p for p in out.iterdir() if p.name.startswith(PREFIX) and p.is_dir() and not p.is_symlink()]
    except OSError:
        return []


def _abandoned(folder: Path) -> bool:
    """Whether no live build owns ``folder`` (see the module)."""
    lock = folder / LOCK
    if lock.is_file():
        try:
            import fcntl
            with open(lock, "a") as fh:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)   # released when closed
            return True
        except BlockingIOError:
            return False
        except (ImportError, OSError):
            pass            # no locks here: decide by the process id
    match = _NAME.match(folder.name)
    if match is None:       # made by a kg that did not name its process
        try:
            return time.time() - folder.stat().st_mtime > OLD_FOLDER_SECONDS
        except OSError:
            return False
    return not process_alive(int(match[1]))


def process_alive(pid: int) -> bool:
    """Whether a process with id ``pid`` exists."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def remove_other_rdf(out: Path, names: Iterable[str], keep: str) -> list[Path]:
    """Remove from ``out`` each of ``names`` but ``keep`` that kg wrote (kg's namespace in
    its first 64 KB); a file of that name that kg did not write stays. The ones removed."""
    removed = []
    for name in names:
        path = out / name
        if name == keep or not path.is_file() or path.is_symlink():
            continue
        try:
            with open(path, "rb") as fh:
                head = fh.read(1 << 16)
            if KG_NAMESPACE in head:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed
