// Command xlsx writes the workbook fixtures of data/load/testdata/formats:
// report.xlsx (the table of report.txt: a merged title row above a header
// row, figures as numbers) and merged.xlsx (a two-row header with merged
// cells, region labels merged down two rows, a percent-formatted column, a
// hidden sheet and a note row). Run by scripts/formats/make-fixtures.sh.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/xuri/excelize/v2"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: xlsx DIR")
		os.Exit(2)
	}
	for name, build := range map[string]func(*excelize.File) error{"report.xlsx": report, "merged.xlsx": merged} {
		f := excelize.NewFile()
		if err := build(f); err != nil {
			fmt.Fprintln(os.Stderr, name, err)
			os.Exit(1)
		}
		if err := f.SaveAs(filepath.Join(os.Args[1], name)); err != nil {
			fmt.Fprintln(os.Stderr, name, err)
			os.Exit(1)
		}
	}
}

func setRows(f *excelize.File, sheet string, rows [][]any) error {
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(sheet, cell, &r); err != nil {
			return err
		}
	}
	return nil
}

func report(f *excelize.File) error {
	const sh = "2023年上半年"
	if err := f.SetSheetName("Sheet1", sh); err != nil {
		return err
	}
	if err := setRows(f, sh, [][]any{
		{"表1 2023年上半年各区主要经济指标"},
		{"地区", "地区生产总值（亿元）", "增长（%）", "城镇新增就业（万人）"},
		{"即墨区", 1020.5, 5.1, 1.8},
		{"崂山区", 806.3, 4.6, 1.1},
		{"李沧区", 412.7, 3.9, 0.9},
	}); err != nil {
		return err
	}
	return f.MergeCell(sh, "A1", "D1")
}

func merged(f *excelize.File) error {
	const sh = "分区指标"
	if err := f.SetSheetName("Sheet1", sh); err != nil {
		return err
	}
	if err := setRows(f, sh, [][]any{
		{"2023年前三季度各区主要指标"},
		{"地区", "一般公共预算收入", nil, "城镇新增就业"},
		{nil, "绝对额（亿元）", "增长", "人数（万人）"},
		{"西海岸新区", 221.6, 0.052, 6.3},
		{"即墨区", 98.4, 0.031, 2.1},
		{"注：增长按可比口径计算。"},
	}); err != nil {
		return err
	}
	for _, m := range [][2]string{{"A1", "D1"}, {"A2", "A3"}, {"B2", "C2"}} {
		if err := f.MergeCell(sh, m[0], m[1]); err != nil {
			return err
		}
	}
	pct, err := f.NewStyle(&excelize.Style{NumFmt: 10}) // 0.00%
	if err != nil {
		return err
	}
	if err := f.SetCellStyle(sh, "C4", "C5", pct); err != nil {
		return err
	}
	if _, err := f.NewSheet("草稿"); err != nil {
		return err
	}
	if err := setRows(f, "草稿", [][]any{{"地区", "数值"}, {"城阳区", 99.9}}); err != nil {
		return err
	}
	return f.SetSheetVisible("草稿", false)
}
