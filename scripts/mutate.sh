#!/usr/bin/env bash
# Mutation testing: does the suite catch deliberate bugs? Each file in scripts/mutations/ is one
# small bug (the file, the exact text to find, its replacement, and what bug it models). For each,
# in a scratch copy of the repository: apply it, build, run the suite (`procsh test examples/`,
# then `swift test`, stopped at its first failing test, and with --repl the tmux REPL test),
# record whether the suite caught it, and put the file back. Prints a table and the score; docs/testing.md explains the result.
#
#   scripts/mutate.sh                 every mutation (one to three hours on 2 busy cores)
#   scripts/mutate.sh 07 12           only the mutations whose names start 07 and 12
#   scripts/mutate.sh --repl ...      also run scripts/repl-test.sh (needs tmux)
#   scripts/mutate.sh --no-baseline   skip checking that the unmutated suite passes
#
# Results: caught (some layer failed), timeout (the suite hung: caught too), survived (every layer
# passed), stale (the text to find is not there exactly once: fix the mutation), no-build (the
# mutated code does not compile: not counted). Not part of scripts/test.sh or CI: it takes long.
#
# The scratch copy lives in $MUTATE_DIR (default .build-mutate/, ignored by git) and keeps its own
# .build, so a run after the first rebuilds only what a mutation touches. One run at a time.
# MUTATE_TIMEOUT (default 1200) bounds each `swift test`, in seconds.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
scratch=${MUTATE_DIR:-$root/.build-mutate}
limit=${MUTATE_TIMEOUT:-1200}
repl=false
baseline=true
wanted=()
for arg in "$@"; do
  case $arg in
    --repl) repl=true ;;
    --no-baseline) baseline=false ;;
    -h | --help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $arg (see --help)" >&2; exit 64 ;;
    *) wanted+=("$arg") ;;
  esac
done
tool() { python3 "$root/scripts/mutate_tool.py" "$@"; }

mkdir -p "$scratch/tree" "$scratch/logs"
exec 9>"$scratch/lock"
flock -n 9 || { echo "another scripts/mutate.sh is using $scratch" >&2; exit 1; }
tree=$scratch/tree

mutations=()
for file in scripts/mutations/*.mutation; do
  name=$(basename "$file" .mutation)
  if [ ${#wanted[@]} -gt 0 ]; then
    match=false
    for prefix in "${wanted[@]}"; do [[ $name == "$prefix"* ]] && match=true; done
    $match || continue
  fi
  mutations+=("$file")
done
[ ${#mutations[@]} -gt 0 ] || { echo "no mutation matches ${wanted[*]}" >&2; exit 64; }

tool sync "$root" "$tree" >&2 || exit 1

build() { (cd "$tree" && swift build --build-tests) > "$1" 2>&1; }

# Ends every process still running the scratch copy's procsh. Tests start it as a child process
# (Foundation's Process puts it in a process group of its own), so stopping the suite's group
# leaves it running; a mutation that makes it loop kept one at full CPU for 45 minutes. Matched by
# the executable's path, so nothing outside the scratch copy is touched.
end_strays() {
  local binary entry pid
  binary=$(realpath "$tree/.build/debug/procsh" 2> /dev/null) || return 0
  for entry in /proc/[0-9]*/exe; do
    case $(readlink "$entry" 2> /dev/null) in
      "$binary" | "$binary (deleted)")
        pid=${entry#/proc/}
        pid=${pid%/exe}
        kill -KILL "$pid" 2> /dev/null && echo "ended a stray procsh ($pid) left by the suite" >&2
        ;;
    esac
  done
  return 0
}

