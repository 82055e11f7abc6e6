//go:build !unix

package data

import "os"

// openNoBlock opens path for reading (the type was checked just before).
func openNoBlock(path string) (*os.File, error) {
	return os.Open(path)
}
