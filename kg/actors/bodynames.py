"""The extent of a capitalised body's name after its noun: "the Malian Ministry of Foreign
Affairs", "the AU Council for Political Affairs, Peace and Security"."""

from __future__ import annotations

from spacy.tokens import Doc, Token


def of_name_end(doc: Doc, head: Token) -> int:
    """The end of a capitalised body's name that goes on with "of" or "for" ("Ministry of
    Foreign Affairs"), over a list of capitalised words closed by "and" ("Council for
    Political Affairs, Peace and Security"), else the token after the head."""
    end = head.i + 1
    if not head.text[:1].isupper() or end + 1 >= len(doc) or doc[end].lower_ not in ("of", "for"):
        return end
    k = _capitalised_run(doc, end + 1)
    if k == end + 1:
        return end
    last, commas = k, 0
    while k + 1 < len(doc) and doc[k].lower_ in (",", "and"):
        sep, after = doc[k].lower_, _capitalised_run(doc, k + 1)
        if after == k + 1 or (sep == "and" and not commas):
            break
        commas, k = commas + (sep == ","), after
        if sep == "and":
            last = k   # "A, B and C": the list closed by "and" is the name's
            break
    return last


def _capitalised_run(doc: Doc, k: int) -> int:
    while k < len(doc) and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN":
        k += 1
    return k
