package views

import (
	"fyne.io/fyne/v2/lang"

	"zhibiao/views/chart"
)

// ChartLocale is how charts write their own words and numbers in the
// interface language: phrases through lang (their keys are in
// app/translations), numbers the English way when english is set.
func ChartLocale(english bool) chart.Locale {
	return chart.Locale{English: english, Words: chartWord}
}

// chartWord translates a chart phrase; n < 0 means it counts nothing.
func chartWord(id string, n int) string {
	if n < 0 {
		return lang.L(id)
	}
	return lang.N(id, n)
}
