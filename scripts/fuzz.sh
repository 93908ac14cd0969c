#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ and runs them (issue 9; docs/robustness.md).
#
#   scripts/fuzz.sh --short            each target a fixed number of inputs from its seeds, with a
#                                      fixed seed (about a minute in all); fails on any finding
#                                      (`scripts/test.sh` runs this, unless PROCSH_FUZZ=0)
#   scripts/fuzz.sh [--long SECONDS]   each target SECONDS (default 600): the run to do before a
#                                      release. What it found is kept in .build/fuzz/corpus/, and
#                                      the next long run goes on from there
#   scripts/fuzz.sh --build            only build, into .build/fuzz/
#   ... [TARGET...]                    only these of: commandline condition definition script
#                                      session journal
#
# A target is also a program: `.build/fuzz/condition FILE` runs one input (a reproducer) and
# prints the stack if it crashes; `.build/fuzz/condition -help=1` lists libFuzzer's options. A
# reproducer worth keeping goes to Fuzz/Corpus/TARGET/found-WHAT, with a test under Tests/.
#
# SwiftPM cannot build a libFuzzer target, so the modules are built here with swiftc: Wording,
# JSON, ProcessEngine and ProcessShell as static libraries, every one instrumented for coverage
# (`-sanitize=fuzzer` on each module, or libFuzzer sees only the target's own file) and checked
# by AddressSanitizer; then each target, linked with libFuzzer's main. The libraries are built
# again only when Sources/, the flags or the compiler changed, a target only when its file did:
# about 4 minutes on 2 cores, then seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

all_targets=(commandline condition definition script session journal)
mode=long
seconds=600
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --short) mode=short ;;
    --build) mode=build ;;
    --long)
      mode=long
      seconds="${2:?--long needs a number of seconds}"
      shift
      ;;
    -h | --help)
      sed -n '2,/^set -e/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'
      exit 0
      ;;
    commandline | condition | definition | script | session | journal) targets+=("$1") ;;
    *)
      echo "usage: $0 [--short | --long SECONDS | --build] [TARGET...]" >&2
      exit 64
      ;;
  esac
  shift
done
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

# --- Build -------------------------------------------------------------------------------------

out=.build/fuzz
mkdir -p "$out"
# The engine's prefetch hint (Sources/CMemoryHints) is a C module every module above it imports.
flags=(-swift-version 6 -sanitize=fuzzer,address -parse-as-library -O -g -wmo -I "$out"
  -Xcc -fmodule-map-file=Sources/CMemoryHints/module.modulemap)
# lld: gold warns about every AddressSanitizer symbol it cannot export.
link=(-use-ld=lld -L "$out" -lProcessShell -lProcessEngine -lWording -lJSON -lCMappingGuard -ledit)
# The shell's C modules: libedit's shim, and the SIGBUS guard of mapped files (a C source of its
# own, built into libCMappingGuard.a).
editline=(-Xcc -fmodule-map-file=Sources/CEditLine/module.modulemap -I/usr/include/editline
  -Xcc -fmodule-map-file=Sources/CMappingGuard/include/module.modulemap -I Sources/CMappingGuard/include)

# The source of each target: Fuzz/CommandLine.swift for `commandline`.
source_of() {
  case "$1" in
    commandline) echo Fuzz/CommandLine.swift ;;
    condition) echo Fuzz/Condition.swift ;;
    definition) echo Fuzz/Definition.swift ;;
    script) echo Fuzz/Script.swift ;;
    session) echo Fuzz/Session.swift ;;
    journal) echo Fuzz/Journal.swift ;;
  esac
}

# The seed corpus of each target; the command line is read from scripts, as the script target's.
corpus_of() {
  case "$1" in
    commandline) echo Fuzz/Corpus/script ;;
    *) echo "Fuzz/Corpus/$1" ;;
  esac
}

# `library NAME [FLAG...]`: Sources/NAME as lib NAME.a and its module.
library() {
  local name="$1"
  shift
  find "Sources/$name" -name '*.swift' -print0 | sort -z | xargs -0 swiftc -emit-library -static \
    -module-name "$name" "${flags[@]}" "$@" \
    -emit-module -emit-module-path "$out/$name.swiftmodule" -o "$out/lib$name.a"
}

# `hash FILE...`: one digest of the compiler, the flags and the files.
hash() {
  { swiftc --version 2>&1 && echo "${flags[*]} ${editline[*]}" && cat "$@"; } | sha256sum |
    cut -d' ' -f1
}

built=0
started=$SECONDS
mapfile -t sources < <(find Sources/JSON Sources/Wording Sources/ProcessEngine Sources/ProcessShell \
  Sources/CEditLine Sources/CMemoryHints Sources/CMappingGuard \
  -name '*.swift' -o -name '*.modulemap' -o -name '*.h' -o -name '*.c' | sort)
