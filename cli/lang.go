package cli

import (
	"fmt"
	"strings"

	"zhibiao/app/translations"
	"zhibiao/views/chart"
)

// Languages of `zhibiao export -lang`.
const (
	langChinese = "zh"
	langEnglish = "en"
)

// envLanguage is the language the environment asks for, the way gettext
// reads it: the locale is LC_ALL, else LC_MESSAGES, else LANG; under no
// locale or the C/POSIX locale (C.UTF-8 too) it is Chinese, the language
// of the data and of the GUI's default, and LANGUAGE is ignored (as
// gettext does; cli/localeenv sets LANGUAGE=en there for Fyne's sake).
// Otherwise the first language of LANGUAGE, or the locale's: Chinese for
// zh…, English for any other (there are only the two). getenv may be nil
// (no environment).
func envLanguage(getenv func(string) string) string {
	if getenv == nil {
		return langChinese
	}
	locale := ""
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if locale = getenv(k); locale != "" {
			break
		}
	}
	if base := langPart(locale); base == "" || base == "C" || base == "POSIX" {
		return langChinese
	}
	if first, _, _ := strings.Cut(getenv("LANGUAGE"), ":"); first != "" {
		locale = first
	}
	if strings.EqualFold(langPart(locale), "zh") {
		return langChinese
	}
	return langEnglish
}

// langPart is the language of a locale name (language_territory.codeset@modifier).
func langPart(locale string) string {
	if i := strings.IndexAny(locale, "_.@-"); i >= 0 {
		return locale[:i]
	}
	return locale
}

// chartLocale is how exported charts write their own words and numbers in
// language l ("zh" or "en"): the same phrases from app/translations that
// the GUI shows in that language, so one request gives the same bytes from
// either.
func chartLocale(l string) (chart.Locale, error) {
	switch l {
	case langChinese:
		return chart.Locale{}, nil
	case langEnglish:
		table, err := translations.English()
		if err != nil {
			return chart.Locale{}, err
		}
		return chart.Locale{English: true, Words: translations.Words(table)}, nil
	}
	return chart.Locale{}, fmt.Errorf("unknown language %q (want zh or en)", l)
}
