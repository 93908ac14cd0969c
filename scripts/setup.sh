#!/usr/bin/env bash
# Installs what procsh needs on Debian or Ubuntu: libedit-dev (line editing, to build), tmux (the
# REPL test drives the shell in it), graphviz (`process show --format svg` and `report` run its
# `dot`; the tests draw the built-ins with it), chromium and curl (the report's and the live view's
# checks load the pages in a real browser; the live view's holds an event stream open with curl).
# Uses sudo when not root; does nothing when all are there.
set -euo pipefail
missing=()
dpkg -s libedit-dev >/dev/null 2>&1 || missing+=(libedit-dev)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
command -v dot >/dev/null 2>&1 || missing+=(graphviz)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v curl >/dev/null 2>&1 || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "installing ${missing[*]}" >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
