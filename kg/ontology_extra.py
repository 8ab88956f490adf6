"""Extra knowledge folders (``kg build --knowledge DIR``): dictionaries added to an
ontology without editing it.

A folder may hold the Phoenix/PETRARCH formats (:mod:`kg.phoenix`), recognised by
their names: ``*.actors.txt``, ``*.agents.txt``, ``*.verbs.txt`` (CAMEO format) and
``*.discards.txt``; and ``ontology/``'s own formats: ``actors/*.jsonl`` (or ``*.jsonl``
at the top), ``lexicon/verbs.tsv``, ``lexicon/verbs_cameo.tsv``, ``lexicon/nouns.tsv``,
``lexicon/words.tsv``, ``lexicon/roles.tsv``, ``lexicon/agents.tsv`` and
``lexicon/discards.tsv``. Phoenix dictionaries are converted as
``tools/import_petrarch.py`` converts PETRARCH's (without its common-word and GeoNames
checks); their actors merge into the gazetteer (an actor already known gains the
codes and aliases); new frames of ``lexicon/*.tsv`` come after the ontology's own,
which win over a frame with the same text. A Phoenix verb dictionary is read as
PETRARCH reads it (:func:`phoenix_verb_frames`: the verbs take their block's code,
objects are found in the verb's phrase) and is the lexicon the text is to be coded
with: its frames win over the ontology's with the same text. The ontology's version
digest covers every file read here.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from .errors import OntologyError
from .ontology_read import (
    Agent,
    Discard,
    Frame,
    apply_extensions,
    entry_from_json,
    merge_frames,
    parse_frames,
    read_agents,
    read_discards,
    read_entries,
    read_frames,
    read_table,
    read_words,
)
from .phoenix import decode, read_actors, read_verbs
from .phoenix import read_agents as read_phoenix_agents
from .phoenix import read_discards as read_phoenix_discards
from .phoenix_actors import ActorContext, convert_actors
from .phoenix_convert import FrameWords, verb_frames

__all__ = ["add_knowledge", "knowledge_files"]

PHOENIX_SUFFIXES = (".actors.txt", ".agents.txt", ".verbs.txt", ".discards.txt")
ONTOLOGY_FILES = ("lexicon/verbs.tsv", "lexicon/verbs_cameo.tsv", "lexicon/nouns.tsv", "lexicon/words.tsv",
                  "lexicon/roles.tsv", "lexicon/agents.tsv", "lexicon/discards.tsv")


def knowledge_files(folder: Path) -> list[Path]:
    """The files of ``folder`` this module reads, in the order it reads them."""
    phoenix = sorted(p for p in folder.iterdir() if p.is_file() and p.name.endswith(PHOENIX_SUFFIXES))
    actors = sorted(folder.glob("*.jsonl")) + sorted((folder / "actors").glob("*.jsonl"))
    return actors + [folder / n for n in ONTOLOGY_FILES if (folder / n).is_file()] + phoenix


def add_knowledge(kb, folder: Path):
    """``kb`` (an :class:`kg.ontology.Ontology`) with the dictionaries of ``folder`` added."""
    if not folder.is_dir():
        raise OntologyError(f"knowledge folder not found: {folder} (give --knowledge a folder of dictionaries: "
                            "*.actors.txt, *.verbs.txt, *.agents.txt, *.discards.txt or ontology/'s formats)")
    files = knowledge_files(folder)
    if not files:
        raise OntologyError(f"no dictionary in knowledge folder {folder} (expected *.actors.txt, *.verbs.txt, "
                            "*.agents.txt, *.discards.txt, actors/*.jsonl or lexicon/*.tsv)")
    digest = hashlib.sha256(kb.version.encode())
    for f in files:
        digest.update(str(f.relative_to(folder)).encode() + b"\0" + f.read_bytes())
    entries = _actors(kb, folder, files)
    lexicon, agents, discards = _lexicon(kb, folder, files)
    return replace(kb, entries=entries, lexicon=lexicon, agents=agents, discards=discards,
                   version=digest.hexdigest()[:16], extra=(*kb.extra, folder))


def _actors(kb, folder: Path, files: list[Path]) -> dict:
    entries = dict(kb.entries)
    jsonl = [f for f in files if f.suffix == ".jsonl"]
    new, extensions = read_entries(jsonl, kb.actor_types)
    for actor_id in new:
        if actor_id in entries:
            raise OntologyError(f"knowledge folder {folder}: actor id {actor_id!r} is already in the ontology "
                                "(extend it with {\"extends\": id, ...} instead)")
    entries = apply_extensions({**entries, **new}, extensions)
    roles = {code: (c.label, c.kind, c.group_kind) for code, c in kb.actor_codes.items()}
    for f in (f for f in files if f.name.endswith(".actors.txt")):
        ctx = ActorContext(entries=entries, roles=roles, words=kb.lexicon.words_of, titles=kb.lexicon.roles,
                           single_names=True)
        result = convert_actors(read_actors(decode(f.read_bytes())), ctx)
        added = {obj["id"]: entry_from_json(obj, kb.actor_types) for obj in result.entries}
        entries = apply_extensions({**entries, **added}, [dict(e, where=str(f)) for e in result.extensions])
    return entries


def _lexicon(kb, folder: Path, files: list[Path]):
    lex = kb.lexicon
    words = {k: set(v) for k, v in lex.words.items()}
    mappings = {k: dict(v) for k, v in lex.mappings.items()}
    if (folder / "lexicon" / "words.tsv").is_file():
        more, more_map = read_words(folder / "lexicon" / "words.tsv")
        for k, v in more.items():
            words.setdefault(k, set()).update(v)
        for k, v in more_map.items():
            mappings.setdefault(k, {}).update(v)
    frozen = {k: frozenset(v) for k, v in words.items()}
    function_words, bare = frozen.get("function_word", frozenset()), frozen.get("bare_particle", frozenset())
    verbs, nouns = dict(lex.verbs), dict(lex.nouns)
    for name in ("verbs.tsv", "verbs_cameo.tsv"):
        if (folder / "lexicon" / name).is_file():
            verbs = merge_frames(verbs, read_frames(folder / "lexicon" / name, kb.predicates, function_words, bare))
    if (folder / "lexicon" / "nouns.tsv").is_file():
        nouns = merge_frames(nouns, read_frames(folder / "lexicon" / "nouns.tsv", kb.predicates, function_words, bare))
    fw = FrameWords(function_words, bare, mappings.get("irregular_plural", {}))
    for f in (f for f in files if f.name.endswith(".verbs.txt")):
        verbs = merge_frames(verbs, phoenix_verb_frames(f, kb, fw, bare), extra_wins=True)
    roles = set(lex.roles)
    if (folder / "lexicon" / "roles.tsv").is_file():
        roles |= {cols[0].strip().lower() for _, cols in read_table(folder / "lexicon" / "roles.tsv", 1, "role")}
    lexicon = replace(lex, verbs=verbs, nouns=nouns, roles=frozenset(roles), words=frozen,
                      descriptors=mappings.get("place_descriptor", {}), mappings=mappings)
    return lexicon, _agents(kb, folder, files), _discards(kb, folder, files)


def phoenix_verb_frames(f: Path, kb, fw: FrameWords, bare: frozenset[str]) -> dict[str, tuple[Frame, ...]]:
    """The frames of a Phoenix verb dictionary, read as PETRARCH reads it: a member verb
    takes its block's code (its regular forms too, :func:`regular_forms`: the parser's lemma
    may miss it), a pattern's plain words before the verb are words the frame
    needs there (``% HAVE *``: ``[have] delay``, mutual), and each frame's object is the first
    actor of the verb's phrase when none stands where the frame places it (``nested_object``)."""
    rows, _ = verb_frames(read_verbs(decode(f.read_bytes())), kb.cameo_table, fw, f.name, agreement=0.0,
                          block_code=True, pre_verb=True)
    frames = parse_frames(((i, r.line().split("\t")) for i, r in enumerate(rows, 1)), kb.predicates,
                          fw.function_words, bare, str(f))
    out = {lemma: tuple(replace(x, nested_object=True) for x in fs) for lemma, fs in frames.items()}
    for lemma, fs in list(out.items()):   # the written forms, for a verb the parser mis-lemmatizes ("cordoned")
        for form in regular_forms(lemma):
            out.setdefault(form, fs)
    return out


