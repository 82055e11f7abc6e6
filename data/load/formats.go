package load

import (
	"zhibiao/data"
	"zhibiao/data/formats"
)

// FileKind returns the type of an article's file as shown in the article
// list: HTML, DOCX, PDF, XLSX, CSV, MD or TXT.
func FileKind(name string) string {
	if k := formats.KindOf(name); k != "" {
		return k
	}
	if isArticleFile(name) {
		return map[bool]string{true: "MD", false: "TXT"}[hasExt(name, ".md")]
	}
	return ""
}

// ArticleExtensions returns the file name extensions the loader reads
// (any case): .txt and .md, then those of package formats.
func ArticleExtensions() []string {
	return append([]string{".txt", ".md"}, formats.Extensions()...)
}

// decodeFile returns a file's text in the form the story parser reads:
// web pages, Word files, PDFs and spreadsheets converted by package
// formats (with the title, date and source they state), other files
// decoded as text.
func (p *Parser) decodeFile(name string, raw []byte) (string, *formats.Doc, error) {
	if formats.KindOf(name) == "" {
		text, err := p.Decode(raw)
		return text, nil, err
	}
	d, err := formats.Convert(name, raw)
	if err != nil {
		return "", nil, err
	}
	return d.Text, d, nil
}

// applyDocMeta gives the stories of a converted file the date and source
// that the file states, where their text gave none.
func applyDocMeta(as []*data.Article, d *formats.Doc) {
	if d == nil {
		return
	}
	date, year := findDate(d.Date)
	for _, a := range as {
		if a.Source == "" {
			a.Source = d.Source
		}
		if a.Date == "" && date != "" {
			a.Date, a.Year = date, year
		}
	}
}
