#!/usr/bin/env bash
# Put unfinished work aside, fix something on main, then bring the work back.
# Run inside a git repository, on a branch that has uncommitted changes.
set -euo pipefail

branch="$(git branch --show-current)"
# --include-untracked (-u) also saves new files that were never added.
git stash push --include-untracked -m "half-done login form"
git stash list                  # stash@{0}: On feature/login: half-done login form
git status --short              # prints nothing: the working tree is clean

git switch main
printf 'TIMEOUT_SECONDS = 10\n' > settings.py   # the urgent fix
git add settings.py
git commit -m "Raise the upstream timeout"

git switch "$branch"
git stash pop                   # re-apply the newest entry and remove it from the list
git stash list                  # prints nothing again
