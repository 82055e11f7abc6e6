package app

// The UI strings: Chinese is written in the code and is the default;
// app/translations translates them to English. Phrases that count
// something have plural forms there ("one", "other"), used through lang.N.

import (
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"zhibiao/app/translations"
)

// Interface languages the user can choose (preference prefLanguage).
const (
	LangChinese = "zh"
	LangEnglish = "en"

	prefLanguage = "language"
)

// setupLanguage loads the translations in the language chosen in the
// preferences — Chinese unless the user picked English, whatever the
// system locale says — and returns that language. Fyne reads the language
// from the environment, so it is set there first.
func setupLanguage(p fyne.Preferences) string {
	chosen := chosenLanguage(p)
	env := "zh_CN"
	if chosen == LangEnglish {
		env = "en"
	}
	if err := os.Setenv("LANGUAGE", env); err != nil {
		fyne.LogError("set language", err)
	}
	letLanguageCount()
	if err := translations.Register(); err != nil {
		fyne.LogError("load translations", err)
	}
	return chosen
}

// chosenLanguage is the interface language in the preferences.
func chosenLanguage(p fyne.Preferences) string {
	if p.StringWithFallback(prefLanguage, LangChinese) == LangEnglish {
		return LangEnglish
	}
	return LangChinese
}

// letLanguageCount makes Fyne read LANGUAGE: it ignores LANGUAGE when the
// locale (LC_ALL, else LC_MESSAGES, else LANG) is exactly C or POSIX, and
// then showed English whatever the user chose. C.UTF-8 is the same locale
// for every other purpose.
func letLanguageCount() {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		switch os.Getenv(k) {
		case "":
			continue
		case "C", "POSIX":
			if err := os.Setenv(k, "C.UTF-8"); err != nil {
				fyne.LogError("set "+k, err)
			}
		}
		return
	}
}

// setLanguage remembers the interface language for the next start and,
// when it differs from the running one, says so in the language chosen
// (the user may not read the running one).
func (ui *UI) setLanguage(l string) {
	ui.app.Preferences().SetString(prefLanguage, l)
	ui.buildMenus() // tick the chosen language
	if l == ui.lang {
		return
	}
	title, msg, ok := translateTo(l, "重启后生效"), translateTo(l, "界面语言将在下次启动时切换。"), translateTo(l, "好")
	dialog.NewCustom(title, ok, widget.NewLabel(msg), ui.win).Show()
}

// translateTo translates key into language l from the embedded tables,
// whatever language the interface runs in.
func translateTo(l, key string) string {
	if l != LangEnglish {
		return key
	}
	table, err := translations.English()
	if err != nil {
		fyne.LogError("read translations", err)
		return key
	}
	return translations.Words(table)(key, -1)
}

// languageMenuLabel names the language menu in the running language and
// the other one, so that either reader finds it: 语言 / Language in
// Chinese, Language / 语言 in English.
func languageMenuLabel(running string) string {
	if running == LangEnglish {
		return lang.L("语言") + " / 语言"
	}
	return lang.L("语言") + " / Language"
}
