package chart

import (
	"fmt"
	"math"
	"strings"
	"zhibiao/data/compare"
)

// DerivedBar is the bar chart of a derived comparison (compare.DerivedValues:
// kind data.DerivePerCapita or data.DeriveShare) across regions: each bar
// the region's figure divided by its denominator, labelled with the
// denominator (人口199.35万人, 占青岛市); a region without a like-period
// denominator is drawn without a bar, saying why (无人口数字), and named
// in the note with the denominators the corpus has for it. Written in loc.
func (loc Locale) DerivedBar(rv []compare.RegionValue, indicator, kind string, dark bool) Spec {
	spec := Spec{Kind: Bar, Dark: dark, Locale: loc, Unit: derivedUnit(rv)}
	for _, r := range rv {
		spec.Labels = append(spec.Labels, r.Region)
		spec.Values = append(spec.Values, r.Value)
		spec.ValueLabels = append(spec.ValueLabels, loc.derivedLabel(r, kind))
	}
	spec.Title = fmt.Sprintf(loc.Say("人均%s（%s）"), indicator, spec.Unit)
	spec.Subtitle = loc.Say("每个地区取有同年常住人口数字的最新一处实际值，除以该人口；两个数字都出自语料")
	if kind == compare.DeriveShare {
		spec.Title = fmt.Sprintf(loc.Say("%s占上级地区比重（%s）"), indicator, spec.Unit)
		spec.Subtitle = loc.Say("每个地区取上级地区有同期数字的最新一处实际值，除以上级地区的这个数字；两个数字都出自语料")
	}
	if p := compare.CommonPeriod(rv); p != "" {
		spec.Title += " · " + p
	}
	spec.Note = loc.derivedNote(rv)
	return spec
}

// derivedUnit is the unit of the derived values (元/人, %).
func derivedUnit(rv []compare.RegionValue) string {
	for _, r := range rv {
		if r.Unit != "" {
			return r.Unit
		}
	}
	return ""
}

// derivedLabel is the text on a region's bar: 23.54万元/人（人口199.35万人）,
// 30.9%（占青岛市）, or why there is no bar (无人口数字).
func (loc Locale) derivedLabel(r compare.RegionValue, kind string) string {
	if r.Denom == nil || math.IsNaN(r.Value) {
		return loc.Say(r.Note)
	}
	s := loc.HumanQ(r.Value, r.Unit, r.Qualifier)
	if kind == compare.DeriveShare {
		return s + fmt.Sprintf(loc.Say("（占%s）"), r.Denom.Region)
	}
	return s + fmt.Sprintf(loc.Say("（人口%s）"), loc.Human(r.Denom.Value, r.Denom.Unit))
}

// derivedNote says what is not like for like: periods that differ, and
// the regions without a value, by reason, with the denominators' periods
// the corpus has for them (无人口数字：西海岸新区 2023年（语料中的人口：2022年末）).
func (loc Locale) derivedNote(rv []compare.RegionValue) string {
	var periods []string
	missing := map[string][]string{}
	var reasons []string
	for _, r := range rv {
		if r.Denom != nil && !math.IsNaN(r.Value) {
			periods = append(periods, r.Region+" "+r.Period)
			continue
		}
		item := strings.TrimSpace(r.Region + " " + r.Period)
		if r.Note == compare.NoteNoFigure {
			item = r.Region
		}
		if len(r.DenomPeriods) > 0 {
			item += fmt.Sprintf(loc.Say("（语料中只有%s的）"), loc.list(r.DenomPeriods))
		}
		if _, ok := missing[r.Note]; !ok {
			reasons = append(reasons, r.Note)
		}
		missing[r.Note] = append(missing[r.Note], item)
	}
	var parts []string
	if len(periods) > 1 && compare.CommonPeriod(rv) == "" {
		parts = append(parts, loc.Say("各地区时期不同：")+strings.Join(periods, loc.Say("，")))
	}
	for _, why := range reasons {
		parts = append(parts, loc.Say(why)+loc.Say("：")+strings.Join(missing[why], loc.Say("，")))
	}
	if len(parts) == 0 {
		return ""
	}
	return loc.Say("注意：") + strings.Join(parts, loc.Say("；"))
}
