"""Read a folder of news articles into :class:`Document` records.

Two formats are read, recursively and in sorted path order:

* ``*.txt``: UTF-8 text; the first non-empty line is the headline, the rest the
  body. The document text is the whole file as written (Windows line ends
  included), without a leading byte-order mark: character offsets index the file's
  text.
* ``*.jsonl``: one article per line with ``id`` and ``text`` and optionally
  ``title``, ``date``, ``url`` and ``source``. Lines end at ``\n`` only (``\r\n``
  too), so a JSON string may hold U+2028 and the like; the document text is the
  ``text`` value as it is, so offsets index it.

Text arrives as it was written, with two repairs that keep every offset: a lone
surrogate (a JSON ``\ud800`` escape, which no UTF-8 file can hold) becomes U+FFFD,
with a warning. How a Windows line end is parsed: :mod:`kg.pieces`.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterable, Iterator
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


BOM = "\ufeff"
_LINE_END = re.compile(r"\r\n|\r|\n")


def _read_file(file: Path, rel: str) -> Iterator[Document]:
    try:
        if file.suffix == ".jsonl" and file.stat().st_size > STREAM_BYTES:
            _check_utf8(file)
            text = None
        else:
            # bytes, then decoded: read_text would turn "\r\n" into "\n" and shift every offset
            text = file.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        warnings.warn(f"skipping unreadable article {file}: {exc.__class__.__name__}: {exc} "
                      "(articles must be UTF-8 text)", CorpusWarning, stacklevel=3)
        return
    if text is not None and text.startswith(BOM):
        text = text[1:]
    if file.suffix == ".txt":
        if not text.strip():
            warnings.warn(f"skipping empty article {file}", CorpusWarning, stacklevel=3)
            return
        title = next(line.strip() for line in _LINE_END.split(text) if line.strip())
        yield Document(id=rel, text=text, title=title)
        return
    if text is None:
        yield from _jsonl_records(_stream_lines(file), file)
    else:
        yield from _jsonl_records(_json_lines(text.split("\n")), file)


def _check_utf8(file: Path) -> None:
    """Raise ``UnicodeDecodeError`` if ``file`` is not UTF-8, reading 1 MB at a time."""
    import codecs
    decoder = codecs.getincrementaldecoder("utf-8")()
    with file.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            decoder.decode(chunk)
    decoder.decode(b"", final=True)


def _stream_lines(file: Path) -> Iterator[str]:
    """The JSON lines of ``file`` (see :func:`_json_lines`), without holding the file."""
    with file.open(encoding="utf-8-sig", newline="\n") as fh:
        yield from _json_lines(fh)


def _json_lines(lines: Iterable[str]) -> Iterator[str]:
    """``lines`` (split at ``\n`` only) without their line end: JSON Lines end a line with
    ``\n`` or ``\r\n``, and a JSON string may hold U+2028, U+0085 or a form feed, at
    which ``str.splitlines`` would cut it."""
    for line in lines:
        yield line.rstrip("\r\n")


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
            if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)) or not str(doc_id).strip():
                raise ValueError(f"'id' must be a non-empty string or a number, got {doc_id!r:.60}")
        except (ValueError, KeyError) as exc:
            warnings.warn(f"skipping line {lineno} of {file}: {exc} "
                          "(each line needs a JSON object with 'id' and 'text')", CorpusWarning, stacklevel=4)
            continue
        fields = {"id": str(doc_id), "text": body, **{k: _opt(record.get(k)) for k in ("title", "date", "url", "source")}}
        if any(v is not None and _SURROGATE.search(v) for v in fields.values()):
            warnings.warn(f"line {lineno} of {file}: lone surrogate escapes (\\ud800-\\udfff, not characters) "
                          "replaced by U+FFFD", CorpusWarning, stacklevel=4)
            fields = {k: v if v is None else _SURROGATE.sub("\ufffd", v) for k, v in fields.items()}
        yield Document(**fields)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _opt(value) -> str | None:
    return None if value is None else str(value)
