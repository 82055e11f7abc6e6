package app

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"zhibiao/data"
)

// TestPlaceSortsInCorpusOrder: figures read in the index's order come out
// in corpus order (story, then place in it), with their stories, moved in
// place; those of a story not read are left out.
func TestPlaceSortsInCorpusOrder(t *testing.T) {
	arts := []*data.Article{{File: "a", Title: "A"}, {File: "b", Title: "B"}, {File: "c", Title: "C"}}
	f := &indexFigures{arts: arts, pos: map[int64]int32{10: 0, 20: 1, 30: 2}}
	for _, drop := range []bool{false, true} {
		var r rawFigures
		var want []string
		for _, aid := range []int64{10, 20, 30} {
			for seq := range 40 {
				name := strconv.Itoa(int(aid)) + "/" + strconv.Itoa(seq)
				want = append(want, name)
				r.figs = append(r.figs, data.Indicator{Raw: name})
				r.articles, r.seqs = append(r.articles, aid), append(r.seqs, int32(seq))
			}
		}
		if drop {
			r.figs = append(r.figs, data.Indicator{Raw: "gone"})
			r.articles, r.seqs = append(r.articles, 99), append(r.seqs, 0)
		}
		rng := rand.New(rand.NewPCG(1, 2))
		rng.Shuffle(len(r.figs), func(i, j int) {
			r.figs[i], r.figs[j] = r.figs[j], r.figs[i]
			r.articles[i], r.articles[j] = r.articles[j], r.articles[i]
			r.seqs[i], r.seqs[j] = r.seqs[j], r.seqs[i]
		})
		got := f.place(r)
		if len(got) != len(want) {
			t.Fatalf("drop %v: %d figures, want %d", drop, len(got), len(want))
		}
		for i, d := range got {
			a := arts[i/40]
			if d.Raw != want[i] || d.Article != a || d.File != a.File || d.Story != a.Title {
				t.Fatalf("drop %v: figure %d is %q of %v, want %q of %s", drop, i, d.Raw, d.Article, want[i], a.Title)
			}
		}
	}
}
