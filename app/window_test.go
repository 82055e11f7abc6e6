package app

import (
	"strings"
	"testing"
)

// TestOpenWindowTurnsADriverPanicIntoAnError: an unreachable DISPLAY made
// GLFW panic with a stack trace (issue 11). scripts/smoke.sh runs the real
// binary on an unreachable display too.
func TestOpenWindowTurnsADriverPanicIntoAnError(t *testing.T) {
	t.Setenv("DISPLAY", ":987")
	ui, err := openWindow(func() *UI { panic("NotInitialized: The GLFW library is not initialized") })
	if ui != nil || err == nil || !strings.Contains(err.Error(), `cannot open a window (NotInitialized`) || !strings.Contains(err.Error(), `":987"`) {
		t.Fatalf("openWindow = %v, %v; want an error naming the display", ui, err)
	}
	want := &UI{}
	if ui, err := openWindow(func() *UI { return want }); ui != want || err != nil {
		t.Errorf("openWindow without a panic = %v, %v", ui, err)
	}
}