stamp="$(hash "${sources[@]}")"
if [ "$(cat "$out/libraries.stamp" 2>/dev/null)" != "$stamp" ]; then
  echo "building the modules for fuzzing into $out (about 4 minutes on 2 cores)"
  rm -f "$out"/*.stamp
  clang -c -O2 -fPIC -I Sources/CMappingGuard/include Sources/CMappingGuard/mapping_guard.c \
    -o "$out/mapping_guard.o"
  rm -f "$out/libCMappingGuard.a"
  ar rcs "$out/libCMappingGuard.a" "$out/mapping_guard.o"
  library Wording
  library JSON
  library ProcessEngine
  # Testable: the command-line target reads words with the shell's own lexer and parser.
  library ProcessShell -enable-testing "${editline[@]}"
  echo "$stamp" >"$out/libraries.stamp"
  built=1
fi
pids=()
for target in "${targets[@]}"; do
  source="$(source_of "$target")"
  stamp="$(hash "$out/libraries.stamp" <(echo "${link[*]}") "$source" Fuzz/Check.swift)"
  [ "$(cat "$out/$target.stamp" 2>/dev/null)" != "$stamp" ] || continue
  {
    swiftc "${flags[@]}" "${editline[@]}" -module-name "Fuzz_$target" "$source" Fuzz/Check.swift \
      "${link[@]}" -o "$out/$target"
    echo "$stamp" >"$out/$target.stamp"
  } &
  pids+=($!)
  built=1
done
build_failed=0
for pid in "${pids[@]}"; do wait "$pid" || build_failed=1; done
[ "$build_failed" -eq 0 ] || exit 1
[ "$built" -eq 0 ] || echo "built in $((SECONDS - started)) s"
[ "$mode" != build ] || exit 0

# --- Run ---------------------------------------------------------------------------------------

# libFuzzer reports a crash itself and keeps the input. Swift's backtracer would get there first,
# and AddressSanitizer takes its reads of the crashed process for an overflow.
export SWIFT_BACKTRACE=enable=no

# The longest input each target is given: a few lines, a condition, a definition, a script, a
# session.
max_len() {
  case "$1" in
    commandline) echo 512 ;;
    script) echo 2048 ;;
    condition) echo 512 ;;
    definition) echo 8192 ;;
    session) echo 32768 ;;
    journal) echo 8192 ;;
  esac
}

# How many inputs the short run tries per target: about a minute in all on the 2-core VM.
short_runs() {
  case $1 in
    commandline) echo 5000 ;;
    condition) echo 75000 ;;
    definition) echo 25000 ;;
    script) echo 1500 ;;
    session) echo 15000 ;;
    journal) echo 10000 ;;
    *) echo 2500 ;;
  esac
}

# `fuzz TARGET SECONDS FINDINGS-FOLDER`: runs TARGET on its seeds; new inputs go to the findings
# folder (the seeds are only read), a crash to $out/artifacts/TARGET/. Prints one line, or the
# reproducer and the report, and fails, when something was found.
fuzz() {
  local target="$1" seconds="$2" findings="$3" log="$out/$1.log" code=0
  local artifacts="$out/artifacts/$target/"
  local budget=(-max_total_time="$seconds")
  # The short run is part of every test run, CI's included: a fixed seed and a fixed number of
  # runs make it the same sequence of inputs on every machine, so it cannot pass here and fail
  # there.
  if [ "$mode" = short ]; then budget=(-seed=1 -runs="$(short_runs "$target")"); fi
  mkdir -p "$findings" "$artifacts"
  "$out/$target" "${budget[@]}" -rss_limit_mb=2048 -timeout=10 \
    -max_len="$(max_len "$target")" -dict="Fuzz/$target.dict" -print_final_stats=1 \
    -artifact_prefix="$artifacts" "$findings" "$(corpus_of "$target")" >"$log" 2>&1 || code=$?
  if [ "$code" -ne 0 ]; then
    echo "FAIL $target: libFuzzer exit code $code (log: $log); the reproducer:"
    grep -E "Test unit written to" "$log" | sed 's/^/     /' || true
    echo "     run it again with: $out/$target FILE"
    grep -vE "^#[0-9]+|^INFO:|^MS:|^base64:|^0x|^stat::" "$log" | head -60 | sed 's/^/     | /'
    return 1
  fi
  local runs speed coverage
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  coverage=$(grep -oE 'cov: [0-9]+' "$log" | tail -1)
  echo "ok   $target: $runs runs ($speed/s), $coverage"
}

failures=0
if [ "$mode" = short ]; then
  # The repository's corpus is not grown here: new inputs go to a scratch folder.
  scratch="$(mktemp -d)"
  trap 'rm -rf "$scratch"' EXIT
  for target in "${targets[@]}"; do
    fuzz "$target" 12 "$scratch/$target" || failures=$((failures + 1))
  done
else
  for target in "${targets[@]}"; do
    fuzz "$target" "$seconds" "$out/corpus/$target" || failures=$((failures + 1))
  done
fi
if [ "$failures" -gt 0 ]; then
  echo "$failures fuzz target(s) found a problem" >&2
  exit 1
fi
