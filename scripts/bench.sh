#!/usr/bin/env bash
# The benchmark of SPEC 11.1, side by side with the peer models (../shared/peers, or $PEERS):
#   procsh `simulate` at 10,000, 100,000 and 1,000,000 orders: wall time, orders/s, peak memory;
#   and 200,000 orders arriving over 30 days instead of one (`--over 30d`), where the engine's
#   agenda keeps many items before its cursor (docs/performance.md, "the early heap");
#   a script of 4,000 `order new` and 4,000 `advance 1m` lines, where the shell keeps the session
#   before every command (docs/performance.md, "long scripts");
#   start-up of `procsh -c status`; save and load of the 100,000-order session and its size;
#   with 1,000,000 among the sizes, the load of a million-order session: time and peak memory;
#   the SimPy model at 100,000 orders and the SpiffWorkflow model at 1,000, three runs each as
#   procsh; the ratios, from medians; and the final outcomes of procsh and SimPy at 100,000 compared.
# About 4 minutes on 2 cores besides the build, by the last published figures: SimPy's three runs
# about 2 of them, SpiffWorkflow's and procsh's about 1 each.
#
#   scripts/bench.sh              everything; writes docs/benchmarks.md and prints it (keeping
#                                 its sections whose heading says "written by hand")
#   scripts/bench.sh --quick      procsh only: 100,000 orders once (the engine benchmark), no
#                                 peers; the report goes to a scratch file, never to docs/
#   scripts/bench.sh --out FILE   the report goes to FILE instead (with or without --quick;
#                                 not docs/benchmarks.md unless the run is full)
#
# Only a full run with none of the overrides below writes docs/benchmarks.md; any other run
# writes its report to a scratch file and says where (and prints it). Overrides, for a shorter run:
#   BENCH_SIZES="10000"        procsh's sizes (default "10000 100000 1000000")
#   BENCH_SPREAD=20000         orders of the run over 30 days (default 200000; 0 leaves it out)
#   BENCH_SCRIPT=500           orders of the long script (default 4000; 0 leaves it out)
#   BENCH_SIMPY_ORDERS=2000    SimPy's orders (default 100000)
#   BENCH_SPIFF_ORDERS=50      SpiffWorkflow's orders (default 1000)
# and, which do not change what is measured:
#   BENCH_PROCSH=PATH          measure this procsh, built already (no `swift build`)
#   BENCH_RAW=DIR              keep the raw outputs (.out, .err, .time) in DIR, a new or empty one
# `python3 scripts/bench_report.py selftest` checks this script and the report in a few seconds,
# with a fake procsh and fake peers.
set -euo pipefail
caller=$(pwd)
cd "$(dirname "$0")/.."
root=$(pwd)
usage="usage: scripts/bench.sh [--quick] [--out FILE]"
quick=false
out=""
while [ $# -gt 0 ]; do
  case $1 in
    --quick) quick=true ;;
    --out) [ $# -ge 2 ] || { echo "$usage" >&2; exit 64; }; out=$2; shift ;;
    *) echo "$usage" >&2; exit 64 ;;
  esac
  shift
