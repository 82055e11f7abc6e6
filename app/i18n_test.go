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

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
)

// translationTables reads the embedded translation files: key → plain
// string, or plural forms ("one", "other").
func translationTables(t *testing.T) map[string]map[string]json.RawMessage {
	t.Helper()
	tables := map[string]map[string]json.RawMessage{}
	for _, name := range []string{"zhibiao.en.json", "zhibiao.zh-Hans.json"} {
		b, err := translations.ReadFile("translations/" + name)
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
// literal in app/ and views/ has an English and a Chinese entry; lang.N's
// English entry has the plural forms one and other (without them lang.N
// falls back to the Chinese for 1), lang.L's is a plain string.
func TestEveryUIStringIsTranslated(t *testing.T) {
	tables := translationTables(t)
	call := regexp.MustCompile(`lang\.([LN])\(("(?:[^"\\]|\\.)*")`)
	files, _ := filepath.Glob("*.go")
	more, _ := filepath.Glob("../views/*.go")
	charts, _ := filepath.Glob("../views/chartset/*.go")
	found := 0
	for _, f := range slices.Concat(files, more, charts) {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range call.FindAllSubmatch(src, -1) {
			key, err := strconv.Unquote(string(m[2]))
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
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
	New(a, Options{})
	if got := lang.L("文件"); got != "文件" {
		t.Errorf("default language: 文件 → %q", got)
	}
	a.Preferences().SetString(prefLanguage, LangEnglish)
	ui := New(a, Options{})
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
