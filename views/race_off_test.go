//go:build !race

package views

import "time"

const raceEnabled = false

// settleTimeout is how long a test waits for the background to draw a map.
const settleTimeout = 10 * time.Second
