package output

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"zhibiao/data"
)

// CSVHeader is the header row of indicator CSV files: the JSON field names
// of the `zhibiao indicators` contract, in order.
var CSVHeader = []string{
	"file", "story", "title", "date", "region", "theme", "indicator", "metric",
	"value", "unit", "raw", "qualifier", "period", "sentence", "start", "end", "target",
	"period_start", "period_end", "period_kind", "status", "regions",
}

// RegionsSep joins the regions of a figure in the CSV regions column.
const RegionsSep = "、"

// utf8BOM makes Excel read a CSV file as UTF-8.
const utf8BOM = "\ufeff"

// WriteCSV writes inds as CSV with a header row (CSVHeader). With bom, the
// file starts with a UTF-8 byte-order mark so that Excel opens Chinese text
// correctly; other tools ignore it. Values are written in full precision
// (34000, not 3.4万). Nothing is written when a value is not finite
// (CheckValues).
func WriteCSV(w io.Writer, inds []data.Indicator, bom bool) error {
	if err := CheckValues(inds); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	if bom {
		if _, err := io.WriteString(w, utf8BOM); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	for _, ind := range inds {
		if err := cw.Write(csvRow(ind)); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// csvRow is the row of ind. Every field is valid UTF-8 (a file name with
// invalid bytes gets U+FFFD for them), so the file is valid UTF-8 too.
func csvRow(ind data.Indicator) []string {
	row := []string{
		ind.File, ind.Story, ind.Title, ind.Date, ind.Region, ind.Theme, ind.Indicator, ind.Metric,
		strconv.FormatFloat(ind.Value, 'f', -1, 64), ind.Unit, ind.Raw, ind.Qualifier, ind.Period,
		ind.Sentence, strconv.Itoa(ind.Start), strconv.Itoa(ind.End), strconv.FormatBool(ind.Target),
		ind.PeriodStart, ind.PeriodEnd, ind.PeriodKind, ind.Status, strings.Join(ind.Regions, RegionsSep),
	}
	for i, f := range row {
		row[i] = strings.ToValidUTF8(f, "\uFFFD")
	}
	return row
}

// CSVRecord is ind's row in indicator CSV files (columns as CSVHeader), for
// writers that stream rows one at a time.
func CSVRecord(ind data.Indicator) []string { return csvRow(ind) }
