#!/usr/bin/env python3
"""Checks a hand-annotated gold set (see docs/annotation-guide.md): python3 scripts/check_gold.py DIR.

DIR holds articles.jsonl and one <id>.json per article in the format of tests/seed-expected.json.
Every alias (case-blind) and content_starts must occur in the article (title + text, typography
folded); relation, affiliation and quote ends must name an entity of the file; types, kinds,
modalities and CAMEO codes must be well formed. Prints one line per problem and a summary."""
import json, sys, os, re

def relation_types():
    """The relation vocabulary, read from the '# Types:' header of data/lexicons/events.tsv."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "lexicons", "events.tsv")
    words, on = [], False
    for line in open(path, encoding="utf-8"):
        if line.startswith("# Types:"):
            on, line = True, line[len("# Types:"):]
        elif not (on and line.startswith("#   ")):
            if on:
                break
            continue
        words += line.lstrip("#").split()
    return set(words)

TYPES = relation_types()
KINDS = {"person", "country", "organization", "location", "weapon"}

def norm(s):
    s = s.replace("\u2018", "'").replace("\u2019", "'").replace("`", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip()

def main(d):
    errs = 0
    def bad(aid, msg):
        nonlocal errs
        errs += 1
        print(f"{aid}: {msg}")
    arts = [json.loads(l) for l in open(os.path.join(d, "articles.jsonl"), encoding="utf-8") if l.strip()]
    tot = {"entities": 0, "relations": 0, "affiliations": 0, "quotes": 0}
    for a in arts:
        aid = a["id"]
        text = norm((a.get("title") or "") + "\n" + a["text"])
        p = os.path.join(d, f"{aid}.json")
        if not os.path.exists(p):
            bad(aid, "no annotation file"); continue
        try:
            g = json.load(open(p, encoding="utf-8"))
        except Exception as e:
            bad(aid, f"bad JSON: {e}"); continue
        names = set()
        for e in g.get("entities", []):
            tot["entities"] += 1
            names.add(e["name"])
            if e.get("kind") not in KINDS: bad(aid, f"entity {e['name']!r}: kind {e.get('kind')!r}")
            forms = e.get("aliases", [])
            if not forms: bad(aid, f"entity {e['name']!r}: no aliases")
            for f in forms:
                if norm(f).lower() not in text.lower(): bad(aid, f"entity {e['name']!r}: alias {f!r} not in the text")
        for o in g.get("optional_entities", []):
            if not isinstance(o, str): bad(aid, f"optional entity {o!r} is not a string")
        for r in g.get("relations", []):
            tot["relations"] += 1
            for end in ("source", "target"):
                if r.get(end) not in names: bad(aid, f"relation {end} {r.get(end)!r} is not an entity name")
            if r.get("type") not in TYPES: bad(aid, f"relation type {r.get('type')!r}")
            for t in r.get("accept", []):
                if t not in TYPES: bad(aid, f"relation accept type {t!r}")
            if "cameo" in r and not re.fullmatch(r"\d{3,4}", str(r["cameo"])): bad(aid, f"relation cameo {r.get('cameo')!r}")
            if r.get("modality", "asserted") not in ("asserted", "negated", "intended", "hypothetical"):
                bad(aid, f"relation modality {r.get('modality')!r}")
        for f in g.get("affiliations", []):
            tot["affiliations"] += 1
            for end in ("person", "org"):
                if f.get(end) not in names: bad(aid, f"affiliation {end} {f.get(end)!r} is not an entity name")
        for q in g.get("quotes", []):
            tot["quotes"] += 1
            s = q.get("speaker")
            if s is not None and s not in names: bad(aid, f"quote speaker {s!r} is not an entity name")
            c = q.get("content_starts", "")
            if not c or norm(c) not in text: bad(aid, f"quote content_starts {c!r} not in the text")
            for x in q.get("about", []):
                if x not in names: bad(aid, f"quote about {x!r} is not an entity name")
    print(f"{len(arts)} articles, " + ", ".join(f"{v} {k}" for k, v in tot.items()) + f"; {errs} problems")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
