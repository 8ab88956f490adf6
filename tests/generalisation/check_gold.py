#!/usr/bin/env python3
"""Check the held-out gold graphs against their articles.

Usage (from the repository root):

    python3 tests/generalisation/check_gold.py            # this set
    python3 tests/generalisation/check_gold.py CORPUS GOLD  # any corpus/gold pair

Every article in the corpus folder must have a ``<stem>.gold.json`` in the gold
folder and vice versa. Each gold file must:

- parse as JSON with exactly the keys ``doc``, ``actors`` and ``relations``,
  ``doc`` naming its article, and be written as 2-space indented JSON;
- list each actor once with a ``name``, a ``type`` from the guideline table and
  a non-empty list of ``aliases``, each alias occurring in the article as a
  whole word (case-sensitive) and belonging to only one actor;
- use only listed actors as relation ``subject`` and ``object``, never the same
  actor for both;
- use only predicates from the guideline list, with a non-empty lower-case
  ``role`` exactly when the predicate is AFFILIATED_WITH;
- give as ``evidence`` an exact substring of the article, and list a triple at
  most once per evidence sentence.

Articles are also checked for the set's shape: a headline line, a blank line,
then paragraphs separated by blank lines, 250-450 words, no markup.

Exit status is 0 when every file passes and 1 otherwise; each problem is
printed as ``file: message``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

TYPES = {"State", "Group", "Official", "Person", "Place"}
PREDICATES = {
    "CONSULT", "MEDIATE", "AGREE", "SUPPORT", "COOPERATE", "AID", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
    "COERCE", "ASSAULT", "RETREAT", "CONCEDE", "AFFILIATED_WITH", "LOCATED_IN",
}
ACTOR_KEYS = {"name", "type", "aliases"}
RELATION_KEYS = ["subject", "predicate", "object", "evidence"]
AFFILIATION_KEYS = ["subject", "predicate", "object", "role", "evidence"]


def whole_word(alias: str, text: str) -> bool:
    """True when ``alias`` occurs in ``text`` not flanked by word characters."""
    return re.search(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text) is not None


def check_article(path: Path, text: str) -> list[str]:
    problems = []
    lines = text.split("\n")
    if not lines[0].strip():
        problems.append("first line (headline) is empty")
    if len(lines) < 3 or lines[1].strip():
        problems.append("headline is not followed by a blank line")
    words = len(text.split())
    if not 250 <= words <= 450:
        problems.append(f"{words} words (expected 250-450)")
    if re.search(r"<[a-zA-Z/][^>]*>|^#|\*\*|\[[^\]]*\]\(", text, re.M):
        problems.append("contains markup")
    return [f"{path.name}: {p}" for p in problems]


def check_gold(gold_path: Path, article: Path) -> list[str]:
    problems: list[str] = []

    def bad(msg: str) -> None:
        problems.append(f"{gold_path.name}: {msg}")

    raw = gold_path.read_text(encoding="utf-8")
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as exc:
        bad(f"not valid JSON: {exc}")
        return problems
    if raw != json.dumps(doc, indent=2, ensure_ascii=False) + "\n":
        bad("not formatted as 2-space indented JSON (json.dumps(indent=2) + newline)")
    if not isinstance(doc, dict) or set(doc) != {"doc", "actors", "relations"}:
        bad("top level must be an object with exactly doc, actors, relations")
        return problems
    if doc["doc"] != article.name:
        bad(f"doc is {doc['doc']!r}, expected {article.name!r}")
    text = article.read_text(encoding="utf-8")

    names: set[str] = set()
    alias_owner: dict[str, str] = {}
    for i, actor in enumerate(doc["actors"]):
        if not isinstance(actor, dict) or set(actor) != ACTOR_KEYS:
            bad(f"actor #{i} must have exactly the keys name, type, aliases")
            continue
        name = actor["name"]
        if name in names:
            bad(f"actor {name!r} listed twice")
        names.add(name)
        if actor["type"] not in TYPES:
            bad(f"actor {name!r} has unknown type {actor['type']!r}")
        aliases = actor["aliases"]
        if not isinstance(aliases, list) or not aliases:
            bad(f"actor {name!r} has no aliases")
            continue
        if len(set(aliases)) != len(aliases):
            bad(f"actor {name!r} repeats an alias")
        for alias in aliases:
            if not isinstance(alias, str) or not alias.strip():
                bad(f"actor {name!r} has an empty alias")
                continue
            if not whole_word(alias, text):
                bad(f"alias {alias!r} of {name!r} does not occur as a whole word")
            if alias in alias_owner and alias_owner[alias] != name:
                bad(f"alias {alias!r} belongs to both {alias_owner[alias]!r} and {name!r}")
            alias_owner.setdefault(alias, name)

    seen: set[tuple] = set()
    for i, rel in enumerate(doc["relations"]):
        if not isinstance(rel, dict):
            bad(f"relation #{i} is not an object")
            continue
        pred = rel.get("predicate")
        expected = AFFILIATION_KEYS if pred == "AFFILIATED_WITH" else RELATION_KEYS
        if list(rel) != expected:
            bad(f"relation #{i} ({pred}) has keys {list(rel)}, expected {expected}")
        if pred not in PREDICATES:
            bad(f"relation #{i} has unknown predicate {pred!r}")
        for side in ("subject", "object"):
            if rel.get(side) not in names:
                bad(f"relation #{i} {side} {rel.get(side)!r} is not a listed actor")
        if rel.get("subject") == rel.get("object"):
            bad(f"relation #{i} relates {rel.get('subject')!r} to itself")
        if pred == "AFFILIATED_WITH":
            role = rel.get("role")
            if not isinstance(role, str) or not role.strip() or role != role.lower():
                bad(f"relation #{i} role {role!r} must be a non-empty lower-case title")
        elif "role" in rel:
            bad(f"relation #{i} ({pred}) must not have a role")
        evidence = rel.get("evidence")
        if not isinstance(evidence, str) or not evidence or evidence not in text:
            bad(f"relation #{i} evidence is not an exact substring of the article: {evidence!r}")
        key = (rel.get("subject"), pred, rel.get("object"), evidence)
        if key in seen:
            bad(f"relation #{i} repeats {key[:3]} with the same evidence")
        seen.add(key)
    return problems


def main(argv: list[str]) -> int:
    corpus = Path(argv[1]) if len(argv) > 1 else HERE / "corpus"
    gold = Path(argv[2]) if len(argv) > 2 else HERE / "gold"
    shape = len(argv) <= 1  # article-shape checks apply to this set only
    articles = sorted(corpus.glob("*.txt"))
    golds = sorted(gold.glob("*.gold.json"))
    problems: list[str] = []
    if not articles:
        problems.append(f"{corpus}: no articles")
    stems = {a.stem for a in articles}
    for g in golds:
        if g.name[: -len(".gold.json")] not in stems:
            problems.append(f"{g.name}: no article {g.name[: -len('.gold.json')]}.txt")
    n_actors = n_relations = 0
    for article in articles:
        if shape:
            problems += check_article(article, article.read_text(encoding="utf-8"))
        g = gold / f"{article.stem}.gold.json"
        if not g.exists():
            problems.append(f"{article.name}: no gold file {g.name}")
            continue
        file_problems = check_gold(g, article)
        problems += file_problems
        if not file_problems:
            doc = json.loads(g.read_text(encoding="utf-8"))
            n_actors += len(doc["actors"])
            n_relations += len(doc["relations"])
            print(f"ok   {g.name}: {len(doc['actors'])} actors, {len(doc['relations'])} relations")
    for p in problems:
        print(f"FAIL {p}")
    print(f"{len(articles)} articles, {n_actors} actors, {n_relations} relations, "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
