#!/bin/sh
# Runs every fuzz target, two at a time, for $1 seconds each (default 600).
# Needs cargo-fuzz; on a stable toolchain RUSTC_BOOTSTRAP=1 stands in for nightly.
set -u
cd "$(dirname "$0")"
T=${1:-600}
export RUSTC_BOOTSTRAP=1
cargo fuzz build -O || exit 1
run() {
    mkdir -p "corpus/$1"
    cp -n seeds/"$1"/* "corpus/$1/" 2>/dev/null
    cargo fuzz run -O "$1" "corpus/$1" -- -max_total_time="$T" -rss_limit_mb=2048 -timeout=20 \
        > "fuzz-$1.log" 2>&1
    echo "$1: exit $? $(grep -E '^(Done|==|SUMMARY)' "fuzz-$1.log" | tail -1)"
}
for pair in "extract html" "jsonl graph" "text markdown"; do
    set -- $pair
    run "$1" & run "$2" & wait
done
