#!/usr/bin/env bash
# A feature-branch workflow: branch, commit, rebase on main, merge with --no-ff.
# Run inside a git repository whose default branch is main. On a team the merge
# usually happens through a pull request; the commands underneath are the same.
set -euo pipefail

feature="feature/add-health-endpoint"
has_remote() { git remote get-url origin >/dev/null 2>&1; }

git switch main
if has_remote; then git pull --ff-only; fi   # start from the latest main
git switch -c "$feature"                      # create the branch and move onto it

printf 'def health() -> dict:\n    return {"status": "ok"}\n' > health.py
git add health.py
git commit -m "Add health endpoint"

# Before merging, replay the branch on top of whatever landed on main meanwhile.
git switch main
if has_remote; then git pull --ff-only; fi
git switch "$feature"
git rebase main

git switch main
git merge --no-ff "$feature" -m "Merge $feature"   # a merge commit marks the feature
git branch -d "$feature"                            # -d refuses to delete unmerged work
if has_remote; then git push origin main; fi
git log --oneline --graph -n 5
