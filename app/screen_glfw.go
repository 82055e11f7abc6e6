//go:build !ci && !android && !ios && !mobile && !wasm && !js && !tamago && !noos && !tinygo

package app

import "github.com/go-gl/glfw/v3.3/glfw"

// screenPixels is the work area (the screen less panels and docks) of the
// primary monitor in pixels. Fyne has no API for it; Fyne's driver has
// initialised GLFW by the time a window exists, and this must run on the
// main thread (in a lifecycle hook or fyne.Do).
func screenPixels() (width, height int, ok bool) {
	defer func() {
		if r := recover(); r != nil { // go-gl panics on some GLFW errors
			width, height, ok = 0, 0, false
		}
	}()
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return 0, 0, false
	}
	if _, _, w, h := m.GetWorkarea(); w > 0 && h > 0 {
		return w, h, true
	}
	if mode := m.GetVideoMode(); mode != nil && mode.Width > 0 && mode.Height > 0 {
		return mode.Width, mode.Height, true
	}
	return 0, 0, false
}
