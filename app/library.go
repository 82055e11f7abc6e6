package app

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"

	"zhibiao/data"
)

// articleIndex answers the article list's filters for one corpus.
type articleIndex struct {
	themes  map[*data.Article]map[string]bool
	regions []string // every region with an article, most articles first
	themeL  []string // every theme with an indicator
}

func newArticleIndex(c *data.Corpus) *articleIndex {
	ix := &articleIndex{themes: map[*data.Article]map[string]bool{}}
	themeSet := map[string]bool{}
	for _, ind := range c.Indicators {
		if ind.Theme == "" {
			continue
		}
		if ix.themes[ind.Article] == nil {
			ix.themes[ind.Article] = map[string]bool{}
		}
		ix.themes[ind.Article][ind.Theme] = true
		themeSet[ind.Theme] = true
	}
	count := map[string]int{}
	for _, a := range c.Articles {
		for _, r := range a.Regions {
			count[r]++
		}
	}
	for r := range count {
		ix.regions = append(ix.regions, r)
	}
	slices.SortFunc(ix.regions, func(a, b string) int {
		if count[a] != count[b] {
			return count[b] - count[a]
		}
		return strings.Compare(a, b)
	})
	for t := range themeSet {
		ix.themeL = append(ix.themeL, t)
	}
	slices.Sort(ix.themeL)
	return ix
}

// filter returns the predicate for the filter bar's choices.
func (ix *articleIndex) filter(query, region, theme string) func(*data.Article) bool {
	words := strings.Fields(query)
	if len(words) == 0 && region == "" && theme == "" {
		return nil
	}
	return func(a *data.Article) bool {
		if region != "" && a.Region != region && !slices.Contains(a.Regions, region) {
			return false
		}
		if theme != "" && !ix.themes[a][theme] {
			return false
		}
		for _, w := range words {
			if !strings.Contains(a.Title, w) && !strings.Contains(a.Text, w) {
				return false
			}
		}
		return true
	}
}

// focusSearch puts the keyboard focus in the article search box (Ctrl+F).
func (ui *UI) focusSearch() {
	ui.showTab(tabArticles)
	ui.win.Canvas().Focus(ui.filters.Search)
}

func (ui *UI) applyFilters(query, region, theme string) {
	if ui.index == nil {
		return
	}
	ui.articles.SetFilter(ui.index.filter(query, region, theme))
	ui.setStatus(lang.N("显示 %d / %d 篇文章", len(ui.corpus.Articles)), len(ui.articles.Shown()), len(ui.corpus.Articles))
}
