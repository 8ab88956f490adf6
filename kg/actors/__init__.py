"""The actor stage: find the actors of a parsed document and resolve every mention to one actor.

Recognition takes the entity ruler's knowledge-base spans and the statistical
NER's spans, drops spans that name no actor (dates, platforms, weapons, operations,
accords, capitalised common nouns), reads places from their kind word ("Pauktaw
township", "the town of Samarra") and longer names the ruler cut ("United Nations
Support Mission in Libya (UNSMIL)", "Sudan News"); resolution then

* gives knowledge-base names their entry (names, aliases, demonyms, capitals),
* looks places up in GeoNames, choosing among namesakes by the document's
  other places and states ("Rafah" in a Gaza article lies in Palestine),
* joins short forms to the full name written elsewhere in the document
  ("Kerry" -> John Kerry, "The Red Crescent" -> Palestinian Red Crescent,
  acronyms), after stripping honorifics ("Mr", "Sheikh"),
* turns "<state or group> <institution noun>" into a Group of its own
  ("the Israeli military", "Somali police"), one per parent and kind ("South Sudan
  army" = "the South Sudanese army"), but not from an adjective ("an Israeli military
  raid": the state acts), and links bodies whose name carries their parent,
* reads a capital as the city or its government by its use, a dateline's place as a
  place ("BEIRUT, Lebanon --"),
* types each actor: a state named only as a location ("the Lebanon border",
  "in Egypt", "Yemeni rebels", "heading to the UAE", "a Syrian man") is a Place in
  that document; a person with a title next to the name (before it, in apposition,
  "Emir of Kuwait X", "The top U.S. diplomat for Latin America, X") is an Official.

:func:`extract_actors` returns a :class:`DocumentActors`, which the relation
rules read; its :meth:`DocumentActors.records` are the :class:`~kg.records.Actor`
records that cross into the graph.

One module per concern:

=================  ==================================================================
``extract``        the stage in order (:func:`extract_actors`)
``document``       the records the relation rules read (DocumentActors, MentionInfo, ...)
``index``          the document's token facts read once (the speed trick)
``recognition``    candidate spans: ruler and NER spans, mended, trimmed, filtered
``nonnames``       spans that name no actor: dates, things named, accords, common nouns
``placenames``     places read from their kind word; the kind-word convention of names
``longnames``      longer names around a knowledge-base name; outlets the NER missed
``names``          names as written and the keys short forms are compared by
``mentions``       a resolved span becomes a mention (knowledge base, GeoNames, new)
``places``         GeoNames namesakes by country votes; capitals as governments
``persons``        short forms of persons, honorifics
``organisations``  short forms and acronyms of organisations
``givenacronyms``  capitals the text gives a group's name: "(ELN)", ", or ELN,"
``institutions``   bodies named after their parent ("the Israeli military")
``ofbodies``       bodies named with their parent after "of" ("the Foreign Ministry of Russia")
``roles``          titles that make a person an Official
``locative``       typing by use: a state named only as a location is a Place
``areamodifiers``  a continent or ocean written only to describe a noun is no actor
``types``          the actor type names the rules test
=================  ==================================================================
"""

from __future__ import annotations

from .document import DocumentActors, Institution, MentionInfo, RoleInfo
from .extract import extract_actors

__all__ = ["DocumentActors", "Institution", "MentionInfo", "RoleInfo", "extract_actors"]
