// Package localeenv gives Fyne's lang package a locale it can parse before
// that package initialises.
//
// fyne.io/fyne/v2/lang reads the locale from the environment in its init
// function (LC_ALL, LC_MESSAGES or LANG, else LANGUAGE) and logs "Error
// parsing user locale C" for Debian's default C.UTF-8, in every run of a
// binary that links it, headless subcommands included. Importing this
// package (for its side effect, from package main) sets LANGUAGE=en in that
// case, which lang then reads instead; C programs ignore LANGUAGE under the
// C locale, and the GUI sets LANGUAGE itself to the language the user chose.
//
// It is a module of its own only for its import path: Go initialises
// packages in import-path order among those whose imports are ready, so a
// package of the zhibiao module ("zhibiao/…") would always initialise after
// "fyne.io/fyne/v2/lang", while "early.zhibiao/localeenv", which imports
// only the standard library, initialises before it.
package localeenv

import (
	"os"
	"strings"
)

func init() { Fix(os.Getenv, os.Setenv) }

// Fix sets LANGUAGE to "en" when the locale Fyne would read has the
// language "C" or "POSIX" with a suffix (C.UTF-8, POSIX@euro), which Fyne
// cannot parse, and LANGUAGE is unset. The plain values "C" and "POSIX"
// are left alone: Fyne treats them as no locale. Environment functions are
// passed in for tests.
func Fix(getenv func(string) string, setenv func(string, string) error) {
	if getenv("LANGUAGE") != "" {
		return
	}
	locale := ""
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if locale = getenv(k); locale != "" {
			break
		}
	}
	if locale == "C" || locale == "POSIX" {
		return
	}
	// language_territory.codeset@modifier
	lang := locale
	if i := strings.IndexAny(lang, "_.@"); i >= 0 {
		lang = lang[:i]
	}
	if lang == "C" || lang == "POSIX" {
		_ = setenv("LANGUAGE", "en") // nothing to report to before main; at worst Fyne logs as before
	}
}
