"""kg.speed.knowledge: the parsed gazetteer and lexicons kept in the cache folder give the
very knowledge base the files give, read lazily, and only for the files they came from."""

from __future__ import annotations

import pickle
import shutil

import pytest

from kg.ontology import DEFAULT_ONTOLOGY, ENTRY_TABLES, load_ontology
from kg.speed.knowledge import Keeper, KeptEntries, KeptMapping

FIELDS = ("version", "predicates", "actor_types", "style", "queries", "confidences", "vocabulary", "shapes",
          "agents", "discards", "cameo_table", "actor_codes")
LEXICON = ("nouns", "roles", "words", "descriptors", "mappings")


def assert_same_knowledge(kept, parsed) -> None:
    for name in FIELDS:
        assert getattr(kept, name) == getattr(parsed, name), name
    assert list(kept.entries) == list(parsed.entries)
    assert dict(kept.entries) == dict(parsed.entries)
    assert list(kept.lexicon.verbs) == list(parsed.lexicon.verbs)
    assert dict(kept.lexicon.verbs) == dict(parsed.lexicon.verbs)
    for name in LEXICON:
        assert getattr(kept.lexicon, name) == getattr(parsed.lexicon, name), name
    assert kept.surface_index == parsed.surface_index
    assert kept.word_acronyms == parsed.word_acronyms
    assert kept._children == parsed._children and kept._iso2_states == parsed._iso2_states


def test_the_repositorys_knowledge_kept_is_the_knowledge_parsed(tmp_path):
    parsed = load_ontology(keep=Keeper(tmp_path))                # parses, and keeps
    [kept_file] = tmp_path.glob("ontology-*.marshal")
    assert kept_file == Keeper(tmp_path).path(parsed.version)
    kept = load_ontology(keep=Keeper(tmp_path))                  # reads what was kept
    assert isinstance(kept.entries, KeptEntries) and not isinstance(parsed.entries, KeptEntries)
    assert kept.lookup("Israeli")[0][0].name == "Israel"
    assert sum(1 for e in parsed.entries.values() if e.cameo) > 1000        # the CAMEO codes came along
    assert_same_knowledge(kept, parsed)
    sent = pickle.loads(pickle.dumps(kept))                      # as sent to a worker process
    assert sent.entries["israel"] == parsed.entries["israel"] and sent.lookup("Kiev") == parsed.lookup("Kiev")
    assert sent.lexicon.verbs["strike"] == parsed.lexicon.verbs["strike"]


def test_the_acronyms_said_as_words_are_kept_with_the_entries(tmp_path):
    parsed = load_ontology(keep=Keeper(tmp_path))
    kept = load_ontology(keep=Keeper(tmp_path))
    assert kept.word_acronyms == parsed.word_acronyms
    assert kept.word_acronyms["nato"] == ("nato", "name") and "un" not in kept.word_acronyms   # too short
    assert kept.entries._values == {}                            # read without decoding a single entry


def test_the_kept_entries_are_decoded_when_asked_for(kb, tmp_path):
    load_ontology(kb.path, keep=Keeper(tmp_path))
    kept = load_ontology(kb.path, keep=Keeper(tmp_path))
    entries = kept.entries
    assert entries._values == {}                                 # nothing decoded yet
    assert entries["israel"] == kb.entries["israel"] and "israel" in entries and "atlantis" not in entries
    assert list(entries._values) == ["israel"] and entries["israel"] is entries["israel"]
    with pytest.raises(KeyError):
        entries["atlantis"]
    assert len(entries) == len(kb.entries) and entries.get("atlantis") is None
    assert kept.children_of("israel") == kb.children_of("israel") != []
    for name, table in ENTRY_TABLES.items():
        assert entries.table(name) == table(kb.entries.values())


