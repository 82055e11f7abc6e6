package app

import (
	"embed"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
)

// translations holds the UI strings: Chinese is written in the code and is
// the default; zhibiao.en.json translates them to English.
//
//go:embed translations
var translations embed.FS

// Interface languages the user can choose (preference prefLanguage).
const (
	LangChinese = "zh"
	LangEnglish = "en"

	prefLanguage = "language"
)

// setupLanguage loads the translations in the language chosen in the
// preferences: Chinese unless the user picked English, whatever the
// system locale says. Fyne reads the language from the environment, so it
// is set there first.
func setupLanguage(p fyne.Preferences) {
	env := "zh_CN"
	if p.StringWithFallback(prefLanguage, LangChinese) == LangEnglish {
		env = "en"
	}
	if err := os.Setenv("LANGUAGE", env); err != nil {
		fyne.LogError("set language", err)
	}
	if err := lang.AddTranslationsFS(translations, "translations"); err != nil {
		fyne.LogError("load translations", err)
	}
}

// setLanguage remembers the interface language for the next start.
func (ui *UI) setLanguage(l string) {
	ui.app.Preferences().SetString(prefLanguage, l)
	dialog.ShowInformation(lang.L("重启后生效"), lang.L("界面语言将在下次启动时切换。"), ui.win)
}
