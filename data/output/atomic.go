package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
)

// WriteFileAtomic writes data to path so that readers see either the old file
// or the complete new one, never a partial write: it writes a temporary file
// in the same directory, syncs it, sets perm and renames it over path, then
// syncs the directory. On any error the temporary file is removed and path is
// left untouched. An existing file at path is replaced; callers that must not
// overwrite check (and ask) first.
func WriteFileAtomic(path string, data []byte, perm os.FileMode) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			err = errors.Join(err, removeTemp(tmp))
		}
	}()
	if err := writeAndSync(tmp, data, perm); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := syncDir(dir); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// WriteFileExclusive writes data to path like WriteFileAtomic but never
// replaces a file: when path exists, even if another process created it
// while this one was writing, it fails with an error wrapping fs.ErrExist
// and leaves that file alone. The complete file appears at once: the synced
// temporary file is hard-linked to path (a link, unlike a rename, fails
// when the target exists), then the temporary name is removed. Where hard
// links are not supported it creates path with O_EXCL and writes it in
// place instead.
func WriteFileExclusive(path string, data []byte, perm os.FileMode) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer func() { err = errors.Join(err, removeTemp(tmp)) }() // the link, if made, stays
	if err := writeAndSync(tmp, data, perm); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Link(tmp.Name(), path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("write %s: %w", path, fs.ErrExist)
		}
		if err := createExclusive(path, data, perm); err != nil { // no hard links here
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	if err := syncDir(dir); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// createExclusive creates path, which must not exist, and writes data to
// it; a failed write removes it again.
func createExclusive(path string, data []byte, perm os.FileMode) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fs.ErrExist
		}
		return err
	}
	if err := writeAndSync(f, data, perm); err != nil {
		return errors.Join(err, os.Remove(path))
	}
	return nil
}

// writeAndSync writes data to f, sets its mode, flushes it to disk and closes
// it.
func writeAndSync(f *os.File, data []byte, perm os.FileMode) error {
	if _, err := f.Write(data); err != nil {
		return errors.Join(err, f.Close())
	}
	if err := f.Chmod(perm); err != nil {
		return errors.Join(err, f.Close())
	}
	if err := f.Sync(); err != nil {
		return errors.Join(err, f.Close())
	}
	return f.Close()
}

// removeTemp closes (if still open) and deletes a temporary file after a
// failed write.
func removeTemp(f *os.File) error {
	if err := f.Close(); err != nil && !errors.Is(err, os.ErrClosed) {
		return fmt.Errorf("close temp file: %w", err)
	}
	if err := os.Remove(f.Name()); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("remove temp file: %w", err)
	}
	return nil
}

// syncDir flushes a directory entry change (the rename) to disk. Windows
// cannot sync a directory and some file systems refuse with EINVAL; both are
// not errors.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("open dir: %w", err)
	}
	serr := d.Sync()
	cerr := d.Close()
	if serr != nil && !errors.Is(serr, syscall.EINVAL) && !errors.Is(serr, errors.ErrUnsupported) {
		return fmt.Errorf("sync dir: %w", serr)
	}
	return cerr
}
