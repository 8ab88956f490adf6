"""Longer names around a knowledge-base name: the name the entity ruler cut.

The entity ruler tags every name the knowledge base knows before the NER runs, so a
longer name that contains one is cut: "the United Nations Support Mission in Libya
(UNSMIL)" becomes "United Nations" plus words, "Sudan News" the state Sudan, "Radio
Free Asia" an organisation "Radio Free" and the continent Asia. Here the longer name
is read back:

* a run of capitalised words before a bracketed acronym whose letters it spells
  ("United Nations Support Mission in Libya (UNSMIL)", "Government of National Accord
  (GNA)"): :func:`acronym_run`;
* a known name followed by capitalised words ending in a word that heads names of
  outlets, companies, churches or airports ("Sudan News", "Ethiopian Airlines",
  "Serbia Orthodox Church", "Khartoum International Airport"): ``name_head`` in
  ``words.tsv``;
* an organisation the NER found right before a known place ("Radio Free" + "Asia");
* a known body's name after a qualifier that makes it another body ("the Maldivian
  Democratic Party", not the US party): :mod:`~kg.actors.qualifiedbodies`.
* a known region followed by capitalised words ending in a word that heads names of armed
  forces and movements ("South Lebanon Army": ``region_force_head``).

:func:`longer_name_spans` returns the spans, labelled ORG or LOC (a place suffix such as
"airport" ends a place's name).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..ontology import Ontology
from .index import DocIndex
from .names import PARTICLES_OF_NAME, PLURAL_NOUN_TAG, same_line
from .qualifiedbodies import qualified_bodies, qualifier_start

NAME_POS = frozenset({"PROPN"})
_COMPOUND = frozenset({"compound"})
MAX_WORDS = 12         # words of a name before its acronym
MIN_ACRONYM = 3
UNIT_NAME_POS = frozenset({"PROPN", "ADJ", "NOUN"})
ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})
YEAR_DIGITS = 4          # "2014 Pakistani Army": a year, no unit's number


def longer_name_spans(doc: Doc, ix: DocIndex, known: list[Span], unknown: list[Span], kb: Ontology) -> list[Span]:
    """Longer names around the ``known`` (knowledge-base) spans; ``unknown`` are the NER's."""
    out, lowers, words = [], ix.lowers, kb.lexicon.words_of
    for i in range(1, ix.n - 2):
        if lowers[i] == "(" and lowers[i + 2] == ")":
            span = acronym_run(doc, ix, i, doc[i + 1].text, words)
            if span is not None and any((span.start <= k.start and k.end <= span.end) or k.start == i + 1
                                        for k in known):
                out.append(span)   # "United Nations Support Mission in Libya (UNSMIL)", "... (JNIM)"
            elif span is not None and not any(e.start < i + 2 and e.end > span.start for e in doc.ents):
                # "the NATO-led International Security Assistance Force (ISAF)", which the NER missed
                out.extend((span, Span(doc, i + 1, i + 2, label="ORG")))
    for k in known:
        span = _headed_run(doc, ix, k, words) or _region_force(doc, ix, k, words)
        if span is not None:
            out.append(span)
    out.extend(qualified_places(doc, ix, known, {i for e in doc.ents for i in range(e.start, e.end)}))
    out.extend(outlet_names(doc, ix, known + unknown, words))
    out.extend(numbered_units(doc, ix, words))
    out.extend(qualified_bodies(doc, ix, known, unknown, kb))   # "the Maldivian Democratic Party"
    starts = {k.start: k for k in known}
    for u in unknown:
        k = starts.get(u.end)
        if u.label_ == "ORG" and k is not None and k.label_ == "LOC" and same_line(doc, u.start, k.end):
            out.append(Span(doc, u.start, k.end, label="ORG"))   # "Radio Free" + "Asia"
        elif k is not None and _cut_before_of(u, words) and same_line(doc, u.start, k.end) and not _goes_on(doc, k.end):
            out.append(Span(doc, u.start, k.end, label=u.label_))   # "the Patriotic Movement of" + "Ivory Coast"
        elif k is not None and u.label_ == "ORG" and (end := _headed_end(doc, ix, k.end, words)) is not None:
            out.append(Span(doc, u.start, end, label="ORG"))   # "the All" + "Burma" + "... Front"
    return out


