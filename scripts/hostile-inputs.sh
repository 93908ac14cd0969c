#!/usr/bin/env bash
# Runs procsh on what an adversarial tester feeds it (issue 9; SPEC §11.2, §12.3): definitions
# with conditions and JSON nested 100,000 deep, 40,000 blocks, 100,000 options, too many options
# and counters, a session embedding a deep condition; a megabyte line, a four-megabyte unknown
# word, devices and endless input where a file belongs, a clock pushed past 9999. Each run must
# end in a clean refusal (exit code 2) or succeed (0), within 60 seconds, never hang (124) or die
# of a signal (128 and up), and a refusal must say what is wrong. This checks that procsh does
# not hang, not how fast it is. Prints `ok   CASE` or `FAIL CASE` per case; exits 1 on any
# failure.
#
#   scripts/hostile-inputs.sh .build/release/procsh
set -euo pipefail

if [ $# -ne 1 ] || [ ! -x "$1" ]; then
  echo "usage: $0 PATH-TO-PROCSH" >&2
  exit 64
fi
procsh="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

# --- Inputs ------------------------------------------------------------------------------------

# `repeat TEXT N`: TEXT N times, without a newline.
repeat() { awk -v text="$1" -v count="$2" 'BEGIN { for (i = 0; i < count; i++) printf "%s", text }'; }

# A process of a start, one condition block `c` and an end, around the condition on stdin.
condition_process() {
  printf '{"format": "procsh-process", "version": 1, "name": "hostile", "object": "order",'
  printf ' "launch": "disabled", "blocks": [\n'
  printf '{"id": "s", "type": "start", "exits": {"next": "c"}},\n'
  printf '{"id": "c", "type": "condition", "condition": "'
  cat
  printf '", "exits": {"yes": "e", "no": "e"}},\n'
  printf '{"id": "e", "type": "end", "name": "done", "result": "neutral"}]}\n'
}

{ repeat "not " 75000; printf 'paid'; } | condition_process >deep-not.json
{ repeat "(" 100000; printf 'paid'; repeat ")" 100000; } | condition_process >deep-parens.json
{ printf 'paid'; repeat " and paid" 100000; } | condition_process >long-and.json

{
  printf '{"format": "procsh-process", "version": 1, "name": "hostile", "blocks": '
  repeat "[" 100000
  repeat "]" 100000
  printf '}\n'
} >deep-arrays.json
{
  printf '{"format": "procsh-process", "version": 1, "name": "hostile", "blocks": '
  repeat '{"a": ' 100000
  printf '1'
  repeat "}" 100000
  printf '}\n'
} >deep-objects.json

# Start, COUNT - 2 delays in a row, end.
awk -v count=40000 'BEGIN {
  printf "{\"format\": \"procsh-process\", \"version\": 1, \"name\": \"hostile\", \"object\": \"order\",\n"
  printf " \"launch\": \"disabled\", \"blocks\": [\n"
  printf "{\"id\": \"s\", \"type\": \"start\", \"exits\": {\"next\": \"d1\"}},\n"
  for (i = 1; i <= count - 2; i++) {
    next_id = i == count - 2 ? "e" : "d" (i + 1)
    printf "{\"id\": \"d%d\", \"type\": \"delay\", \"duration\": \"1m\", \"exits\": {\"next\": \"%s\"}},\n", i, next_id
  }
  printf "{\"id\": \"e\", \"type\": \"end\", \"name\": \"done\", \"result\": \"neutral\"}]}\n"
}' >blocks-40000.json

# A question `q` with COUNT options, each leading to the end.
question() {
  awk -v count="$1" 'BEGIN {
    printf "{\"format\": \"procsh-process\", \"version\": 1, \"name\": \"hostile\", \"object\": \"order\",\n"
    printf " \"launch\": \"disabled\", \"blocks\": [\n"
    printf "{\"id\": \"s\", \"type\": \"start\", \"exits\": {\"next\": \"q\"}},\n"
    printf "{\"id\": \"q\", \"type\": \"question\", \"key\": \"q\", \"text\": \"?\", \"options\": ["
    for (i = 0; i < count; i++) printf "%s{\"key\": \"o%d\", \"kind\": \"neutral\"}", (i ? ", " : ""), i
    printf "],\n \"exits\": {"
    for (i = 0; i < count; i++) printf "%s\"o%d\": \"e\"", (i ? ", " : ""), i
    printf "}},\n{\"id\": \"e\", \"type\": \"end\", \"name\": \"done\", \"result\": \"neutral\"}]}\n"
  }'
}
question 100000 >options-100000.json
question 300 >options-300.json
question 256 >options-256.json

awk -v count=300 'BEGIN {
  printf "{\"format\": \"procsh-process\", \"version\": 1, \"name\": \"hostile\", \"object\": \"order\",\n"
  printf " \"launch\": \"disabled\", \"counters\": ["
  for (i = 0; i < count; i++) printf "%s\"c%d\"", (i ? ", " : ""), i
  printf "], \"blocks\": [\n"
  printf "{\"id\": \"s\", \"type\": \"start\", \"exits\": {\"next\": \"a\"}},\n"
  printf "{\"id\": \"a\", \"type\": \"operation\", \"do\": \"counter-add\", \"counter\": \"c%d\", \"exits\": {\"next\": \"e\"}},\n", count - 1
  printf "{\"id\": \"e\", \"type\": \"end\", \"name\": \"done\", \"result\": \"neutral\"}]}\n"
}' >counters-300.json

