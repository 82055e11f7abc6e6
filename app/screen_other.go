//go:build ci || android || ios || mobile || wasm || js || tamago || noos || tinygo

package app

// screenPixels reports that the screen's size is unknown (test driver and
// platforms without GLFW: the window there fits the screen anyway).
func screenPixels() (width, height int, ok bool) { return 0, 0, false }
