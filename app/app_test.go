package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"zhibiao/data"
)

// loaded builds the UI on a test app and waits for the seeds to load.
func loaded(t *testing.T) *UI {
	t.Helper()
	a := test.NewTempApp(t)
	ui := New(a, Options{})
	ui.cutter = quickCutter
	done := make(chan struct{})
	ui.onReady = func(*data.Corpus) { close(done) }
	ui.Load("")
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		t.Fatal("seed corpus did not load within 60 s")
	}
	return ui
}

func TestSeedsLoadIntoArticleList(t *testing.T) {
	ui := loaded(t)
	shown := ui.Articles().Shown()
	if len(shown) < 5 {
		t.Fatalf("article list shows %d articles, want at least the 5 seed files", len(shown))
	}
	files := map[string]bool{}
	for _, a := range shown {
		files[a.File] = true
		if strings.TrimSpace(a.Title) == "" {
			t.Errorf("%s story %d has no title", a.File, a.Story)
		}
	}
	if len(files) != 5 {
		t.Errorf("articles come from %d files, want 5", len(files))
	}
}

func TestSelectArticleShowsItInReader(t *testing.T) {
	ui := loaded(t)
	shown := ui.Articles().Shown()
	for i, a := range shown {
		test.NewTempWindow(t, ui.Articles()) // list needs a canvas to select
		ui.Articles().Select(i)
		if got := ui.Reader().Article(); got != a {
			t.Fatalf("select %d: reader shows %v, want %s", i, got, a.Title)
		}
		if ui.Reader().Text() != a.Text {
			t.Errorf("select %d: reader text differs from article text", i)
		}
	}
}

func TestThemePreferenceRemembered(t *testing.T) {
	a := test.NewTempApp(t)
	ui := New(a, Options{})
	ui.setTheme(ThemeDark)
	if !ui.theme.IsDark(a) {
		t.Error("dark theme not applied")
	}
	ui2 := New(a, Options{})
	if ui2.theme.variant != ThemeDark {
		t.Errorf("theme after restart = %q, want dark", ui2.theme.variant)
	}
}

// quickCutter stands in for gse in UI tests (loading it takes seconds and
// 1 GB under -race): it cuts text into overlapping two-character words.
func quickCutter(context.Context) (func(string) []string, error) {
	return func(s string) []string {
		r := []rune(s)
		var out []string
		for i := 0; i+1 < len(r); i++ {
			out = append(out, string(r[i:i+2]))
		}
		return out
	}, nil
}
