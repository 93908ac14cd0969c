#!/usr/bin/env bash
# Kills procsh with SIGKILL at random moments while it runs a script with --session FILE, and
# checks after every kill that FILE and FILE.journal open to the session of a prefix of the
# script: every line whose output came out, and at most the line in flight besides (issue 14,
# SPEC §12.6). The session it opens to is compared byte for byte with what a fresh procsh saves
# after that prefix; then procsh goes on from there, on the files the kill left (a torn line
# included), and is killed again, until the rounds are used up.
#
# The script is about 700 commands: small ones (each a journal line), checkpoints, undo and
# restore (rewind lines), enough of them that the journal grows as large as FILE and is folded
# into it, then a simulation (FILE rewritten at once) and undo after it. The kill moments come
# from bash's RANDOM with a fixed seed, spread over how long the script takes on this machine
# (timed once, not killed); where they land still depends on the machine's speed.
#
#   scripts/kill-test.sh [PROCSH]          (default .build/debug/procsh)
#   PROCSH_KILL_ROUNDS=200 PROCSH_KILL_SEED=7 scripts/kill-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$(realpath "${1:-.build/debug/procsh}")
rounds=${PROCSH_KILL_ROUNDS:-60}
RANDOM=${PROCSH_KILL_SEED:-14}
# In memory where there is a tmpfs: a kill stops the process, not the machine, so what procsh
# wrote is in the page cache either way, and flushing a thousand saves to a disk costs seconds.
folder=${TMPDIR:-/tmp}
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then folder=/dev/shm; fi
work=$(mktemp -d "$folder/procsh-kill.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The script: 60 blocks of small commands, then a simulation and undo after it.
script=$work/script.procsh
for i in $(seq 1 60); do
  cat <<EOF
order new
advance 1m
answer order $i yes
checkpoint c$i
answer order $i no-answer
advance 1h
manager add m$i
undo
pay order $i
restore c$i
answer order $i reached
EOF
done >"$script"
cat >>"$script" <<'EOF'
simulate 100 orders --seed 7
order new
advance 1m
undo
undo
advance 1d
EOF
total=$(wc -l <"$script")

# What a fresh procsh saves after each prefix of the script: prefix/K.json after its first K
# lines, all in one run.
mkdir -p "$work/prefix"
{
  echo "save $work/prefix/0.json"
  n=0
  while IFS= read -r line; do
    n=$((n + 1))
    echo "$line"
    echo "save $work/prefix/$n.json"
  done <"$script"
} | "$binary" >/dev/null || {
  echo "kill-test: the script does not run on a fresh procsh" >&2
  exit 1
}

# One run of the whole script, not killed: how long it takes here (the kill moments are spread
# over it), and, exiting, the session it leaves must be the fresh run's too.
mkdir -p "$work/whole"
begun=${EPOCHREALTIME/./}
"$binary" --session "$work/whole/s.json" <"$script" >/dev/null
whole_ms=$(((${EPOCHREALTIME/./} - begun) / 1000))
"$binary" --session "$work/whole/s.json" -c "save $work/now.json" >/dev/null
cmp -s "$work/now.json" "$work/prefix/$total.json" || {
  echo "kill-test: the whole script, run with --session, does not leave the fresh run's session" >&2
  exit 1
}

files=$work/files
mkdir -p "$files"
session=$files/s.json
done_lines=0  # lines of the script the files hold
kills=0 torn=0 inflight=0 finished=0 late=0 open_ms=50 scale=120
simulation=$(grep -n '^simulate' "$script" | cut -d: -f1)
started=$SECONDS
for round in $(seq 1 "$rounds"); do
  tail -n "+$((done_lines + 1))" "$script" >"$work/rest.procsh"
  # A moment in what is left to run: opening the files (as long as the last check took to open
  # them), then the rest of the script (as long as the whole run took for that share of it); in
  # start-up, replaying the journal, among the commands, in the simulation and the file written
  # after it, or in the fold at exit. Scaled (from 120 %) down by a quarter each time procsh
  # ended before its kill and up by a tenth each time it did not, for the machine's speed
  # changes with its load: most rounds are killed, some run to the end.
  rest_ms=$(((open_ms + whole_ms * (total - done_lines) / total) * scale / 100 + 1))
  delay_ms=$(((RANDOM * 32768 + RANDOM) % rest_ms))
  delay=$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))
  "$binary" --session "$session" --echo <"$work/rest.procsh" >"$work/out.txt" 2>"$work/err.txt" &
  pid=$!
  sleep "$delay"
  killed=false
  if kill -9 "$pid" 2>/dev/null; then killed=true kills=$((kills + 1)); fi
  wait "$pid" 2>/dev/null || true
  if $killed; then
    scale=$((scale * 11 / 10 > 150 ? 150 : scale * 11 / 10))
  else
    scale=$((scale * 3 / 4 < 20 ? 20 : scale * 3 / 4))
  fi
  # Lines whose output came out are done: each line's output is flushed after it is saved.
  echoed=$(grep -c '^> ' "$work/out.txt" || true)
  if [ -f "$session.journal" ] && [ -n "$(tail -c 1 "$session.journal")" ]; then
    torn=$((torn + 1))
  fi
  # Open a copy, so that opening (which may fold the journal at exit) leaves the kill's files
  # for the next round as the kill left them.
  rm -rf "$work/check" && mkdir -p "$work/check"
  cp "$session"* "$work/check/" 2>/dev/null || true
  begun=${EPOCHREALTIME/./}
  if ! "$binary" --session "$work/check/s.json" -c "save $work/now.json" \
    >/dev/null 2>"$work/open-err.txt"; then
    echo "kill-test: round $round: the files left by the kill do not open:" >&2
    cat "$work/open-err.txt" >&2
    trap - EXIT
    echo "kill-test: files kept in $work" >&2
    exit 1
  fi
  open_ms=$(((${EPOCHREALTIME/./} - begun) / 1000))
  low=$((done_lines + echoed))
  matched=""
  for candidate in "$low" "$((low + 1))"; do
    if [ "$candidate" -le "$total" ] && cmp -s "$work/now.json" "$work/prefix/$candidate.json"; then
      matched=$candidate
    fi
  done
  if [ -z "$matched" ]; then
    echo "kill-test: round $round (killed after ${delay}s): the session is not the script's" \
      "first $low lines, nor its first $((low + 1))" >&2
    "$binary" --session "$work/check/s.json" -c "history" | tail -5 >&2 || true
    trap - EXIT
    echo "kill-test: files kept in $work" >&2
    exit 1
  fi
  if [ "$matched" -gt "$low" ]; then inflight=$((inflight + 1)); fi
  if $killed && [ "$matched" -ge $((simulation - 1)) ]; then late=$((late + 1)); fi
  done_lines=$matched
  if [ "$done_lines" -ge "$total" ]; then
    # The whole script is in the files: start again from nothing.
    finished=$((finished + 1))
    rm -f "$session" "$session.journal"
    done_lines=0
  fi
done
elapsed=$((SECONDS - started))
echo "kill-test: the script takes ${whole_ms} ms; $rounds rounds, $kills killed ($late in or" \
  "after the simulation, $inflight with the line in flight saved, $torn with a torn journal" \
  "line), the script done $finished times, ${elapsed}s; every session was its script's prefix"
if [ "$kills" -lt $((rounds / 2)) ]; then
  echo "kill-test: only $kills of $rounds rounds were killed before procsh ended" >&2
  exit 1
fi