# Runs the suite in the scratch copy; sets `outcome` (caught, timeout or survived) and `caught_by`.
suite() {
  local log=$1 parts=() status
  # The example scripts first: they take seconds, the unit tests minutes.
  (cd "$tree" && timeout -k 10 600 .build/debug/procsh test examples/) > "$log.examples" 2>&1
  if [ $? -ne 0 ]; then
    parts+=("$(grep -c '^FAIL' "$log.examples") example scripts")
  fi
  # Stops at the first failing test (its own session and process group, so that the whole test
  # process tree goes): one failure is enough to call the mutation caught.
  (cd "$tree" && exec setsid timeout -k 30 "$limit" swift test --skip-build) > "$log.tests" 2>&1 &
  local runner=$! failed_early=false
  while kill -0 "$runner" 2> /dev/null; do
    if grep -qE '^\S+ Test .* (failed after|recorded an issue)' "$log.tests" 2> /dev/null; then
      sleep 1
      kill -TERM -- "-$runner" 2> /dev/null
      failed_early=true
      break
    fi
    sleep 2
  done
  wait "$runner"
  status=$?
  end_strays
  $failed_early && status=1
  if [ $status -eq 124 ] || [ $status -eq 137 ]; then
    outcome=timeout
    caught_by="swift test did not finish in ${limit} s"
    return
  fi
  if [ $status -ne 0 ]; then
    local names count
    names=$(tool failures "$log.tests")
    count=$(printf '%s' "$names" | grep -c . || true)
    if [ "$count" -eq 0 ]; then
      parts+=("swift test failed (exit $status, no failing test named; see $log.tests)")
    else
      # In the order they failed: the first is the test that caught the mutation. The suite is
      # stopped at the first failure, so the others are only those that failed meanwhile.
      local shown
      shown=$(printf '%s\n' "$names" | head -3 | sed 's/(.*$//' | paste -sd, - | sed 's/,/, /g')
      [ "$count" -gt 3 ] && shown="$shown, …"
      parts+=("swift test: $shown")
    fi
  fi
  if $repl; then
    if ! (cd "$tree" && timeout -k 10 300 scripts/repl-test.sh .build/debug/procsh) \
      > "$log.repl" 2>&1; then
      parts+=("the REPL test")
    fi
  fi
  if [ ${#parts[@]} -eq 0 ]; then
    outcome=survived
    caught_by="-"
  else
    outcome=caught
    caught_by=$(printf '%s; ' "${parts[@]}")
    caught_by=${caught_by%; }
  fi
}

if $baseline; then
  echo "baseline: building and running the suite on the unmutated copy" >&2
  build "$scratch/logs/baseline.build" || {
    echo "the unmutated copy does not build: $scratch/logs/baseline.build" >&2
    exit 1
  }
  suite "$scratch/logs/baseline"
  if [ "$outcome" != survived ]; then
    echo "the unmutated suite fails ($caught_by): fix that first; logs in $scratch/logs" >&2
    exit 1
  fi
fi

results="$scratch/results-$(date +%Y%m%d-%H%M%S).tsv"
: > "$results"
backup="$scratch/original"
restore_file=""
restore() { [ -n "$restore_file" ] && cp -p "$backup" "$tree/$restore_file"; restore_file=""; }
trap restore EXIT
trap 'restore; exit 130' INT TERM

total=${#mutations[@]}
index=0
for file in "${mutations[@]}"; do
  index=$((index + 1))
  name=$(basename "$file" .mutation)
  bug=$(tool describe "$file")
  target=$(sed -n 's/^file: *//p' "$file" | head -1)
  log="$scratch/logs/$name"
  started=$SECONDS
  outcome="" caught_by="-"
  if [ ! -f "$tree/$target" ]; then
    outcome=stale
    caught_by="$target does not exist"
  else
    cp -p "$tree/$target" "$backup"
    restore_file=$target
    if ! applied=$(tool apply "$file" "$tree"); then
      outcome=stale
      caught_by=${applied#stale: }
    elif ! build "$log.build"; then
      outcome=no-build
      caught_by="see $log.build"
    else
      suite "$log"
    fi
    restore
  fi
  printf '%s\t%s\t%s\t%s\t%s\n' "${name%%-*}" "$name" "$bug" "$outcome" "$caught_by" >> "$results"
  echo "[$index/$total] $name: $outcome ($caught_by) $((SECONDS - started)) s" >&2
done

tool table "$results"
echo "results: $results; logs: $scratch/logs" >&2
