package chart

import (
	"math"
	"testing"
)

func TestHuman(t *testing.T) {
	tests := []struct {
		v    float64
		unit string
		want string
	}{
		{34000, "人", "3.4万人"},
		{810000000, "元", "8.1亿元"},
		{7.4, "%", "7.4%"},
		{-6.8, "%", "-6.8%"},
		{6.6, "个百分点", "6.6个百分点"},
		{1234, "家", "1234家"},
		{0, "人", "0人"},
		{12345, "户", "1.23万户"},
		{123456, "人", "12.35万人"},
		{1234567, "元", "123.5万元"},
		{12345678, "元", "1235万元"},
		{99999999, "元", "1亿元"},
		{99999, "人", "10万人"},
		{2.5e12, "元", "2.5万亿元"},
		{-15000, "人", "-1.5万人"},
		{120000, "%", "120000%"},
		{3.456, "", "3.46"},
		{0.0123, "", "0.0123"},
		{math.NaN(), "人", "无数据"},
		{10, "条", "10条"},
	}
	for _, tc := range tests {
		if got := Human(tc.v, tc.unit); got != tc.want {
			t.Errorf("Human(%v, %q) = %q, want %q", tc.v, tc.unit, got, tc.want)
		}
	}
}

func TestHumanQ(t *testing.T) {
	tests := []struct {
		v               float64
		unit, qualifier string
		want            string
	}{
		{810000000, "元", "余", "8.1亿余元"},
		{34000, "人", "近", "近3.4万人"},
		{20000, "人", "超过", "超过2万人"},
		{500, "家", "以上", "500家以上"},
		{3, "%", "左右", "3%左右"},
		{500, "家", "多", "500多家"},
		{500, "家", "", "500家"},
		{8, "%", "预计左右", "预计8%左右"},
		{1000, "家", "预计余", "预计1000余家"},
		{5, "个", "预计超过", "预计超过5个"},
	}
	for _, tc := range tests {
		if got := HumanQ(tc.v, tc.unit, tc.qualifier); got != tc.want {
			t.Errorf("HumanQ(%v, %q, %q) = %q, want %q", tc.v, tc.unit, tc.qualifier, got, tc.want)
		}
	}
}

func TestNiceTicks(t *testing.T) {
	tests := []struct {
		lo, hi  float64
		integer bool
		first   float64
		last    float64
	}{
		{0, 81000, true, 0, 100000},
		{-6.8, 25, false, -10, 25},
		{0, 0, true, 0, 1},
		{0, 3, true, 0, 3},
		{0, 0.31, false, 0, 0.35},
		{0, 42, true, 0, 50},
		{0, 10, true, 0, 10}, // counts: steps of 2, never 2.5 and 7.5
		{0, 13, true, 0, 14},
		{0, 10, false, 0, 10},
	}
	for _, tc := range tests {
		ticks := niceTicks(tc.lo, tc.hi, 5, tc.integer)
		if ticks[0] != tc.first || math.Abs(ticks[len(ticks)-1]-tc.last) > 1e-9 {
			t.Errorf("niceTicks(%v, %v) = %v, want %v..%v", tc.lo, tc.hi, ticks, tc.first, tc.last)
		}
		if len(ticks) < 2 || len(ticks) > 12 {
			t.Errorf("niceTicks(%v, %v) gave %d ticks", tc.lo, tc.hi, len(ticks))
		}
		for _, v := range ticks {
			if tc.integer && v != math.Trunc(v) {
				t.Errorf("niceTicks(%v, %v) of counts = %v: a fractional tick", tc.lo, tc.hi, ticks)
				break
			}
		}
	}
}
