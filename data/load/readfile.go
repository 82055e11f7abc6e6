package load

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
)

// ErrNotRegular is the reason a path that is not a regular file (a named
// pipe, a device such as /dev/zero, a socket) is not loaded: reading it may
// block forever or never end, so it is never opened for reading.
var ErrNotRegular = errors.New("not a regular file")

// fileKind names the type of a file that is not regular.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a block device"
	case m.IsDir():
		return "a folder"
	}
	return "of type " + m.Type().String()
}

// checkRegular returns nil for a regular file and an ErrNotRegular naming
// the type otherwise.
func checkRegular(m fs.FileMode) error {
	if m.IsRegular() {
		return nil
	}
	return fmt.Errorf("%w: %s", ErrNotRegular, fileKind(m))
}

// tooLarge is the ErrTooLarge of a file of size bytes; sizes that round
// alike are given in bytes.
func tooLarge(size, limit int64) error {
	s, l := sizeString(size), sizeString(limit)
	if s == l {
		s, l = strconv.FormatInt(size, 10)+" bytes", strconv.FormatInt(limit, 10)+" bytes"
	}
	return fmt.Errorf("%w: %s, limit %s", ErrTooLarge, s, l)
}

// readRegular reads the file at path (following symbolic links) if it is a
// regular file of at most limit bytes. Type and size are checked before
// reading, and the read stops after limit bytes should the file grow.
func readRegular(path string, limit int64) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, errors.New(reason(ErrUnreadable, err))
	}
	if err := checkFile(info, limit); err != nil {
		return nil, err
	}
	f, err := openNoBlock(path)
	if err != nil {
		return nil, errors.New(reason(ErrUnreadable, err))
	}
	defer f.Close()
	// The path may have been replaced between Stat and Open.
	if st, err := f.Stat(); err != nil || !os.SameFile(info, st) {
		if err == nil {
			err = checkRegular(st.Mode())
		}
		if err != nil {
			return nil, err
		}
	}
	return readLimited(f, info.Size(), limit)
}

// readFS is readRegular for a file of an fs.FS.
func readFS(fsys fs.FS, name string, limit int64) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, errors.New(reason(ErrUnreadable, err))
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, errors.New(reason(ErrUnreadable, err))
	}
	if err := checkFile(info, limit); err != nil {
		return nil, err
	}
	return readLimited(f, info.Size(), limit)
}

// checkFile fails for a file that is not regular or is over limit bytes.
func checkFile(info fs.FileInfo, limit int64) error {
	if err := checkRegular(info.Mode()); err != nil {
		return err
	}
	if info.Size() > limit {
		return tooLarge(info.Size(), limit)
	}
	return nil
}

// readLimited reads r to its end, expecting about size bytes, and fails
// with ErrTooLarge once it has read more than limit.
func readLimited(r io.Reader, size, limit int64) ([]byte, error) {
	buf := bytes.NewBuffer(make([]byte, 0, max(0, min(size, limit))+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(r, limit+1)); err != nil {
		return nil, errors.New(reason(ErrUnreadable, err))
	}
	if int64(buf.Len()) > limit {
		return nil, fmt.Errorf("%w: over %s (it grew while being read), limit %s", ErrTooLarge, sizeString(limit), sizeString(limit))
	}
	return buf.Bytes(), nil
}