def _headed_end(doc: Doc, ix: DocIndex, start: int, words) -> int | None:
    """The end of the capitalised words from ``start`` that close an organisation's name
    with its head word ("Students' Democratic Front" after "the All Burma"), or None."""
    heads, end = words("organisation_head"), start
    while end < ix.n and end - start < MAX_WORDS and same_line(doc, start, end + 1) \
            and ((ix.pos[end] in NAME_POS and ix.upper_initial[end]) or doc[end].text in PARTICLES_OF_NAME):
        end += 1
        if doc[end - 1].lower_ in heads:
            return end
    return None


def _goes_on(doc: Doc, end: int) -> bool:
    """Whether a hyphen glues the word before ``end`` to the next ("the Board of the
    Russian-Turkish Business Association", "the Association of Serb-majority
    municipalities"): the name goes on past the hyphen, and joining it there cuts it short."""
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_


def acronym_run(doc: Doc, ix: DocIndex, paren: int, acronym: str, words) -> Span | None:
    """The capitalised words before "(ACRONYM)" that spell it: every capitalised word's
    initial is one of its letters, in order, and its letters are found in the words."""
    if len(acronym) < MIN_ACRONYM or not acronym.isalpha() or not acronym.isupper():
        return None
    glue = words("name_glue_word")
    start = paren
    while start > 0 and paren - start < MAX_WORDS:
        t = doc[start - 1]
        if not ((ix.pos[t.i] in NAME_POS and ix.upper_initial[t.i]) or t.lower_ in glue) or "\n" in t.whitespace_:
            break
        start -= 1
    for s in range(start, paren):
        if ix.upper_initial[s] and doc[s].text[0].lower() == acronym[0].lower() \
                and _spells(acronym.lower(), [t.lower_ for t in doc[s:paren]], glue):
            return Span(doc, s, paren, label="ORG")
    return None


def _spells(acronym: str, tokens: list[str], glue: frozenset[str]) -> bool:
    """Whether the words spell the acronym in order: every content word gives its initial
    and maybe letters from inside it, a glue word its initial or nothing ("united nations
    support mission in libya" spells "unsmil", "african union mission in somalia" "amisom").

    >>> _spells("unsmil", "united nations support mission in libya".split(), frozenset({"in"}))
    True
    >>> _spells("gna", "government of national accord".split(), frozenset({"of"}))
    True
    >>> _spells("un", "sudan news".split(), frozenset())
    False
    """
    def spell(k: int, j: int) -> bool:
        if j == len(tokens):
            return k == len(acronym)
        tok = tokens[j]
        if tok in glue:
            return (k < len(acronym) and tok[0] == acronym[k] and spell(k + 1, j + 1)) or spell(k, j + 1)
        if k >= len(acronym) or tok[0] != acronym[k]:
            return False
        k, pos = k + 1, 1
        while True:
            if spell(k, j + 1):
                return True
            found = tok.find(acronym[k], pos) if k < len(acronym) else -1
            if found < 0:
                return False
            k, pos = k + 1, found + 1
    return spell(0, 0)


def _headed_run(doc: Doc, ix: DocIndex, known: Span, words) -> Span | None:
    """A known name and the capitalised words after it, up to a name-head word: "Sudan
    News", "Ethiopian Airlines", "Khartoum International Airport"."""
    end = _run_to_head(doc, ix, known, words("name_head"))
    if end is None:
        return None
    label = "LOC" if doc[end - 1].lower_ in words("place_suffix") else "ORG"
    return Span(doc, known.start, end, label=label)


def _region_force(doc: Doc, ix: DocIndex, known: Span, words) -> Span | None:
    """A known place (a region, a territory: no state) and the capitalised words after it,
    up to a word that heads the names of armed forces and movements (``region_force_head``):
    "the South Lebanon Army", "the Darfur Liberation Front": an organisation named after the
    place, not the place."""
    end = _run_to_head(doc, ix, known, words("region_force_head")) if known.label_ == "LOC" else None
    return Span(doc, known.start, end, label="ORG") if end is not None else None


def _run_to_head(doc: Doc, ix: DocIndex, known: Span, heads: frozenset[str]) -> int | None:
    """The end of the run of up to three capitalised words after ``known``, on its line, that
    ends at the first of ``heads``; ``None`` when no such word comes."""
    end = known.end
    while end < ix.n and end - known.end < 3 and ix.pos[end] in NAME_POS and ix.upper_initial[end] \
            and same_line(doc, known.start, end + 1):
        end += 1
        if doc[end - 1].lower_ in heads:
            return end
    return None


