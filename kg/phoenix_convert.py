"""PETRARCH/Phoenix records (:mod:`kg.phoenix`) -> kg's knowledge: verb frames, agents, discards.

The actors, which need the existing gazetteer to merge into, are
:mod:`kg.phoenix_actors`. Both ``tools/import_petrarch.py`` (which writes the results
into ``ontology/``) and ``kg build --knowledge DIR`` (which converts a folder of
Phoenix dictionaries when the ontology is loaded) use these functions, so a
dictionary means the same whichever way it comes in.

Verb patterns become frames of ``ontology/lexicon/verbs.tsv``'s format where kg's
frame matcher can check what the pattern asks for: the verb (a member of the block),
its particles, the lemmas of its direct-object noun phrase and the prepositions
that introduce the object. A pattern that needs more is left out, and the reason
counted: words before the verb (a subject condition), a noun inside a
prepositional phrase (``(TO BORDER)``), PETRARCH's ``$``/``^``/``%`` markers (but ``% *``, a compound
subject whose members act on one another, is a ``mutual`` frame), a code
no row of the CAMEO -> PLOVER table covers. ``&SYNSET`` nouns give one frame per
member.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace

from .phoenix import AgentRecord, DiscardRecord, Pattern, VerbDictionary, phrase_words


@dataclass(frozen=True)
class CameoRow:
    """A row of ``ontology/cameo_plover.tsv``: a CAMEO code (prefix), PLOVER's class for
    it, kg's predicate (``None``: no relation) and the object noun it is limited to."""

    cameo: str
    plover: str | None
    predicate: str | None
    object: str | None
    note: str


@dataclass(frozen=True)
class FrameRow:
    """A verb frame line: ``text<TAB>predicate<TAB>cameo<TAB>voice<TAB>source``."""

    text: str
    predicate: str          # a predicate name or "-"
    cameo: str
    voice: str              # "", "inverse"
    source: str             # "<file>:<line> <BLOCK>"

    def line(self) -> str:
        return "\t".join((self.text, self.predicate, self.cameo, self.voice, self.source))


#: PETRARCH's compound-subject marker: ``% *`` codes the subject's members with one another.
MUTUAL_SUBJECT = "%"

#: PETRARCH's null code ``---``: the pattern codes no event (a frame with predicate ``-``).
NO_EVENT = CameoRow("---", None, None, None, "null code")


def cameo_predicate(code: str, table: Mapping[str, tuple[CameoRow, ...]], objects: frozenset[str] = frozenset()
                    ) -> CameoRow | None:
    """The row of the CAMEO -> PLOVER table for an event code: the longest listed prefix,
    a row limited to an object noun only when the pattern has that noun."""
    for n in range(len(code), 1, -1):
        rows = table.get(code[:n], ())
        limited = [r for r in rows if r.object is not None and r.object in objects]
        general = [r for r in rows if r.object is None]
        if limited or general:
            return (limited or general)[0]
    return None


