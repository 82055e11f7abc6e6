package app

import (
	"context"
	"slices"
	"strings"

	"fyne.io/fyne/v2"

	"zhibiao/data"
	"zhibiao/data/corpus"
)

// articleIndex answers the article list's filters for one corpus.
type articleIndex struct {
	// withTheme tells the articles with a figure of theme.
	withTheme func(theme string) func(*data.Article) bool
	regions   []string // every region with an article, most articles first
	themeL    []string // every theme with an indicator
}

func newArticleIndex(c *corpus.Corpus) *articleIndex {
	themes := map[*data.Article]map[string]bool{}
	themeSet := map[string]bool{}
	for _, ind := range c.Indicators {
		if ind.Theme == "" {
			continue
		}
		if themes[ind.Article] == nil {
			themes[ind.Article] = map[string]bool{}
		}
		themes[ind.Article][ind.Theme] = true
		themeSet[ind.Theme] = true
	}
	ix := &articleIndex{withTheme: func(theme string) func(*data.Article) bool {
		return func(a *data.Article) bool { return themes[a][theme] }
	}}
	for t := range themeSet {
		ix.themeL = append(ix.themeL, t)
	}
	slices.Sort(ix.themeL)
	ix.regions = regionsByArticles(c)
	return ix
}

// newIndexedArticleIndex is newArticleIndex for an indexed corpus, whose
// figures stay in the index: the themes and a theme's articles are asked
// of its narrow figures table.
func newIndexedArticleIndex(c *corpus.Corpus, l *loadResult) *articleIndex {
	ix := &articleIndex{regions: regionsByArticles(c), themeL: l.themes}
	ix.withTheme = func(theme string) func(*data.Article) bool {
		ids, err := l.ix.ThemeArticles(context.Background(), theme)
		if err != nil {
			fyne.LogError("zhibiao: articles of theme "+theme, err)
		}
		return func(a *data.Article) bool { return ids[l.ids[a]] }
	}
	return ix
}

// regionsByArticles lists every region with an article, most articles
// first.
func regionsByArticles(c *corpus.Corpus) []string {
	var regions []string
	count := map[string]int{}
	for _, a := range c.Articles {
		for _, r := range a.Regions {
			count[r]++
		}
	}
	for r := range count {
		regions = append(regions, r)
	}
	slices.SortFunc(regions, func(a, b string) int {
		if count[a] != count[b] {
			return count[b] - count[a]
		}
		return strings.Compare(a, b)
	})
	return regions
}

// filter returns the predicate for the filter bar's choices. found, if
// not nil, tells the articles that hold every word of query (a full-text
// search of the index); else the articles' texts are searched.
func (ix *articleIndex) filter(query, region, theme string, found func(*data.Article) bool) func(*data.Article) bool {
	words := strings.Fields(query)
	if len(words) == 0 && region == "" && theme == "" {
		return nil
	}
	if found != nil {
		words = nil
	} else {
		found = func(*data.Article) bool { return true }
	}
	hasTheme := func(*data.Article) bool { return true }
	if theme != "" {
		hasTheme = ix.withTheme(theme)
	}
	return func(a *data.Article) bool {
		if !found(a) {
			return false
		}
		if region != "" && a.Region != region && !slices.Contains(a.Regions, region) {
			return false
		}
		if !hasTheme(a) {
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
	ui.articles.SetFilter(ui.articleFilter(query, region, theme))
	ui.reader.SetSearch(strings.Fields(query))
	ui.showTabStatus(tabArticles)
}

// articleFilter returns the article list's filter for the filter bar's
// choices and the words that describe it (for the no-match message).
func (ui *UI) articleFilter(query, region, theme string) (func(*data.Article) bool, string) {
	return ui.index.filter(query, region, theme, ui.fullText(query)), filterWords(query, region, theme)
}

// fullText searches the index of an indexed corpus for query (its
// articles are held without their texts); nil when there is no index or
// nothing to search for.
func (ui *UI) fullText(query string) func(*data.Article) bool {
	l := ui.loaded
	if l == nil || l.ix == nil || strings.TrimSpace(query) == "" {
		return nil
	}
	hits, err := l.ix.Search(context.Background(), query)
	if err != nil {
		ui.showError(err)
		return func(*data.Article) bool { return false }
	}
	if hits == nil { // nothing searchable in the words (punctuation only)
		return nil
	}
	return func(a *data.Article) bool { return hits[l.ids[a]] }
}

// filterWords describes the filter bar's choices for the no-match message.
func filterWords(query, region, theme string) string {
	parts := strings.Fields(query)
	for _, s := range []string{region, theme} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " · ")
}
