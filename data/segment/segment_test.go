package segment

import (
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"

	"zhibiao/data/region"
)

// seg is loaded once per test binary: gse takes seconds and ~300 MB.
var seg *Segmenter

func TestMain(m *testing.M) {
	s, err := New(region.Default())
	if err != nil {
		println("segment: New:", err.Error())
		os.Exit(1)
	}
	seg = s
	os.Exit(m.Run())
}

func TestDomainWordsWhole(t *testing.T) {
	tests := []struct {
		text  string
		whole []string
	}{
		{"发放稳岗补贴7414万余元，累计减税降费8.1亿余元。", []string{"稳岗补贴", "减税降费", "8.1"}},
		{"扎实做好“六稳”工作，全面落实“六保”任务。", []string{"六稳", "六保"}},
		{"742家规上企业在平台上线，保住市场主体。", []string{"规上企业", "市场主体"}},
		{"推动企业复工复产，西海岸新区新增就业8.25万人。", []string{"复工复产", "西海岸新区", "8.25"}},
		{"即墨区和崂山区加快建设。", []string{"即墨区", "崂山区"}},
	}
	for _, tt := range tests {
		got := seg.Cut(tt.text)
		for _, w := range tt.whole {
			if !slices.Contains(got, w) {
				t.Errorf("Cut(%q) = %q: %q not kept whole", tt.text, got, w)
			}
		}
		if strings.Join(got, "") != strings.ReplaceAll(tt.text, " ", "") {
			t.Errorf("Cut(%q) loses text: %q", tt.text, got)
		}
	}
}

func TestCutSentences(t *testing.T) {
	got := seg.Cut("第一句。\n第二句！ 第三句")
	for _, w := range got {
		if strings.TrimSpace(w) == "" {
			t.Errorf("blank token in %q", got)
		}
	}
	if seg.Cut("") != nil {
		t.Error("Cut of empty text is not nil")
	}
}

func TestConcurrentCut(t *testing.T) {
	text := "上半年，即墨区新登记各类市场主体2.9万户，发放稳岗补贴3000余万元。"
	want := strings.Join(seg.Cut(text), "/")
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				if got := strings.Join(seg.Cut(text), "/"); got != want {
					t.Errorf("concurrent Cut = %s, want %s", got, want)
				}
			}
		})
	}
	wg.Wait()
}

func TestDomainDict(t *testing.T) {
	d := DomainDict(region.Default())
	for _, w := range []string{"稳岗补贴 ", "六保 ", "即墨区 ", "西海岸新区 ", "大连 "} {
		if !strings.Contains(d, "\n"+w) && !strings.HasPrefix(d, w) {
			t.Errorf("domain dictionary lacks %q", w)
		}
	}
	if strings.Contains(d, "#") {
		t.Error("domain dictionary contains comments")
	}
}

// TestCaseless checks the runes Cut treats as having no lowercase form.
func TestCaseless(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if caseless(r) && unicode.ToLower(r) != r {
			t.Errorf("caseless(%U) but it lowercases to %U", r, unicode.ToLower(r))
		}
	}
	if caseless('A') || caseless('Ａ') || !caseless('中') || !caseless('，'-0xfee0) {
		t.Error("caseless misclassifies A, Ａ, 中 or ,")
	}
}
