//go:build !uitiming || !linux

package views

// TimeUI marks the start of work on the UI thread; the returned function
// marks its end. Only builds with the uitiming tag measure it.
func TimeUI(string) func() { return func() {} }
