#!/usr/bin/env bash
# Opens a `report` page in a real browser (Debian's chromium, headless) and checks what SPEC
# §12.2 asks: it renders, the DOM shows the orders asked for and the token marks, and the console
# has no errors. First it proves that the console check catches an error (a canary page that
# throws), so a chromium that logs differently fails this script rather than passing it blindly.
#
#   scripts/report-check.sh [PROCSH] [--screenshot FILE]
#
# PROCSH defaults to .build/debug/procsh, built when missing. --screenshot keeps the page as
# seen at 1280×720 (docs/images/report.png is one).
set -euo pipefail
cd "$(dirname "$0")/.."
binary=.build/debug/procsh
screenshot=""
while [ $# -gt 0 ]; do
  case "$1" in
    --screenshot) screenshot=$(realpath -m "$2"); shift 2 ;;
    *) binary=$1; shift ;;
  esac
done
if [ ! -x "$binary" ]; then swift build --product procsh >/dev/null; fi
binary=$(realpath "$binary")
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "FAIL: chromium is not installed; install the Debian package chromium (scripts/setup.sh)" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
check() { echo "ok    $1"; }
fail() { echo "FAIL: $1" >&2; exit 1; }

# Chromium as root needs --no-sandbox; a profile of its own keeps runs apart. The console goes to
# stderr with --enable-logging=stderr --v=0, as lines holding "CONSOLE".
run_browser() {
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run \
    --user-data-dir="$work/profile" --enable-logging=stderr --v=0 "$@"
}
console_errors() { grep -E 'CONSOLE|Uncaught' "$1" | grep -viE 'dbus' || true; }

cat > "$work/canary.html" <<'HTML'
<!DOCTYPE html><html><body><p>canary</p><script>throw new Error("canary-error")</script></body></html>
HTML
run_browser --dump-dom "file://$work/canary.html" > "$work/canary.dom" 2> "$work/canary.log" || true
console_errors "$work/canary.log" | grep -q "canary-error" \
  || fail "the console check does not see a page's error (chromium's logging changed?)"
check "the console check catches a page's error"

cat > "$work/class.procsh" <<'SCRIPT'
order new
order new --name "<script>alert('x')</script> & \"Co\""
order new
advance 1m
answer task 1 yes
answer task 4 no-answer
pay order 3
advance 1d
report r.html --order 1 --order 2
SCRIPT
(cd "$work" && "$binary" class.procsh > script.out) || { cat "$work/script.out"; fail "the script failed"; }
check "procsh wrote the report"

run_browser --dump-dom "file://$work/r.html" > "$work/dom.html" 2> "$work/browser.log" \
  || { cat "$work/browser.log" >&2; fail "chromium could not open the page"; }
errors=$(console_errors "$work/browser.log")
[ -z "$errors" ] || fail "the console has errors: $errors"
check "no console errors"
for wanted in 'id="order-1"' 'id="order-2"' 'class="node current"' 'class="token"' \
  'id="funnel"' '&lt;script&gt;alert'; do
  grep -qF -- "$wanted" "$work/dom.html" || fail "the rendered page has no $wanted"
done
! grep -qF 'id="order-3"' "$work/dom.html" || fail "order 3 was not asked for but is shown"
! grep -qF "<script>alert" "$work/dom.html" || fail "the customer's name became a script"
check "the rendered page shows orders 1 and 2 (not 3), the token marks and the funnel"
! grep -qE '(src|href)="(https?:)?//' "$work/dom.html" || fail "the page refers to the network"
check "nothing fetched from the network"

if [ -n "$screenshot" ]; then
  run_browser --hide-scrollbars --window-size=1280,720 --screenshot="$screenshot" \
    "file://$work/r.html" > /dev/null 2>&1 || fail "no screenshot"
  check "screenshot at 1280x720: $screenshot ($(stat -c %s "$screenshot") bytes)"
fi
