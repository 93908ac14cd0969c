#!/usr/bin/env bash
# The live view (`view`, issue 10) in a real browser: procsh runs under tmux as a person runs it,
# starts the live page, and Debian's chromium (headless, driven by scripts/live_view_browser.py
# over the DevTools pipe) loads it; then another command typed in the shell must reach the open
# page through server-sent events, with no console error, and a screenshot is taken. Then Ctrl-D
# with a browser's event stream still open: procsh must exit with 0 at once and leave nothing
# listening.
#
# usage: scripts/live-view-check.sh [PROCSH [SCREENSHOT]]   (default .build/debug/procsh; the
# screenshot goes to a scratch folder unless named: docs/images/live-view.png is made with
# `scripts/live-view-check.sh .build/debug/procsh docs/images/live-view.png`, never by a test run)
set -euo pipefail
cd "$(dirname "$0")/.."
procsh=$(realpath "${1:-.build/debug/procsh}")
command -v chromium >/dev/null || { echo "chromium is not installed (scripts/setup.sh)" >&2; exit 1; }
session="procsh-live-$$"
work=$(mktemp -d)
screenshot="${2:-$work/live-view.png}"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT

screen() { tmux capture-pane -p -t "$session" -S -200; }
type_line() { tmux send-keys -t "$session" -l "$1"; tmux send-keys -t "$session" Enter; }
wait_for() {  # TEXT: until the terminal shows it, 10 s at most
  for _ in $(seq 100); do screen | grep -qF -- "$1" && return 0; sleep 0.1; done
  echo "the shell never showed '$1':" >&2; screen >&2; exit 1
}

tmux new-session -d -s "$session" -x 160 -y 50 \
  "cd '$work' && PROCSH_HISTORY='$work/history' '$procsh'; echo \"exit=\$?\" > '$work/exit'; sleep 30"
wait_for "admin>"
type_line "view"
wait_for "live view at http://127.0.0.1:"
url=$(screen | grep -o 'http://127\.0\.0\.1:[0-9]*/' | head -1)
type_line "order new"
wait_for "order 1 · task 1 · started order-processing"

# The second order is typed while the page is open: it must appear there by itself.
python3 scripts/live_view_browser.py "$url" "Customer 1" \
  "tmux send-keys -t '$session' -l 'order new; advance 1m' && tmux send-keys -t '$session' Enter" \
  "Customer 2" "$screenshot"

# A browser's stream still open, Ctrl-D: procsh exits 0, promptly, and the port is closed.
curl -sN "${url}events" >/dev/null 2>&1 &
stream=$!
sleep 0.5
tmux send-keys -t "$session" C-d
for _ in $(seq 50); do [ -s "$work/exit" ] && break; sleep 0.1; done
[ -s "$work/exit" ] || { echo "procsh did not exit within 5 s of Ctrl-D" >&2; screen >&2; exit 1; }
grep -qx "exit=0" "$work/exit" || { echo "procsh exited with $(cat "$work/exit")" >&2; exit 1; }
wait "$stream" 2>/dev/null || true   # the server ended the stream
if curl -s -o /dev/null "$url"; then echo "something still answers at $url" >&2; exit 1; fi
echo "live view: page, server-sent update, screenshot and a clean exit checked"
