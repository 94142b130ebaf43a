#!/usr/bin/env python3
"""Cost per source line of one function, calls included, from a callgrind profile.

Almost everything in the analysis is inlined into a few large functions, whose self cost
callgrind_annotate spreads over `core`'s files. This maps every instruction address of the
function (its own instructions and the inclusive cost of the calls made there) with
`addr2line -i` to the line of the function itself: the outermost inlined frame in this
repository's sources (or the DEPTH outermost ones, `a < b` = line a, inside it line b).

    valgrind --tool=callgrind --dump-instr=yes --compress-pos=no --compress-strings=no \\
        --callgrind-out-file=cg.out ./target/release/newsgraph extract -q -j1 r1000.jsonl >/dev/null
    scripts/callgrind_lines.py cg.out ./target/release/newsgraph 'quotes::indirect$' [N] [DEPTH]

FUNCTION is a regular expression searched in callgrind's function names. Valgrind reports
the addresses of this (position-independent) binary as in the file, so they go to
addr2line unchanged.
"""
import collections
import re
import subprocess
import sys


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    profile, binary, want = sys.argv[1], sys.argv[2], re.compile(sys.argv[3])
    top = int(sys.argv[4]) if len(sys.argv) > 4 else 40
    depth = int(sys.argv[5]) if len(sys.argv) > 5 else 1
    cost = collections.Counter()
    fn = None
    for line in open(profile, errors="replace"):
        if line.startswith("fn="):
            fn = line[3:].strip()
        elif line.startswith("0x") and fn is not None and want.search(fn):
            # `0xADDR LINE COST`: an instruction, or (after `calls=`) a call's inclusive cost.
            parts = line.split()
            if len(parts) >= 3:
                cost[int(parts[0], 16)] += int(parts[2])
    addrs = sorted(cost)
    total = sum(cost.values())
    out = subprocess.run(
        ["addr2line", "-i", "-a", "-e", binary] + [hex(a) for a in addrs],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    by_line = collections.Counter()
    addr, frames = None, []

    def flush():
        if addr is not None:
            key = " < ".join(frames[-depth:][::-1]) if frames else "??"
            by_line[key] += cost[addr]

    for row in out:
        if row.startswith("0x"):
            flush()
            addr, frames = int(row, 16), []
        elif "/src/" in row and "/rustc/" not in row and "/.cargo/" not in row:
            # Innermost frame first: the last one kept is the function's own line.
            frames.append(re.sub(r" \(discriminator \d+\)", "", row.split("/src/")[-1]))
    flush()
    print(f"{sys.argv[3]}: {total:,} instructions at {len(addrs)} addresses")
    for key, c in by_line.most_common(top):
        print(f"{c:>13,} {100 * c / max(total, 1):5.1f}%  {key}")


if __name__ == "__main__":
    main()
