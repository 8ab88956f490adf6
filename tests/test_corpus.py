"""Tests for :mod:`kg.corpus`: the reader of a folder of articles."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from kg.corpus import CorpusWarning, Document, corpus_files, read_corpus
from kg.errors import CorpusError, KgError


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def jsonl(*records) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def read(path) -> list[Document]:
    """All documents, failing on any warning (tests of warnings catch them themselves)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", CorpusWarning)
        return list(read_corpus(path))


# -- .txt articles ---------------------------------------------------------------------

def test_txt_headline_is_first_non_empty_line_and_text_is_the_whole_file(tmp_path):
    body = "\n\n  Israel hits Khan Younis amid truce talks  \n\nIsraeli strikes hit the city.\nTalks went on.\n"
    write(tmp_path / "a.txt", body)
    [doc] = read(tmp_path)
    assert doc.id == "a.txt"
    assert doc.title == "Israel hits Khan Younis amid truce talks"
    assert doc.text == body            # offsets index the file
    assert doc.date is None and doc.url is None and doc.source is None


def test_txt_windows_line_ends_are_kept_so_offsets_index_the_file(tmp_path):
    write(tmp_path / "a.txt", b"Headline\r\n\r\nBody line.\r\n")
    [doc] = read(tmp_path)
    assert doc.text == "Headline\r\n\r\nBody line.\r\n"
    assert doc.title == "Headline"


def test_a_byte_order_mark_is_not_part_of_the_text_or_the_title(tmp_path):
    write(tmp_path / "a.txt", "\ufeffHeadline\n\nBody.\n".encode())
    write(tmp_path / "b.jsonl", "\ufeff".encode() + jsonl({"id": "j", "text": "Body."}).encode())
    docs = read(tmp_path)
    assert [(d.id, d.title, d.text) for d in docs] == [("a.txt", "Headline", "Headline\n\nBody.\n"),
                                                       ("j", None, "Body.")]


def test_the_title_ends_at_a_line_break_only(tmp_path):
    write(tmp_path / "a.txt", "Head\x0cline\u2028more\rBody.\n")
    [doc] = read(tmp_path)
    assert doc.title == "Head\x0cline\u2028more"


def test_txt_utf8_text_is_kept(tmp_path):
    write(tmp_path / "a.txt", "Kh\u0101n Y\u016bnis \u2014 \u0627\u0644\u063a\u0632\u0629\n\nBody.")
    [doc] = read(tmp_path)
    assert doc.title == "Kh\u0101n Y\u016bnis \u2014 \u0627\u0644\u063a\u0632\u0629"


def test_empty_txt_is_skipped_with_a_warning(tmp_path):
    write(tmp_path / "a.txt", "  \n\n")
    write(tmp_path / "b.txt", "Headline\n\nBody.")
    with pytest.warns(CorpusWarning, match=r"empty article .*a\.txt"):
        docs = list(read_corpus(tmp_path))
    assert [d.id for d in docs] == ["b.txt"]


# -- .jsonl articles ---------------------------------------------------------------------

def test_jsonl_fields_and_ids(tmp_path):
    write(tmp_path / "feed.jsonl", jsonl(
        {"id": "sudan-1", "text": "RSF shells El Fasher.", "title": "RSF shells El Fasher",
         "date": "2024-05-11", "url": "https://example.org/1", "source": "Example Wire"},
        {"id": 7, "text": "Houthis fire on a ship."},
    ))
    docs = read(tmp_path)
    assert [d.id for d in docs] == ["sudan-1", "7"]           # ids are strings
    first, second = docs
    assert first.meta() == {"id": "sudan-1", "title": "RSF shells El Fasher", "date": "2024-05-11",
                            "url": "https://example.org/1", "source": "Example Wire"}
    assert first.text == "RSF shells El Fasher."
    assert second.title is None and second.date is None and second.url is None and second.source is None


def test_jsonl_blank_lines_are_ignored_and_crlf_in_text_kept(tmp_path):
    write(tmp_path / "feed.jsonl", "\n" + jsonl({"id": "a", "text": "Line one.\r\nLine two."}) + "\n\n")
    [doc] = read(tmp_path)
    assert doc.text == "Line one.\r\nLine two."


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_jsonl_lines_end_at_newline_only(tmp_path, monkeypatch, stream):
    """U+2028, U+0085 and a form feed may stand raw in a JSON string; CRLF line ends are fine."""
    import kg.corpus
    if stream:
        monkeypatch.setattr(kg.corpus, "STREAM_BYTES", 0)
    text = "One\u2028two\x85three\u2029four."
    raw = json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\r\n" + \
        json.dumps({"id": "b", "text": "Five\x0c six."}) + "\r\n"
    write(tmp_path / "feed.jsonl", raw)
    assert [(d.id, d.text) for d in read(tmp_path)] == [("a", text), ("b", "Five\x0c six.")]


