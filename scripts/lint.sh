#!/usr/bin/env bash
# Checks the formatting of the Swift sources and the fuzz targets with the toolchain's
# swift-format and .swift-format. `scripts/lint.sh --fix` rewrites them in place.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--fix" ]; then
  swift format format --in-place --recursive Sources Tests Fuzz Package.swift
else
  swift format lint --strict --recursive Sources Tests Fuzz Package.swift
fi
