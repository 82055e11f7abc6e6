package data

import "sync"

// Progress reports how far a stage of work has come: done of total. The
// pipeline's and the keyword stage's progress callbacks are ones.
type Progress = func(stage string, done, total int)

// OrNoProgress returns p, or a Progress that does nothing when p is nil.
func OrNoProgress(p Progress) Progress {
	if p == nil {
		return func(string, int, int) {}
	}
	return p
}

// Serialized returns a Progress that calls p from one goroutine at a time,
// with counts that never go down, for workers that report concurrently.
func Serialized(p Progress) Progress {
	var mu sync.Mutex
	last := map[string]int{}
	return func(stage string, done, total int) {
		mu.Lock()
		defer mu.Unlock()
		if done < last[stage] {
			return
		}
		last[stage] = done
		p(stage, done, total)
	}
}
