"""Written variants of a known name: the particles inside Arabic, Persian and Urdu names
are written joined by hyphens or apart ("Lashkar-e-Tayyaba", "Lashkar e Tayyaba"), and
the knowledge base holds one of the forms (``hyphen_particle`` in ``lexicon/words.tsv``)."""

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


def name_forms(name: str, aliases, particles: frozenset[str]) -> list[tuple[str, str]]:
    """(form, "name" or "alias") for a name, its aliases and their particle variants."""
    return [(f, how) for form, how in [(name, "name"), *((a, "alias") for a in aliases)]
            for f in (form, *particle_variants(form, particles))]


def is_acronym(surface: str) -> bool:
    """Whether a form is an acronym: all capitals ("CAR"), or short with a capital inside
    ("MoD", "DoD", a headline's "moD"): a place is so named only by its own name, not by an
    alternate one."""
    return surface.isalpha() and (surface.isupper() or len(surface) <= 5 and any(c.isupper() for c in surface[1:]))
