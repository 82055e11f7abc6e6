package segment

import (
	"math"
	"sort"
	"testing"
)

func TestDictFind(t *testing.T) {
	d := seg.dict
	tests := []struct {
		s        string
		word, ok bool
	}{
		{"市场", true, true},
		{"市场主体", true, true}, // domain word
		{"即墨区", true, true},  // region name
		{"中华人民共和", false, true},
		{"中华人民共和国", true, true},
		{"市场主体市场", false, false},
		{"4s店", true, true}, // stored lowercased
		{"4S店", false, false},
		{"", false, false},
		{"\xff", false, false},
		{"𠀀𠀀𠀀", false, false},
	}
	for _, tt := range tests {
		i, ok := d.find(tt.s)
		if (i >= 0) != tt.word || ok != tt.ok {
			t.Errorf("find(%q) = %d, %v; want word %v, ok %v", tt.s, i, ok, tt.word, tt.ok)
		}
	}
}

func TestDictSorted(t *testing.T) {
	d := seg.dict
	if d.size() < 587207 {
		t.Fatalf("%d words, want gse's 587,207 and the domain words", d.size())
	}
	if !sort.SliceIsSorted(d.off[:d.size()], func(i, j int) bool { return d.key(i) < d.key(j) }) {
		t.Fatal("keys not sorted")
	}
	for i := 1; i < d.size(); i++ {
		if d.key(i-1) == d.key(i) {
			t.Fatalf("duplicate key %q", d.key(i))
		}
	}
}

func TestAddWords(t *testing.T) {
	d, _, err := loadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	total := d.total
	old, _ := d.find("市场")
	oldFreq := d.logFreq[old]
	d.addWords("市场 99999\n稳岗扩岗专项 1000 n\nAbc新词 50\n罕见词组 1\n鑫 5000\n\n无频率\n稳岗扩岗专项 7\n")
	if i, _ := d.find("市场"); d.logFreq[i] != oldFreq {
		t.Error("a word already in the dictionary changed frequency")
	}
	for w, f := range map[string]float64{"稳岗扩岗专项": 1000, "abc新词": 50} {
		i, _ := d.find(w)
		if i < 0 || d.logFreq[i] != math.Log(f) {
			t.Errorf("%s: index %d, want log(%v)", w, i, f)
		}
	}
	for _, w := range []string{"罕见词组", "无频率", "Abc新词"} {
		if i, _ := d.find(w); i >= 0 {
			t.Errorf("%s added", w)
		}
	}
	if _, ok := d.find("稳岗扩岗"); !ok {
		t.Error("prefix of an added word not found")
	}
	// 鑫 is in gse's dictionary already (as every single character, freq 2).
	if d.total != total+1000+50 {
		t.Errorf("total %v, want %v", d.total, total+1050)
	}
	if d.logTotal != math.Log(d.total) {
		t.Error("logTotal not updated")
	}
}
