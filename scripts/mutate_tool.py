#!/usr/bin/env python3
"""The file work of scripts/mutate.sh: keeping the scratch copy in step, applying one mutation,
reading the test logs, printing the table.

    mutate_tool.py sync ROOT TREE          copy ROOT's files (tracked and untracked, not ignored) to
                                           TREE, touching only files that differ, so the scratch
                                           build stays incremental; files gone from ROOT go
    mutate_tool.py describe FILE           the mutation's one-line bug description
    mutate_tool.py apply FILE TREE         apply it in TREE; exit 3 when the text to find is not
                                           there exactly once (the mutation is stale)
    mutate_tool.py failures LOG            the Swift Testing tests that failed, one per line, the
                                           first to fail first
    mutate_tool.py table RESULTS           the results as a markdown table and the score
    mutate_tool.py check ROOT              every mutation in ROOT/scripts/mutations still applies
                                           (its text occurs exactly once); exit 1 naming the stale

A mutation file (scripts/mutations/NN-short-name.mutation):

    bug: what bug it models, in one line
    file: Sources/ProcessEngine/Runtime/Engine+Clock.swift
    --- find
    the exact text, one or more lines, that must occur exactly once in the file
    --- replace
    what replaces it (may be empty)

Lines before `bug:` starting with `#` are comments.
"""
import os
import re
import shutil
import subprocess
import sys


def parse(path):
    bug = file = None
    find, replace = [], []
    section = None
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line == "--- find":
            section = find
            continue
        if line == "--- replace":
            section = replace
            continue
        if section is not None:
            section.append(line)
        elif line.startswith("bug:"):
            bug = line[4:].strip()
        elif line.startswith("file:"):
            file = line[5:].strip()
        elif line.strip() and not line.startswith("#"):
            sys.exit("%s: unexpected line before '--- find': %s" % (path, line))
    # The file's final newline ends the replacement; it is not part of it.
    while replace and replace[-1] == "":
        replace.pop()
    if not (bug and file and find):
        sys.exit("%s: needs 'bug:', 'file:' and a '--- find' section" % path)
    return bug, file, "\n".join(find), "\n".join(replace)


def sync(root, tree):
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=root, capture_output=True, check=True).stdout.decode().split("\0")
    files = {f for f in listed if f and os.path.isfile(os.path.join(root, f))}
    # Not in git, but it pins the dependencies: without it the copy resolves them afresh.
    if os.path.isfile(os.path.join(root, "Package.resolved")):
        files.add("Package.resolved")
    copied = 0
    for name in sorted(files):
        source = os.path.join(root, name)
        target = os.path.join(tree, name)
        if os.path.isfile(target) and same(source, target):
            continue
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copy2(source, target)
        copied += 1
    removed = 0
    for directory, subdirectories, names in os.walk(tree):
        relative = os.path.relpath(directory, tree)
        if relative == ".":
            subdirectories[:] = [d for d in subdirectories if not d.startswith(".build")]
        for name in names:
            path = os.path.normpath(os.path.join(relative, name))
            if path not in files:
                os.remove(os.path.join(directory, name))
                removed += 1
    print("synced %d files (%d copied, %d removed)" % (len(files), copied, removed))


def same(a, b):
    if os.path.getsize(a) != os.path.getsize(b):
        return False
    with open(a, "rb") as x, open(b, "rb") as y:
        return x.read() == y.read()


def staleness(mutation, tree):
    """Why `mutation` cannot be applied in `tree`, or None when it can."""
    _, file, find, _ = parse(mutation)
    path = os.path.join(tree, file)
    if not os.path.isfile(path):
        return "%s does not exist" % file
    count = open(path, encoding="utf-8").read().count(find)
    if count != 1:
        return "the text to find occurs %d times in %s" % (count, file)
    return None


def apply(mutation, tree):
    reason = staleness(mutation, tree)
    if reason:
        print("stale: " + reason)
        sys.exit(3)
    _, file, find, replace = parse(mutation)
    path = os.path.join(tree, file)
    text = open(path, encoding="utf-8").read()
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text.replace(find, replace))


def check(root):
    # A mutation whose text has moved tests nothing, and a full run only says so at its end:
    # the test suite runs this, so an edit that strands one fails at once and names it.
    folder = os.path.join(root, "scripts", "mutations")
    stale = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".mutation"):
            reason = staleness(os.path.join(folder, name), root)
            if reason:
                stale.append("%s: %s" % (name, reason))
    for line in stale:
        print("stale mutation " + line)
    if stale:
        print("move each one's '--- find' text to where the code now is (scripts/mutate.sh NN checks it is caught)")
        sys.exit(1)


def failures(log):
    # Swift Testing names a failing test on each issue it records, as
    # `✘ Test name() recorded an issue at File.swift:21:5: ...` (or `... recorded an issue with 1
    # argument ...` for a parameterized one), and once more at its end as `✘ Test name() failed
    # after ...`; the suite is stopped at the first issue, so usually only the former is there.
    # The run's closing line (`✘ Test run with N tests ... failed after ...`) names no test, and
    # `recorded a known issue` (withKnownIssue) is no failure.
    names = []
    for line in open(log, encoding="utf-8", errors="replace"):
        match = re.match(r"^\S+ Test (.+?) (?:recorded an issue\b|failed after )", line)
        if not match or match.group(1).startswith("run with "):
            continue
        if match.group(1) not in names:
            names.append(match.group(1))
    for name in names:
        print(name)


def table(results):
    rows = [line.rstrip("\n").split("\t") for line in open(results, encoding="utf-8") if line.strip()]
    print("| mutation | bug | result | caught by |")
    print("|---|---|---|---|")
    caught = survived = other = 0
    for number, name, bug, result, detail in rows:
        print("| %s | %s | %s | %s |" % (name, bug, result, detail))
        if result in ("caught", "timeout"):
            caught += 1
        elif result == "survived":
            survived += 1
        else:
            other += 1
    print("")
    print("score: %d caught of %d (%d survived; %d stale or not building, not counted)" % (
        caught, caught + survived, survived, other))


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "sync":
        sync(sys.argv[2], sys.argv[3])
    elif command == "describe":
        print(parse(sys.argv[2])[0])
    elif command == "apply":
        apply(sys.argv[2], sys.argv[3])
    elif command == "failures":
        failures(sys.argv[2])
    elif command == "table":
        table(sys.argv[2])
    elif command == "check":
        check(sys.argv[2])
    else:
        sys.exit("unknown command " + command)