def regular_forms(verb: str) -> list[str]:
    """The regular forms PETRARCH makes of a dictionary verb: ``"cordon"`` -> ``["cordons",
    "cordoned", "cordoning"]``, ``"carry"`` -> ``["carries", "carried", "carrying"]``,
    ``"seize"`` -> ``["seizes", "seized", "seizing"]``."""
    consonant_y = len(verb) > 1 and verb.endswith("y") and verb[-2] not in "aeiou"
    third = verb + "es" if verb.endswith(("s", "sh", "ch", "x", "z", "o")) else \
        verb[:-1] + "ies" if consonant_y else verb + "s"
    past = verb + "d" if verb.endswith("e") else verb[:-1] + "ied" if consonant_y else verb + "ed"
    ing = verb[:-1] + "ing" if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) else verb + "ing"
    return [third, past, ing]


def _agents(kb, folder: Path, files: list[Path]) -> dict[str, Agent]:
    agents = dict(kb.agents)
    if (folder / "lexicon" / "agents.tsv").is_file():
        for form, agent in read_agents(folder / "lexicon" / "agents.tsv", kb.actor_codes).items():
            agents.setdefault(form, agent)
    for f in (f for f in files if f.name.endswith(".agents.txt")):
        for r in read_phoenix_agents(decode(f.read_bytes())):
            role = kb.actor_codes.get(r.code[:3])
            agent = Agent(r.phrase.lower(), r.code + ("~" if r.prefix else ""), role.label if role else "",
                          (r.plural or "").lower(), bool(role and role.for_state and not r.prefix))
            for form in (agent.phrase, agent.plural):
                if form:
                    agents.setdefault(form, agent)
    return agents


def _discards(kb, folder: Path, files: list[Path]) -> tuple[Discard, ...]:
    out = list(kb.discards)
    seen = {d.phrase for d in out}
    more = list(read_discards(folder / "lexicon" / "discards.tsv")) if (folder / "lexicon" / "discards.tsv").is_file() else []
    for f in (f for f in files if f.name.endswith(".discards.txt")):
        more += [Discard(r.phrase.lower(), r.story, r.whole_word, applied=True)
                 for r in read_phoenix_discards(decode(f.read_bytes()))]
    for d in more:
        if d.phrase not in seen:
            seen.add(d.phrase)
            out.append(d)
        elif d.applied:   # the ontology knows it; the knowledge folder's dictionary applies it
            out = [replace(x, applied=True, story=d.story, whole_word=d.whole_word) if x.phrase == d.phrase else x
                   for x in out]
    return tuple(out)
