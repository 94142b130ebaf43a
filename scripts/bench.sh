#!/usr/bin/env bash
# Throughput, memory, start-up and determinism of the shipped (`dist` profile) binary over the
# shared corpora. Not part of `cargo test`.
#
#   scripts/bench.sh                 # all corpora
#   NEWSGRAPH_SHARED=/path/to/shared scripts/bench.sh
#   JOBS=1 scripts/bench.sh          # pin the worker count (-j)
#   NEWSGRAPH_BIN=/tmp/old/newsgraph scripts/bench.sh   # measure another binary, no build
#   PGO=0 scripts/bench.sh           # the plain dist build even when llvm-profdata is present
#
# Without NEWSGRAPH_BIN it measures the profile-guided build (scripts/pgo.sh, two fat-LTO
# builds) when llvm-profdata of rustc's LLVM version is installed, else the dist build.
#
# Needs ../shared (the corpora); skips with a reason when it is absent.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

# ../shared next to the checkout; for a git worktree also next to the main checkout.
shared="${NEWSGRAPH_SHARED:-}"
if [[ -z "$shared" ]]; then
    for cand in "$root/../shared" "$(git rev-parse --path-format=absolute --git-common-dir 2>/dev/null || echo /nonexistent)/../../shared"; do
        if [[ -d "$cand/corpus" ]]; then
            shared="$(cd "$cand" && pwd)"
            break
        fi
    done
fi
if [[ -z "$shared" || ! -d "$shared/corpus" ]]; then
    echo "bench.sh: skipping: no ../shared/corpus next to $root (set NEWSGRAPH_SHARED to the shared folder); the corpora are not part of the repository" >&2
    exit 0
fi
bbc="$shared/corpus/bbc-news/bbc-news.jsonl"
reuters="$shared/corpus/reuters-21578/reuters-21578.jsonl"
for f in "$bbc" "$reuters"; do
    [[ -f "$f" ]] || { echo "bench.sh: skipping: $f is missing" >&2; exit 0; }
done

timebin=/usr/bin/time
if [[ ! -x "$timebin" ]]; then
    echo "bench.sh: /usr/bin/time is missing: install it (apt-get install time)" >&2
    exit 1
fi

# The binary: NEWSGRAPH_BIN if given; else the profile-guided build (scripts/pgo.sh) when
# llvm-profdata of rustc's LLVM version is at hand (the shipped build at its fastest; PGO=0
# skips it); else the plain `dist` build. The output names the one measured.
if [[ -n "${NEWSGRAPH_BIN:-}" ]]; then
    bin="$NEWSGRAPH_BIN" # compare another build (e.g. a saved baseline)
    kind="given by NEWSGRAPH_BIN"
else
    export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
    major="$(rustc -vV | sed -n 's/^LLVM version: \([0-9]*\).*/\1/p')"
    profdata="${LLVM_PROFDATA:-}"
    for cand in "/usr/lib/llvm-$major/bin/llvm-profdata" "$(command -v "llvm-profdata-$major" || true)"; do
        if [[ -z "$profdata" && -n "$cand" && -x "$cand" ]]; then
            profdata="$cand"
        fi
    done
    if [[ "${PGO:-1}" != 0 && -n "$profdata" ]]; then
        echo "bench.sh: profile-guided build (scripts/pgo.sh; PGO=0 measures the plain dist build)" >&2
        NEWSGRAPH_SHARED="$shared" LLVM_PROFDATA="$profdata" "$root/scripts/pgo.sh"
        bin="$root/target/pgo/newsgraph"
        kind="dist + PGO (scripts/pgo.sh)"
    else
        cargo build --profile dist --quiet
        bin="$CARGO_TARGET_DIR/dist/newsgraph"
        if [[ "${PGO:-1}" == 0 ]]; then
            kind="dist, PGO=0"
        else
            kind="dist; no llvm-profdata for LLVM $major, so no PGO"
        fi
    fi
fi
echo "bench.sh: measuring $bin ($kind)"
jobs=()
[[ -n "${JOBS:-}" ]] && jobs=(-j "$JOBS")

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

reuters10="$tmp/reuters-x10.jsonl"
for _ in 1 2 3 4 5 6 7 8 9 10; do cat "$reuters"; done >"$reuters10"

