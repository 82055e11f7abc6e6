package geo

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
)

// Unit is the number of grid steps per degree: coordinates are stored as
// integer multiples of 1/1024 degree (about 100 m), the grid of the source
// data.
const Unit = 1024

// magic starts every boundary file (and names the format's version).
const magic = "ZBGEO1\n"

// XY is a longitude, latitude pair in grid steps (degrees × Unit).
type XY [2]int32

// Levels of a Feature.
const (
	Province = 'p'
	City     = 'c'
	County   = 'x'
	Inset    = 'i' // a decoration drawn for completeness (南海诸岛), never a region
)

// Feature is one division: its rings are lists of arc references, each an
// arc index shifted left by one, with the low bit set when the arc is used
// backwards. Exterior rings run counter-clockwise (longitude east, latitude
// north), holes clockwise.
type Feature struct {
	Code   string // GB/T 2260 code of the division in data/region, or "" when the gazetteer lacks it
	Name   string // the name as written in the source data (simplified characters)
	Level  byte   // Province, City, County or Inset
	Parent string // the code (or, for divisions without a code, the name) of the parent division
	Note   string // how the shape was joined, when not one source feature by code (merged, renamed, placed by its parent)
	Label  XY     // a point well inside the largest polygon, for the label
	Rings  [][]int32
}

// File is one boundary file: the arcs (polylines shared by neighbouring
// rings, each stored once) and the features made of them.
type File struct {
	Arcs     [][]XY
	Features []Feature
}

// Marshal writes f in the compact binary form: every number a varint,
// arc points delta-coded.
func (f *File) Marshal() []byte {
	var b []byte
	b = append(b, magic...)
	b = binary.AppendUvarint(b, uint64(len(f.Arcs)))
	for _, a := range f.Arcs {
		b = binary.AppendUvarint(b, uint64(len(a)))
		var prev XY
		for _, p := range a {
			b = binary.AppendVarint(b, int64(p[0]-prev[0]))
			b = binary.AppendVarint(b, int64(p[1]-prev[1]))
			prev = p
		}
	}
	b = binary.AppendUvarint(b, uint64(len(f.Features)))
	for _, ft := range f.Features {
		for _, s := range []string{ft.Code, ft.Name, ft.Parent, ft.Note} {
			b = binary.AppendUvarint(b, uint64(len(s)))
			b = append(b, s...)
		}
		b = append(b, ft.Level)
		b = binary.AppendVarint(b, int64(ft.Label[0]))
		b = binary.AppendVarint(b, int64(ft.Label[1]))
		b = binary.AppendUvarint(b, uint64(len(ft.Rings)))
		for _, r := range ft.Rings {
			b = binary.AppendUvarint(b, uint64(len(r)))
			for _, ref := range r {
				b = binary.AppendUvarint(b, uint64(ref))
			}
		}
	}
	return b
}

// Unmarshal reads a file written by Marshal.
func Unmarshal(b []byte) (*File, error) {
	if !bytes.HasPrefix(b, []byte(magic)) {
		return nil, errors.New("boundary file: bad magic")
	}
	r := &reader{b: b[len(magic):]}
	f := &File{}
	n := r.count()
	f.Arcs = make([][]XY, 0, n)
	for range n {
		m := r.count()
		a := make([]XY, m)
		var prev XY
		for i := range a {
			prev = XY{prev[0] + int32(r.varint()), prev[1] + int32(r.varint())}
			a[i] = prev
		}
		f.Arcs = append(f.Arcs, a)
	}
	n = r.count()
	f.Features = make([]Feature, 0, n)
	for range n {
		ft := Feature{Code: r.str(), Name: r.str(), Parent: r.str(), Note: r.str()}
		ft.Level = r.byte()
		ft.Label = XY{int32(r.varint()), int32(r.varint())}
		ft.Rings = make([][]int32, r.count())
		for i := range ft.Rings {
			ring := make([]int32, r.count())
			for k := range ring {
				ref := r.uvarint()
				if ref>>1 >= uint64(len(f.Arcs)) {
					r.fail("arc reference out of range")
				}
				ring[k] = int32(ref)
			}
			ft.Rings[i] = ring
		}
		f.Features = append(f.Features, ft)
	}
	if r.err != nil {
		return nil, fmt.Errorf("boundary file: %w", r.err)
	}
	if len(r.b) != 0 {
		return nil, errors.New("boundary file: trailing bytes")
	}
	return f, nil
}

// reader decodes varints, remembering the first error.
type reader struct {
	b   []byte
	err error
}

func (r *reader) fail(msg string) {
	if r.err == nil {
		r.err = errors.New(msg)
	}
	r.b = nil
}

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail("truncated")
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail("truncated")
		return 0
	}
	r.b = r.b[n:]
	return v
}

// count reads a length, bounded by the bytes left (each item takes at
// least one byte).
func (r *reader) count() int {
	v := r.uvarint()
	if v > uint64(len(r.b)) {
		r.fail("length out of range")
		return 0
	}
	return int(v)
}

func (r *reader) str() string {
	n := r.count()
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

func (r *reader) byte() byte {
	if len(r.b) == 0 {
		r.fail("truncated")
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}