done
# A run is full when nothing makes it smaller; only a full run writes docs/benchmarks.md.
mode=full
[ -n "${BENCH_SIZES:-}${BENCH_SPREAD:-}${BENCH_SCRIPT:-}${BENCH_SIMPY_ORDERS:-}${BENCH_SPIFF_ORDERS:-}" ] && mode=reduced
$quick && mode=quick
docs="$root/docs/benchmarks.md"
[ -z "$out" ] && [ "$mode" = full ] && out=$docs
if [ -n "$out" ]; then
  case $out in /*) ;; *) out="$caller/$out" ;; esac
  out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
  if [ "$mode" != full ] && { [ "$out" = "$docs" ] || [ "$out" -ef "$docs" ]; }; then
    echo "a $mode run does not write docs/benchmarks.md: only the full run does" >&2
    exit 64
  fi
fi
sizes=${BENCH_SIZES:-"10000 100000 1000000"}
$quick && sizes="100000"
spread=${BENCH_SPREAD:-200000}
$quick && spread=0
script_orders=${BENCH_SCRIPT:-4000}
$quick && script_orders=0
simpy_orders=${BENCH_SIMPY_ORDERS:-100000}
spiff_orders=${BENCH_SPIFF_ORDERS:-1000}
peers=${PEERS:-$root/../shared/peers}
if [ -n "${BENCH_RAW:-}" ]; then
  # An empty folder only: the report reads every run it finds there.
  if [ -n "$(ls -A "$BENCH_RAW" 2>/dev/null)" ]; then
    echo "BENCH_RAW=$BENCH_RAW is not empty: the report would count its old runs" >&2
    exit 64
  fi
  mkdir -p "$BENCH_RAW"
  work=$(cd "$BENCH_RAW" && pwd)
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 1; }

if [ -n "${BENCH_PROCSH:-}" ]; then
  procsh=$(cd "$(dirname "$BENCH_PROCSH")" && pwd)/$(basename "$BENCH_PROCSH")
else
  echo "building (release)" >&2
  # As README builds it: the Swift runtime linked in (start-up, docs/performance.md).
  if ! swift build -c release --static-swift-stdlib > "$work/build.log" 2>&1; then
    cat "$work/build.log" >&2
    echo "the release build failed: nothing measured" >&2
    exit 1
  fi
  grep -E "error|warning:" "$work/build.log" >&2 || true
  procsh="$root/.build/release/procsh"
fi
cd "$work"

# One measured command: `measure NAME COMMAND...` writes NAME.out, NAME.err and NAME.time.
measure() {
  local name=$1; shift
  /usr/bin/time -v -o "$name.time" "$@" > "$name.out" 2> "$name.err"
}
elapsed() { python3 "$root/scripts/bench_report.py" elapsed "$1.time"; }
rss_mb() { python3 "$root/scripts/bench_report.py" rss "$1.time"; }

# After the simulation, the run's first task's log tells whether it logged every step or only
# the changes (nothing else in the output says which); PROCSH_TIMING times that question apart.
for n in $sizes; do
  for rep in 1 2 3; do
    measure "sim-$n-$rep" env PROCSH_TIMING=1 "$procsh" -c "simulate $n orders --json; log --task 1 --json"
    echo "procsh simulate $n orders, run $rep: $(elapsed "sim-$n-$rep") s, $(rss_mb "sim-$n-$rep") MiB" >&2
    $quick && break
  done
done

# The same population arriving over 30 days: the files are spread-N-RUN, apart from sim-N-RUN.
if [ "$spread" != 0 ]; then
  for rep in 1 2 3; do
    measure "spread-$spread-$rep" env PROCSH_TIMING=1 "$procsh" -c "simulate $spread orders --over 30d --json; log --task 1 --json"
    echo "procsh simulate $spread orders over 30 days, run $rep: $(elapsed "spread-$spread-$rep") s, $(rss_mb "spread-$spread-$rep") MiB" >&2
  done
fi

# A long script of small commands, one order and one minute at a time: script-LINES-RUN.
if [ "$script_orders" != 0 ]; then
  lines=$((2 * script_orders))
  for _ in $(seq 1 "$script_orders"); do printf 'order new\nadvance 1m\n'; done > long-script.procsh
  for rep in 1 2 3; do
    measure "script-$lines-$rep" "$procsh" long-script.procsh
    echo "procsh, a script of $lines lines, run $rep: $(elapsed "script-$lines-$rep") s, $(rss_mb "script-$lines-$rep") MiB" >&2
  done
fi

# Start-up: hyperfine times to the tenth of a millisecond; GNU time only to 10 ms.
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 5 --runs 40 --export-json startup.json "$procsh -c status" > /dev/null
else
  echo "no hyperfine (apt-get install hyperfine): start-up timed to 10 ms only" >&2
  for rep in $(seq 1 20); do measure "startup-$rep" "$procsh" -c status; done
fi

# Save and load 100,000 finished orders (PROCSH_TIMING reports each command's own time); the
# summary in save.out says how many orders the file holds and whether they had finished.
PROCSH_TIMING=1 "$procsh" -c "simulate 100000 orders --json; save session.json" > save.out 2> save.err
for rep in 1 2 3; do
  PROCSH_TIMING=1 "$procsh" -c "load session.json; save again.json" > /dev/null 2> "load-$rep.err"
done
ls -l session.json | awk '{print $5}' > session.size

# Loading a million orders: SPEC 11.1's 2 GiB holds for the session as saved and loaded again
# (the file and the tables once were in memory together). million-load-RUN; the file's size in
# million.size. Not in a quick run.
if ! $quick && [[ " $sizes " == *" 1000000 "* ]]; then
  "$procsh" -c "simulate 1000000 orders --json; save million.json" > million-save.out
  ls -l million.json | awk '{print $5}' > million.size
  for rep in 1 2; do
    measure "million-load-$rep" env PROCSH_TIMING=1 "$procsh" -c "load million.json; status"
    echo "procsh load of a million orders, run $rep: $(elapsed "million-load-$rep") s, $(rss_mb "million-load-$rep") MiB" >&2
  done
  rm -f million.json
fi

# Each peer runs three times, as procsh does, and the report compares medians. The runs
# alternate, so noise on the machine falls on both peers. A tiny untimed run first makes the
# virtual environment (the first time, SimPy and SpiffWorkflow from PyPI), so no timed run
# includes an install.
if ! $quick && [ -x "$peers/run.sh" ]; then
  echo "peers: checking their virtual environment (the first time, installs from PyPI)" >&2
  bash "$peers/run.sh" simpy 1 > peers-setup.out
  for rep in 1 2 3; do
    echo "SimPy, $simpy_orders orders, run $rep of 3 (about 30 s at 100000)" >&2
    measure "simpy-$rep" bash "$peers/run.sh" simpy "$simpy_orders"
    echo "SpiffWorkflow, $spiff_orders orders, run $rep of 3 (about 10 s at 1000)" >&2
    measure "spiff-$rep" bash "$peers/run.sh" spiff "$spiff_orders"
  done
elif ! $quick; then
  echo "no peer models at $peers: set PEERS to their folder" >&2
fi

# Not a full run and no --out: a scratch file, named only now, so a failed run leaves none.
[ -n "$out" ] || out=$(mktemp --suffix=.md "${TMPDIR:-/tmp}/procsh-bench-$mode.XXXXXX")
python3 "$root/scripts/bench_report.py" report "$work" "$out" "$mode"
cat "$out"
echo "the report ($mode run) is in $out" >&2
