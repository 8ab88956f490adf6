"""The fast path's entity ruler (:class:`IndexedEntityRuler`, factory
``kg_indexed_entity_ruler``), its index kept in the cache folder.

spaCy's ``EntityRuler`` costs the fast pipeline most of its load with the imported
gazetteer (35,000 patterns): ``add_patterns`` keeps a list per label, adds each
label twice to the string store and compiles each pattern for its ``Matcher``; and
its ``__len__``, asked at every document, counts the patterns of every label.
:class:`IndexedEntityRuler` finds the same entities (spaCy's own ``match`` and
``set_annotations`` run on a :class:`~kg.speed.matchers.LowerIndexMatcher`, whose
matches are the ``Matcher``'s) and :func:`add_entity_ruler` loads its whole index
from one marshal file, written by the first load.
"""

from __future__ import annotations

import hashlib
import json
import marshal
from pathlib import Path

from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.strings import hash_string

from ..cache import extraction_context
from .files import read_marshal, write_marshal
from .matchers import LowerIndexMatcher

FACTORY = "kg_indexed_entity_ruler"


class IndexedEntityRuler(EntityRuler):
    """spaCy's ``EntityRuler`` for token patterns of the form
    :meth:`kg.ontology.Ontology.ruler_patterns` writes, matched by a
    :class:`~kg.speed.matchers.LowerIndexMatcher`: the same entities, found and set
    by spaCy's own ``match`` and ``set_annotations``.

    What differs is bookkeeping only: ``add_patterns`` fills the index and the
    table of entity ids directly (a label with an id is known by the hash of
    ``label||id``, which is what spaCy's ruler uses too, without storing that
    string); the number of patterns is counted as they are added; and
    :meth:`state` / :meth:`restore` give and take the whole index as plain data.
    The patterns themselves are not kept (``patterns`` and serialisation are not
    offered: ``kb.ruler_patterns`` gives them). Phrase patterns go to spaCy's code.
    """

    def __init__(self, nlp: Language, name: str = "entity_ruler", **config):
        super().__init__(nlp, name, **config)
        self.matcher = LowerIndexMatcher(nlp.vocab)
        self._count = 0

    def __len__(self) -> int:
        return self._count + sum(len(p) for p in self.phrase_patterns.values())

    def add_patterns(self, patterns: list[dict]) -> None:
        phrases = []
        add, ent_ids, strings = self.matcher.add, self._ent_ids, self.nlp.vocab.strings
        for entry in patterns:
            pattern = entry["pattern"]
            if not isinstance(pattern, list):
                phrases.append(entry)
                continue
            label, ent_id = entry["label"], entry.get("id")
            if isinstance(ent_id, str):
                key = hash_string(self._create_label(label, ent_id))
                ent_ids[key] = (label, ent_id)
            else:
                key = strings.add(label)
            add(key, [pattern])
            self._count += 1
        if phrases:
            super().add_patterns(phrases)

    def clear(self) -> None:
        super().clear()
        self.matcher = LowerIndexMatcher(self.nlp.vocab)
        self._count = 0

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(sorted({label for label, _ in self._ent_ids.values()} | set(super().labels)))

    @property
    def ent_ids(self) -> tuple[str, ...]:
        return tuple({ent_id for _, ent_id in self._ent_ids.values()} | set(super().ent_ids))

    @property
    def patterns(self) -> list[dict]:
        raise NotImplementedError("the indexed entity ruler keeps its index, not its patterns "
                                  "(kb.ruler_patterns(make_doc) gives them)")

    def state(self) -> tuple:
        """The token patterns' index and entity ids as plain data (for ``marshal``)."""
        if self.phrase_patterns:
            raise ValueError("phrase patterns cannot be kept")
        return (self._count, dict(self._ent_ids), self.matcher.state())

    def restore(self, state: tuple) -> None:
        """Take back what :meth:`state` gave (``ValueError`` if it is not that)."""
        try:
            count, ent_ids, index = state
        except (TypeError, ValueError):
            raise ValueError("not an entity ruler state") from None
        if not isinstance(count, int) or not isinstance(ent_ids, dict):
            raise ValueError("not an entity ruler state")
        if len(self):
            raise ValueError("restore() fills an empty entity ruler")
        self.matcher.restore(index)
        self._ent_ids.update(ent_ids)
        self._count = count


@Language.factory(FACTORY, assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
                  default_config={"phrase_matcher_attr": None, "validate": False, "overwrite_ents": False,
                                  "ent_id_sep": "||"})
def make_indexed_entity_ruler(nlp: Language, name: str, phrase_matcher_attr, validate: bool,
                              overwrite_ents: bool, ent_id_sep: str) -> IndexedEntityRuler:
    return IndexedEntityRuler(nlp, name, phrase_matcher_attr=phrase_matcher_attr, validate=validate,
                              overwrite_ents=overwrite_ents, ent_id_sep=ent_id_sep)


INDEX_FORMAT = "kg-ruler-index-1"


def index_path(kb, model: str, cache_dir: str | Path | None) -> Path | None:
    """``<cache>/ruler-<digest>.marshal``, the digest of what the index is made from (the
    model, spaCy, the knowledge base and kg's code: :func:`kg.cache.extraction_context`;
    marshal's and the file's format); ``None`` without a cache folder or a findable model."""
    context = extraction_context(model, kb.version) if cache_dir is not None else None
    if context is None:
        return None
    key = f"{json.dumps(context, sort_keys=True)}\0{marshal.version}\0{INDEX_FORMAT}"
    return Path(cache_dir) / f"ruler-{hashlib.sha256(key.encode()).hexdigest()[:16]}.marshal"


def fill_entity_ruler(ruler: IndexedEntityRuler, kb, model: str, cache_dir: str | Path | None) -> None:
    """Give ``ruler`` the knowledge base's names: the index kept in ``cache_dir`` for this
    model and knowledge base, else ``kb.ruler_patterns`` (tokenized by the ruler's
    pipeline), then kept there for the next load."""
    path = index_path(kb, model, cache_dir)
    kept = read_marshal(path) if path is not None else None
    if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == INDEX_FORMAT:
        try:
            ruler.restore(kept[1])
            return
        except (ValueError, TypeError):
            ruler.clear()   # damaged: built again
    ruler.add_patterns(kb.ruler_patterns(ruler.nlp.make_doc))
    if path is not None:
        write_marshal(Path(cache_dir), path, (INDEX_FORMAT, ruler.state()))
