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
# Runs one step and records how long it took; set -e stops the script at the first step that fails.
step() {
  local name=$1 start=$SECONDS
  shift
  echo "test: $name"
  "$@"
  timings+=("$name $((SECONDS - start)) s")
}

step lint npm run --silent lint
step "check (tsc, astro check)" npm run --silent check
step build npm run build
step vitest env TZ=Europe/Amsterdam npx vitest run "$@"
echo "test: passed ($(IFS=,; echo "${timings[*]}" | sed 's/,/, /g'))"
