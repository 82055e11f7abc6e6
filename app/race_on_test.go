//go:build race

package app

// raceEnabled: the race detector slows everything several times over
// (UI-thread budgets are not checked under it).
const raceEnabled = true
