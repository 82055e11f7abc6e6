package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"zhibiao/app/translations"
	"zhibiao/views"
)

// translationTables reads the embedded translation files: key → plain
// string, or plural forms ("one", "other").
func translationTables(t *testing.T) map[string]map[string]json.RawMessage {
	t.Helper()
	tables := map[string]map[string]json.RawMessage{}
	for _, name := range translations.Files {
		b, err := translations.Read(name)
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]json.RawMessage{}
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		tables[name] = m
	}
	return tables
}

// TestEveryUIStringIsTranslated: each lang.L("…") and lang.N("…", n)
// literal in app/ and views/ (lang.X("key", …) too) has an English and a
// Chinese entry; lang.N's English entry has the plural forms one and other
// (without them lang.N falls back to the Chinese for 1), lang.L's is a
// plain string. The charts' own phrases (loc.Say("…"), loc.sayN("…") in
// views/chart) have English entries of the same kinds.
func TestEveryUIStringIsTranslated(t *testing.T) {
	tables := translationTables(t)
	call := regexp.MustCompile(`lang\.([LNX])\(("(?:[^"\\]|\\.)*")`)
	found := 0
	for _, f := range goFiles(t, "*.go", "../views/*.go", "../views/chartset/*.go") {
		for _, m := range call.FindAllSubmatch(readSource(t, f), -1) {
			key := unquote(t, f, m[2])
			found++
			for name, table := range tables {
				if _, ok := table[key]; !ok {
					t.Errorf("%s: %q missing from %s", f, key, name)
				}
			}
			checkPluralForms(t, f, key, string(m[1]) == "N", tables["zhibiao.en.json"][key])
		}
	}
	if found < 50 {
		t.Errorf("found only %d lang.L calls; is the pattern stale?", found)
	}
	say := regexp.MustCompile(`loc\.(Say|sayN)\(("(?:[^"\\]|\\.)*")`)
	phrases := 0
	for _, f := range goFiles(t, "../views/chart/*.go", "../views/geomap/*.go") {
		for _, m := range say.FindAllSubmatch(readSource(t, f), -1) {
			key := unquote(t, f, m[2])
			phrases++
			raw, ok := tables["zhibiao.en.json"][key]
			if !ok {
				t.Errorf("%s: chart phrase %q missing from zhibiao.en.json", f, key)
			}
			checkPluralForms(t, f, key, string(m[1]) == "sayN", raw)
		}
	}
	if phrases < 10 {
		t.Errorf("found only %d chart phrases; is the pattern stale?", phrases)
	}
}

// TestTranslationFilesHaveTheSameKeys: the Chinese file lists every key
// the English one translates and no other, so neither language lacks one.
func TestTranslationFilesHaveTheSameKeys(t *testing.T) {
	tables := translationTables(t)
	en, zh := tables["zhibiao.en.json"], tables["zhibiao.zh-Hans.json"]
	for k := range en {
		if _, ok := zh[k]; !ok {
			t.Errorf("%q is in zhibiao.en.json, not in zhibiao.zh-Hans.json", k)
		}
	}
	for k := range zh {
		if _, ok := en[k]; !ok {
			t.Errorf("%q is in zhibiao.zh-Hans.json, not in zhibiao.en.json", k)
		}
	}
}

// TestChartWordsSameInGUIAndCLI: the English chart phrases the GUI asks
// Fyne's lang for are the ones `zhibiao export -lang en` takes from the
// table itself, for every key and count.
func TestChartWordsSameInGUIAndCLI(t *testing.T) {
	inLanguage(t, LangEnglish)
	setupLanguage(fyne.CurrentApp().Preferences())
	table, err := translations.English()
	if err != nil {
		t.Fatal(err)
	}
	gui, cli := views.ChartLocale(true).Words, translations.Words(table)
	for key, raw := range table {
		var s string
		counts := []int{1, 2, 0}
		if json.Unmarshal(raw, &s) == nil {
			counts = []int{-1}
		}
		for _, n := range counts {
			if g, c := gui(key, n), cli(key, n); g != c {
				t.Errorf("%q (n=%d): GUI %q, CLI %q", key, n, g, c)
			}
		}
	}
}

// goFiles lists the Go files (not tests) matching the patterns.
func goFiles(t *testing.T, patterns ...string) []string {
	t.Helper()
	var out []string
	for _, p := range patterns {
		files, err := filepath.Glob(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if !strings.HasSuffix(f, "_test.go") {
				out = append(out, f)
			}
		}
	}
	return slices.Compact(out)
}

func readSource(t *testing.T, f string) []byte {
	t.Helper()
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

func unquote(t *testing.T, f string, lit []byte) string {
	t.Helper()
	key, err := strconv.Unquote(string(lit))
	if err != nil {
		t.Fatalf("%s: %v", f, err)
	}
	return key
}

// checkPluralForms checks that an English entry has plural forms exactly
// when it is used through lang.N.
func checkPluralForms(t *testing.T, file, key string, plural bool, raw json.RawMessage) {
	t.Helper()
	if raw == nil {
		return
	}
	var forms map[string]string
	isPlural := json.Unmarshal(raw, &forms) == nil
	switch {
	case plural && (!isPlural || forms["one"] == "" || forms["other"] == ""):
		t.Errorf("%s: lang.N(%q) needs the English forms one and other", file, key)
	case !plural && isPlural:
		t.Errorf("%s: lang.L(%q) has plural forms: use lang.N", file, key)
	}
}

// TestEnglishInterface: with English chosen, the menus and tabs are in
// English; by default they are in Chinese.
func TestEnglishInterface(t *testing.T) {
	a := test.NewTempApp(t)
	t.Cleanup(func() {
		a.Preferences().SetString(prefLanguage, LangChinese)
		setupLanguage(a.Preferences())
	})
	newTestUI(a, Options{})
	if got := lang.L("文件"); got != "文件" {
		t.Errorf("default language: 文件 → %q", got)
	}
	a.Preferences().SetString(prefLanguage, LangEnglish)
	ui := newTestUI(a, Options{})
	if got := ui.win.MainMenu().Items[0].Label; got != "File" {
		t.Errorf("English menu label %q, want File", got)
	}
	if got := ui.tabs.Items[tabCompare].Text; got != "Compare regions" {
		t.Errorf("English tab %q", got)
	}
}

// TestLoadReasonsTranslated: the problem dialog shows the data layer's
// reasons in the interface language, keeping their details.
func TestLoadReasonsTranslated(t *testing.T) {
	test.NewTempApp(t)
	setupLanguage(test.NewTempApp(t).Preferences())
	for _, k := range loadReasons() {
		got := localReason(k.Error() + ": detail")
		if got == k.Error()+": detail" || !strings.HasSuffix(got, ": detail") {
			t.Errorf("%q shown as %q, want it translated with its detail", k, got)
		}
	}
	if got := localReason("something else"); got != "something else" {
		t.Errorf("unknown reason changed to %q", got)
	}
}