awk -v count=100000 'BEGIN {
  printf "{\"format\": \"procsh-process\", \"version\": 1, \"name\": \"hostile\", \"object\": \"order\",\n"
  printf " \"launch\": \"disabled\", \"blocks\": [\n"
  printf "{\"id\": \"s\", \"type\": \"start\", \"exits\": {\"next\": \"f\"}},\n"
  printf "{\"id\": \"f\", \"type\": \"fork\", \"exits\": ["
  for (i = 0; i < count; i++) printf "%s\"e\"", (i ? ", " : "")
  printf "]},\n{\"id\": \"e\", \"type\": \"end\", \"name\": \"done\", \"result\": \"neutral\"}]}\n"
}' >fork-100000.json

# A session whose embedded call-3-days has 75,000 `not`s in front of block H's condition.
"$procsh" -c "save session.json" >/dev/null
repeat "not " 75000 >nots.txt
awk -v nots_file=nots.txt 'BEGIN { getline nots <nots_file } {
  target = "\"condition\":\"counter calls < 3\""
  at = index($0, target)
  if (at > 0 && !done) {
    $0 = substr($0, 1, at - 1) "\"condition\":\"" nots "counter calls < 3\"" substr($0, at + length(target))
    done = 1
  }
  print
} END { if (!done) exit 1 }' session.json >deep-session.json

# A process checked every second whose entry never holds: a century of idle checks.
cat >tick.json <<'JSON'
{"format": "procsh-process", "version": 1, "name": "tick", "object": "order", "launch": "periodic",
 "interval": "1s", "entry": "paid", "blocks": [
  {"id": "s", "type": "start", "exits": {"next": "e"}},
  {"id": "e", "type": "end", "name": "seen", "result": "positive"}]}
JSON

# --- Runs --------------------------------------------------------------------------------------

failures=0

# check NAME EXPECTED-CODE COMMAND EXPECTED-TEXT [ARGUMENT...]: runs `procsh -c COMMAND` (or, when
# COMMAND is empty, procsh with the ARGUMENTs and standard input from $input), wants the exit code
# and the text (a fixed string) in its output.
input=/dev/null
# Generous: every case answers in seconds on an idle machine, but a debug build on a loaded
# 2-core CI runner once needed more than a minute for one.
limit=180
check() {
  local name="$1" expected="$2" command="$3" text="$4" code=0
  shift 4
  if [ -n "$command" ]; then
    timeout "$limit" "$procsh" -c "$command" >"$name.out" 2>&1 || code=$?
  else
    timeout "$limit" "$procsh" "$@" <"$input" >"$name.out" 2>&1 || code=$?
  fi
  local why=""
  if [ "$code" -eq 124 ]; then
    why="hung: no answer within $limit s"
  elif [ "$code" -ge 128 ]; then
    why="killed by signal $((code - 128))"
  elif [ "$code" -ne "$expected" ]; then
    why="exit code $code, expected $expected"
  elif ! grep -qF -- "$text" "$name.out"; then
    why="the output does not say: $text"
  fi
  if [ -z "$why" ]; then
    echo "ok   $name"
  else
    echo "FAIL $name: $why"
    head -c 600 "$name.out" | sed 's/^/     | /'
    echo
    failures=$((failures + 1))
  fi
}

refused="nested more than 100 levels deep"
check deep-not 2 "process validate deep-not.json" \
  "blocks[1].condition (block c): in condition \"not not not"
check deep-not-place 2 "process validate deep-not.json" "$refused at character 401 ('not')"
check deep-parens 2 "process validate deep-parens.json" "$refused at character 101 ('(')"
check long-and 2 "process validate long-and.json" "$refused at character 906 ('and')"
check deep-not-load 2 "process load deep-not.json" "blocks[1].condition (block c)"
check deep-session-load 2 "load deep-session.json" \
  "processes[0].blocks[9].condition: in condition"
check deep-arrays 2 "process validate deep-arrays.json" \
  "not valid JSON: line 1, column 328: the JSON is nested too deeply"
check deep-objects 2 "process validate deep-objects.json" \
  "not valid JSON: line 1, column 1603: the JSON is nested too deeply"
check blocks-40000 2 "process validate blocks-40000.json" \
  "blocks: a process may have at most 32,767 blocks; this one has 40,000"
check options-100000 2 "process validate options-100000.json" \
  "blocks[1].options (block q): a question may have at most 256 options; this one has 100,000"
check options-300 2 "process validate options-300.json" \
  "blocks[1].options (block q): a question may have at most 256 options; this one has 300"
check options-256 0 "process validate options-256.json" "hostile is valid"
check counters-300 2 "process validate counters-300.json" \
  "counters: a process may have at most 256 counters; this one has 300"
check fork-100000 0 "process validate fork-100000.json" "hostile is valid"

# Lines, words and files.
{ repeat "x" 4000000; printf '\n'; } >long-word.procsh
check long-unknown-word 2 "" "unknown command 'xxx" long-word.procsh
{ printf 'echo '; repeat "y" 1000000; printf '\n'; } >long-line.procsh
check long-line 0 "" "yyyyyyyy" long-line.procsh
check zero-script 2 "" "/dev/zero: is a device" /dev/zero
check zero-session 2 "load /dev/zero" "/dev/zero: is a device"
check zero-definition 2 "process validate /dev/zero" "/dev/zero: is a device"
check zero-profile 2 "simulate 10 orders --profile /dev/zero" "/dev/zero: is a device"
head -c 100000000 /dev/zero >zeros.bin
input=zeros.bin
check zero-stdin 2 "" "the line is longer than procsh reads"
input=/dev/null
check past-9999 2 "clock set 9999-12-31 12:00; advance 1d" "the clock keeps to years 1 to 9999"
check year-zero 2 "clock set 0000-12-31" "there is no year 0"
check century-of-seconds 0 "process load tick.json; order new; advance 36500d; expect count tasks process tick 0" ""

if [ "$failures" -gt 0 ]; then
  echo "$failures hostile input case(s) failed" >&2
  exit 1
fi