def test_jsonl_lone_surrogates_become_replacement_characters_with_a_warning(tmp_path):
    write(tmp_path / "feed.jsonl", '{"id": "s\\ud800", "text": "Israel \\udfff struck Rafah.", "title": "\\ud83d"}\n')
    with pytest.warns(CorpusWarning, match=r"line 1 of .*surrogate"):
        [doc] = list(read_corpus(tmp_path))
    assert (doc.id, doc.text, doc.title) == ("s\ufffd", "Israel \ufffd struck Rafah.", "\ufffd")
    doc.text.encode("utf-8")   # every field can be written now


def test_jsonl_a_pair_of_surrogate_escapes_is_one_character(tmp_path):
    write(tmp_path / "feed.jsonl", '{"id": "e", "text": "Flag \\ud83c\\uddfa\\ud83c\\udde6 here."}\n')
    [doc] = read(tmp_path)
    assert doc.text == "Flag \U0001f1fa\U0001f1e6 here."


@pytest.mark.parametrize("line,why", [
    pytest.param("{not json", "JSON", id="malformed-json"),
    pytest.param(json.dumps(["a", "list"]), "JSON object", id="not-an-object"),
    pytest.param(json.dumps({"text": "no id"}), "id", id="missing-id"),
    pytest.param(json.dumps({"id": "x"}), "text", id="missing-text"),
    pytest.param(json.dumps({"id": "x", "text": "   "}), "text", id="empty-text"),
    pytest.param(json.dumps({"id": "x", "text": 42}), "text", id="text-not-a-string"),
    pytest.param(json.dumps({"id": ["x"], "text": "Body."}), "id", id="id-not-a-string"),
    pytest.param(json.dumps({"id": " ", "text": "Body."}), "id", id="empty-id"),
    pytest.param(json.dumps({"id": True, "text": "Body."}), "id", id="id-a-boolean"),
])
def test_bad_jsonl_line_is_skipped_with_a_warning_naming_file_and_line(tmp_path, line, why):
    write(tmp_path / "feed.jsonl", jsonl({"id": "ok-1", "text": "First."}) + line + "\n"
          + jsonl({"id": "ok-2", "text": "Third."}))
    with pytest.warns(CorpusWarning, match=r"line 2 of .*feed\.jsonl") as record:
        docs = list(read_corpus(tmp_path))
    assert [d.id for d in docs] == ["ok-1", "ok-2"]
    assert why in str(record[0].message)


# -- folders, order, single files -------------------------------------------------------------

def test_nested_folders_are_read_with_relative_ids_in_sorted_order(tmp_path):
    write(tmp_path / "b.txt", "B\n\nbody")
    write(tmp_path / "a" / "z.txt", "AZ\n\nbody")
    write(tmp_path / "a" / "b" / "c.txt", "ABC\n\nbody")
    write(tmp_path / "a" / "feed.jsonl", jsonl({"id": "j2", "text": "two"}, {"id": "j1", "text": "one"}))
    write(tmp_path / "notes.md", "# not an article")
    write(tmp_path / "data.json", "{}")
    docs = read(tmp_path)
    # files in sorted path order; the lines of a JSONL file in file order
    assert [d.id for d in docs] == ["a/b/c.txt", "j2", "j1", "a/z.txt", "b.txt"]
    assert [p.relative_to(tmp_path).as_posix() for p in corpus_files(tmp_path)] == [
        "a/b/c.txt", "a/feed.jsonl", "a/z.txt", "b.txt"]


def test_order_does_not_depend_on_creation_order(tmp_path):
    for name in ["c.txt", "a.txt", "b.txt"]:
        write(tmp_path / name, f"{name}\n\nbody")
    assert [d.id for d in read(tmp_path)] == ["a.txt", "b.txt", "c.txt"]


def test_reading_is_lazy(tmp_path):
    write(tmp_path / "a.txt", "A\n\nbody")
    write(tmp_path / "b.txt", "B\n\nbody")
    it = read_corpus(tmp_path)
    assert next(it).id == "a.txt"
    (tmp_path / "b.txt").write_text("B2\n\nchanged", encoding="utf-8")
    assert next(it).title == "B2"        # read when reached, not up front


