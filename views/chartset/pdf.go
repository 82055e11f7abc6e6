package chartset

import (
	"bytes"
	"fmt"
	"time"

	"github.com/go-pdf/fpdf"
)

// PDF is the format name of PDF files: one page the chart's size (its
// pixels at 96 dpi) holding the chart drawn at twice the pixels, with the
// chart's title and words in the document's metadata.
const PDF = "pdf"

// pdfEpoch is the creation date written into every PDF, so that the same
// request gives the same bytes from the GUI and the CLI.
var pdfEpoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// encodePDF puts a PNG of the chart (drawn at scale× its w × h) on a page
// of w × h pixels at 96 dpi.
func encodePDF(png []byte, w, h int, title, subject string) ([]byte, error) {
	wd, ht := float64(w)*0.75, float64(h)*0.75 // points
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", OrientationStr: "P", Size: fpdf.SizeType{Wd: wd, Ht: ht}})
	pdf.SetCreationDate(pdfEpoch)
	pdf.SetModificationDate(pdfEpoch)
	pdf.SetCatalogSort(true)
	pdf.SetCreator("zhibiao", false)
	pdf.SetProducer("zhibiao", false)
	pdf.SetTitle(title, true)
	pdf.SetSubject(subject, true)
	pdf.SetMargins(0, 0, 0)
	pdf.SetAutoPageBreak(false, 0)
	pdf.AddPage()
	opts := fpdf.ImageOptions{ImageType: "PNG"}
	pdf.RegisterImageOptionsReader("chart", opts, bytes.NewReader(png))
	pdf.ImageOptions("chart", 0, 0, wd, ht, false, opts, 0, "")
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("write PDF: %w", err)
	}
	return buf.Bytes(), nil
}
