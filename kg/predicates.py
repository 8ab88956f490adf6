"""The names of the predicates the rules write themselves, one constant each.

The lexicon's frames name their own predicates (``ontology/lexicon/verbs.tsv``); these
are the ones the relation rules produce or test without a frame: the structural
relations, the refusal, alliance and demand relations, and the predicates a rule treats
specially (a mediation's parties, an assault's area). Each is a row of
``ontology/predicates.tsv`` (``tests/test_predicates.py`` checks it), so a typo here
fails a test rather than writing a predicate the exporters do not know.

>>> LOCATED_IN in STRUCTURAL, ASSAULT in STRUCTURAL
(True, False)
"""

from __future__ import annotations

ACCUSE = "ACCUSE"
AFFILIATED_WITH = "AFFILIATED_WITH"
ASSAULT = "ASSAULT"
COERCE = "COERCE"
CONSULT = "CONSULT"
COOPERATE = "COOPERATE"
LOCATED_IN = "LOCATED_IN"
MEDIATE = "MEDIATE"
REJECT = "REJECT"
REQUEST = "REQUEST"
SANCTION = "SANCTION"
SUPPORT = "SUPPORT"
THREATEN = "THREATEN"

#: Relations stated by how a name is written, not events: no modality, no source.
STRUCTURAL = frozenset({AFFILIATED_WITH, LOCATED_IN})
