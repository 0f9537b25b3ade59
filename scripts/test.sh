#!/usr/bin/env bash
# The one test command (README, CI): installs what the browser tests need if it is missing, runs the static
# checks (Biome, tsc, astro check) so that a type or lint error stops it in seconds, builds the site from
# the committed data, then runs every test (unit, pipeline, charts, dist, browser). Arguments go to vitest.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "test: installing Debian's chromium for the browser tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "test: chromium is missing; install it (apt-get install chromium) to run the browser tests" >&2
    exit 1
  fi
fi

timings=()
# "lint 1 s, check 30 s": the steps run so far and their times.
so_far() {
  local list
  list=$(printf '%s, ' "${timings[@]}")
  echo "${list%, }"
}
# Runs one step and records its time; the first step that fails ends the script with its status.
step() {
  local name=$1 start=$SECONDS status=0
  shift
  echo "test: $name"
  "$@" || status=$?
  timings+=("$name $((SECONDS - start)) s")
  if [ "$status" -ne 0 ]; then
    echo "test: $name failed ($(so_far))" >&2
    exit "$status"
  fi
}

step lint npm run --silent lint
step "check (tsc, astro check)" npm run --silent check
step build npm run build
step vitest env TZ=Europe/Amsterdam npx vitest run "$@"
echo "test: passed in $SECONDS s ($(so_far))"
