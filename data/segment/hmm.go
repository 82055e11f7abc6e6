package segment

import (
	"unicode"
	"unicode/utf8"
)

// HMM states, in the order of the emission table. gse breaks ties between
// states by their letters' byte order (B < E < M < S), kept in stateLetters.
const (
	stB = iota
	stM
	stE
	stS
)

// minFloat is gse's log-probability for "never".
const minFloat = -3.14e100

// stateLetters are the states' letters, used for gse's tie-breaking.
const stateLetters = "BMES"

// hmmModel is gse's HMM word model for characters the dictionary does not
// join: emission log-probabilities per character and state.
type hmmModel struct {
	index map[rune]int32
	emit  [][4]float64
	start [4]float64    // log-probability of the first state
	trans [4][4]float64 // trans[from][to]; pairs absent from the model are minFloat
	prev  [4][2]int     // prev[to]: the states that may precede it, in gse's order
}

// newHMM returns gse's (jieba's) model with room for n characters'
// emissions, which the caller adds.
func newHMM(n int) *hmmModel {
	return &hmmModel{
		index: make(map[rune]int32, n),
		emit:  make([][4]float64, 0, n),
		start: [4]float64{stB: -0.26268660809250016, stM: -3.14e+100, stE: -3.14e+100, stS: -1.4652633398537678},
		trans: [4][4]float64{
			stB: {stB: minFloat, stM: -0.916290731874155, stE: -0.510825623765990, stS: minFloat},
			stM: {stB: minFloat, stM: -1.2603623820268226, stE: -0.33344856811948514, stS: minFloat},
			stE: {stB: -0.5897149736854513, stM: minFloat, stE: minFloat, stS: -0.8085250474669937},
			stS: {stB: -0.7211965654669841, stM: minFloat, stE: minFloat, stS: -0.6658631448798212},
		},
		prev: [4][2]int{stB: {stE, stS}, stM: {stM, stB}, stE: {stB, stM}, stS: {stS, stE}},
	}
}

func (m *hmmModel) add(r rune, e [4]float64) {
	m.index[r] = int32(len(m.emit))
	m.emit = append(m.emit, e)
}

// emission returns the log-probabilities of r in each state.
func (m *hmmModel) emission(r rune) [4]float64 {
	if i, ok := m.index[r]; ok {
		return m.emit[i]
	}
	return [4]float64{minFloat, minFloat, minFloat, minFloat}
}

// cut splits text as gse's hmm.Cut does: runs of Han characters go through
// Viterbi, ASCII numbers (3.4) and letter/digit runs stay whole, anything
// else is passed through in pieces between them.
func (m *hmmModel) cut(text string, out []string) []string {
	for len(text) > 0 {
		hs, he := hanRun(text)
		if hs == 0 {
			out = m.viterbiCut(text[:he], out)
			text = text[he:]
			continue
		}
		ss, se := skipRun(text)
		if ss == 0 {
			out = append(out, text[:se])
			text = text[se:]
			continue
		}
		loc := -1
		switch {
		case hs < 0 && ss < 0:
		case hs < 0:
			loc = ss
		case ss < 0 || hs < ss:
			loc = hs
		default:
			loc = ss
		}
		if loc < 0 {
			return append(out, text)
		}
		out = append(out, text[:loc])
		text = text[loc:]
	}
	return out
}

// hanRun finds the first run of Han characters (regexp \p{Han}+), or -1.
func hanRun(s string) (start, end int) {
	start = -1
	for i, r := range s {
		han := unicode.Is(unicode.Han, r)
		switch {
		case han && start < 0:
			start = i
		case !han && start >= 0:
			return start, i
		}
	}
	if start < 0 {
		return -1, -1
	}
	return start, len(s)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isAlnum(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// skipRun finds the first match of gse's (\d+\.\d+|[a-zA-Z0-9]+), or -1.
func skipRun(s string) (start, end int) {
	start = -1
	for i := 0; i < len(s); i++ {
		if isAlnum(s[i]) {
			start = i
			break
		}
	}
	if start < 0 {
		return -1, -1
	}
	d := start
	for d < len(s) && isDigit(s[d]) {
		d++
	}
	if d > start && d+1 < len(s) && s[d] == '.' && isDigit(s[d+1]) {
		d += 2
		for d < len(s) && isDigit(s[d]) {
			d++
		}
		return start, d
	}
	end = start
	for end < len(s) && isAlnum(s[end]) {
		end++
	}
	return start, end
}

// viterbiCut splits a run of Han characters into words by the most likely
// B/M/E/S state path, exactly as gse's hmm.Viterbi (including its
// tie-breaking).
func (m *hmmModel) viterbiCut(text string, out []string) []string {
	n := utf8.RuneCountInString(text)
	offs := make([]int, 0, n+1)
	back := make([][4]int8, n)
	var prob [4]float64
	t := 0
	for i, r := range text {
		offs = append(offs, i)
		e := m.emission(r)
		if t == 0 {
			for y := range prob {
				prob[y] = e[y] + m.start[y]
			}
			t++
			continue
		}
		var next [4]float64
		for y := range next {
			best, from := 0.0, -1
			for _, y0 := range m.prev[y] {
				p := prob[y0] + m.trans[y0][y] + e[y]
				if from < 0 || p > best || p == best && stateLetters[y0] > stateLetters[from] {
					best, from = p, y0
				}
			}
			next[y], back[t][y] = best, int8(from)
		}
		prob = next
		t++
	}
	offs = append(offs, len(text))
	last := stE
	if prob[stS] >= prob[stE] {
		last = stS
	}
	states := make([]int8, n)
	states[n-1] = int8(last)
	for t := n - 1; t > 0; t-- {
		states[t-1] = back[t][states[t]]
	}
	begin, next := 0, 0
	for i, st := range states {
		switch st {
		case stB:
			begin = i
		case stE:
			out = append(out, text[offs[begin]:offs[i+1]])
			next = i + 1
		case stS:
			out = append(out, text[offs[i]:offs[i+1]])
			next = i + 1
		}
	}
	if next < n {
		out = append(out, text[offs[next]:])
	}
	return out
}