def singular(word: str, irregular: Mapping[str, str]) -> str:
    """The lemma of a (lower-case) noun: ``"sanctions"`` -> ``"sanction"``,
    ``"casualties"`` -> ``"casualty"``; ``irregular`` maps plurals like ``men`` -> ``man``."""
    if word in irregular:
        return irregular[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if word.endswith(("ss", "us", "is", "'s")) or len(word) < 4 or not word.endswith("s"):
        return word
    return word[:-1]


@dataclass(frozen=True)
class FrameWords:
    """What the frame conversion needs of the lexicon: the function words a frame may
    name, the bare particles, and irregular plurals (all from ``words.tsv``)."""

    function_words: frozenset[str]
    bare_particles: frozenset[str]
    irregular: Mapping[str, str]


def verb_frames(vd: VerbDictionary, table: Mapping[str, tuple[CameoRow, ...]], words: FrameWords,
                source: str, known: frozenset[str] = frozenset(), agreement: float = 0.5, *,
                block_code: bool = False, pre_verb: bool = False) -> tuple[list[FrameRow], Counter]:
    """The frames of a CAMEO verb dictionary, and a count of what was left out and why.

    Each member verb takes the patterns of its first block (as PETRARCH reads it);
    a pattern whose comment names another member verb of the block is that verb's
    (the verb it was written for). Of two patterns giving one frame, the later wins.
    ``known`` are the verb lemmas of kg's own lexicon: their frames there win, so
    none is made for them. A verb alone becomes a frame only if at least
    ``agreement`` of its block's patterns for it code the same predicate: a verb
    whose patterns code many events ("give", "leave") is no event by itself.

    A member verb without a code of its own takes its block's code (PETRARCH's rule) only
    with ``block_code``: a knowledge folder's dictionary is read so (it is the lexicon the
    text is to be coded with), while ``tools/import_petrarch.py`` leaves such verbs out of
    kg's ontology, whose own frames were measured on news without them. With ``pre_verb``
    (a knowledge folder's reading too), a pattern's plain words before the verb become the
    frame's pre-verb words (``[have] delay``: :attr:`kg.ontology_read.Frame.before`), and
    so do the words written before a member verb (``WIRE_+TAP``: ``[wire] tap``).
    """
    skipped: Counter = Counter()
    frames: dict[str, FrameRow] = {}
    seen_verbs: set[tuple] = set()
    for block in vd.blocks:
        for verb in block.verbs:
            key = (verb.lemma, verb.after, verb.before)
            if key in seen_verbs or verb.before and not pre_verb or verb.lemma in known:
                skipped["verb of an earlier block" if key in seen_verbs else
                        "verb with words before it (WIRE_+TAP)" if verb.before else
                        "verb in verbs.tsv (kg's frames win)"] += 1
                continue
            seen_verbs.add(key)
            for row in _verb_rows(verb, block, vd, table, words, skipped, agreement, (block_code, pre_verb)):
                frames.pop(row.text, None)   # the later pattern wins, and takes its place in the order
                frames[row.text] = FrameRow(row.text, row.predicate, row.cameo, row.voice, f"{source}:{row.source}")
    return list(frames.values()), skipped


def _verb_rows(verb, block, vd: VerbDictionary, table, words: FrameWords, skipped: Counter,
               agreement: float, reading: tuple[bool, bool] = (False, False)) -> list[FrameRow]:
    """The frame rows of one member verb (``source`` holds only its line and block;
    ``reading``: ``block_code`` and ``pre_verb`` of :func:`verb_frames`)."""
    rows = []
    for text, code, voice, where in _verb_candidates(verb, block, vd, words, skipped, *reading):
        after = [w for w in text.split() if not w.startswith("[")][1:]
        row = NO_EVENT if code == "---" else cameo_predicate(code, table, frozenset(after))
        if row is None:
            skipped["code not in the CAMEO -> PLOVER table"] += 1
            continue
        rows.append(FrameRow(text, row.predicate or "-", code if row.predicate else "",
                             voice if row.predicate else "", f"{where} {block.name}"))
    head = " ".join([f"[{w}]" for w in verb.before] + [verb.lemma, *verb.after])
    bare = [r for r in rows if r.text == head]
    # a pattern that needs words before the verb is a context, not another reading of it
    coded = [r.predicate for r in rows if r.text != head and r.predicate != "-" and not r.text.startswith("[")]
    if bare and coded and coded.count(bare[0].predicate) < agreement * len(coded):
        skipped["verb alone whose patterns code other events"] += 1
        rows = [r for r in rows if r.text != head]
    return rows


def _verb_candidates(verb, block, vd: VerbDictionary, words: FrameWords, skipped: Counter, block_code: bool = False,
                     pre_verb: bool = False):
    """(frame text, code, voice, line) for a member verb: the verb alone (its own code,
    or with ``block_code`` the block's) and each convertible pattern of its block."""
    head = [verb.lemma, *verb.after]
    pre = [f"[{w}]" for w in verb.before]   # WIRE_+TAP: "wire" before the verb (with ``pre_verb`` only)
    own = verb.code if verb.code and verb.code.strip("-") else block.code if block_code else None
    if own and own.strip("-"):
        code, voice = _code(own, block_code)
        if code:
            yield " ".join(pre + head), code, voice, verb.line
    elif block.code.strip("-"):
        skipped["verb alone with only its block's code"] += 1
    members = {v.lemma for v in block.verbs}
    for pattern in block.patterns:
        origin = pattern.comment.split()[0].lower() if pattern.comment else ""
        if origin in members and origin != verb.lemma:
            continue   # the pattern was written for another verb of the block
        code, voice = _code(pattern.code, block_code)
        if not code and pattern.code.strip("-:"):
            skipped["pattern without a usable code"] += 1
            continue
        # "% * [030:030]": the members of a compound subject act on one another (kg's "mutual")
        mutual = pattern.before[:1] == (MUTUAL_SUBJECT,)
        before = _pre_verb(pattern.before[1:] if mutual else pattern.before, pre_verb)
        if before is None:
            skipped["pattern with words before the verb (a subject condition)"] += 1
            continue
        for parts in _pattern_parts(replace(pattern, before=()), vd, words, skipped, pre_verb):
            if all(p in words.function_words for p in parts) and not ((mutual or before) and not parts):
                skipped["pattern that names no object noun (only particles or prepositions)"] += 1
                continue
            text = " ".join(pre + [f"[{w}]" for w in before] + list(dict.fromkeys(head + parts)))
            yield text, code or "---", "mutual" if mutual and code and not voice else voice, pattern.line


def _code(raw: str, both_ways: bool = False) -> tuple[str, str]:
    """(event code, voice) of a pattern's code: ``"042:043"`` -> ``("042", "")``,
    ``":173"`` -> ``("173", "inverse")`` (the target acts on the source), ``"---"`` -> ``("", "")``;
    a code its author marked uncertain (``"025?"``) is no code. With ``both_ways`` (PETRARCH's
    reading), a secondary code of the same CAMEO root (``"032:033"``: the target acts back
    on the source) makes the frame ``mutual``."""
    if "?" in raw:
        return "", ""
    first, colon, second = raw.replace("!", "").partition(":")
    first, second = first.strip(), second.strip()
    if first.strip("-"):
        return first, "mutual" if both_ways and second.strip("-") and second[:2] == first[:2] else ""
    if colon and second.strip("-"):
        return second, "inverse"
    return "", ""


def _pre_verb(tokens: tuple[str, ...], allowed: bool) -> list[str] | None:
    """The pre-verb words of a pattern (lower case), ``None`` when it has some that are
    not read: any without ``allowed``, a marker (``$``, ``+``, ``^``), a phrase or joined words."""
    if not tokens:
        return []
    if not allowed or not all(re.fullmatch(r"[A-Z][A-Z'-]*", t) for t in tokens):
        return None
    return [t.lower() for t in tokens]


def _pattern_parts(pattern: Pattern, vd: VerbDictionary, words: FrameWords, skipped: Counter,
                   markers: bool = False):
    """The frame parts (after the verb) a pattern stands for: one list per synset member.
    With ``markers`` (PETRARCH's reading), a ``^`` (skip a phrase) after a preposition
    makes it a preposition whose object is skipped (``at^``: the object is not there), and
    a ``+`` (the target) stands where the frame finds its object anyway: after its last
    preposition, or else the first actor of the verb's phrase."""
    nouns: list[list[str]] = []       # alternatives per noun phrase
    preps: list[str] = []
    for token in pattern.after:
        if markers and token in ("^", "+"):
            last = nouns[-1] if nouns else []
            if token == "^" and len(last) == 1 and len(last[0]) == 1 and last[0][0] in words.function_words:
                nouns[-1] = [[last[0][0] + "^"]]
            continue
        if token.startswith("("):
            inner = token.strip("()").split()
            if len(inner) > 1 and inner[1:] != ["+"]:
                skipped["noun inside a prepositional phrase"] += 1
                return
            preps.append(inner[0].lower())
        elif any(m in token for m in "$^%+") or "_" in token:
            skipped["PETRARCH marker or joined words in a pattern"] += 1
            return
        else:
            options = _noun_phrase(token, vd, words)
            if options is None:
                skipped["synset inside a noun phrase, or undefined"] += 1
                return
            nouns.append(options)
    for combo in _product(nouns):
        yield [w for phrase in combo for w in phrase] + preps


def _noun_phrase(token: str, vd: VerbDictionary, words: FrameWords) -> list[list[str]] | None:
    """The word lists a pattern noun (``AID``, ``{FINANCIAL AID}``, ``&CURRENCY``) may be."""
    if token.startswith("&"):
        members = _synset(token, vd, set())
        return None if members is None else [[_part(w, words) for w in m] for m in members]
    if "&" in token:
        return None
    return [[_part(w, words) for w in token.strip("{}").split()]]


def _synset(name: str, vd: VerbDictionary, seen: set) -> list[list[str]] | None:
    if name not in vd.synsets or name in seen:
        return None
    seen.add(name)
    out = []
    for member in vd.synsets[name]:
        if member.startswith("&"):
            out += _synset(member, vd, seen) or []
        else:
            out.append([w.lower() for w in phrase_words(member.strip("{}"))])
    return out


def _part(word: str, words: FrameWords) -> str:
    low = word.lower()
    return low if low in words.function_words else singular(low, words.irregular)


def _product(options: list[list[list[str]]]):
    combos: list[list[list[str]]] = [[]]
    for choice in options:
        combos = [c + [o] for c in combos for o in choice]
    for combo in combos:
        if all(part for part in combo) or not combo:
            yield [[w.lower() for w in phrase] for phrase in combo]


# -- agents and discards ---------------------------------------------------------------

@dataclass(frozen=True)
class AgentRow:
    """A line of ``ontology/lexicon/agents.tsv``: a role noun phrase (lower case), its
    CAMEO agent code, the kind of that code and the plural."""

    phrase: str
    code: str
    kind: str
    plural: str

    def line(self) -> str:
        return "\t".join((self.phrase, self.code, self.kind, self.plural))


def agent_rows(records: list[AgentRecord], labels: Mapping[str, str]) -> list[AgentRow]:
    """Agent rows, one per phrase (the first of duplicates); ``labels``: code -> label
    of ``cameo_actor_codes.tsv`` (the kind is the label of the code's first three letters)."""
    out: dict[str, AgentRow] = {}
    for r in records:
        phrase = r.phrase.lower()
        if phrase in out or not phrase.replace(" ", "").replace("-", "").replace("'", "").isalpha():
            continue
        code = r.code.upper()
        kind = labels.get(code[:3], "")
        out[phrase] = AgentRow(phrase, code + ("~" if r.prefix else ""), kind, (r.plural or "").lower())
    return list(out.values())


def discard_rows(records: list[DiscardRecord]) -> list[tuple[str, str, str]]:
    """``(phrase, "story"|"sentence", "word"|"stem")`` rows, lower case, first of duplicates."""
    out: dict[str, tuple[str, str, str]] = {}
    for r in records:
        phrase = r.phrase.lower()
        out.setdefault(phrase, (phrase, "story" if r.story else "sentence", "word" if r.whole_word else "stem"))
    return list(out.values())