# run LABEL FILE CMD... : one timed run; appends a table row.
rows=()
run() {
    local label="$1" file="$2"
    shift 2
    "$timebin" -f '%e %M' -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err" || {
        cat "$tmp/err" >&2
        return 1
    }
    local secs kb mb n
    read -r secs kb <"$tmp/time"
    mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN{printf "%.1f", b/1e6}')
    n=$(wc -l <"$file")
    rows+=("$(awk -v l="$label" -v mb="$mb" -v s="$secs" -v n="$n" -v kb="$kb" 'BEGIN{
        if (s < 0.001) s = 0.001;
        printf "%-22s %9.1f %8.2f %8.1f %11.0f %10.0f", l, mb, s, mb/s, n/s, kb/1024}')")
}

for c in "bbc:$bbc" "reuters:$reuters" "reuters-x10:$reuters10"; do
    name="${c%%:*}" file="${c#*:}"
    run "extract $name" "$file" "$bin" "${jobs[@]}" extract -q "$file"
    run "build $name" "$file" "$bin" "${jobs[@]}" build -q "$file" -o "$tmp/out-$name" --formats json
done

echo
echo "binary: $bin ($kind)"
printf '%-22s %9s %8s %8s %11s %10s\n' stage "input MB" seconds "MB/s" "articles/s" "peak MB"
printf '%s\n' "${rows[@]}"

# Start-up: one one-line article, best of 10.
echo "Turkey bought the S-400 from Russia." >"$tmp/one.txt"
best=999
for _ in $(seq 10); do
    s=$( { "$timebin" -f '%e' "$bin" extract -q "$tmp/one.txt" >/dev/null; } 2>&1 | tail -1)
    best=$(awk -v a="$s" -v b="$best" 'BEGIN{print (a < b) ? a : b}')
done
echo
echo "start-up (extract of a one-line article, best of 10): ${best} s"

# Incremental: one more article into the Reuters graph vs the full build. Both write a 71 MB
# graph.json. Each timed run starts from a settled disk: the previous run's output is removed
# and `sync` waits for the copy of the graph to be written back, as a graph written by an earlier
# build (which syncs its output) would be. Without that, the write-back of the last 71 MB ran
# into the timed run and one --into took from 0.1 to 0.8 s. Each is still run five times,
# alternating, and the medians are compared; the spread is printed too.
full="$tmp/out-reuters/graph.json"
head -1 "$bbc" | sed 's/"id": *"[^"]*"/"id": "bench-added-article"/' >"$tmp/added.jsonl"
incs=()
fulls=()
for _ in 1 2 3 4 5; do
    cp "$full" "$tmp/into.json"
    rm -rf "$tmp/out-into" "$tmp/out-full2"
    sync
    "$timebin" -f '%e' -o "$tmp/time" "$bin" build -q --into "$tmp/into.json" "$tmp/added.jsonl" -o "$tmp/out-into" --formats json
    incs+=("$(cat "$tmp/time")")
    sync
    "$timebin" -f '%e' -o "$tmp/time" "$bin" build -q "$reuters" -o "$tmp/out-full2" --formats json
    fulls+=("$(cat "$tmp/time")")
done
median() { printf '%s\n' "$@" | sort -g | sed -n 3p; }
inc=$(median "${incs[@]}")
fullt=$(median "${fulls[@]}")
echo "incremental build --into (1 article into the Reuters graph), median of 5: ${inc} s (runs: ${incs[*]}); full rebuild: ${fullt} s (runs: ${fulls[*]}); $(awk -v a="$inc" -v b="$fullt" 'BEGIN{printf "%.0f", 100*a/b}')%"

# Determinism: -j 1 and -j 2 give the same bytes.
"$bin" -j 1 extract -q "$reuters" >"$tmp/j1.jsonl"
"$bin" -j 2 extract -q "$reuters" >"$tmp/j2.jsonl"
"$bin" -j 1 build -q "$reuters" -o "$tmp/g1" --formats json
"$bin" -j 2 build -q "$reuters" -o "$tmp/g2" --formats json
if cmp -s "$tmp/j1.jsonl" "$tmp/j2.jsonl" && cmp -s "$tmp/g1/graph.json" "$tmp/g2/graph.json"; then
    echo "determinism: -j1 and -j2 extract output and graph.json are byte-identical"
else
    echo "determinism: FAILED: -j1 and -j2 outputs differ" >&2
    exit 1
fi
