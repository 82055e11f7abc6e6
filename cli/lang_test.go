package cli

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// TestEnvLanguage: the export's default language follows the locale
// (LC_ALL, LC_MESSAGES, LANG, then LANGUAGE) as gettext reads it; no
// locale and the C locale are Chinese, whatever LANGUAGE says.
func TestEnvLanguage(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want string
	}{
		{nil, "zh"},
		{map[string]string{"LANG": "zh_CN.UTF-8"}, "zh"},
		{map[string]string{"LANG": "en_US.UTF-8"}, "en"},
		{map[string]string{"LANG": "de_DE.UTF-8"}, "en"},
		{map[string]string{"LANG": "C.UTF-8"}, "zh"},
		{map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "en"}, "zh"}, // localeenv's LANGUAGE=en for Fyne
		{map[string]string{"LANG": "POSIX"}, "zh"},
		{map[string]string{"LANG": "en_US.UTF-8", "LC_ALL": "zh_TW.UTF-8"}, "zh"},
		{map[string]string{"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, "en"},
		{map[string]string{"LANG": "en_US.UTF-8", "LANGUAGE": "zh_CN:en"}, "zh"},
		{map[string]string{"LANG": "zh_CN.UTF-8", "LANGUAGE": "en"}, "en"},
	} {
		getenv := func(k string) string { return c.env[k] }
		if c.env == nil {
			getenv = nil
		}
		if got := envLanguage(getenv); got != c.want {
			t.Errorf("%v: %s, want %s", c.env, got, c.want)
		}
	}
}

// TestExportLanguage: -lang en writes the chart's own words and numbers in
// English and keeps the data; the default follows the environment; an
// unknown language is an error.
func TestExportLanguage(t *testing.T) {
	dir := t.TempDir()
	run := func(getenv func(string) string, args ...string) string {
		t.Helper()
		path := filepath.Join(dir, "jobs"+strings.Join(args, "")+".svg")
		var stderr bytes.Buffer
		args = append([]string{"export", "-chart", "regions", "-indicator", "新增就业", "-regions", "即墨区,西海岸新区,火星", "-o", path}, args...)
		if code := Run(args, Env{Stdout: &bytes.Buffer{}, Stderr: &stderr, Getenv: getenv}); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		return xmlText(t, readFile(t, path))
	}
	en := run(nil, "-lang", "en")
	for _, want := range []string{"即墨区", "no figure for 火星"} {
		if !strings.Contains(en, want) {
			t.Errorf("-lang en: chart lacks %q:\n%s", want, en)
		}
	}
	if strings.Contains(en, "无数据") || strings.Contains(en, "万人") {
		t.Errorf("-lang en: chart has Chinese words or 万:\n%s", en)
	}
	if zh := run(nil); !strings.Contains(zh, "无数据") {
		t.Errorf("no -lang, empty environment: not Chinese:\n%s", zh)
	}
	english := func(k string) string { return map[string]string{"LANG": "en_US.UTF-8"}[k] }
	if got := run(english, "-format", "svg"); got != en {
		t.Errorf("LANG=en_US.UTF-8 without -lang differs from -lang en:\n%s", got)
	}
	var stderr bytes.Buffer
	if code := Run([]string{"export", "-chart", "themes", "-lang", "fr", "-o", filepath.Join(dir, "x.svg")},
		Env{Stdout: &bytes.Buffer{}, Stderr: &stderr}); code == 0 || !strings.Contains(stderr.String(), "unknown language") {
		t.Errorf("-lang fr: exit %d, %s", code, stderr.String())
	}
}
