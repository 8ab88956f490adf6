"""The extent of a capitalised body's name after its noun: "the Malian Ministry of Foreign
Affairs"."""

from __future__ import annotations

from spacy.tokens import Doc, Token


def of_name_end(doc: Doc, head: Token) -> int:
    """The end of a capitalised body's name that goes on with "of" ("Ministry of Foreign
    Affairs"), else the token after the head."""
    end = head.i + 1
    if not head.text[:1].isupper() or end + 1 >= len(doc) or doc[end].lower_ != "of":
        return end
    k = end + 1
    while k < len(doc) and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN":
        k += 1
    return k if k > end + 1 else end
