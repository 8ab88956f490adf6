"""Which pair "the two countries" stands for when the parse coordinated no two names before it.

The fallback of :func:`kg.relations.anaphora.plural_description` reads the last two actors of
the kind named since the previous sentence (:meth:`Discourse.latest`). That pair may be two
names the text only gave in passing: "Foreign Minister Cho Tae-yul and his Japanese counterpart,
Takeshi Iwaya, have held talks on the sidelines of the APEC meeting in Peru, Seoul's foreign
ministry said. The top diplomats of the two nations held a meeting" names Peru and South Korea
last, but the two nations are South Korea and Japan, whose ministers the text set in relation.
So when the last two named were never set in relation as parties (by themselves or through the
persons speaking for them) and the text did set a pair in relation whose states (or members)
fit, that pair it is; otherwise the last two named, as before.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .discourse import Discourse
from .grammar import previous_sentence_start


def last_pair(t: Token, ds: Discourse, fits: Callable[[str], bool], size: int,
              related: Callable[[], list[str]], speaks_for: Callable[[str], str]) -> list[str]:
    """The last ``size`` actors that ``fits`` accepts named since the sentence before plural
    description ``t``'s (:meth:`Discourse.latest`), unless they are two the text never set in
    relation as parties (``ds.party_pairs``, each member also read as the state it speaks for:
    ``speaks_for``) and ``related`` (the last pair it did set in relation that fits the
    description) gives one: then that pair."""
    latest = ds.latest(t.i, previous_sentence_start(t), fits, size)
    if len(latest) != 2:
        return latest
    wanted = frozenset(latest)
    for a, b in ds.party_pairs:
        if wanted in (frozenset((a, b)), frozenset((speaks_for(a), speaks_for(b)))):
            return latest
    return related() or latest