def test_edited_files_or_a_damaged_kept_file_are_read_again(kb, tmp_path):
    root = tmp_path / "ontology"
    shutil.copytree(kb.path, root)
    cache = tmp_path / "cache"
    before = load_ontology(root, keep=Keeper(cache))
    with (root / "actors" / "places.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"id": "atlantis", "name": "Atlantis", "type": "Place"}\n')
    after = load_ontology(root, keep=Keeper(cache))
    assert after.version != before.version and after.entries["atlantis"].name == "Atlantis"
    assert after.lookup("Atlantis")[0][0].id == "atlantis"
    assert len(list(cache.glob("ontology-*.marshal"))) == 2
    Keeper(cache).path(after.version).write_bytes(b"damaged")
    again = load_ontology(root, keep=Keeper(cache))
    assert not isinstance(again.entries, KeptEntries) and again.entries["atlantis"] == after.entries["atlantis"]
    assert isinstance(load_ontology(root, keep=Keeper(cache)).entries, KeptEntries)   # kept anew


def test_a_bad_folder_is_refused_before_anything_is_kept(tmp_path):
    from kg.errors import OntologyError
    root = tmp_path / "ontology"
    shutil.copytree(DEFAULT_ONTOLOGY, root, ignore=shutil.ignore_patterns("phoenix_*"))
    (root / "actors" / "bad.jsonl").write_text('{"id": "x"}\n', encoding="utf-8")
    with pytest.raises(OntologyError, match="bad.jsonl:1: bad actor entry"):
        load_ontology(root, keep=Keeper(tmp_path / "cache"))
    assert not list((tmp_path / "cache").glob("ontology-*"))


def test_a_kept_mapping_is_a_read_only_mapping():
    import marshal
    parts = [marshal.dumps(v) for v in (1, 2, 3)]
    ends = (len(parts[0]), len(parts[0]) + len(parts[1]), sum(map(len, parts)))
    m = KeptMapping(("a", "b", "c"), ends, b"".join(parts), str)
    assert list(m) == ["a", "b", "c"] and dict(m) == {"a": "1", "b": "2", "c": "3"} and len(m) == 3
    assert m["b"] == "2" and pickle.loads(pickle.dumps(m)) == m == {"a": "1", "b": "2", "c": "3"}


def test_a_change_in_kgs_code_reads_the_files_again(kb, tmp_path, monkeypatch):
    import kg.speed.knowledge as knowledge
    load_ontology(kb.path, keep=Keeper(tmp_path))
    before = Keeper(tmp_path).path(kb.version)
    assert isinstance(load_ontology(kb.path, keep=Keeper(tmp_path)).entries, KeptEntries)
    monkeypatch.setattr(knowledge, "code_digest", lambda: "edited-code")
    after = Keeper(tmp_path).path(kb.version)
    assert after != before and not after.exists()
    again = load_ontology(kb.path, keep=Keeper(tmp_path))
    assert not isinstance(again.entries, KeptEntries) and dict(again.entries) == dict(kb.entries)
    assert after.exists() and before.exists()


def test_only_the_fast_path_with_a_cache_folder_keeps_the_knowledge(kb, tmp_path):
    from kg.pipeline import _load_ontology
    plain = _load_ontology(kb.path, tmp_path, plain=True)
    assert not isinstance(plain.entries, KeptEntries) and not list(tmp_path.iterdir())
    assert not isinstance(_load_ontology(kb.path, None, plain=False).entries, KeptEntries)
    _load_ontology(kb.path, tmp_path, plain=False)
    assert list(tmp_path.glob("ontology-*")) == [Keeper(tmp_path).path(kb.version)]
    fast = _load_ontology(kb.path, tmp_path, plain=False)
    assert isinstance(fast.entries, KeptEntries) and dict(fast.entries) == dict(plain.entries)
    again = _load_ontology(kb.path, tmp_path, plain=True)        # the plain path still reads the files
    assert not isinstance(again.entries, KeptEntries) and dict(again.entries) == dict(plain.entries)
