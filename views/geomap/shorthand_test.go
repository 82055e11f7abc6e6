package geomap

import "zhibiao/data/region"

// places is the gazetteer the tests' atlases read regions with, as the
// app's.
var places = region.Default()
