"""The names the actor rules test, in one place: actor types, place-descriptor kinds and
how a mention was resolved.

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

# How a mention was resolved (MentionInfo.how). The first four are how the entity ruler
# matched the knowledge base (the suffix of its ids: "israel#demonym"); the relation rules
# read some of them too.
HOW_NAME = "name"
HOW_ALIAS = "alias"
HOW_DEMONYM = "demonym"
HOW_CAPITAL = "capital"
HOW_INSTITUTION = "institution"   # a body named after its parent: "the Israeli military"
HOW_IN_NAME = "in_name"           # the parent's name inside its body's name: "Israeli" there
HOW_SHORT = "short"               # a short form of a person's name written in full before
HOW_GEO = "geo"                   # a GeoNames place
HOW_NER = "ner"                   # a statistical entity the knowledge base does not know
HOW_FRAMED = "framed"             # a name the NER missed that an event frame takes as an actor
HOW_CONTEXT = "context"           # a place its kind word marks: "Pauktaw township", "the town of X"
HOW_REPEAT = "repeat"                # a name the document resolved, written again where the NER left it

INSTITUTION_KIND = "institution"  # the kind of a body named after its parent, unknown to the KB
