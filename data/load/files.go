package load

import (
	"context"
	"crypto/sha256"
	"slices"
	"strings"
	"zhibiao/data"
)

// This file gives a file-at-a-time view of OpenPaths for callers that keep
// their own store (data/index) or stream their output (zhibiao indicators):
// list the article files, load one, analyse its stories. Analysing the files
// of a folder one by one, in ListFiles order, gives exactly OpenCorpus's
// indicators in OpenCorpus's order.

// FileEntry is one article file found under a folder.
type FileEntry struct {
	Path    string // path as walked (the folder joined with the names below it)
	Size    int64  // size in bytes when listed
	ModTime int64  // modification time when listed, Unix nanoseconds
}

// ListFiles lists the article files under the folders and files of paths,
// as OpenPaths would load them (each real file once, symbolic links
// followed), in sorted path order, with the problems met on the way (folders
// that cannot be entered, second paths to a file: notes). The error is for
// a path that does not exist when it is the only one, or a cancel.
func ListFiles(ctx context.Context, paths []string) ([]FileEntry, []data.LoadProblem, error) {
	w, err := walkPaths(ctx, paths, "list")
	if err != nil {
		return nil, nil, err
	}
	out := make([]FileEntry, len(w.jobs))
	for i, j := range w.jobs {
		out[i] = FileEntry{Path: j.path, Size: j.size, ModTime: j.modTime}
	}
	sortEntries(out)
	return out, w.probs, nil
}

// LoadedFile is one file read and split into its stories.
type LoadedFile struct {
	Articles []*data.Article
	Sum      [sha256.Size]byte // SHA-256 of the bytes read (zero if none could be read)
	Size     int64             // bytes read
}

// LoadFile reads and parses the file at path as OpenPaths does (size is
// the size listed, -1 if unknown). A file that cannot be loaded returns an
// error, which is its LoadProblem's reason.
func (p *Parser) LoadFile(path string, size int64) (LoadedFile, error) {
	var lf LoadedFile
	j := job{path: path, size: size, read: func(limit int64) ([]byte, error) {
		raw, err := readRegular(path, limit)
		lf.Sum, lf.Size = sha256.Sum256(raw), int64(len(raw))
		return raw, err
	}}
	as, err := p.loadOne(j)
	lf.Articles = as
	return lf, err
}

// FileSum returns the SHA-256 of the file at path (at most MaxFileSize
// bytes are read, as LoadFile does), for telling a touched file from a
// changed one without parsing it.
func FileSum(path string) ([sha256.Size]byte, error) {
	raw, err := readRegular(path, int64(MaxFileSize))
	if err != nil {
		return [sha256.Size]byte{}, err
	}
	return sha256.Sum256(raw), nil
}

// sortEntries sorts by path, as OpenPaths sorts the files it loads.
func sortEntries(es []FileEntry) {
	slices.SortFunc(es, func(a, b FileEntry) int { return strings.Compare(a.Path, b.Path) })
}
