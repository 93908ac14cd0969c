#!/usr/bin/env bash
# The benchmark of SPEC 11.1, side by side with the peer models (../shared/peers, or $PEERS):
#   procsh `simulate` at 10,000, 100,000 and 1,000,000 orders: wall time, orders/s, peak memory;
#   start-up of `procsh -c status`; save and load of the 100,000-order session and its size;
#   the SimPy model at 100,000 orders and the SpiffWorkflow model at 1,000, three runs each as
#   procsh; the ratios, from medians; and the final outcomes of procsh and SimPy at 100,000 compared.
# Writes docs/benchmarks.md (and prints it). About 3 minutes on 2 cores.
#
#   scripts/bench.sh            everything
#   scripts/bench.sh --quick    procsh only: 100,000 orders (the engine benchmark), no peers
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
quick=false
[ "${1:-}" = "--quick" ] && quick=true
peers=${PEERS:-$root/../shared/peers}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 1; }

echo "building (release)" >&2
if ! swift build -c release > "$work/build.log" 2>&1; then
  cat "$work/build.log" >&2
  echo "the release build failed: nothing measured" >&2
  exit 1
fi
grep -E "error|warning:" "$work/build.log" >&2 || true
procsh="$root/.build/release/procsh"
cd "$work"

# One measured command: `measure NAME COMMAND...` writes NAME.out, NAME.err and NAME.time.
measure() {
  local name=$1; shift
  /usr/bin/time -v -o "$name.time" "$@" > "$name.out" 2> "$name.err"
}
elapsed() { python3 "$root/scripts/bench_report.py" elapsed "$1.time"; }
rss_mb() { python3 "$root/scripts/bench_report.py" rss "$1.time"; }

sizes="10000 100000 1000000"
$quick && sizes="100000"
for n in $sizes; do
  for rep in 1 2 3; do
    measure "sim-$n-$rep" "$procsh" -c "simulate $n orders --json"
    echo "procsh simulate $n orders, run $rep: $(elapsed "sim-$n-$rep") s, $(rss_mb "sim-$n-$rep") MiB" >&2
    $quick && break
    [ "$n" = 1000000 ] && [ "$rep" = 2 ] && break
  done
done

# Start-up: hyperfine times to the tenth of a millisecond; GNU time only to 10 ms.
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 5 --runs 40 --export-json startup.json "$procsh -c status" > /dev/null
else
  echo "no hyperfine (apt-get install hyperfine): start-up timed to 10 ms only" >&2
  for rep in $(seq 1 20); do measure "startup-$rep" "$procsh" -c status; done
fi

# Save and load 100,000 finished orders (PROCSH_TIMING reports each command's own time).
PROCSH_TIMING=1 "$procsh" -c "simulate 100000 orders; save session.json" > /dev/null 2> save.err
for rep in 1 2 3; do
  PROCSH_TIMING=1 "$procsh" -c "load session.json; save again.json" > /dev/null 2> "load-$rep.err"
done
ls -l session.json | awk '{print $5}' > session.size

# Each peer runs three times, as procsh does, and the report compares medians. The runs
# alternate, so noise on the machine falls on both peers. A tiny untimed run first makes the
# virtual environment (the first time, SimPy and SpiffWorkflow from PyPI), so no timed run
# includes an install.
if ! $quick && [ -x "$peers/run.sh" ]; then
  echo "peers: checking their virtual environment (the first time, installs from PyPI)" >&2
  bash "$peers/run.sh" simpy 1 > peers-setup.out
  for rep in 1 2 3; do
    echo "SimPy, 100,000 orders, run $rep of 3 (about 30 s)" >&2
    measure "simpy-$rep" bash "$peers/run.sh" simpy 100000
    echo "SpiffWorkflow, 1,000 orders, run $rep of 3 (about 10 s)" >&2
    measure "spiff-$rep" bash "$peers/run.sh" spiff 1000
  done
elif ! $quick; then
  echo "no peer models at $peers: set PEERS to their folder" >&2
fi

python3 "$root/scripts/bench_report.py" report "$work" "$root/docs/benchmarks.md" "$quick"
cat "$root/docs/benchmarks.md"
