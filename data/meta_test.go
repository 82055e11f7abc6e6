package data

import (
	"reflect"
	"testing"
)

func TestFindDate(t *testing.T) {
	tests := []struct {
		in   string
		want string
		year int
	}{
		{"齐鲁人才 . 2020-07-23发布", "2020-07-23", 2020},
		{"大众日报 2020-07-29 09:41 大字", "2020-07-29 09:41", 2020},
		{"2020-09-08 09:21:24", "2020-09-08 09:21:24", 2020},
		{"2020年7月23日 星期四", "2020-07-23", 2020},
		{"２０２１年１０月５日", "2021-10-05", 2021},
		{"2021/3/9 8:05", "2021-03-09 08:05", 2021},
		{"2020-13-45", "", 0},
		{"全年新增就业3.4万人", "", 0},
	}
	for _, tt := range tests {
		got, y := findDate(tt.in)
		if got != tt.want || y != tt.year {
			t.Errorf("findDate(%q) = %q %d, want %q %d", tt.in, got, y, tt.want, tt.year)
		}
	}
}

func TestAuthorsOf(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"□本报记者 张忠德", []string{"张忠德"}},
		{"本报通讯员 刘 伟", []string{"刘伟"}},
		{"□青岛日报/观海新闻记者 王涛 通讯员 孙静秋 王磊 文/图", []string{"王涛", "孙静秋", "王磊"}},
		{"□记者 白晓 通讯员 葛晓蕾 报道", []string{"白晓", "葛晓蕾"}},
		{"□记者 张志德 通讯员 郝家报道", []string{"张志德", "郝家"}},
		{"□本报记者 张晓帆 本报通讯员 吕栋 江响世", []string{"张晓帆", "吕栋", "江响世"}},
		{"作者：李华", []string{"李华"}},
		{"□本报记者", nil},
	}
	for _, tt := range tests {
		if got := authorsOf(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("authorsOf(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestInferYear(t *testing.T) {
	clues := parseYearClues(yearCluesTxt)
	tests := []struct {
		in   string
		want int
	}{
		{"早在2015年即开始。2023年春风行动启动。", 2023},
		{"2022年进出口增长。到2025年培育龙头企业。", 2022},
		{"力争2030年实现。", 0},
		{"今年以来企业复工复产加快。", 2020},
		{"今年以来经济平稳。", 0},
		{"２０１９年营收增长。", 2019},
	}
	for _, tt := range tests {
		if got := inferYear(tt.in, clues); got != tt.want {
			t.Errorf("inferYear(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestSources(t *testing.T) {
	known := newSourceList(sourcesTxt)
	tests := []struct{ in, want string }{
		{"齐鲁人才 . 2020-07-23发布", "齐鲁人才"},
		{"□青岛日报/观海新闻记者 王涛", "青岛日报"},
		{"来源：大众网", "大众网"},
		{"来源：某某时报", "某某时报"},
		{"新华社大连9月8日电", "新华社"},
		{"本报记者 张三", ""},
	}
	for _, tt := range tests {
		if got := known.sourceOf(tt.in); got != tt.want {
			t.Errorf("sourceOf(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
