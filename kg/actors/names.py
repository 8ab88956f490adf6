"""Names as written: the text a span spells, and the keys short forms are compared by.

Pure helpers over spans and token strings, shared by recognition and resolution:
a name without its leading article or trailing possessive, and the comparison that
makes "Burhan" a short form of "Abdel Fattah al-Burhan".

>>> articles = frozenset({"al-", "el-"})
>>> name_key(["Abdel", "Fattah", "al-Burhan"], articles)
['abdel', 'fattah', 'burhan']
>>> is_short_form(name_key(["Burhan"], articles), name_key(["Abdel", "Fattah", "al-Burhan"], articles))
True
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ..ontology import fold

PARTICLES_OF_NAME = frozenset({"'s", "'", "’s"})   # a possessive ending a name ("Israel's", "Mali’s")
PLURAL_NOUN_TAG = "NNS"
COORDINATED_LABELS = frozenset({"GPE", "LOC", "FAC", "PERSON"})   # entities two names may be merged into


def same_line(doc, start: int, end: int) -> bool:
    """Whether tokens ``start`` to ``end`` (exclusive) stand on one line of the text."""
    return not any("\n" in t.whitespace_ for t in doc[start:end - 1])


def hyphen_glued(doc, i: int) -> bool:
    """Whether token ``i`` and token ``i + 2`` are joined by a hyphen with no space ("Bosnian-Serb",
    "UN-backed")."""
    return i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_


def name_text(span: Span) -> str:
    """The name a span spells, without a leading article."""
    if len(span) and span[0].lower_ == "the":
        span = span[1:]
    return span.text.strip()


def mention_text(span: Span) -> str:
    """The surface form a mention records."""
    return span.text.strip()


def trim(span: Span, former: frozenset[str] = frozenset()) -> Span | None:
    """Drop a trailing possessive, leading/trailing punctuation, a leading count and a
    hyphened prefix of a former office (``former`` words: "Ex-Nigerian President") from an
    entity span."""
    start, end = span.start, span.end
    doc = span.doc
    if end - start > 2 and doc[start].lower_ in former and doc[start + 1].text == "-":
        start += 2   # "Ex-Nigerian": the demonym
    while end > start and (doc[end - 1].text in PARTICLES_OF_NAME or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if end - start > 1 and doc[start].text.isdigit() and end < len(doc) and doc[end].tag_ == PLURAL_NOUN_TAG:
        start += 1   # "45 Anglophone secessionists": a count of the people the name describes
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label_, kb_id=span.kb_id_, span_id=span.id_)


def without_leading_title(span: Span, roles: frozenset[str], heads: frozenset[str]) -> Span:
    """A person's name the NER took together with the title before it, as an organisation
    or a person ("Col Allan Arrojado", tagged ORG): the name alone, a PERSON. The title is
    a capitalised role word (``roles.tsv``); two or more proper nouns follow (one after a rank
    written abbreviated: "Gen Rose"), none of them a word that heads an organisation's name
    ("General Security Directorate")."""
    if span.label_ not in ("ORG", "PERSON") or len(span) < 2:
        return span
    first, rest = span[0], span[1:]
    if not first.is_title or (first.lower_ not in roles and first.lower_.rstrip(".") not in roles):
        return span
    if len(span) == 2 and first.lower_.rstrip(".") + "." not in roles:
        return span   # a surname alone after an abbreviated rank only ("Gen Rose"), not "General Motors"
    if any(t.pos_ != "PROPN" or not t.is_title or t.lower_ in heads for t in rest):
        return span
    return Span(span.doc, rest.start, rest.end, label="PERSON")


def without_trailing_title(span: Span, roles: frozenset[str], known) -> Span:
    """A known body's or state's name the NER took together with the title written after
    it ("UN Secretary General Kofi Annan", "UN Envoy"): the name alone, so the title makes
    its holder an official of the body rather than a body of its own. ``known`` tells
    whether a text names an actor of the knowledge base; the title is a role (``roles.tsv``)."""
    if span.label_ != "ORG" or len(span) < 2:
        return span
    for cut in range(1, len(span)):
        title = " ".join(t.lower_ for t in span[cut:])
        if title in roles and span[cut].is_title and known(name_text(span[:cut])):
            return Span(span.doc, span.start, span.start + cut, label=span.label_)
    return span


def unit_and_holder(span: Span, units: frozenset[str], heads: frozenset[str]) -> list[Span]:
    """"XII Corps Asif Ghafoor" (one ORG span, "Commander of XII Corps Asif Ghafoor"): the
    unit, then the name of its holder (two or more capitalised proper nouns after a
    capitalised unit word, none a word that heads an organisation's name); else the span."""
    if span.label_ != "ORG" or len(span) < 4:
        return [span]
    for t in span[1:-2]:
        rest = span.doc[t.i + 1:span.end]
        if t.is_title and t.lower_ in units \
                and all(r.pos_ == "PROPN" and r.is_title and r.lower_ not in heads for r in rest):
            return [Span(span.doc, span.start, t.i + 1, label="ORG"), Span(span.doc, t.i + 1, span.end, label="PERSON")]
    return [span]


def coordinated_names(span: Span) -> list[Span]:
    """"the Tishreen Dam and Kobani" (one FAC span): two names when the words after "and"
    are coordinated with the head of the words before it; a name with "and" inside ("the
    Justice and Equality Movement") is one, as is any organisation's."""
    if span.label_ not in COORDINATED_LABELS:
        return [span]
    doc = span.doc
    for t in span[1:-1]:
        left, right = doc[span.start:t.i], doc[t.i + 1:span.end]
        if t.lower_ == "and" and t.dep_ == "cc" and right.root.dep_ == "conj" and right.root.head.i == left.root.i \
                and right[0].text[:1].isupper():
            return [Span(doc, left.start, left.end, label=span.label_), Span(doc, right.start, right.end, label=span.label_)]
    return [span]


def name_key(tokens: list[str], articles: frozenset[str]) -> list[str]:
    """Name tokens compared for short forms: "al-Burhan" and "Burhan" agree.

    ``articles`` are the prefixes a word may drop (``name_article_prefix`` in words.tsv)."""
    return [token_key(t, articles) for t in tokens]


@lru_cache(maxsize=1 << 16)
def token_key(token: str, articles: frozenset[str]) -> str:
    """One name token folded, lower-cased and without an article prefix ("al-"), if more
    than one letter follows it; the longest prefix that fits is dropped."""
    low = fold(token).lower()
    strip = max((len(a) for a in articles if low.startswith(a) and len(low) > len(a) + 1), default=0)
    return low[strip:]


def is_short_form(short: list[str], full: list[str]) -> bool:
    """Whether the name ``short`` ends or starts the longer name ``full`` (token lists)."""
    return len(short) < len(full) and (full[-len(short):] == short or full[:len(short)] == short)


def ends_name(short: list[str], full: list[str]) -> bool:
    """Whether the name ``short`` ends the longer name ``full`` (token lists)."""
    return len(short) < len(full) and full[-len(short):] == short


def starts_as_name(text: str, articles: frozenset[str]) -> bool:
    """Whether a text opens as a name does: a capital or a digit, or a lower-case article
    prefix before a capital ("al-Douri" in "Mr. al-Douri": ``name_article_prefix``).

    >>> starts_as_name("al-Douri", frozenset({"al-"})), starts_as_name("east", frozenset({"al-"}))
    (True, False)
    """
    if text[:1].isupper() or text[:1].isdigit():
        return True   # no article prefix is written with a capital
    rest = next((text[len(a):] for a in articles if text.startswith(a) and len(text) > len(a)), text)
    return rest[:1].isupper() or rest[:1].isdigit()


def spelling_variant(a: str, b: str) -> bool:
    """Whether two name keys are one name spelt two ways: alike once doubled letters are
    written once, but for one vowel written differently, added or left out ("ahmed" and
    "ahmad", "basal" and "bassal", "moualem" and "mualem"); names of four letters or more.

    >>> spelling_variant("ahmed", "ahmad"), spelling_variant("basal", "bassal")
    (True, True)
    >>> spelling_variant("hassan", "hussein"), spelling_variant("ahmed", "ahmed")
    (False, False)
    """
    if a == b:
        return False
    a, b = _single_letters(a), _single_letters(b)
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1:
        return False
    if a == b:
        return True
    i = next(k for k in range(min(len(a), len(b)) + 1) if k == min(len(a), len(b)) or a[k] != b[k])
    if len(a) == len(b):
        return a[i] in VOWELS and b[i] in VOWELS and a[i + 1:] == b[i + 1:]
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i] in VOWELS and longer[i + 1:] == shorter[i:]


