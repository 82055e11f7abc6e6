package index

import (
	"encoding/hex"
	"unicode/utf8"

	"zhibiao/data"
)

// FileRecord is what the index holds of one file. It is also the shard
// format's file line (`zhibiao indicators -shard I/N` writes one before the
// file's indicators, `zhibiao index -import` reads them back), so its JSON
// names are part of that format (docs/INDEX.md).
type FileRecord struct {
	Path     string             `json:"path"`  // relative to the corpus folder, '/'-separated
	Size     int64              `json:"size"`  // bytes
	ModTime  int64              `json:"mtime"` // Unix nanoseconds
	SHA256   HexBytes           `json:"sha256"`
	Analysis string             `json:"analysis"` // Analysis() of the build that analysed it
	Problems []data.LoadProblem `json:"problems,omitempty"`
	Articles []ArticleRecord    `json:"articles"`
}

// ArticleRecord is one story of a file. Its indicators follow the file
// line in the shard format, Figures of them per story, in story order.
type ArticleRecord struct {
	File         string   `json:"file"`
	Story        int      `json:"story"`
	Title        string   `json:"title"`
	Source       string   `json:"source,omitempty"`
	Date         string   `json:"date,omitempty"`
	DateInferred bool     `json:"date_inferred,omitempty"`
	Year         int      `json:"year,omitempty"`
	DataYear     int      `json:"data_year,omitempty"`
	Authors      []string `json:"authors,omitempty"`
	Region       string   `json:"region,omitempty"`
	Regions      []string `json:"regions,omitempty"`
	Quality      []string `json:"quality,omitempty"`
	Runes        int      `json:"runes"`
	Figures      int      `json:"figures"`
	Text         string   `json:"text"` // for the full-text index only

	Indicators []data.Indicator `json:"-"`
}

// HexBytes is a byte string written as hex in JSON.
type HexBytes []byte

// MarshalText writes hex.
func (h HexBytes) MarshalText() ([]byte, error) { return []byte(hex.EncodeToString(h)), nil }

// UnmarshalText reads hex.
func (h *HexBytes) UnmarshalText(b []byte) error {
	out, err := hex.DecodeString(string(b))
	*h = out
	return err
}

// fileRecord is the record of a file analysed by analysis (Analysis).
func fileRecord(r *Result, analysis string) FileRecord {
	f := FileRecord{Path: r.Rel, Size: r.File.Size, ModTime: r.ModTime, SHA256: r.File.Sum[:], Analysis: analysis}
	if r.Err != nil {
		f.Size, f.SHA256 = r.Size, nil // not read: compared by size and time only
		f.Problems = append(f.Problems, data.LoadProblem{File: r.Path, Reason: r.Err.Error()})
	}
	f.Problems = append(f.Problems, r.Notes...)
	byArticle := map[*data.Article][]data.Indicator{}
	for _, ind := range r.Indicators {
		byArticle[ind.Article] = append(byArticle[ind.Article], ind)
	}
	for _, a := range r.File.Articles {
		inds := byArticle[a]
		f.Articles = append(f.Articles, ArticleRecord{
			File: a.File, Story: a.Story, Title: a.Title, Source: a.Source, Date: a.Date,
			DateInferred: a.DateInferred, Year: a.Year, DataYear: a.DataYear, Authors: a.Authors,
			Region: a.Region, Regions: a.Regions, Quality: a.Quality, Runes: utf8.RuneCountInString(a.Text),
			Figures: len(inds), Text: a.Text, Indicators: inds,
		})
	}
	return f
}
