"""Spans that look like names but name no actor: dates, and things named in the news.

Capitalised words the NER (or the GeoNames look-up for places it missed) takes for
actors although they name

* a date: months and weekdays ("in March" is no town, "on Jan 6" no Jackson);
* a thing: platforms, time zones and vehicles by name ("said on Telegram", "Air Force
  One"), weapon classes ("ICBMs"), named operations ("Operation Hadin Kai": an event,
  GUIDELINES convention 10), weapon models ("the S-300s"), a name written before a
  weapon or vessel noun ("a Musudan ballistic missile": every "Musudan" of that document
  is the missile) or, whatever its tag, before a weapon system's ("Iron Dome interceptors"),
  and a name written after a vessel noun ("the ship Maersk Hangzhou": every "Maersk
  Hangzhou" of that document is the ship).

The word classes are lists of ``words.tsv`` (``calendar_word``, ``thing_name``,
``named_event_head``, ``named_event_heads``, with ``weapon``, ``vessel`` and
``thing_noun``); :func:`thing_names` reads a
document's candidates once and returns the names to drop.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span

from .names import first_conjunct, name_text

MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
NAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "X"})
PLURAL_NAME_TAG = "NNPS"
NUMBER_POS = "NUM"
DANGLING_POS = frozenset({"ADP", "CCONJ", "DET"})   # a word no name ends with
TITLE_CASE_SHARE = 1.0   # a headline with every longer word capitalised is in title case
MODEL_NAME = re.compile(r"^[A-Z][A-Za-z]{0,3}-\d{2,4}[A-Z]?s?$")   # "S-300s", "F-16", "Su-25", "MiG-29"
COMMON_NOUN_LISTS = ("institution", "state_agent", "group_descriptor", "nonstate_collective", "common_name_word")


def is_calendar_span(span: Span, words) -> bool:
    """"March", "Jan", "Thursday": every word of the span is a month or weekday name."""
    toks = [t.lower_.rstrip(".") for t in span if t.is_alpha or t.lower_.rstrip(".").isalpha()]
    return bool(toks) and all(t in words("calendar_word") for t in toks)


def is_date_span(span: Span, words) -> bool:
    """"May 15", "21 June": a month or weekday with a number names a date, even where a
    knowledge-base name is written so (PHOENIX's Greek group "May 15") or the NER tags it PERSON."""
    return any(t.like_num for t in span) and is_calendar_span(span, words)


def names_a_thing(span: Span, words) -> bool:
    """Whether the span names a thing rather than an actor: a platform, time zone, vehicle
    or weapon class by name, a named operation, a ship by its prefix (``ship_prefix``), or a
    name modifying a weapon or vessel noun."""
    text = name_text(span).lower()
    if text in words("thing_name"):
        return True
    first = span[0] if span[0].lower_ != "the" or len(span) == 1 else span[1]
    if first.lower_ in words("named_event_head") and first.i + 1 < span.end:
        return True   # "Operation Hadin Kai"
    if first.text.isupper() and first.lower_ in words("ship_prefix") and first.i + 1 < span.end:
        return True   # "the USS Mason", "MV Islander": a ship
    doc = span.doc
    if _after_event_head(span, first, words):
        return True   # "Operation" left out of the span: "Operation [Sindoor]", "the operations [Claw-Lightning]"
    if MODEL_NAME.match(name_text(span)):
        return True   # a weapon's model: "the S-300s", "F-16s"
    if follows_vessel(span, words, strict=True):
        return True   # "the Singapore-flagged ship Maersk Hangzhou": every "Maersk Hangzhou" is the ship
    if span.end >= len(doc) or doc[span.end].pos_ not in NAME_POS:
        return False
    root = span.root
    head = root.head
    heads = words("thing_noun") if span.label_ == "ORG" else _thing_heads(words) | words("thing_noun")
    return (root.dep_ in MODIFIER_DEPS and head.i >= span.end
            and all(t.pos_ in NAME_POS for t in doc[span.end:head.i])
            and (head.lemma_.lower() in heads or head.lower_ in heads))


def follows_vessel(span: Span, words, strict: bool = False) -> bool:
    """A name written after a vessel noun ("the US destroyer Carney", "the tanker Marlin Luanda",
    unless ``strict`` also 'US destroyer, "Mason",'): a ship's, and ships are not actors. ``strict``
    (a name that stands for the ship in the whole document): no comma between, and the name
    modifies no noun after it ("flag carrier Garuda Indonesia plane" names an airline)."""
    doc = span.doc
    if strict and span.root.dep_ in MODIFIER_DEPS:
        return False
    k = span.start - 1
    while k >= 0 and (doc[k].pos_ == "PROPN" or doc[k].is_quote or not strict and doc[k].text == ",") \
            and k >= span.start - 4:
        k -= 1
    return k >= 0 and doc[k].lower_ in words("vessel")


def _after_event_head(span: Span, first, words) -> bool:
    """Whether an event's head word is written right before the name, or before the first
    of the names it is coordinated with: "Operation [Sindoor]", "the twin operations
    [Claw-Lightning] and [Claw-Thunderbolt]" (lower case only in the plural)."""
    doc = span.doc
    root = first_conjunct(span.root)
    starts = {first.i, root.left_edge.i}
    for i in starts:
        prev = doc[i - 1] if i > 0 else None
        if prev is not None and (prev.lower_ in words("named_event_head") and prev.is_title
                                 or prev.lower_ in words("named_event_heads")):
            return True
    return False


def _thing_heads(words) -> frozenset[str]:
    return words("weapon") | words("vessel")


def thing_names(spans: Iterable[Span], words) -> set[str]:
    """The names (lower case) the document uses for things: a name written once as a
    weapon's or vessel's name ("the Musudan missile") names that thing everywhere."""
    return {name_text(s).lower() for s in spans if names_a_thing(s, words)}


def is_no_name(span: Span, words) -> bool:
    """A span the NER took for an unknown actor that names none: a date, a capitalised
    common noun ("Junta troops", "his Cabinet"), an ethnicity ("an ethnic Nuer militia"), a
    named accord or plan ("the Indus Waters Treaty", "the Annan Plan"), or a plural of a
    state's name counted ("the two Koreas"), an event ("the Nuclear Security Summit")."""
    if span.label_ != "PERSON" and is_calendar_span(span, words):
        return True
    if len(span) == 1 and any(span[0].lower_ in words(name) for name in COMMON_NOUN_LISTS):
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in words("ethnic_marker"):
        return True
    if span[-1].lower_ in words("bloc_name") and len(span) + (before is not None and before.lower_ == "the") == 2 \
            and span.doc[span.end - 2].lower_ == "the":
        return True   # "the West": a bloc of states
    if len(span) > 1 and (span[-1].lower_ in words("accord_name_head") or span[-1].lower_ in words("event_name_head")):
        return True   # "the Annan Plan"; an event: "the Nuclear Security Summit", "the Opening Ceremony"
    return len(span) == 1 and span[0].tag_ == PLURAL_NAME_TAG and before is not None and before.pos_ == NUMBER_POS


def is_title(span: Span, roles: frozenset[str], words) -> bool:
    """A span the NER took for a body that spells a title ("the Diplomatic Advisor", "the
    Special Representative"): a role (``roles.tsv``) after words that name no body (no
    ``organisation_head`` or ``institution`` word, no "of"). A title names no actor; its
    holder does."""
    toks = [t for t in span if t.lower_ != "the" or t.i > span.start]
    if span.label_ == "PERSON" or not toks:
        return False
    bodies = words("organisation_head") | words("institution")
    for cut in range(len(toks)):
        if " ".join(t.lower_ for t in toks[cut:]) in roles:
            return all(t.is_alpha and t.lower_ not in bodies and t.lower_ != "of" for t in toks[:cut])
    return False


def is_cut_short(span: Span, particles: frozenset[str] = frozenset()) -> bool:
    """An unknown name ending in a preposition, conjunction or article ("The Government of",
    before a known "Kosovo") or in a particle of names (``particles``: "Suspected al" of
    "Suspected al-Shabaab militants", "Islamist al" of "the Islamist al Shabaab group"): no
    longer name was mended around it, so it names nothing."""
    last = span[-2] if len(span) > 2 and span[-1].text == "-" else span[-1]   # "Suspected al -"
    return len(span) > 1 and (span[-1].pos_ in DANGLING_POS or last.lower_ in particles)


def without_headline_verb(span: Span, lexicon, on_first_line: bool) -> Span:
    """A span in a title-case headline (on the document's first line) without a verb it
    swallowed at its end: "RSF Strike on Sudan's El Fasher Kills Five Civilians" -> "El Fasher"."""
    end = span.end
    while on_first_line and end - span.start > 1 and _verb_form(span.doc[end - 1].lower_, lexicon) \
            and _title_case(span.sent):
        end -= 1
    return span if end == span.end else Span(span.doc, span.start, end, label=span.label_)


def _verb_form(word: str, lexicon) -> bool:
    """A verb of the lexicon, as written or in its third person ("kills")."""
    return word in lexicon.verbs or (word.endswith("s") and word[:-1] in lexicon.verbs)


def _title_case(sent: Span) -> bool:
    """Whether a sentence (a headline) is in title case."""
    longer = [t for t in sent if t.is_alpha and len(t) > 3]
    return bool(longer) and sum(t.text[0].isupper() for t in longer) >= TITLE_CASE_SHARE * len(longer)
