//go:build !uitiming || !linux

package views

// timeUI marks the start of work on the UI thread; the returned function
// marks its end. Only builds with the uitiming tag measure it.
func timeUI(string) func() { return func() {} }