def _cut_before_of(span: Span, words) -> bool:
    """Whether a name the NER found ends in a word that joins names ("the Patriotic Movement
    of", "the Sea of": ``acronym_stop_word``), its capitalised words no bare government word."""
    stop = words("acronym_stop_word")
    names = [t for t in span if t.lower_ not in stop]
    return len(span) > 1 and span[-1].lower_ in stop and span[-1].is_lower and bool(names) \
        and all(t.text[:1].isupper() for t in names) \
        and not all(t.lower_ in words("government_modifier") for t in names)


def qualified_places(doc: Doc, ix: DocIndex, known: list[Span], in_entity: set[int]) -> list[Span]:
    """A known place's name after a capitalised word of no name of its own that qualifies
    it ("Blue Nile", "Upper Nile" with the river Nile known): a longer name, another place."""
    out = []
    for k in known:
        start = qualifier_start(doc, ix, k, in_entity, _COMPOUND, most=2)
        if start < k.start and k.label_ == "LOC":
            out.append(Span(doc, start, k.end, label="LOC"))
    return out


def outlet_names(doc: Doc, ix: DocIndex, found: list[Span], words) -> list[Span]:
    """Outlets the NER missed: capitalised words before a capitalised name head ("Goobjoog
    News local radio reported"), or before the words of an outlet's kind ("its Amaq news
    agency": the name alone)."""
    taken = {i for s in found for i in range(s.start, s.end) if s.ent_id_}
    heads, kinds = words("name_head"), words("outlet_kind_phrase")
    firsts = {k.split()[0] for k in kinds}
    out = []
    for i in range(1, ix.n):
        if i in taken or ix.sent_start[i]:
            continue
        end = None
        if ix.upper_initial[i] and ix.lowers[i] in heads:
            end = i + 1
        elif not ix.upper_initial[i] and ix.lowers[i] in firsts \
                and any(ix.lower_text(i, i + n) in kinds for n in (1, 2) if i + n <= ix.n):
            end = i
        if end is None:
            continue
        start = i
        while start > 0 and ix.pos[start - 1] in NAME_POS and ix.upper_initial[start - 1] \
                and (start - 1) not in taken and not ix.sent_start[start] and i - start < 3:
            start -= 1
        if start < i:
            out.append(Span(doc, start, end, label="ORG"))
    return out


def numbered_units(doc: Doc, ix: DocIndex, words) -> list[Span]:
    """Military units named with their number: "the 21 Special Armoured Brigade", "202 Tank
    Battalion", "its 91st Division" (the NER leaves the number out, or the name)."""
    units, out = words("unit_word"), []
    for i in range(1, ix.n):
        if not ix.upper_initial[i] or ix.lowers[i] not in units:
            continue
        k = i
        while k > 0 and i - k < 4 and ix.upper_initial[k - 1] and ix.pos[k - 1] in UNIT_NAME_POS:
            k -= 1
        counted = i + 1 < ix.n and doc[i + 1].tag_ == PLURAL_NOUN_TAG   # "2 Army men": a count of men
        if k > 0 and _number(ix.lowers[k - 1]) and not counted:
            out.append(Span(doc, k - 1, i + 1, label="ORG"))
    return out


def _number(word: str) -> bool:
    """"21", "202", "91st", "3rd": a unit's number; not a year ("a 2014 Pakistani Army offensive")."""
    year = len(word) == YEAR_DIGITS and word.isdigit()
    return word[:1].isdigit() and not year and (word.isdigit() or (word[-2:] in ORDINAL_ENDINGS and word[:-2].isdigit()))


def title_acronyms(doc: Doc, ix: DocIndex, roles: frozenset[str], words) -> set[int]:
    """The tokens of bracketed acronyms that abbreviate a title, not a body: "the Chief of
    Army Staff (COAS)"."""
    out, lowers = set(), ix.lowers
    for i in range(1, ix.n - 2):
        if lowers[i] == "(" and lowers[i + 2] == ")":
            span = acronym_run(doc, ix, i, doc[i + 1].text, words)
            if span is not None and span[0].lower_ in roles:
                out.add(i + 1)
    return out
