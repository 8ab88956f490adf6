"""Small corpora the build tests copy, and the files a build writes."""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUTPUTS = ("graph.json", "graph.ttl", "graph.graphml", "graph.html", "events.jsonl")
NEW_ARTICLE = ("Egypt hosts new truce talks\n\nEgyptian mediators met Hamas officials in Cairo on Monday. "
               "Qatar urged Israel to accept the proposal.\n")


def corpus_copy(dest: Path, *, extra: int = 0) -> Path:
    """corpus/ (plus the first ``extra`` generalisation articles, as ``g_*``) copied to ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    for f in sorted((REPO / "corpus").glob("*.txt")):
        shutil.copy(f, dest / f.name)
    for f in sorted((REPO / "tests" / "generalisation" / "corpus").glob("*.txt"))[:extra]:
        shutil.copy(f, dest / f"g_{f.name}")
    return dest


def outputs(out: Path) -> dict[str, bytes]:
    """The bytes of each file a build wrote into ``out``."""
    return {name: (out / name).read_bytes() for name in OUTPUTS}
