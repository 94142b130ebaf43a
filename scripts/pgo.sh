#!/usr/bin/env bash
# Profile-guided build of the shipped binary: the `dist` profile (fat LTO, one codegen unit),
# compiled a second time with the branch and call counts of a training run. Not part of
# `cargo test`; the output is the same as any other build's, only faster.
#
#   scripts/pgo.sh                       # binary at target/pgo/newsgraph
#   NEWSGRAPH_BIN=target/pgo/newsgraph scripts/bench.sh   # measure it
#
# Training input: the BBC corpus and the PolNeAR article texts from ../shared when present
# (never the Reuters corpus, which bench.sh measures, so the benchmark is not the training
# set), else the sample articles in data/articles. Needs `llvm-profdata` of the same LLVM
# major version as rustc (`rustc -vV`; Debian: apt-get install llvm-22), found on PATH or
# under /usr/lib/llvm-<major>/bin; set LLVM_PROFDATA to override.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

major="$(rustc -vV | sed -n 's/^LLVM version: \([0-9]*\).*/\1/p')"
profdata="${LLVM_PROFDATA:-}"
if [[ -z "$profdata" ]]; then
    for cand in "/usr/lib/llvm-$major/bin/llvm-profdata" "$(command -v "llvm-profdata-$major" || true)"; do
        if [[ -n "$cand" && -x "$cand" ]]; then
            profdata="$cand"
            break
        fi
    done
fi
if [[ -z "$profdata" ]]; then
    echo "pgo.sh: no llvm-profdata for LLVM $major (rustc's): install it (Debian: apt-get install llvm-$major) or set LLVM_PROFDATA" >&2
    exit 1
fi

shared="${NEWSGRAPH_SHARED:-$root/../shared}"
train=()
[[ -f "$shared/corpus/bbc-news/bbc-news.jsonl" ]] && train+=("$shared/corpus/bbc-news/bbc-news.jsonl")
[[ -d "$shared/datasets/polnear/data/train/text" ]] && train+=("$shared/datasets/polnear/data/train/text")
if [[ ${#train[@]} -eq 0 ]]; then
    echo "pgo.sh: no ../shared corpora; training on data/articles only (a weak profile)" >&2
    train=(data/articles)
fi

work="$root/target/pgo-work"
rm -rf "$work"
mkdir -p "$work/raw"

echo "pgo.sh: 1/3 instrumented build" >&2
RUSTFLAGS="-Cprofile-generate=$work/raw -Cllvm-args=-vp-counters-per-site=8" \
    cargo build --profile dist --quiet --bin newsgraph --target-dir "$root/target/pgo-gen"
gen="$root/target/pgo-gen/dist/newsgraph"

echo "pgo.sh: 2/3 training run over: ${train[*]}" >&2
"$gen" extract -q "${train[@]}" >/dev/null
"$gen" extract -q -j1 "${train[@]}" >/dev/null
"$gen" build -q "${train[@]}" -o "$work/graph"
"$gen" build -q data/articles -o "$work/sample"
"$gen" query -q "$work/graph/graph.json" entity "United States" >/dev/null
"$gen" query -q "$work/graph/graph.json" top >/dev/null
"$profdata" merge -o "$work/merged.profdata" "$work/raw"

echo "pgo.sh: 3/3 optimised build" >&2
RUSTFLAGS="-Cprofile-use=$work/merged.profdata" \
    cargo build --profile dist --quiet --bin newsgraph --target-dir "$root/target/pgo-use"
mkdir -p "$root/target/pgo"
cp "$root/target/pgo-use/dist/newsgraph" "$root/target/pgo/newsgraph"
echo "pgo.sh: built target/pgo/newsgraph" >&2
