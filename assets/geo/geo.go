// Package geo embeds the simplified administrative boundaries used by the map
// view: qingdao.json, dalian.json (district level) and china.json (provinces).
// See README.md for sources, licences and how to regenerate them.
package geo

import "embed"

// FS holds the boundary files as compact GeoJSON FeatureCollections.
//
//go:embed *.json cn/*.bin
var FS embed.FS
