#!/bin/sh
# bench-index.sh BIN BIGCORPUS_BIN DIR: what a user of the headless commands
# waits for on the corpus in DIR (made by scripts/bigcorpus), each command a
# fresh process timed with /usr/bin/time (wall, CPU, peak RSS):
#   1. zhibiao indicators, no index: the first analysis, streamed
#   2. zhibiao index: the first build of the index
#   3. zhibiao index again: nothing changed
#   4. zhibiao indicators with the index up to date: read from it
#   5. 1,000 new files added, zhibiao index: only they are analysed
#   6. full-text queries against the index (bigcorpus -search)
# The index is DIR.sqlite (removed first); the added files go to DIR/zz-added
# and are removed at the end (a last refresh drops them again).
set -eu
bin=$1 big=$2 dir=$3
ix="$dir.sqlite"
added="$dir/zz-added"
out=$(mktemp -d)
trap 'rm -rf "$out" "$added"' EXIT
rm -f "$ix" "$ix-wal" "$ix-shm" "$ix.bad"
rm -rf "$added"
n=$(find "$dir" -name '*.txt' | wc -l)
run() { # run LABEL CMD...: one timed run, stdout counted, stderr kept
	label=$1; shift
	/usr/bin/time -f "%e %U %S %M" -o "$out/time" "$@" >"$out/stdout" 2>"$out/stderr" || {
		echo "bench-index: $label failed:"; cat "$out/stderr"; exit 1; }
	set -- $(cat "$out/time")
	printf 'bench-index %-44s wall %7.2f s  CPU %7.2f s  peak RSS %5d MB  stdout %7d lines\n' \
		"$label" "$1" "$(echo "$2 + $3" | bc)" $(($4 / 1024)) "$(wc -l <"$out/stdout")"
}
echo "bench-index: $n files in $dir, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
run "indicators, no index (first analysis)" "$bin" indicators -corpus "$dir" -index "$ix"
run "index, first build" "$bin" index -corpus "$dir" -index "$ix"
ls -l "$ix" | awk '{printf "bench-index index file: %.0f MB\n", $5 / 1e6}'
run "index, nothing changed" "$bin" index -corpus "$dir" -index "$ix"
run "indicators, from the up-to-date index" "$bin" indicators -corpus "$dir" -index "$ix"
"$big" -n 1000 -seed 7 -dir "$out/more" -gen-only >/dev/null
mkdir -p "$added" && cp -r "$out/more"/0* "$added"/
run "index, 1,000 files added" "$bin" index -corpus "$dir" -index "$ix"
grep -o '([^)]*)' "$out/stderr" | sed 's/^/bench-index   /'
"$big" -dir "$dir" -search "$ix" | sed 's/^/bench-index /'
rm -rf "$added"
run "index, the 1,000 files deleted again" "$bin" index -corpus "$dir" -index "$ix"
