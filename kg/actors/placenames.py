"""Place names read from their context, whatever the NER calls them.

News writes the kind of a little-known place next to its name: "Kan Htaunt Gyi
village", "Pauktaw township", "Rakhine state", "the town of Samarra", "the central
island of Samar", "Myanmar's western state of Rakhine". The NER often tags such
names PERSON, ORG, NORP or PRODUCT, cuts them ("Maw Htoke" + "Gyi") or lets a
knowledge-base short form inside win ("Kan", a broadcaster). Here

* :func:`context_places` finds the spans a kind word marks as places: the run of
  capitalised words before a kind word (the kind word is kept in the mention), or
  after "<kind> of"; a run ending in a capitalised kind word is a name as a whole
  ("Upper Nile State", "Ramree Island");
* :func:`place_name` is the name of such a span: without a lower-case kind word
  ("Lower Shabelle region" -> Lower Shabelle; "Upper Nile State" stays whole), the
  one convention for place names (the mention keeps the words as written);
* a name once marked as a place is that place everywhere in its document ("The
  airstrike on Kyauk Ni Maw", tagged PERSON): :func:`place_names_of`.

The kind words are the ``place_kind`` list of ``words.tsv``.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from .index import DocIndex
from .names import name_text
from .types import PLACE

NAME_POS = frozenset({"PROPN"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
OF = "of"
LIST_SEPARATORS = frozenset({",", "and"})
MAX_RUN = 5   # words of a place name before its kind word


def place_name(span: Span, words, kinds: str = "place_kind") -> str:
    """The name of a place span (or, with ``kinds="group_kind_word"``, a group's): without a
    trailing lower-case kind word or a leading "the".

    "Lower Shabelle region" -> "Lower Shabelle"; "Upper Nile State" -> "Upper Nile State";
    "the White Army militia" -> "White Army"."""
    start = span.start + 1 if span[0].lower_ == "the" and len(span) > 1 else span.start
    end = name_end(span, words, kinds)
    return span.doc[start:end].text.strip() if end > start else name_text(span)


def name_end(span: Span, words, kinds: str = "place_kind") -> int:
    """The end of the name in a place span: before a trailing lower-case kind word, singular or
    plural (the last name of a list: "the Miyagi, Yamagata and Niigata prefectures" -> Niigata,
    "in Chamb and Pallanwala areas" -> Pallanwala)."""
    end = span.end
    kinds = words(kinds)
    while end - span.start > 1 and span.doc[end - 1].text.islower() and _kind_word(span.doc[end - 1].text, kinds):
        end -= 1
    return end


def _kind_word(text: str, kinds: frozenset[str]) -> bool:
    """Whether ``text`` is a kind word or its plural ("areas", "cities")."""
    return text in kinds or (text.endswith("s") and text[:-1] in kinds) or \
        (text.endswith("ies") and f"{text[:-3]}y" in kinds)


def context_places(doc: Doc, ix: DocIndex, words) -> list[Span]:
    """Spans a kind word marks as place names: "Kan Htaunt Gyi village" (the kind word
    kept), "the town of Samarra" (the name alone), "Upper Nile State" (a capitalised kind
    word ends the name)."""
    kinds, calendar = words("place_kind") | words("facility_kind"), words("calendar_word")
    out: list[Span] = []
    lowers = ix.lowers
    for i in range(ix.n):
        low = lowers[i]
        if (low not in kinds and not (low.endswith("s") and low[:-1] in kinds and lowers[i + 1: i + 2] == [OF])) \
                or (doc[i].dep_ in MODIFIER_DEPS and doc[i].head.i > i):
            continue   # "state media", "a U.S. state sponsor": the kind word modifies a noun
        before = _name_run_before(doc, ix, i, calendar)
        if before is not None:
            capital = ix.upper_initial[i] and not ix.sent_start[i]
            if capital and doc[i].text.islower() is False and low in kinds:
                out.append(Span(doc, before, i + 1, label="LOC"))      # "Upper Nile State"
            elif doc[i].text.islower():
                out.append(Span(doc, before, i + 1, label="LOC"))      # "Pauktaw township"
        if doc[i].text.islower() and i + 2 < ix.n and lowers[i + 1] == OF:
            out.extend(_names_after_of(doc, ix, i + 2, calendar))       # "the town of Samarra"
    for i in range(ix.n):   # "the Jarinje and Banja crossings": each name of the list
        low = lowers[i]
        if low.endswith("s") and low[:-1] in kinds and doc[i].text.islower() and lowers[i + 1: i + 2] != [OF]:
            out.extend(_names_before_plural(doc, ix, i, calendar))
    return _outermost(out)


def _names_before_plural(doc: Doc, ix: DocIndex, k: int, calendar: frozenset[str]) -> list[Span]:
    """The names of a list before a plural kind word ending at token ``k`` ("the Gharlamai
    and Spera Kunar Algad areas"): two or more, else none (one name before a plural kind
    word is a modifier: "the Kurdish areas")."""
    out: list[Span] = []
    end = k
    while True:
        start = _name_run_before(doc, ix, end, calendar)
        if start is None:
            break
        out.append(Span(doc, start, end, label="LOC"))
        if start >= 2 and ix.lowers[start - 1] in LIST_SEPARATORS:
            end = start - 2 if ix.lowers[start - 1] == "and" and ix.lowers[start - 2] == "," else start - 1
        else:
            break
    return out[::-1] if len(out) > 1 else []


def _names_after_of(doc: Doc, ix: DocIndex, k: int, calendar: frozenset[str]) -> list[Span]:
    """The names after "<kind> of": one ("the town of Samarra") or a list ("the provinces of
    Junin, Ayacucho and Cusco")."""
    out = []
    while k < ix.n:
        end = _name_run_after(doc, ix, k, calendar)
        if end is None:
            break
        out.append(Span(doc, k, end, label="LOC"))
        if end + 1 < ix.n and ix.lowers[end] in LIST_SEPARATORS:
            k = end + 2 if ix.lowers[end + 1] == "and" else end + 1
        else:
            break
    return out


def _name_run_before(doc: Doc, ix: DocIndex, k: int, calendar: frozenset[str]) -> int | None:
    """The start of the run of capitalised proper nouns ending right before token ``k``."""
    start = k
    while start > 0 and k - start < MAX_RUN and _name_word(doc, ix, start - 1, calendar):
        start -= 1
    return start if start < k else None


def _name_run_after(doc: Doc, ix: DocIndex, k: int, calendar: frozenset[str]) -> int | None:
    """The end of the run of capitalised proper nouns starting at token ``k``."""
    end = k
    while end < ix.n and end - k < MAX_RUN and _name_word(doc, ix, end, calendar):
        end += 1
    return end if end > k else None


def _name_word(doc: Doc, ix: DocIndex, i: int, calendar: frozenset[str]) -> bool:
    """A word of a place name: a capitalised proper noun ("Htaunt") on the same line, not
    a month or weekday ("the town of Baquba Wednesday")."""
    return ix.pos[i] in NAME_POS and ix.upper_initial[i] and "\n" not in doc[i].whitespace_ \
        and doc[i].lower_.rstrip(".") not in calendar


def _outermost(spans: list[Span]) -> list[Span]:
    spans = sorted(spans, key=lambda s: (s.start, -len(s)))
    out: list[Span] = []
    for s in spans:
        if out and s.start < out[-1].end:
            continue
        out.append(s)
    return out


def context_country(span: Span, kb) -> str | None:
    """The country (ISO2) the context of a place span names: "the northern Mozambique
    town of Palma", "the central Iraqi town of Baquba", "Serbia's Novi Sad district"."""
    doc, words = span.doc, kb.lexicon.words_of
    kinds = words("place_kind")
    last = doc[span.end - 1]
    if last.lower_ in kinds and len(span) > 1:
        kind = last
    elif span.start >= 2 and doc[span.start - 1].lower_ == OF and doc[span.start - 2].lower_ in kinds:
        kind = doc[span.start - 2]
    else:
        return None
    for c in kind.lefts:
        if c.dep_ in OWNER_DEPS:
            for entry, _ in kb.lookup(c.text):
                if entry.type == "State":
                    return kb.country_code(entry)
    return None


def place_names_of(spans: Iterable[Span], words) -> set[str]:
    """The names (lower case) a document marks as places."""
    return {place_name(s, words).lower() for s in spans}


def merge_place_short_forms(da) -> None:
    """A place written once with its capitalised kind word and once without is one place:
    "Ramree" and "Ramree Island", "Upper Nile" and "Upper Nile State"."""
    places = {p.name.lower(): p.id for p in da.protos.values() if p.type == PLACE}
    for p in list(da.protos.values()):
        if p.type != PLACE or p.entry is not None:
            continue
        longer = [pid for name, pid in places.items()
                  if name.startswith(p.name.lower() + " ") and len(name.split()) == len(p.name.split()) + 1
                  and name.split()[-1] in da.kb.lexicon.words_of("place_kind")]
        if len(longer) == 1 and longer[0] in da.protos:
            da.merge(p.id, into=longer[0])
