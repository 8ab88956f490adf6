"""Read a folder of news articles into :class:`Document` records.

Two formats are read, recursively and in sorted path order:

* ``*.txt``: UTF-8 text; the first non-empty line is the headline, the rest the
  body. The document text is the whole file, so offsets index the file.
* ``*.jsonl``: one article per line with ``id`` and ``text`` and optionally
  ``title``, ``date``, ``url`` and ``source``.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import CorpusError

SUFFIXES = (".txt", ".jsonl")


@dataclass(frozen=True)
class Document:
    """One article. ``id`` is its path relative to the corpus folder or its JSONL id."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None

    def meta(self) -> dict:
        """The document's metadata, as the graph and the JSON file carry it."""
        return {"id": self.id, "title": self.title, "date": self.date,
                "url": self.url, "source": self.source}


class CorpusWarning(UserWarning):
    """One article was skipped; the rest of the corpus is still read."""


def corpus_files(path: str | Path) -> list[Path]:
    """The article files below ``path`` (or ``path`` itself), sorted.

    Raises :class:`CorpusError` when the folder is missing or holds no article.
    """
    root = Path(path)
    if not root.exists():
        raise CorpusError(f"corpus folder not found: {root} (give a folder of .txt or .jsonl articles)")
    if root.is_file():
        if root.suffix not in SUFFIXES:
            raise CorpusError(f"not a corpus file: {root} (expected a .txt or .jsonl file)")
        return [root]
    files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in SUFFIXES)
    if not files:
        raise CorpusError(f"no articles in corpus folder: {root} (expected .txt or .jsonl files)")
    return files


def read_corpus(path: str | Path) -> Iterator[Document]:
    """Yield the documents of a corpus folder lazily, one file at a time.

    An unreadable or malformed file is skipped with a :class:`CorpusWarning`;
    duplicate ids keep the first document.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("Headline\\n\\nBody.")
    >>> [(doc.id, doc.title) for doc in read_corpus(d)]
    [('a.txt', 'Headline')]
    """
    root = Path(path)
    files = corpus_files(root)
    base = root if root.is_dir() else root.parent
    seen: set[str] = set()
    for file in files:
        for doc in _read_file(file, file.relative_to(base).as_posix()):
            if doc.id in seen:
                warnings.warn(f"duplicate document id {doc.id!r} in {file}; keeping the first", CorpusWarning, stacklevel=2)
                continue
            seen.add(doc.id)
            yield doc


STREAM_BYTES = 16 << 20   # a .jsonl file larger than this is read line by line, not whole


def _read_file(file: Path, rel: str) -> Iterator[Document]:
    try:
        if file.suffix == ".jsonl" and file.stat().st_size > STREAM_BYTES:
            _check_utf8(file)
            text = None
        else:
            text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        warnings.warn(f"skipping unreadable article {file}: {exc.__class__.__name__}: {exc} "
                      "(articles must be UTF-8 text)", CorpusWarning, stacklevel=3)
        return
    if file.suffix == ".txt":
        text = text.replace("\r\n", "\n")
        if not text.strip():
            warnings.warn(f"skipping empty article {file}", CorpusWarning, stacklevel=3)
            return
        title = next(line.strip() for line in text.splitlines() if line.strip())
        yield Document(id=rel, text=text, title=title)
        return
    if text is None:
        yield from _jsonl_records(_stream_lines(file), file)
    else:
        yield from _jsonl_records(text.splitlines(), file)


def _check_utf8(file: Path) -> None:
    """Raise ``UnicodeDecodeError`` if ``file`` is not UTF-8, reading 1 MB at a time."""
    import codecs  # noqa: PLC0415
    decoder = codecs.getincrementaldecoder("utf-8")()
    with file.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            decoder.decode(chunk)
    decoder.decode(b"", final=True)


def _stream_lines(file: Path) -> Iterator[str]:
    """The lines of ``file`` as ``read_text().splitlines()`` gives them, without holding the file."""
    with file.open(encoding="utf-8") as fh:
        for line in fh:
            yield from line.splitlines()


def _jsonl_records(lines, file: Path) -> Iterator[Document]:
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("a line must be a JSON object")
            doc_id, body = record["id"], record["text"]
            if not isinstance(body, str) or not body.strip():
                raise ValueError("'text' must be a non-empty string")
        except (ValueError, KeyError) as exc:
            warnings.warn(f"skipping line {lineno} of {file}: {exc} "
                          "(each line needs a JSON object with 'id' and 'text')", CorpusWarning, stacklevel=4)
            continue
        yield Document(id=str(doc_id), text=body.replace("\r\n", "\n"),
                       title=_opt(record.get("title")), date=_opt(record.get("date")),
                       url=_opt(record.get("url")), source=_opt(record.get("source")))


def _opt(value) -> str | None:
    return None if value is None else str(value)
