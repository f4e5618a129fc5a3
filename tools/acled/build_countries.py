#!/usr/bin/env python3
"""Builds src/NewsEvents.Api/Events/Acled/acled-countries.tsv: per ISO alpha-2 code, the ISO numeric and alpha-3 codes,
ACLED's country name and ACLED's region. Codes and names come from the npm package world-countries (ODbL), the one
the gazetteer build uses; regions follow ACLED's region list, derived from the UN subregion with ACLED's differences
written out below. Run: (cd /tmp && npm install world-countries@5.1.0) && python3 tools/acled/build_countries.py /tmp/node_modules
"""
import json, os, sys

SUBREGION = {
    "Western Africa": "Western Africa", "Middle Africa": "Middle Africa", "Eastern Africa": "Eastern Africa",
    "Southern Africa": "Southern Africa", "Northern Africa": "Northern Africa",
    "Southern Asia": "South Asia", "South-Eastern Asia": "Southeast Asia", "Eastern Asia": "East Asia",
    "Central Asia": "Caucasus and Central Asia", "Western Asia": "Middle East",
    "Northern Europe": "Europe", "Western Europe": "Europe", "Southern Europe": "Europe", "Eastern Europe": "Europe",
    "Southeast Europe": "Europe", "Central Europe": "Europe",
    "North America": "North America", "Central America": "Central America", "South America": "South America",
    "Caribbean": "Caribbean",
    "Australia and New Zealand": "Oceania", "Melanesia": "Oceania", "Micronesia": "Oceania", "Polynesia": "Oceania",
}
# ACLED's regions where they differ from the UN subregion.
REGION = {
    "AM": "Caucasus and Central Asia", "AZ": "Caucasus and Central Asia", "GE": "Caucasus and Central Asia",
    "MX": "Central America", "SS": "Eastern Africa", "ZM": "Eastern Africa", "ZW": "Eastern Africa", "MW": "Eastern Africa",
    "MZ": "Eastern Africa", "MG": "Eastern Africa", "CY": "Europe", "AQ": "Antarctica", "TF": "Antarctica",
    "BV": "Antarctica", "HM": "Antarctica", "GS": "Antarctica",
}
# ACLED's spelling of country names where it differs from world-countries' common name.
NAME = {
    "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "TR": "Turkey", "CZ": "Czech Republic",
    "SZ": "eSwatini", "CI": "Ivory Coast", "TL": "East Timor", "CV": "Cape Verde", "VA": "Vatican City",
    "ST": "Sao Tome and Principe", "CW": "Curacao", "RE": "Reunion", "BL": "Saint-Barthelemy", "KP": "North Korea",
    "KR": "South Korea", "PS": "Palestine", "MM": "Myanmar", "US": "United States", "GB": "United Kingdom",
    "MK": "North Macedonia", "FM": "Micronesia", "VI": "Virgin Islands, U.S.", "VG": "British Virgin Islands",
}

def main(node_modules):
    data = json.load(open(os.path.join(node_modules, "world-countries", "countries.json"), encoding="utf-8"))
    out = os.path.join(os.path.dirname(__file__), "..", "..", "src", "NewsEvents.Api", "Events", "Acled", "acled-countries.tsv")
    rows = []
    for c in data:
        a2, num = c["cca2"], c.get("ccn3") or ""
        region = REGION.get(a2) or SUBREGION.get(c.get("subregion") or "", "")
        if not region and c.get("region") == "Antarctic": region = "Antarctica"
        rows.append((a2, str(int(num)) if num else "", c["cca3"], NAME.get(a2, c["name"]["common"]), region))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("#iso2\tiso_numeric\tiso3\tacled_name\tacled_region\n")
        for r in sorted(rows): f.write("\t".join(r) + "\n")
    print(f"{len(rows)} countries -> {os.path.normpath(out)}")

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "node_modules")
