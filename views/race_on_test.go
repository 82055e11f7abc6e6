//go:build race

package views

import "time"

// raceEnabled: the race detector slows everything several times over.
const raceEnabled = true

// settleTimeout is how long a test waits for the background to draw a map.
const settleTimeout = 2 * time.Minute
