#!/usr/bin/env bash
# Installs what procsh needs on Debian or Ubuntu: libedit-dev (line editing, to build), tmux (the
# REPL test drives the shell in it) and graphviz (`process show --format svg` runs its `dot`; the
# tests draw the built-ins with it) and chromium (scripts/report-check.sh opens a `report` page in
# it, headless). Uses sudo when not root; does nothing when all are there.
set -euo pipefail
missing=()
dpkg -s libedit-dev >/dev/null 2>&1 || missing+=(libedit-dev)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
command -v dot >/dev/null 2>&1 || missing+=(graphviz)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "installing ${missing[*]}" >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
