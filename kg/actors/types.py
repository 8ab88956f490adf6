"""The names the actor rules test: actor types and place-descriptor kinds, in one place.

The actor types are those of ``ontology/types.tsv`` (a test checks each constant is
one of them); the rules need these five by name, since each is treated in its own
way. The descriptor kinds are the third column of ``place_descriptor`` in
``ontology/lexicon/words.tsv`` ("town" -> city, "country" -> state).
"""

from __future__ import annotations

STATE = "State"
GROUP = "Group"
OFFICIAL = "Official"
PERSON = "Person"
PLACE = "Place"

PEOPLE = frozenset({OFFICIAL, PERSON})   # a named person, with or without an office
AGENTS = frozenset({STATE, GROUP})       # what can hold an office's body or be a parent

CITY_KIND = "city"     # "Aden, a port city": the name is a city
STATE_KIND = "state"   # "the country's president": the state named last
