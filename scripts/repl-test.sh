#!/usr/bin/env bash
# Drives the real procsh binary under tmux as a person would, and checks what the screen shows:
# the prompt with the virtual clock, Tab completion of a command and of an answer option, Up to
# recall a line, Ctrl-C to cancel a line and to stop a running command, Cyrillic input, Ctrl-D to
# leave, the history file; Ctrl-C outside the interactive shell; and a long line at 80 columns.
set -euo pipefail
binary=$(realpath "${1:-.build/debug/procsh}")
work=$(mktemp -d)
session="procsh-test-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT
cd "$work"

tmux new-session -d -s "$session" -x 200 -y 50 \
  "env PROCSH_HISTORY=$work/history LANG=C.UTF-8 NO_COLOR=1 $binary; echo \"exit code \$?\" > $work/exit; sleep 60"

screen() { tmux capture-pane -t "$session" -p -S -200; }
# Waits until the screen shows a fixed string (up to 10 s); tmux drops trailing spaces.
wait_for() {
  for _ in $(seq 1 100); do
    if screen | grep -qF -- "$1"; then return 0; fi
    sleep 0.1
  done
  echo "FAIL: the screen never showed: $1" >&2
  screen >&2
  exit 1
}
type_keys() { tmux send-keys -t "$session" "$@"; }
check() { echo "ok    $1"; }

wait_for "procsh 2026-01-05 09:00 admin>"
check "the prompt shows the virtual clock and the acting user"

type_keys "order new" Enter
wait_for "order 1 · task 1 · started order-processing"
type_keys "adv" Tab "1m" Enter
wait_for "advance 1m"
wait_for "procsh 2026-01-05 09:01 admin>"
check "Tab completes a command (adv → advance)"

type_keys "answer task 1 y" Tab Enter
wait_for "answer task 1 yes"
wait_for "answered yes by admin"
check "Tab completes an answer option (y → yes)"

type_keys "order new --no-phone"
type_keys C-c
wait_for "order new --no-phone^C"
type_keys "status" Enter
wait_for "orders   1 actual: 1 in-work"
check "Ctrl-C cancels the line and keeps the shell"

type_keys Up Up Enter
wait_for "error: task 1 has no open step"
check "Up recalls an earlier line (answer task 1 yes, answered again: refused)"

type_keys "simulate 400000 orders" Enter
sleep 2
type_keys C-c
wait_for "interrupted: the session is as it was before 'simulate 400000 orders'"
type_keys "expect count orders 1; echo still-one-order" Enter
wait_for "still-one-order"
check "Ctrl-C during a command stops it, puts the session back and keeps the shell"

type_keys 'set user 1 name "Анна Петрова"' Enter
wait_for "name set to Анна Петрова"
type_keys 'expect user 1 name "Анна Петрова"; echo cyrillic-ok' Enter
wait_for "cyrillic-ok"
check "Cyrillic input round-trips"

type_keys C-d
for _ in $(seq 1 100); do [ -s "$work/exit" ] && break; sleep 0.1; done
grep -qx "exit code 0" "$work/exit" || { echo "FAIL: Ctrl-D did not leave cleanly: $(cat "$work/exit" 2>/dev/null)" >&2; exit 1; }
check "Ctrl-D leaves with exit code 0"

for line in "order new" "advance 1m" "answer task 1 yes" "status" 'set user 1 name "Анна Петрова"'; do
  grep -qxF -- "$line" "$work/history" || { echo "FAIL: the history file lacks: $line" >&2; cat "$work/history" >&2; exit 1; }
done
if grep -qF "order new --no-phone" "$work/history"; then echo "FAIL: a cancelled line went into the history" >&2; exit 1; fi
check "the history file holds what was typed (and not the cancelled line)"
# Outside the interactive shell Ctrl-C ends procsh as it ends any program: exit code 130.
# (A background job of a script starts with Ctrl-C ignored: python puts the default back.)
python3 -c 'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])' \
  "$binary" -c "simulate 400000 orders" > /dev/null 2>&1 &
pid=$!
sleep 2
kill -INT "$pid"
code=0
wait "$pid" || code=$?
[ "$code" = 130 ] || { echo "FAIL: procsh -c ended by Ctrl-C with $code, not 130" >&2; exit 1; }
check "Ctrl-C ends a non-interactive procsh with exit code 130"

# At 80 columns, as on a projector: a long event line wraps under its text, after the timestamp,
# instead of being broken by the terminal mid-word (issue 10).
narrow="$session-80"
tmux new-session -d -s "$narrow" -x 80 -y 50 \
  "env PROCSH_HISTORY=$work/history80 LANG=C.UTF-8 NO_COLOR=1 $binary; sleep 60"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; tmux kill-session -t "$narrow" 2>/dev/null || true; rm -rf "$work"' EXIT
session=$narrow
wait_for "procsh 2026-01-05 09:00 admin>"
type_keys "order new; advance 1m; answer task 1 yes" Enter
wait_for "procsh 2026-01-05 09:01 admin>"
screen | grep -qE '^ {18}reached \(\+\) \| duplicate' \
  || { echo "FAIL: the call step's options did not wrap under the event's text" >&2; screen >&2; exit 1; }
check "at 80 columns a long event wraps under its text"

# Tab's listing of many candidates: columns of whole words read downwards (the first 100 of
# `new` and the ids 1…151, in cells of 3 + 2 characters: 16 fit, so 7 rows), then how many more.
# (tmux never shows a line wider than its 80 columns: a listing laid out on one line, as before,
# would show `new  1  2  3 …` wrapped, not the columns.)
type_keys "simulate 150 orders --seed 1" Enter
wait_for "open manager steps"
type_keys "order " Tab
wait_for "… and 52 more: type more of the word"
screen | grep -qE '^new +7 +14 +21 +28 ' \
  || { echo "FAIL: Tab's listing is not in columns at 80" >&2; screen >&2; exit 1; }
check "at 80 columns Tab lists candidates in columns of whole words"
echo "the interactive shell passed"
