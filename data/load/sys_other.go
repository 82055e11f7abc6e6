//go:build !unix

package load

import (
	"io/fs"
	"os"
)

// openNoBlock opens path for reading (the type was checked just before).
func openNoBlock(path string) (*os.File, error) {
	return os.Open(path)
}

// idOf identifies the file or folder behind path by its absolute path with
// symbolic links resolved (no inode numbers here).
func idOf(path string, _ fs.FileInfo) fileID {
	return fileID{path: realPath(path)}
}
