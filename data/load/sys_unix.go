//go:build unix

package load

import (
	"io/fs"
	"os"
	"syscall"
)

// openNoBlock opens path for reading without blocking on a named pipe that
// has no writer (a FIFO put in place of a checked file); regular files
// read as usual.
func openNoBlock(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}

// idOf identifies the file or folder behind path by device and inode, so
// that each is visited once whatever the path (symbolic and hard links).
func idOf(path string, info fs.FileInfo) fileID {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return fileID{dev: uint64(st.Dev), ino: uint64(st.Ino)} // the field types vary by system
	}
	return fileID{path: realPath(path)}
}
