#!/bin/sh
# Rebuilds the binary fixtures of data/load/testdata/formats from the text ones.
# Needs LibreOffice (libreoffice-writer-nogui), poppler-utils (pdftoppm),
# librsvg2-bin (rsvg-convert), ImageMagick (convert), python3, fonts-wqy-microhei and
# iconv. The fixtures are committed; `make test` does not run this.
set -eu
cd "$(dirname "$0")/../.."
T=data/load/testdata/formats
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
export HOME="$W/home"   # LibreOffice's profile

# report.docx: the report laid out as a Word file (LibreOffice from HTML,
# Heading styles and a real table); report.pdf: that file printed to PDF
# by LibreOffice (simple TrueType subset font with a ToUnicode map).
cp $T/src/report-doc.html "$W/report.html"
(cd "$W" && soffice --headless --infilter=HTML --convert-to 'docx:MS Word 2007 XML' report.html >/dev/null)
(cd "$W" && soffice --headless --convert-to pdf report.docx >/dev/null)
cp "$W/report.docx" "$W/report.pdf" $T/

# pagebreak.pdf: twenty long paragraphs, two of them broken by a page end.
cp $T/src/pagebreak.html "$W/pagebreak.html"
(cd "$W" && soffice --headless --infilter=HTML --convert-to 'docx:MS Word 2007 XML' pagebreak.html >/dev/null)
(cd "$W" && soffice --headless --convert-to pdf pagebreak.docx >/dev/null)
cp "$W/pagebreak.pdf" $T/

# report-cairo.pdf: the same report as a ruled bulletin page through cairo:
# Type0 Identity-H CJK font with a ToUnicode map, as Word and WPS write them.
python3 scripts/formats/report_svg.py $T/report.txt "$W/report.svg"
rsvg-convert -f pdf -o $T/report-cairo.pdf "$W/report.svg"

# wrapped-cells.pdf: a ruled table whose header and label cells wrap over
# two lines (src/wrapped-cells.svg, written by hand).
rsvg-convert -f pdf -o $T/wrapped-cells.pdf $T/src/wrapped-cells.svg

# scanned.pdf: that page as a grey image only (no text layer), like a scan.
pdftoppm -r 50 -gray -png -singlefile $T/report-cairo.pdf "$W/scan"
convert "$W/scan.png" -quality 60 "$W/scan.jpg"
python3 scripts/formats/image_pdf.py "$W/scan.jpg" $T/scanned.pdf

# broken.docx: the Word file cut in half (a download that broke off).
head -c 3000 $T/report.docx > $T/broken.docx

# report.xlsx and merged.xlsx (excelize).
go run ./scripts/formats/xlsx $T

# report-table.csv: the table as Excel saves CSV on a Chinese system (GBK).
printf '%s\r\n' '表1 2023年上半年各区主要经济指标,,,' '地区,地区生产总值（亿元）,增长（%）,城镇新增就业（万人）' \
  '即墨区,1020.5,5.1,1.8' '崂山区,806.3,4.6,1.1' '李沧区,412.7,3.9,0.9' | iconv -f utf-8 -t gb18030 > $T/report-table.csv
ls -l $T
