#!/bin/sh
# fuzz.sh [FUZZTIME]: run every fuzz target of the module (each `func FuzzX`
# in a _test.go file) with `go test -fuzz` for FUZZTIME each (default 30s),
# one after the other (go test fuzzes one target at a time), and report each.
# A failure leaves its input in the package's testdata/fuzz/FuzzX/ (the seed
# corpus that plain `go test` replays); the script goes on with the other
# targets and exits 1 at the end if any failed.
set -u
fuzztime=${1:-30s}
go=${GO:-go}
failed=""
targets=$(grep -rlE --include='*_test.go' '^func Fuzz[A-Za-z0-9_]*\(' . | sort)
for file in $targets; do
	dir=$(dirname "$file")
	for name in $(sed -nE 's/^func (Fuzz[A-Za-z0-9_]*)\(.*/\1/p' "$file"); do
		echo "== $dir $name ($fuzztime)"
		if ! "$go" test -tags ci -run '^$' -fuzz "^$name\$" -fuzztime "$fuzztime" -fuzzminimizetime "${FUZZMINIMIZE:-10s}" "$dir"; then
			failed="$failed $dir:$name"
		fi
	done
done
if [ -n "$failed" ]; then
	echo "fuzz: FAILED:$failed"
	exit 1
fi
echo "fuzz: every target passed ($fuzztime each)"
