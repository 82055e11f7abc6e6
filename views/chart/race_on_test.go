//go:build race

package chart

// raceEnabled: the race detector slows everything several times over.
const raceEnabled = true
