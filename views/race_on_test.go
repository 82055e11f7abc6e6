//go:build race

package views

import "time"

// settleTimeout is how long a test waits for the background to draw a map
// (the race detector slows everything several times over).
const settleTimeout = 2 * time.Minute