def test_a_single_file_can_be_given(tmp_path):
    f = write(tmp_path / "one.txt", "Only\n\nbody")
    write(tmp_path / "two.txt", "Other\n\nbody")
    assert [d.id for d in read(f)] == ["one.txt"]


def test_a_single_file_of_another_kind_is_refused(tmp_path):
    f = write(tmp_path / "one.md", "x")
    with pytest.raises(CorpusError, match=r"not a corpus file: .*one\.md.*\.txt or \.jsonl"):
        list(read_corpus(f))


# -- unreadable files ---------------------------------------------------------------------

def test_invalid_utf8_is_skipped_with_a_warning(tmp_path):
    write(tmp_path / "a.txt", b"Caf\xe9 latin-1 headline\n\nbody")
    write(tmp_path / "b.txt", "Good\n\nbody")
    with pytest.warns(CorpusWarning, match=r"unreadable article .*a\.txt.*UnicodeDecodeError.*UTF-8"):
        docs = list(read_corpus(tmp_path))
    assert [d.id for d in docs] == ["b.txt"]


def test_invalid_utf8_jsonl_is_skipped_with_a_warning(tmp_path):
    write(tmp_path / "a.jsonl", b'{"id": "x", "text": "caf\xe9"}\n')
    write(tmp_path / "b.jsonl", jsonl({"id": "y", "text": "fine"}))
    with pytest.warns(CorpusWarning, match=r"unreadable article .*a\.jsonl"):
        docs = list(read_corpus(tmp_path))
    assert [d.id for d in docs] == ["y"]


def test_unreadable_file_is_skipped_with_a_warning(tmp_path, monkeypatch):
    write(tmp_path / "a.txt", "Locked\n\nbody")
    write(tmp_path / "b.txt", "Open\n\nbody")
    real = Path.read_bytes

    def read_bytes(self, *args, **kwargs):
        if self.name == "a.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    with pytest.warns(CorpusWarning, match=r"unreadable article .*a\.txt.*PermissionError"):
        docs = list(read_corpus(tmp_path))
    assert [d.id for d in docs] == ["b.txt"]


# -- folders that cannot be used --------------------------------------------------------------

def test_missing_folder_is_a_corpus_error(tmp_path):
    missing = tmp_path / "nope"
    with pytest.raises(CorpusError, match=r"corpus folder not found: .*nope") as exc:
        list(read_corpus(missing))
    assert isinstance(exc.value, KgError)
    assert ".txt or .jsonl" in str(exc.value)      # says what would be valid


def test_empty_folder_is_a_corpus_error(tmp_path):
    with pytest.raises(CorpusError, match=r"no articles in corpus folder: .*\(expected \.txt or \.jsonl files\)"):
        list(read_corpus(tmp_path))


def test_folder_without_articles_is_a_corpus_error(tmp_path):
    write(tmp_path / "README.md", "notes")
    write(tmp_path / "sub" / "data.csv", "a,b")
    with pytest.raises(CorpusError, match="no articles in corpus folder"):
        corpus_files(tmp_path)


# -- duplicate ids ----------------------------------------------------------------------------

def test_duplicate_ids_keep_the_first_with_a_warning(tmp_path):
    write(tmp_path / "a.jsonl", jsonl({"id": "x", "text": "first"}, {"id": "y", "text": "other"}))
    write(tmp_path / "b.jsonl", jsonl({"id": "x", "text": "second"}))
    with pytest.warns(CorpusWarning, match=r"duplicate document id 'x' in .*b\.jsonl; keeping the first"):
        docs = list(read_corpus(tmp_path))
    assert [(d.id, d.text) for d in docs] == [("x", "first"), ("y", "other")]


def test_duplicate_id_within_one_file(tmp_path):
    write(tmp_path / "a.jsonl", jsonl({"id": "x", "text": "first"}, {"id": "x", "text": "again"}))
    with pytest.warns(CorpusWarning, match="duplicate document id 'x'"):
        docs = list(read_corpus(tmp_path))
    assert [d.text for d in docs] == ["first"]


def test_jsonl_id_equal_to_a_txt_path(tmp_path):
    write(tmp_path / "a.txt", "From txt\n\nbody")
    write(tmp_path / "b.jsonl", jsonl({"id": "a.txt", "text": "from jsonl"}))
    with pytest.warns(CorpusWarning, match="duplicate document id 'a.txt'"):
        docs = list(read_corpus(tmp_path))
    assert [d.title for d in docs] == ["From txt"]
