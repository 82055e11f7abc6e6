#!/bin/sh
# smoke.sh BINARY [OUT.png]: start the real binary in a real window under Xvfb,
# wait for its window, take a screenshot from outside (Fyne's own capture is
# blank under Xvfb) and fail if the window never appears or the shot is blank;
# then open the region comparison (Ctrl+3) and check that it draws too
# (OUT-compare.png).
set -eu
bin=${1:-./zhibiao}
out=${2:-build/smoke.png}
mkdir -p "$(dirname "$out")"
logdir=$(mktemp -d)
# A display nobody serves: a clear message and exit 1, not a Go panic.
n=987
while [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
if DISPLAY=":$n" HOME="$logdir" LANG="${LANG:-en_US.UTF-8}" "$bin" >"$logdir/nodisplay.log" 2>&1; then
	echo "smoke: started without a reachable display"; rm -rf "$logdir"; exit 1
fi
if grep -q 'panic\|goroutine ' "$logdir/nodisplay.log" || ! grep -q 'cannot open a window' "$logdir/nodisplay.log"; then
	echo "smoke: unreachable display did not give a clear message:"; cat "$logdir/nodisplay.log"; rm -rf "$logdir"; exit 1
fi
echo "smoke: unreachable display :$n gives a clear message"
# -displayfd: Xvfb picks a free display and writes its number to fd 3.
Xvfb -displayfd 3 -screen 0 1366x860x24 -nolisten tcp 3>"$logdir/display" >"$logdir/xvfb.log" 2>&1 &
xpid=$!
app=""
cleanup() {
	if [ -n "$app" ]; then
		kill "$app" 2>/dev/null || true
		wait "$app" 2>/dev/null || true # it saves its preferences as it quits
	fi
	kill "$xpid" 2>/dev/null || true
	# Wait until Xvfb has removed its socket, or it may remove the socket of
	# the next Xvfb that reuses the display number.
	wait "$xpid" 2>/dev/null || true
	rm -rf "$logdir" || true
}
trap cleanup EXIT INT TERM
i=0
until [ -s "$logdir/display" ]; do
	i=$((i + 1)); [ $i -gt 100 ] && { echo "smoke: Xvfb did not start"; cat "$logdir/xvfb.log"; exit 1; }
	sleep 0.1
done
disp=":$(cat "$logdir/display")"
export DISPLAY="$disp" LANG="${LANG:-en_US.UTF-8}"
i=0
until xdpyinfo >/dev/null 2>&1; do
	i=$((i + 1)); [ $i -gt 50 ] && { echo "smoke: Xvfb did not start"; cat "$logdir/xvfb.log"; exit 1; }
	sleep 0.1
done
# A throwaway HOME keeps the test's preferences away from the user's.
HOME="$logdir" "$bin" >"$logdir/app.log" 2>&1 &
app=$!
i=0
retried=""
until xdotool search --name '指标看板' >/dev/null 2>&1; do
	i=$((i + 1))
	if ! kill -0 "$app" 2>/dev/null && [ -z "$retried" ] && grep -q "Failed to open display" "$logdir/app.log" && xdpyinfo >/dev/null 2>&1; then
		# Seen once on a busy machine: the server answered xdpyinfo, then
		# refused GLFW's first connection. One more start, said in the log.
		echo "smoke: the app could not open $DISPLAY at once; starting it again"
		retried=1
		HOME="$logdir" "$bin" >"$logdir/app.log" 2>&1 &
		app=$!
		continue
	fi
	if [ $i -gt 300 ] || ! kill -0 "$app" 2>/dev/null; then
		echo "smoke: window never appeared"; cat "$logdir/app.log"; exit 1
	fi
	sleep 0.1
done
echo "smoke: window appeared after ~$((i / 10)).$((i % 10)) s"
# Give the background load time to fill the views, then look.
sleep "${SMOKE_WAIT:-6}"
kill -0 "$app" 2>/dev/null || { echo "smoke: app exited"; cat "$logdir/app.log"; exit 1; }
check_shot() {
	import -window root "$1"
	colors=$(identify -format '%k' "$1")
	echo "smoke: screenshot $1: $colors colours"
	if [ "$colors" -lt 16 ]; then
		echo "smoke: screenshot is blank"; cat "$logdir/app.log"; exit 1
	fi
}
check_shot "$out"
win=$(xdotool search --name '指标看板' | head -n 1)
xdotool windowactivate --sync "$win" 2>/dev/null || xdotool windowfocus --sync "$win" || true
xdotool key --window "$win" ctrl+3
sleep 2
cmp="${out%.png}-compare.png"
check_shot "$cmp"
if cmp -s "$out" "$cmp"; then
	echo "smoke: Ctrl+3 did not change the window (comparison view not shown)"; exit 1
fi
if grep -E 'panic|fatal error' "$logdir/app.log"; then
	echo "smoke: app logged a panic"; exit 1
fi
echo "smoke: ok"
