// Package translations holds the interface's translation tables — Chinese
// is written in the code and is the key, zhibiao.en.json translates it to
// English, zhibiao.zh-Hans.json lists every key for Chinese — and gives
// them to Fyne's lang package (the GUI) or, without Fyne's locale lookup,
// to the charts of headless exports (`zhibiao export -lang en`), so that
// both write the same words.
package translations

import (
	"embed"
	"encoding/json"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// Files are the translation files, English first.
var Files = []string{"zhibiao.en.json", "zhibiao.zh-Hans.json"}

//go:embed zhibiao.en.json zhibiao.zh-Hans.json
var files embed.FS

// Read returns the contents of one of Files.
func Read(name string) ([]byte, error) { return files.ReadFile(name) }

// Register adds the tables to Fyne's lang package.
func Register() error {
	for _, name := range Files {
		b, err := Read(name)
		if err != nil {
			return err
		}
		if err := lang.AddTranslations(fyne.NewStaticResource(name, b)); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}

// English is the English table: key → a string, or plural forms
// {"one": …, "other": …}.
func English() (map[string]json.RawMessage, error) {
	b, err := Read(Files[0])
	if err != nil {
		return nil, err
	}
	table := map[string]json.RawMessage{}
	if err := json.Unmarshal(b, &table); err != nil {
		return nil, fmt.Errorf("%s: %w", Files[0], err)
	}
	return table, nil
}

// Words translates the charts' phrases (chart.Locale's Words) into English
// from the English table, as lang does in the GUI: n < 0 for a phrase
// without plural forms, else the count choosing "one" (n == 1) or
// "other". A phrase the table lacks stays as it is.
func Words(table map[string]json.RawMessage) func(id string, n int) string {
	return func(id string, n int) string {
		raw, ok := table[id]
		if !ok {
			return id
		}
		var s string
		if json.Unmarshal(raw, &s) == nil {
			return s
		}
		var forms map[string]string
		if json.Unmarshal(raw, &forms) != nil {
			return id
		}
		if n == 1 && forms["one"] != "" {
			return forms["one"]
		}
		if forms["other"] != "" {
			return forms["other"]
		}
		return id
	}
}
