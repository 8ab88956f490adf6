"""Texts the parse tests run through spaCy's components and kg's stand-ins alike:
the seed articles as written, upper-cased and lower-cased, and a line of names in
every case."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def texts() -> list[str]:
    seed = [f.read_text(encoding="utf-8") for f in sorted((REPO / "corpus").glob("*.txt"))]
    return seed + [t.upper() for t in seed] + [t.lower() for t in seed] + [
        "US and us. The U.S. and the UN; Hamas's HAMAS hamas. Tel Aviv, tel aviv, TEL AVIV. 2024 IDF"]
