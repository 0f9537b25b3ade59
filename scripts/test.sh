#!/usr/bin/env bash
# The one test command (README, CI): installs what the browser tests need if it is missing, builds the
# site from the committed data, then runs every test (unit, pipeline, charts, dist, browser).
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
npm run build
TZ=Europe/Amsterdam npx vitest run "$@"
