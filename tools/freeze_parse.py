"""Print a sentence's parse by the real model in the format of tests/handparse.py.

usage: python tools/freeze_parse.py "Israel hits Khan Younis." [--model NAME]

Check the output by eye (the small model makes mistakes a test should not
freeze) and paste it into a rule test.
"""

import argparse
import collections

from kg.ontology import load_ontology
from kg.parse import DEFAULT_MODEL, load_pipeline


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sentence")
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--ontology", default=None)
    args = ap.parse_args()
    nlp = load_pipeline(args.model, load_ontology(args.ontology))
    doc = nlp(args.sentence)
    seen = collections.Counter()
    names = []
    for t in doc:
        seen[t.text] += 1
        names.append(t.text if seen[t.text] == 1 else f"{t.text}@{seen[t.text]}")
    for t in doc:
        if t.is_space:
            continue
        extra = []
        if t.lemma_ != t.text.lower():
            extra.append(f"lemma={t.lemma_}")
        extra.append(f"tag={t.tag_}")
        ent = ""
        if t.ent_iob_ == "B":
            e = next(e for e in doc.ents if e.start == t.i)
            ent = f"[{e.label_} {e.ent_id_}".rstrip() + ("]" if len(e) == 1 else "")
        elif t.ent_iob_ == "I" and any(e.end - 1 == t.i for e in doc.ents):
            ent = "]"
        print(f"{t.text:<14} {t.pos_:<6} {t.dep_:<10} {names[t.head.i]:<14} {' '.join(extra):<24} {ent}".rstrip())


if __name__ == "__main__":
    main()
