#!/bin/sh
# bench-gui.sh BIN [DIR]: how long the dashboard makes a user wait, in a real
# window under Xvfb: started on DIR (the embedded seeds without it) with an
# empty cache (the first analysis, which builds DIR's index), then again
# (reopening the indexed folder). The app reports under ZHIBIAO_BENCH=exit
# (app/benchhook.go): window on screen, corpus shown with the first chart's
# draw time, ready (keywords ranked), each with the peak RSS so far; it then
# quits. Each run ends with its CPU time (user + system) and the load
# average before and after it: on a shared machine the wall times vary
# with the load, the CPU time much less. Uses $DISPLAY when
# BENCH_DISPLAY=1, else its own Xvfb.
# BENCH_INDEX=FILE reopens DIR with that index (-index FILE) instead,
# BENCH_RUNS times (default 3): the reopen of a large archive indexed once
# (by `zhibiao index` and one GUI start that stored its keywords).
set -eu
bin=$1 dir=${2:-}
home=$(mktemp -d)
xpid=""
cleanup() {
	[ -n "$xpid" ] && { kill "$xpid" 2>/dev/null || true; wait "$xpid" 2>/dev/null || true; }
	rm -rf "$home"
}
trap cleanup EXIT INT TERM
if [ "${BENCH_DISPLAY:-}" != 1 ]; then
	Xvfb -displayfd 3 -screen 0 1366x860x24 -nolisten tcp 3>"$home/display" >/dev/null 2>&1 &
	xpid=$!
	i=0
	until [ -s "$home/display" ]; do i=$((i + 1)); [ $i -gt 100 ] && { echo "bench-gui: no Xvfb"; exit 1; }; sleep 0.1; done
	DISPLAY=":$(cat "$home/display")"
	export DISPLAY
fi
export LANG="${LANG:-en_US.UTF-8}"
what=${dir:-seeds}
set -- 
[ -n "$dir" ] && set -- -corpus "$dir"
runs="first (no index)
reopen"
if [ -n "${BENCH_INDEX:-}" ]; then
	set -- "$@" -index "$BENCH_INDEX"
	runs=$(seq -f "reopen %g" "${BENCH_RUNS:-3}")
fi
echo "$runs" | while read -r run; do
	[ -z "$dir" ] && [ "$run" = reopen ] && run="again"
	load=$(cut -d' ' -f1-3 /proc/loadavg)
	HOME="$home" ZHIBIAO_BENCH=exit timeout 900 /usr/bin/time -f '%U %S' -o "$home/cpu" "$bin" "$@" </dev/null 2>&1 |
		grep '^bench:' | sed "s|^bench:|bench-gui $what, $run:|"
	# The CPU time varies less than the wall time on a shared machine.
	user=? sys=?
	[ -s "$home/cpu" ] && read -r user sys <"$home/cpu"
	printf 'bench-gui %s, %s: CPU %s s (user %s + system %s), load average %s before, %s after\n' "$what" "$run" \
		"$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" "$user" "$sys" "$load" "$(cut -d' ' -f1-3 /proc/loadavg)"
done
