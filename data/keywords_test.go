package data

import (
	"context"
	"reflect"
	"strings"
	"testing"
)

func TestKeywords(t *testing.T) {
	docs := [][]string{
		{"即墨区", "新增", "就业", "3.4", "万", "人", "，", "即墨区", "稳岗补贴", "的", "2020年", "我们", "稳岗补贴", "即墨区"},
		{"崂山区", "楼宇", "复工", "，", "楼宇", "就业", "崂山区"},
		{"就业", "大连", "就业", "外贸"},
	}
	got := Keywords(docs, 2)
	want := [][]string{{"即墨区", "稳岗补贴"}, {"崂山区", "楼宇"}, {"大连", "外贸"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Keywords = %q, want %q", got, want)
	}
	if got := Keywords(nil, 3); len(got) != 0 {
		t.Errorf("Keywords(nil) = %q", got)
	}
	if got := Keywords([][]string{{"的", "，", "12", "一"}}, 3); len(got[0]) != 0 {
		t.Errorf("only stop words, numbers, punctuation and single characters: got %q", got[0])
	}
}

func TestIsKeywordCandidate(t *testing.T) {
	stop := stopWords()
	for w, want := range map[string]bool{"稳岗补贴": true, "GDP": true, "3.4万": false, "２０２０": false, "，": false, "人": false, "我们": false, "13.7%": false} {
		if got := isKeywordCandidate(w, stop); got != want {
			t.Errorf("isKeywordCandidate(%q) = %v, want %v", w, got, want)
		}
	}
}

// fieldsCut stands in for the segmenter: words separated by spaces.
func fieldsCut(s string) []string { return strings.Fields(s) }

func TestArticleKeywordsRankAgainstTheCorpus(t *testing.T) {
	as := []*Article{
		{Title: "即墨 就业", Text: "即墨 稳岗补贴 稳岗补贴 就业", Region: "即墨区"},
		{Title: "崂山 楼宇", Text: "楼宇 复工 就业", Region: "崂山区"},
		{Title: "即墨 招聘", Text: "招聘会 就业", Region: "即墨区"},
	}
	kw, err := ComputeKeywords(context.Background(), as, fieldsCut, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	if kw.Articles[0][0] != "稳岗补贴" || kw.Articles[1][0] != "楼宇" {
		t.Errorf("article keywords %q %q", kw.Articles[0], kw.Articles[1])
	}
	if got := kw.Regions["崂山区"].Words; len(got) != 1 || got[0] != "楼宇" {
		t.Errorf("崂山区 keywords %q", got)
	}
}

func TestQuantityFragmentsAreNotKeywords(t *testing.T) {
	docs := [][]string{
		{"余家", "余家", "余家", "营商环境", "营商环境", "多人", "余额", "余额", "近万"},
		{"审批"},
	}
	got := Keywords(docs, 5)[0]
	for _, w := range got {
		if w == "余家" || w == "多人" || w == "近万" {
			t.Errorf("quantity fragment %q ranked as keyword: %v", w, got)
		}
	}
	if len(got) != 2 || got[0] != "营商环境" || got[1] != "余额" {
		t.Errorf("keywords = %v, want [营商环境 余额]", got)
	}
}
