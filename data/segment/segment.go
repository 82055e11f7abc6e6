// Package segment splits Chinese text into words with gse, using gse's
// embedded dictionary plus a domain word list (domain.txt: 六稳, 六保,
// 市场主体, 稳岗补贴 …) and the region names of the gazetteer.
package segment

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/go-ego/gse"

	"zhibiao/data/region"
)

//go:embed domain.txt
var domainTxt string

// Segmenter cuts text into words. Loading it takes a few seconds and about
// 300 MB, so load one in the background and share it: once built it is
// only read, and Cut is safe for concurrent use.
type Segmenter struct {
	seg gse.Segmenter
}

// New loads gse's embedded dictionary, then the domain words and region
// names (added with LoadDictStr after the embedded dictionary, which keeps
// both). It is slow (about 2.5 s on the reference machine).
func New() (*Segmenter, error) {
	var s Segmenter
	if err := s.seg.LoadDictEmbed(); err != nil {
		return nil, fmt.Errorf("segment: load embedded dictionary: %w", err)
	}
	if err := s.seg.LoadDictStr(DomainDict(region.Default())); err != nil {
		return nil, fmt.Errorf("segment: load domain words: %w", err)
	}
	return &s, nil
}

// DomainDict returns the domain words and region names as a gse dictionary
// text ("word freq" lines).
func DomainDict(g *region.Gazetteer) string {
	var b strings.Builder
	for _, l := range strings.Split(domainTxt, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if !strings.Contains(l, " ") {
			l += " 1000"
		}
		b.WriteString(l + "\n")
	}
	for _, n := range g.Names() {
		b.WriteString(n + " 500\n")
	}
	return b.String()
}

// Cut splits text into words sentence by sentence (gse's DAG + HMM mode,
// which keeps decimals like 3.4 whole). Spaces are dropped; punctuation
// comes back as tokens of its own.
func (s *Segmenter) Cut(text string) []string {
	var out []string
	for _, sent := range splitSentences(text) {
		for _, w := range s.seg.Cut(sent, true) {
			if strings.TrimSpace(w) != "" {
				out = append(out, w)
			}
		}
	}
	return out
}

// splitSentences cuts text after 。！？；!?; and at line ends, keeping
// the marks.
func splitSentences(text string) []string {
	var out []string
	start := 0
	for i, r := range text {
		if strings.ContainsRune("。！？；!?;\n", r) {
			end := i + len(string(r))
			out = append(out, text[start:end])
			start = end
		}
	}
	if start < len(text) {
		out = append(out, text[start:])
	}
	return out
}
