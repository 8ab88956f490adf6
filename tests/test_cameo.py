"""kg.cameo: the CAMEO code an actor carries on an article's date, from its entry, its
state's ISO code, its parent or office and the agents of lexicon/agents.tsv."""

from __future__ import annotations

import dataclasses

import pytest

from kg.actors.document import Proto
from kg.cameo import agent_code, document_codes, entry_code, iso_date, kind_code, with_agent, with_code


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-05-01", "2024-05-01"), ("2024-05-01T10:00:00Z", "2024-05-01"), (" 2005-03", "2005-03"),
    ("1999", "1999"), ("May 1, 2024", None), ("", None), (None, None), (20240501, None),
])
def test_iso_date(value, expected):
    assert iso_date(value) == expected


@pytest.mark.parametrize(("role", "expected"), [
    ("prime minister", "GOV"), ("Prime  Minister", "GOV"), ("police", "COP"), ("army", "MIL"),
    ("foreign ministry spokesperson", "GOV"),   # the longest agent phrase: "foreign ministry"
    ("military spokesperson", "MIL"),           # itself an agent phrase
    ("police spokesperson", "MED"),             # two one-word agents: the later ("spokesperson")
    ("intelligence agency", "SPY"),             # a phrase inside the role
    ("lord of the rings", None), ("", None), (None, None),
])
def test_agent_code(kb, role, expected):
    assert agent_code(kb, role) == expected


def test_with_agent(kb):
    assert with_agent("ISR", kb, "prime minister") == "ISRGOV"
    assert with_agent("ISRGOV", kb, "minister") == "ISRGOV"            # the code ends in it already
    assert with_agent("ISR", kb, "chief") == "ISR"                     # no agent: the code as it is
    assert with_agent("EGY", kb, "peacekeeping troops") == "IGOEGY"    # an agent coded "IGO~" goes before
    assert with_agent(None, kb, "prime minister") is None


def test_entry_codes(kb):
    e = kb.entries
    assert entry_code(kb, e["israel"]) == "ISR"                        # a state: its ISO code
    assert entry_code(kb, e["united-nations"]) == "IGOUNO"             # the entry's own
    assert entry_code(kb, e["israel-defense-forces"]) == "ISRMIL"      # parent + "armed forces"
    assert entry_code(kb, e["un-security-council"]) == "IGOUNOGOV"     # parent + "security council"
    assert entry_code(kb, e["gaza-strip"]) == "PSE"                    # a place: its state's
    assert entry_code(kb, e["sergei-lavrov"]) == "RUSGOV"              # an office: "foreign minister"


def test_an_officials_code_is_the_one_in_force_on_the_date(kb):
    bibi = kb.entries["benjamin-netanyahu"]
    assert entry_code(kb, bibi, "1990-05-01") == "ISRELI"
    assert entry_code(kb, bibi, "1997") == "ISRGOV"
    assert entry_code(kb, bibi, "2003-01-01") == "ISRELI"              # out of office: the default code
    assert entry_code(kb, bibi, "2015-06-01") == entry_code(kb, bibi) == "ISRGOV"   # undated: the latest
    # without codes of its own, the office in force on the date gives it
    plain = dataclasses.replace(bibi, cameo=())
    assert entry_code(kb, plain, "2015-01-01") == "ISRGOV"


def test_a_group_of_a_country_takes_the_code_of_its_kind(kb):
    e = kb.entries
    assert kind_code(kb, "armed group") == kb.agent("armed group").code   # the agent list first
    assert kind_code(kb, "political party") == "PTY"                       # then cameo_actor_codes.tsv
    assert kind_code(kb, "Armed Forces") == "MIL" and kind_code(kb, None) is None
    assert entry_code(kb, e["houthis"]) == "YEM" + kb.agent("armed group").code
    assert entry_code(kb, e["likud"]) == "ISRPTY"


def test_with_code():
    assert with_code("ISR", "GOV") == "ISRGOV" and with_code("ISR", "~GOV") == "ISRGOV"
    assert with_code("EGY", "IGO~") == "IGOEGY" and with_code("ISRGOV", "GOV") == "ISRGOV"
    assert with_code("ISR", None) == "ISR" and with_code(None, "GOV") is None and with_code("", "GOV") is None


def test_no_code_follows_for_an_actor_without_one(kb):
    e = kb.entries
    assert entry_code(kb, e["ecowas"]) is None                   # no code, no parent, no country
    assert entry_code(kb, e["palestinian-red-crescent"]) is None   # a kind that names no role


def test_document_codes(kb):
    e = kb.entries
    protos = {
        "israel": Proto("israel", "Israel", "State", entry=e["israel"]),
        "benjamin-netanyahu": Proto("benjamin-netanyahu", "Benjamin Netanyahu", "Official",
                                    entry=e["benjamin-netanyahu"]),
        "rafah-ps": Proto("rafah-ps", "Rafah", "Place", geo={"cc": "PS", "geonames": "281129"}),
        "israeli-police": Proto("israeli-police", "Israeli police", "Group"),
        "john-doe": Proto("john-doe", "John Doe", "Person"),
        "jane-roe": Proto("jane-roe", "Jane Roe", "Person"),
        "new-town": Proto("new-town", "New Town", "Place", country="israel"),
    }
    codes = document_codes(kb, protos, "1997-01-01T00:00Z",
                           bodies=[("israeli-police", "israel", "police")],
                           offices=[("john-doe", "israel", "spokesperson"), ("jane-roe", None, "spokesperson")])
    assert codes == {"israel": "ISR", "benjamin-netanyahu": "ISRGOV", "rafah-ps": "PSE",
                     "israeli-police": "ISRCOP", "john-doe": "ISR" + kb.agent("spokesperson").code,
                     "new-town": "ISR"}
    assert document_codes(kb, protos, "1990")["benjamin-netanyahu"] == "ISRELI"
