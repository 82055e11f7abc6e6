#!/bin/sh
# parallel-example.sh BIN DIR [N]: the GNU parallel example of docs/INDEX.md,
# run for real: N shard processes (default 4), one index merged from their
# outputs, a refresh that must find it up to date, and the indicators read
# back from it compared byte for byte with a plain `zhibiao indicators`.
set -eu
bin=$1 dir=$2 n=${3:-4}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ix="$work/index.sqlite"
t() { /usr/bin/time -f "  %e s wall, %U+%S s CPU, peak RSS %M KB" "$@"; }
echo "parallel-example: $dir, $n shards"
echo "1. parallel -j $n zhibiao indicators -shard {}/$n"
t parallel -j "$n" "$bin indicators -corpus $dir -shard {}/$n > $work/shard-{}.jsonl" ::: $(seq "$n")
ls -l "$work"/shard-*.jsonl | awk '{s += $5} END {printf "  shard outputs: %.0f MB\n", s / 1e6}'
echo "2. zhibiao index -import"
t "$bin" index -corpus "$dir" -index "$ix" -import "$work"/shard-*.jsonl
echo "3. zhibiao index (refresh: nothing to analyse)"
t "$bin" index -corpus "$dir" -index "$ix"
echo "4. zhibiao indicators from the merged index, and without any index"
t "$bin" indicators -corpus "$dir" -index "$ix" >"$work/merged.jsonl"
"$bin" indicators -corpus "$dir" -index "$work/none.sqlite" >"$work/plain.jsonl" 2>/dev/null
if cmp -s "$work/merged.jsonl" "$work/plain.jsonl"; then
	echo "  identical: $(wc -l <"$work/plain.jsonl") indicators"
else
	echo "  DIFFERENT"; exit 1
fi
