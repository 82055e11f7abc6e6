package views

import "zhibiao/data/region"

// places is the gazetteer the tests' corpora are read with, as the app's.
var places = region.Default()