VOWELS = frozenset("aeiouy")


def _single_letters(key: str) -> str:
    """A name key with each doubled letter written once ("bassal" -> "basal")."""
    return "".join(c for k, c in enumerate(key) if k == 0 or c != key[k - 1])


def first_conjunct(tok: Token) -> Token:
    """The first of coordinated words: its position says what the others are."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def is_surname_of(span: Span, person_names: list[list[str]], articles: frozenset[str]) -> bool:
    """Whether a short span ends (or starts) a longer person name written in the document."""
    toks = name_key(name_text(span).split(), articles)
    return any(is_short_form(toks, name_key(full, articles)) for full in person_names)


def honorific_forms(honorifics: frozenset[str]) -> set[str]:
    """Honorifics without their full stop, as tokens are compared to them ("Mr." = "Mr")."""
    return {h.rstrip(".") for h in honorifics}


def person_honorifics(words) -> set[str]:
    """The :func:`honorific_forms` stripped before a person's name: ``honorific`` and the
    ``name_honorific`` words the PETRARCH import keeps as given names ("Daw", "U")."""
    return honorific_forms(words("honorific") | words("name_honorific"))


def none_of_their_names(words: list[str], forms: list[str], particles: frozenset[str]) -> bool:
    """Whether the name ``words`` written before a known person's surname are none of the
    words of that person's name ``forms`` (a spelling variant counts: the first three
    letters agree): "Tjani El-" before "Sissi" is no Abdel Fattah el-Sisi's.

    >>> none_of_their_names(["Tjani", "El", "-"], ["Abdel Fattah el-Sisi", "Sissi"], frozenset({"el"}))
    True
    >>> none_of_their_names(["Abdel-Fattah"], ["Abdel Fattah el-Sisi"], frozenset({"el"}))
    False
    """
    known = {w[:3] for f in forms for w in fold(f).lower().replace("-", " ").split()}
    own = [w for t in words for w in fold(t).lower().replace("-", " ").split() if w not in particles]
    return bool(own) and not any(w[:3] in known for w in own)


def join_particle_names(doc, ents: list[Span], particles: frozenset[str]) -> list[Span]:
    """Mend a name the NER cut at a hyphenated particle (``particles``: "e", "i", "ul"):
    "Jaish" + "-e" + "Fursan-e Muhammad" is one name, "Tehreek-e-" + "Labbaik" too (the
    capitalised word and particle before a span, outside any, join it). The mended span is
    an organisation's unless both parts were a person's."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        start = _particle_start(doc, ent.start, particles, prev.end if prev is not None else 0)
        if prev is not None and _particle_gap(doc, prev.end, ent.start, particles):
            label = "PERSON" if prev.label_ == ent.label_ == "PERSON" else "ORG"
            out[-1] = Span(doc, prev.start, ent.end, label=label)
        elif start < ent.start:
            out.append(Span(doc, start, ent.end, label="ORG" if ent.label_ == "PERSON" else ent.label_))
        else:
            out.append(ent)
    return out


def _particle_gap(doc, start: int, end: int, particles: frozenset[str]) -> bool:
    """Whether ``doc[start:end]`` is a hyphen and a particle, maybe a hyphen after it ("-e", "-e-")."""
    gap = [t.text.lower() for t in doc[start:end]]
    return gap in (["-", p] for p in particles) or gap in (["-", p, "-"] for p in particles)


def _particle_start(doc, start: int, particles: frozenset[str], floor: int) -> int:
    """Where a name starts that is written "<Word>-<particle>[-]" right before ``start``
    (outside any span, not before ``floor``), else ``start``."""
    for width in (4, 3):   # "Word - e - " or "Word - e "
        k = start - width
        if k >= floor and doc[k].is_title and doc[k].is_alpha and _particle_gap(doc, k + 1, start, particles) \
                and not doc[k].whitespace_:
            return k
    return start
