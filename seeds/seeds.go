// Package seeds embeds the five seed articles: the default corpus.
package seeds

import "embed"

// FS holds the seed articles under their original file names.
//
//go:embed *.txt
var FS embed.FS
