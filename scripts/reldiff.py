#!/usr/bin/env python3
"""scripts/reldiff.py OLD.jsonl NEW.jsonl [--quotes]: rows of two `newsgraph extract` outputs that differ.
Used to read what a change to extraction moves over a corpus (see docs/events-eval.md).
Relations (not member_of): article, source, type, target, modality, evidence sentence.
With --quotes: quotes as article, speaker, content start."""
import json, sys

def rows(path, quotes):
    out = {}
    for line in open(path, encoding="utf-8"):
        a = json.loads(line)
        aid = a["article"]["id"]
        names = {e["id"]: e["name"] for e in a["entities"]}
        if quotes:
            for q in a["quotes"]:
                sp = names.get(q.get("speaker"), q.get("speaker"))
                key = (aid, str(sp), q["content"]["text"][:70].replace("\n", " "))
                out[key] = ""
        else:
            for r in a["relations"]:
                if r["type"] == "member_of":
                    continue
                key = (aid, names.get(r["source"], r["source"]), r["type"], names.get(r["target"], r["target"]), r["modality"])
                s = (r.get("sentence") or r["evidence"])["text"].replace("\n", " ")
                out[key] = s[:220]
    return out

quotes = "--quotes" in sys.argv
args = [a for a in sys.argv[1:] if not a.startswith("--")]
old, new = rows(args[0], quotes), rows(args[1], quotes)
rem = sorted(set(old) - set(new)); add = sorted(set(new) - set(old))
for k in rem: print("-", " | ".join(map(str, k)), "::", old[k])
for k in add: print("+", " | ".join(map(str, k)), "::", new[k])
print(f"# old {len(old)} new {len(new)}: -{len(rem)} +{len(add)}", file=sys.stderr)
