// Package data is the data model the other packages share: an Article
// (one story, its cleaned text and paragraphs), the Indicators found in it
// with their period kinds and statuses, the LoadProblems met on the way,
// and the text primitives every stage reads text with (Normalize,
// Sentences, Span, HeadlineYear). It does no I/O and never imports Fyne.
//
// The stages live in subpackages, along the data flow: load (files to
// articles), extract (an article to its indicators), compare (indicators
// to per-region comparisons), keywords, export (CSV and safe writes), and
// corpus, which runs load and extract over a whole corpus in parallel.
package data

// Article is one story: a whole file, or one story of a multi-story page.
// Text is the cleaned display text (paragraphs joined by "\n"); every rune
// offset in this package (Paragraph, Indicator) points into Text.
type Article struct {
	File         string      // base name of the source file (also for each story of a multi-story file)
	Path         string      // path as loaded ("seeds/…" for the embedded corpus)
	Story        int         // 0-based index of the story within its file
	Title        string      // story title
	Source       string      // 齐鲁人才, 大众日报, 青岛日报, 新华社 …
	Date         string      // "2020-07-23" or "2020-07-29 09:41" as written (normalised to ISO order), or the inferred year
	DateInferred bool        // Date was inferred from the text (e.g. only a year), not stated
	Year         int         // year of Date, 0 if unknown
	DataYear     int         // the year the story reports on: the one its headline names (2023年…统计公报 published in 2024), else Year
	Authors      []string    // reporters and correspondents
	Region       string      // the story's main region, canonical name ("" if none)
	Regions      []string    // every region the story mentions, canonical names, most frequent first
	Text         string      // cleaned text shown to the reader
	Paragraphs   []Paragraph // paragraph spans in Text
	Quality      []string    // data-quality problems, e.g. "数字缺失"
	Keywords     []string    // top keywords (TF-IDF against the corpus)
}

// Paragraph is a span of Article.Text in runes.
type Paragraph struct {
	Start, End int
	Caption    bool // a picture caption (■ …), kept apart from body text
	Heading    bool // a sub-heading inside the story
}

// Indicator is one quantitative figure found in an article. Its JSON form is
// the `zhibiao indicators` contract in DESIGN.md.
type Indicator struct {
	File      string  `json:"file"`
	Story     string  `json:"story"`
	Title     string  `json:"title"`
	Date      string  `json:"date"`
	Region    string  `json:"region"`
	Theme     string  `json:"theme"`
	Indicator string  `json:"indicator"` // canonical indicator name, "" if none applies
	Metric    string  `json:"metric"`    // the metric phrase as written (新增城乡就业)
	Value     float64 `json:"value"`     // in base units (3.4万人 -> 34000)
	Unit      string  `json:"unit"`      // base unit without multiplier (人 元 % 个百分点 …)
	Raw       string  `json:"raw"`       // the figure as written (3.4万人)
	Qualifier string  `json:"qualifier"` // 余 多 近 超过 以上 左右 …, "" if none
	Period    string  `json:"period"`
	Sentence  string  `json:"sentence"`
	Start     int     `json:"start"` // rune offset of Raw in Article.Text
	End       int     `json:"end"`
	Target    bool    `json:"target,omitempty"` // a goal (奋斗目标), not a result; kept for compatibility: Status == StatusTarget

	PeriodStart string   `json:"period_start"` // first day of the period, YYYY-MM-DD, "" if unknown (as_of: "")
	PeriodEnd   string   `json:"period_end"`   // last day of the period, YYYY-MM-DD, "" if unknown
	PeriodKind  string   `json:"period_kind"`  // PeriodYear, PeriodHalf, … PeriodNone
	Status      string   `json:"status"`       // StatusResult, StatusEstimate, StatusTarget or StatusExpectation
	Regions     []string `json:"regions"`      // the regions a figure covers when it covers several (Region is then ""); never nil in JSON

	Article *Article `json:"-"` // the story it came from
}

// LoadProblem is a per-file problem met while loading; the rest of the corpus
// still loads. A Note is about a file that was loaded (a figure left out, a
// second path to a file already loaded); the others are files or folders
// not loaded.
type LoadProblem struct {
	File   string // path of the file
	Reason string // human-readable reason
	Note   bool   // the file was loaded; the reason is about part of it
}

func (p LoadProblem) Error() string { return p.File + ": " + p.Reason }

// Period kinds of Indicator.PeriodKind.
const (
	PeriodYear    = "year"    // a calendar year
	PeriodHalf    = "half"    // 上半年, 下半年
	PeriodQuarter = "quarter" // 一季度 … 四季度
	PeriodMonth   = "month"   // one month
	PeriodYTD     = "ytd"     // from 1 January: 1-5月, 前三季度, 今年以来
	PeriodAsOf    = "as_of"   // a stock at a date: 截至…, 年末 (PeriodStart "")
	PeriodSpan    = "span"    // several years or an odd stretch: 十三五期间, 过去五年
	PeriodNone    = "none"    // no period can be told
)

// Statuses of Indicator.Status.
const (
	StatusResult      = "result"      // what happened
	StatusEstimate    = "estimate"    // the region's own estimate (预计)
	StatusTarget      = "target"      // a goal (目标, 力争, 确保 …)
	StatusExpectation = "expectation" // somebody else's forecast (市场预期, 此前预测)
)
