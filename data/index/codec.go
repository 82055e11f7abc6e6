package index

import (
	"encoding/binary"
	"errors"
	"math"

	"zhibiao/data"
)

// A story's indicators are kept as one record (articles.figures): reading
// a corpus back decodes one record per story instead of scanning a row of
// twenty columns per figure, which took 3.7–5 s for the 195,000 figures of
// the 10,000-article corpus (SQLite's per-value overhead, in Go here). The
// record holds every field of the JSONL contract except file, story and
// title, which are the story's. Format: a version byte, then per figure the
// strings below as uvarint length + bytes, the value as 8 bytes (IEEE 754,
// little-endian), start and end as uvarints, target as a byte, and the
// regions as a uvarint count + strings.

const codecVersion = 1

var errRecord = errors.New("index: damaged figures record (malformed)")

func encodeFigures(inds []data.Indicator) []byte {
	b := make([]byte, 0, 64+len(inds)*256)
	b = append(b, codecVersion)
	for i := range inds {
		d := &inds[i]
		for _, s := range [...]string{d.Date, d.Region, d.Theme, d.Indicator, d.Metric, d.Unit, d.Raw,
			d.Qualifier, d.Period, d.Sentence, d.PeriodStart, d.PeriodEnd, d.PeriodKind, d.Status} {
			b = appendString(b, s)
		}
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(d.Value))
		b = binary.AppendUvarint(b, uint64(d.Start))
		b = binary.AppendUvarint(b, uint64(d.End))
		t := byte(0)
		if d.Target {
			t = 1
		}
		b = append(b, t)
		b = binary.AppendUvarint(b, uint64(len(d.Regions)))
		for _, r := range d.Regions {
			b = appendString(b, r)
		}
	}
	return b
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// decoder reads figure records, sharing the copies of repeated strings.
type decoder struct {
	in       interner
	sentence string // the last sentence: figures of one sentence share it
}

// decode calls fn with each figure of rec.
func (dc *decoder) decode(rec []byte, fn func(*data.Indicator) error) error {
	if len(rec) == 0 {
		return nil
	}
	if rec[0] != codecVersion {
		return errRecord
	}
	r := reader{b: rec[1:]}
	for len(r.b) > 0 && r.err == nil {
		var d data.Indicator
		for _, p := range [...]*string{&d.Date, &d.Region, &d.Theme, &d.Indicator, &d.Metric, &d.Unit, &d.Raw,
			&d.Qualifier, &d.Period, &d.Sentence, &d.PeriodStart, &d.PeriodEnd, &d.PeriodKind, &d.Status} {
			if p == &d.Sentence {
				*p = dc.sentenceOf(r.bytes())
				continue
			}
			*p = dc.in.bytes(r.bytes())
		}
		d.Value = math.Float64frombits(r.uint64())
		d.Start, d.End = int(r.uvarint()), int(r.uvarint())
		d.Target = r.byte() == 1
		d.Regions = make([]string, r.uvarint()) // never nil: JSON writes []
		for i := range d.Regions {
			d.Regions[i] = dc.in.bytes(r.bytes())
		}
		if r.err != nil {
			break
		}
		if err := fn(&d); err != nil {
			return err
		}
	}
	return r.err
}

func (dc *decoder) sentenceOf(b []byte) string {
	if string(b) != dc.sentence { // no allocation for the comparison
		dc.sentence = string(b)
	}
	return dc.sentence
}

// bytes interns b's string.
func (in interner) bytes(b []byte) string {
	if v, ok := in[string(b)]; ok { // no allocation for the lookup
		return v
	}
	return in.get(string(b))
}

// reader reads a figures record; the first error sticks.
type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) bytes() []byte {
	n := r.uvarint()
	if r.err != nil || n > uint64(len(r.b)) {
		r.fail()
		return nil
	}
	s := r.b[:n]
	r.b = r.b[n:]
	return s
}

func (r *reader) uint64() uint64 {
	if len(r.b) < 8 {
		r.fail()
		return 0
	}
	v := binary.LittleEndian.Uint64(r.b)
	r.b = r.b[8:]
	return v
}

func (r *reader) byte() byte {
	if len(r.b) < 1 {
		r.fail()
		return 0
	}
	v := r.b[0]
	r.b = r.b[1:]
	return v
}

func (r *reader) fail() {
	if r.err == nil {
		r.err = errRecord
	}
	r.b = nil
}
