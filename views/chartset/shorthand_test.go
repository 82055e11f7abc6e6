package chartset

import "zhibiao/data/region"

// places is the gazetteer the tests' corpora are read with and their
// sources carry, as the app's.
var places = region.Default()
