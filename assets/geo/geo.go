// Package geo embeds the simplified administrative boundaries of China used
// by the map view: cn/PPPPPP.bin holds the counties, cities and outline of
// the province with code PPPPPP, cn/000000.bin every province and city at a
// coarser tolerance with the 南海诸岛 inset; known-gaps.tsv lists the
// gazetteer's divisions without a boundary. The files are written by
// scripts/geogen (format.go); see README.md for sources, licences and how to
// regenerate them.
package geo

import "embed"

// FS holds cn/*.bin and known-gaps.tsv.
//
//go:embed cn/*.bin known-gaps.tsv
var FS embed.FS
