"""Written variants of a known name: the particles inside Arabic, Persian and Urdu names
are written joined by hyphens or apart ("Lashkar-e-Tayyaba", "Lashkar e Tayyaba"), and a
word of a name in British or American spelling ("Organisation of American States",
"Organization of American States"); the knowledge base holds one of the forms
(``hyphen_particle`` and ``spelling_variant`` in ``lexicon/words.tsv``)."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=4)
def _particle_pattern(particles: frozenset[str]) -> re.Pattern:
    words = "|".join(map(re.escape, sorted(particles)))
    return re.compile(rf"(?<=[^\W\d_])[ -]({words})[ -](?=[^\W\d_])", re.I)


def particle_variants(form: str, particles: frozenset[str]) -> list[str]:
    """``form`` with the particles between its words joined by hyphens and by spaces, where
    that differs from it: "Lashkar e Tayyaba" -> ["Lashkar-e-Tayyaba"]."""
    if not particles or not _particle_pattern(particles).search(form):
        return []
    out = [_particle_pattern(particles).sub(sep + r"\1" + sep, form) for sep in ("-", " ")]
    return [v for v in dict.fromkeys(out) if v != form]


def spelling_variants(form: str, spellings: frozenset[str]) -> list[str]:
    """``form`` with each word of a ``spellings`` pair ("organisation organization") written
    the other way, where it has one: "Organisation of African Unity" -> ["Organization of
    African Unity"]; the case of each word is kept. A word alone ("Organization") names
    nothing in another spelling."""
    other = {a: b for pair in spellings for a, b in [pair.split(), pair.split()[::-1]]}
    words = form.split(" ")
    if len(words) < 2:
        return []
    swapped = [_same_case(other[w.lower()], w) if w.lower() in other else w for w in words]
    return [" ".join(swapped)] if swapped != words else []


def _same_case(word: str, like: str) -> str:
    return word.upper() if like.isupper() else word.capitalize() if like[:1].isupper() else word


def written_variants(form: str, lexicon) -> list[str]:
    """The particle and spelling variants of ``form`` (``lexicon`` gives both word lists)."""
    particles = particle_variants(form, lexicon.words_of("hyphen_particle"))
    return particles + spelling_variants(form, lexicon.words_of("spelling_variant"))


def name_forms(name: str, aliases, lexicon, written: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(form, "name" or "alias") for a name, its aliases and their written variants, the forms
    as written first; a spelling variant that is a name as written of the knowledge base
    (``written``, lower case: "Organisation for Security and Cooperation in Europe" of an
    entry of its own) is left to that name."""
    forms = [(name, "name"), *((a, "alias") for a in aliases)]
    spelt = lexicon.words_of("spelling_variant")
    return forms + [(v, how) for form, how in forms
                    for v in (*particle_variants(form, lexicon.words_of("hyphen_particle")),
                              *(v for v in spelling_variants(form, spelt) if v.lower() not in written))]


def name_table(entries, lexicon) -> dict[str, list[tuple[str, str]]]:
    """Entry id -> :func:`name_forms` of every entry of the knowledge base."""
    written = frozenset(f.lower() for e in entries for f in (e.name, *e.aliases))
    return {e.id: name_forms(e.name, e.aliases, lexicon, written) for e in entries}


def is_acronym(surface: str) -> bool:
    """Whether a form is an acronym: all capitals ("CAR"), or short with a capital inside
    ("MoD", "DoD", a headline's "moD"): a place is so named only by its own name, not by an
    alternate one."""
    return surface.isalpha() and (surface.isupper() or len(surface) <= 5 and any(c.isupper() for c in surface[1:]))
