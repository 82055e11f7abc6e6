package load

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"zhibiao/data"
	"zhibiao/data/region"
)

func TestClassify(t *testing.T) {
	p := defaultParser()
	tests := []struct {
		in   string
		kind lineKind
		text string
	}{
		{"责编 王杰 刘宗伟 美编 郑燕 审读 王忠良 排版 林艳", kindFurniture, ""},
		{"JIN RI JI MO", kindFurniture, ""},
		{"今日崂山", kindFurniture, ""},
		{"# 今日即墨", kindFurniture, ""},
		{"今日起实施", kindBody, ""},
		{"据新华社报道。", kindBody, ""},
		{"新华社", kindMeta, ""},
		{"第3版", kindFurniture, ""},
		{"大字", kindFurniture, ""},
		{"■一汽解放总装车间内。", kindCaption, "一汽解放总装车间内。"},
		{"□本报记者 张忠德", kindByline, ""},
		{"本报通讯员 刘 伟", kindByline, ""},
		{"□记者 白晓 通讯员 葛晓蕾 报道 本报青岛讯 3月12日, 出台", kindByline, ""},
		{"齐鲁人才 . 2020-07-23发布", kindMeta, ""},
		{"大众日报 2020-07-29 09:41 大字", kindMeta, ""},
		{"2020-09-08 09:21:24", kindMeta, ""},
		{"来源：新华网", kindMeta, ""},
		{"南国今报　2021-01-27　今报南宁讯（记者刘冬莲）", kindByline, ""},
		{"东北网11月12日讯　11月11日，黑河市组织收听收看擂台赛。", kindByline, ""},
		{"（2020年11月12日　来源：东北网-黑河日报　作者：刘增伟）", kindMeta, ""},
		{"澳門特別行政區政府新聞局", kindMeta, ""},
		{"════════════", kindFurniture, ""},
		{"### 自我加码: 剑指四大目标", kindHeading, "自我加码: 剑指四大目标"},
		{"记者从现场获悉，即墨区新增就业3.4万人。", kindBody, ""},
		{"大众网·海报新闻记者从现场获悉,即墨区在抓好疫情常态化防控的前提下,围绕扎实做好“六稳”工作", kindBody, ""},
		// page headers: paper, page number, date
		{"汉江新闻　第2版　县域经济　2019年7月8日", kindPage, ""},
		{"第A3版 要闻 2023-07-12 大众日报", kindPage, ""},
		{"第3版 要闻", kindFurniture, ""},
		{"（完）", kindFurniture, ""},
		{"（编辑 张三）", kindFurniture, ""},
		// datelines opening a story, credits, 据…报道
		{"本报讯（通讯员 罗平）", kindByline, ""},
		{"本报讯 今年以来，全县新增就业1200人。", kindByline, ""},
		{"本报北京7月12日讯（记者 孙峰）", kindByline, ""},
		{"新华社南京8月9日电（记者 周婧 陈刚）走进苏州工业园区", kindByline, ""},
		{"衡阳日报讯（通讯员 肖力元 记者 周瑞华）今年来，衡南县坚持稳中求进", kindByline, ""},
		{"（通讯员 苏敏）", kindByline, ""},
		{"据成都日报报道", kindByline, ""},
		{"记者 周敏 通讯员 吴涛", kindByline, ""},
		{"互联网通讯企业达到120家。", kindBody, ""},
		{"日报社电话会议召开。", kindBody, ""},
		{"（通讯员提供的数据显示，全县新增就业1200人。）", kindBody, ""},
		// a dated list of sources
		{"综合深圳特区报、星岛日报 2026-02-10", kindMeta, ""},
		{"全市地区生产总值：2311.1亿元", kindBody, ""},
	}
	for _, tt := range tests {
		l := p.classify(tt.in)
		if l.kind != tt.kind || (tt.text != "" && l.text != tt.text) {
			t.Errorf("classify(%q) = %v %q, want %v %q", tt.in, l.kind, l.text, tt.kind, tt.text)
		}
	}
}

func TestCleanInline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"**即墨区**新增就业3.4万人", "即墨区新增就业3.4万人"},
		{"详见[青岛新闻网](http://example.com/a)。", "详见青岛新闻网。"},
		{"![图片](img/1.png)", ""},
		{"- 新增就业3.4万人", "新增就业3.4万人"},
		{"> 引用内容", "引用内容"},
		{"<p>增长&nbsp;7.4%</p>", "增长\u00a07.4%"},
		{"R&amp;D投入", "R&D投入"},
		{"3-5月增长", "3-5月增长"},
		{"## 小标题", "## 小标题"},
	}
	for _, tt := range tests {
		if got := cleanInline(tt.in); got != tt.want {
			t.Errorf("cleanInline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsCaption(t *testing.T) {
	for s, want := range map[string]bool{
		"疫情防控中, 社保中心创新实施远程鉴定。图为专家组通过远程视频鉴定。": true,
		"图为工人在组装卡车。":    true,
		"（摄影 王涛）":       true,
		"有人企图为自己开脱。":    false,
		"这张地图为我们指明了方向。": false,
	} {
		if got := isCaption(s); got != want {
			t.Errorf("isCaption(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestSplitByline(t *testing.T) {
	by, rest := splitByline("□记者 白晓 通讯员 葛晓蕾 报道 本报青岛讯 3月12日, 《措施》出台")
	if by != "□记者 白晓 通讯员 葛晓蕾 报道" || rest != "3月12日, 《措施》出台" {
		t.Errorf("splitByline = %q, %q", by, rest)
	}
	if by, rest := splitByline("本报通讯员 刘 伟"); by != "本报通讯员 刘 伟" || rest != "" {
		t.Errorf("splitByline(通讯员 line) = %q, %q", by, rest)
	}
	for _, tt := range []struct{ in, by, rest string }{
		{"本报讯（通讯员 储毅）", "本报讯（通讯员 储毅）", ""},
		{"本报讯（通讯员 储毅）今年以来，全县经济运行稳中有进。", "本报讯（通讯员 储毅）", "今年以来，全县经济运行稳中有进。"},
		{"本报讯 记者 张三 报道 今年以来，全县新增就业1200人。", "本报讯 记者 张三 报道", "今年以来，全县新增就业1200人。"},
		{"新华社大连11月2日电 今年前三季度，大连市外贸增长。", "新华社大连11月2日电", "今年前三季度，大连市外贸增长。"},
		{"新华社南京8月9日电（记者 周婧 陈刚）走进车间", "新华社南京8月9日电（记者 周婧 陈刚）", "走进车间"},
		{"南国今报　2021-01-27　今报南宁讯（记者刘冬莲）", "南国今报　2021-01-27　今报南宁讯（记者刘冬莲）", ""},
		{"东北网11月12日讯　11月11日，黑河市组织收听收看擂台赛。", "东北网11月12日讯", "11月11日，黑河市组织收听收看擂台赛。"},
	} {
		if by, rest := splitByline(tt.in); by != tt.by || rest != tt.rest {
			t.Errorf("splitByline(%q) = %q, %q; want %q, %q", tt.in, by, rest, tt.by, tt.rest)
		}
	}
}

// TestParsePage checks the cleaning rules on a made-up two-story page.
func TestParsePage(t *testing.T) {
	raw, err := os.ReadFile("testdata/corpus/page.txt")
	if err != nil {
		t.Fatal(err)
	}
	as, err := ParseFile("dir/page.txt", raw)
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 2 {
		t.Fatalf("%d stories, want 2: %v", len(as), titles(as))
	}
	a, b := as[0], as[1]
	got := []any{a.File, a.Story, a.Title, a.Source, a.Date, a.Year, a.DateInferred, a.Authors, a.Region}
	want := []any{"page.txt", 0, "城阳区上半年新增就业1.2万人", "青岛日报", "2021-08-02 10:15", 2021, false, []string{"孙立", "周海涛"}, "城阳区"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("story 0 = %v, want %v", got, want)
	}
	got = []any{b.Story, b.Title, b.Source, b.Authors, b.Region}
	want = []any{1, "平度市“乡村振兴”跑出加速度 新增农业项目42个", "青岛日报", []string{"高峰"}, "平度市"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("story 1 = %v, want %v", got, want)
	}
	if strings.Count(a.Text, "城阳区新增城乡就业1.2万人。") != 1 || strings.Count(a.Text, "惠及企业300余家") != 1 {
		t.Errorf("repeated sentence or clause kept:\n%s", a.Text)
	}
	if !strings.Contains(a.Text, "有力支持了企业发展。") {
		t.Errorf("line broken mid-sentence not joined:\n%s", a.Text)
	}
	if !strings.HasPrefix(b.Text, "今年上半年") {
		t.Errorf("story 1 text starts %q, want the byline and dateline removed", b.Text)
	}
	for _, bad := range []string{"责编", "今日城阳", "JIN RI", "新闻推荐", "地铁", "相关推荐", "■", "□", "大字"} {
		if strings.Contains(a.Text+b.Text, bad) {
			t.Errorf("text contains %q", bad)
		}
	}
	var caps, heads []string
	rs := []rune(a.Text)
	for _, p := range a.Paragraphs {
		switch {
		case p.Caption:
			caps = append(caps, string(rs[p.Start:p.End]))
		case p.Heading:
			heads = append(heads, string(rs[p.Start:p.End]))
		}
	}
	if !reflect.DeepEqual(caps, []string{"城阳区人才市场招聘会现场。"}) || !reflect.DeepEqual(heads, []string{"稳就业 保民生"}) {
		t.Errorf("captions %q headings %q", caps, heads)
	}
}

func TestParseMarkdown(t *testing.T) {
	raw, err := os.ReadFile("testdata/corpus/sub/policy.md")
	if err != nil {
		t.Fatal(err)
	}
	as, err := ParseFile("policy.md", raw)
	if err != nil || len(as) != 1 {
		t.Fatalf("ParseFile: %v, %d stories", err, len(as))
	}
	a := as[0]
	// no date written: the year is the latest named (2022), not the target (到2025年)
	if a.Title != "大连市出台稳外贸十条措施" || a.Source != "大连日报" || a.Date != "2022" || !a.DateInferred || a.Region != "大连市" {
		t.Errorf("got title %q source %q date %q inferred %v region %q", a.Title, a.Source, a.Date, a.DateInferred, a.Region)
	}
	if strings.Contains(a.Text, "#") || !a.Paragraphs[1].Heading {
		t.Errorf("markdown heading not turned into a heading paragraph: %+v\n%s", a.Paragraphs, a.Text)
	}
}

// TestSeeds checks what a reader sees of the five seed articles: clean
// titles, dates, regions and text, 004 split into its stories.
func TestSeeds(t *testing.T) {
	as, probs, err := LoadSeeds(context.Background())
	if err != nil || len(probs) != 0 {
		t.Fatalf("LoadSeeds: %v %v", err, probs)
	}
	g := region.Default()
	perFile := map[string][]*data.Article{}
	for _, a := range as {
		perFile[a.File] = append(perFile[a.File], a)
		checkArticle(t, g, a)
		if a.Path != "seeds/"+a.File {
			t.Errorf("%s: Path %q, want seeds/%s", a.File, a.Path, a.File)
		}
	}
	if len(perFile) != 5 {
		t.Fatalf("%d files loaded, want 5", len(perFile))
	}
	for f, stories := range perFile {
		if strings.HasPrefix(f, "004") {
			checkMultiStory(t, stories)
		} else if len(stories) != 1 {
			t.Errorf("%s: %d stories, want 1", f, len(stories))
		}
	}
	written := map[string]string{"000": "2020-07-23", "001": "2020-07-29 09:41", "003": "2020-09-08 09:21:24"}
	for f, stories := range perFile {
		if d, ok := written[f[:3]]; ok && (stories[0].Date != d || stories[0].DateInferred) {
			t.Errorf("%s: date %q (inferred %v), want %q as written", f, stories[0].Date, stories[0].DateInferred, d)
		}
		if f[:3] == "001" && (strings.Contains(stories[0].Text, "新闻推荐") || strings.Contains(stories[0].Text, "心脏")) {
			t.Errorf("001 keeps its 新闻推荐 trailer")
		}
		if f[:3] == "002" && !hasCaption(stories[0]) {
			t.Errorf("002: picture captions not kept apart")
		}
	}
}

func hasCaption(a *data.Article) bool {
	for _, p := range a.Paragraphs {
		if p.Caption {
			return true
		}
	}
	return false
}

func checkArticle(t *testing.T, g *region.Gazetteer, a *data.Article) {
	t.Helper()
	id := a.File + "#" + string(rune('0'+a.Story))
	if a.Title == "" || reBylineStart.MatchString(a.Title) || reCredits.MatchString(a.Title) || strings.ContainsAny(a.Title, "□■#") || utf8.RuneCountInString(a.Title) > 60 {
		t.Errorf("%s: bad title %q", id, a.Title)
	}
	if a.Date == "" || a.Year < 2015 || a.Year > 2025 {
		t.Errorf("%s: date %q year %d", id, a.Date, a.Year)
	}
	if a.Region == "" || len(a.Regions) == 0 || !inList(a.Regions, a.Region) {
		t.Errorf("%s: region %q regions %v", id, a.Region, a.Regions)
	}
	for _, r := range a.Regions {
		if got, ok := g.Lookup(r); !ok || got.Name != r {
			t.Errorf("%s: region %q is not a canonical name", id, r)
		}
	}
	for _, name := range a.Authors {
		if n := utf8.RuneCountInString(name); n < 2 || n > 3 {
			t.Errorf("%s: author %q", id, name)
		}
	}
	for _, bad := range []string{"责编", "JIN RI", "新闻推荐", "相关推荐", "■", "□", "##"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("%s: text contains %q", id, bad)
		}
	}
	checkParagraphs(t, id, a)
	checkNoRepeats(t, id, a.Text)
}

func checkParagraphs(t *testing.T, id string, a *data.Article) {
	t.Helper()
	rs := []rune(a.Text)
	if len(a.Paragraphs) == 0 || a.Paragraphs[len(a.Paragraphs)-1].End != len(rs) {
		t.Errorf("%s: paragraphs do not cover the text", id)
		return
	}
	for i, p := range a.Paragraphs {
		if p.Start >= p.End || (i > 0 && p.Start != a.Paragraphs[i-1].End+1) {
			t.Errorf("%s: paragraph %d span %v", id, i, p)
		}
	}
}

// checkNoRepeats fails on a sentence of 8+ characters said twice.
func checkNoRepeats(t *testing.T, id, text string) {
	t.Helper()
	rs := []rune(text)
	seen := map[string]bool{}
	for _, sp := range data.Sentences(text) {
		s := string(rs[sp.Start:sp.End])
		if sp.End-sp.Start >= 8 && seen[s] {
			t.Errorf("%s: sentence repeated: %q", id, s)
		}
		seen[s] = true
	}
}

func checkMultiStory(t *testing.T, stories []*data.Article) {
	t.Helper()
	if len(stories) < 5 {
		t.Fatalf("multi-story page: %d stories, want at least 5", len(stories))
	}
	seen := map[string]bool{}
	regions := map[string]bool{}
	for i, a := range stories {
		if a.Story != i || seen[a.Title] {
			t.Errorf("story %d (index %d) title %q repeated or out of order", i, a.Story, a.Title)
		}
		seen[a.Title] = true
		regions[a.Region] = true
		// figures of one district never land in another's story
		for _, other := range []string{"即墨区", "崂山区", "李沧区"} {
			if a.Region != other && (a.Region == "即墨区" || a.Region == "崂山区" || a.Region == "李沧区") && strings.Contains(a.Text, strings.TrimSuffix(other, "区")) {
				t.Errorf("story %q (%s) mentions %s", a.Title, a.Region, other)
			}
		}
	}
	for _, r := range []string{"即墨区", "崂山区", "李沧区"} {
		if !regions[r] {
			t.Errorf("no story of the page is about %s (regions %v)", r, regions)
		}
	}
}

func inList(list []string, s string) bool {
	for _, l := range list {
		if l == s {
			return true
		}
	}
	return false
}

// FuzzParseFile checks that any input parses without panicking into
// articles whose paragraphs lie inside their text, or into an error.
func FuzzParseFile(f *testing.F) {
	for _, s := range []string{goodArticle, "□记者 张三 报道 本报讯 正文。\n标题\n□记者 李四\n正文。", "■\n#\n新闻推荐", "\xef\xbb\xbf标题\r\n\r\n正文，", ""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		as, err := ParseFile("f.txt", raw)
		if err != nil {
			if len(as) != 0 {
				t.Fatalf("articles with an error: %v", err)
			}
			return
		}
		for _, a := range as {
			n := utf8.RuneCountInString(a.Text)
			for _, p := range a.Paragraphs {
				if p.Start < 0 || p.End > n || p.Start > p.End {
					t.Fatalf("paragraph %v outside text of %d runes", p, n)
				}
			}
		}
	})
}

func BenchmarkParseSeeds(b *testing.B) {
	files, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no seeds: %v", err)
	}
	var raws [][]byte
	for _, f := range files {
		r, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		raws = append(raws, r)
	}
	for b.Loop() {
		for i, r := range raws {
			if _, err := ParseFile(files[i], r); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func TestStoryWithoutTitle(t *testing.T) {
	page := "稳就业见实效\n□记者 张三\n即墨区新增就业3.4万人。\n\n□记者 李四 报道 本报青岛讯 崂山区今年新签约项目42个，总投资36亿元。\n\n□记者 王五 报道\n全市发放以工代训补贴超过千万元。\n以工代训补贴发至企业\n补贴申请全程网办\n参保企业可在网上申请。\n"
	as, err := ParseFile("p.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range as {
		got = append(got, a.Title)
	}
	want := []string{"稳就业见实效", "崂山区今年新签约项目42个，总投资36亿元", "以工代训补贴发至企业 补贴申请全程网办"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("titles %q, want %q", got, want)
	}
	if len(as) == 3 && (as[1].Region != "崂山区" || as[1].Authors[0] != "李四") {
		t.Errorf("story 1: region %q authors %q", as[1].Region, as[1].Authors)
	}
}

// storyWant is what a reader sees of one story of a page.
type storyWant struct {
	title, source, date string
	authors             []string
	textStart           string // the story's text starts so
}

// TestPageStories splits made-up newspaper pages into their stories: one
// per headline, the page header none; headlines of one to three lines
// above a byline in its several forms or above a dateline or issuing body
// line; each story with its own source, date and authors, else the page's.
func TestPageStories(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []storyWant
	}{
		{
			name: "page header, two-line headlines, 本报讯 with a credit",
			page: "青川日报　第2版　县域经济　2021年8月9日\n\n" +
				"稳中有进势头良好\n青川县上半年工业增加值增长9.2%\n本报讯（通讯员 罗平）\n\n" +
				"上半年，青川县规模以上工业增加值增长9.2%，高于全市1.3个百分点。\n\n" +
				"全县工业用电量同比增长12.4%。\n\n" +
				"招商引资再上台阶\n本报讯（记者 何娟 通讯员 曾亮） 今年以来，青川县签约招商项目18个，协议投资62亿元。\n\n" +
				"农村电商带动增收\n青川县网络零售额突破5亿元\n\n（通讯员 苏敏）\n\n" +
				"上半年，全县网络零售额5.3亿元，同比增长21.5%。\n",
			want: []storyWant{
				{"稳中有进势头良好 青川县上半年工业增加值增长9.2%", "青川日报", "2021-08-09", []string{"罗平"}, "上半年，青川县规模以上"},
				{"招商引资再上台阶", "青川日报", "2021-08-09", []string{"何娟", "曾亮"}, "今年以来，青川县签约"},
				{"农村电商带动增收 青川县网络零售额突破5亿元", "青川日报", "2021-08-09", []string{"苏敏"}, "上半年，全县网络零售额"},
			},
		},
		{
			name: "dateline on the third line, 新华社…电, 据…报道, 记者 X 通讯员 Y",
			page: "成都新闻　第A3版　区县　2023年10月27日\n\n" +
				"前三季度经济稳步回升\n武侯区地区生产总值增长5.2%\n武侯区统计局 2023-10-25\n\n" +
				"前三季度，武侯区地区生产总值增长5.2%，比上半年加快0.4个百分点。\n\n" +
				"外贸进出口保持增长\n新华社成都10月26日电（记者 孙峰） 前三季度，四川省外贸进出口总额7000亿元。\n\n" +
				"高新区新增市场主体1.2万户\n据成都日报报道\n今年以来，高新区新增市场主体1.2万户。\n\n" +
				"文旅消费持续回暖\n青羊区接待游客3200万人次\n\n记者 周敏 通讯员 吴涛\n前三季度，青羊区接待游客3200万人次。\n",
			want: []storyWant{
				{"前三季度经济稳步回升 武侯区地区生产总值增长5.2%", "武侯区统计局", "2023-10-25", nil, "前三季度，武侯区"},
				{"外贸进出口保持增长", "新华社", "2023-10-27", []string{"孙峰"}, "前三季度，四川省"},
				{"高新区新增市场主体1.2万户", "成都日报", "2023-10-27", nil, "今年以来，高新区"},
				{"文旅消费持续回暖 青羊区接待游客3200万人次", "成都新闻", "2023-10-27", []string{"周敏", "吴涛"}, "前三季度，青羊区"},
			},
		},
		{
			name: "three-line headline above a paper's dateline, no page header",
			page: "聚焦半年经济\n工业投资增势强劲\n东城区技改投资增长18%\n东城日报 2022-07-20\n\n" +
				"上半年，东城区工业投资增长15.6%，其中技改投资增长18%。\n\n" +
				"西城区消费市场回暖\n西城日报 2022-07-21\n\n上半年，西城区社会消费品零售总额增长6.2%。\n",
			want: []storyWant{
				{"聚焦半年经济 工业投资增势强劲 东城区技改投资增长18%", "东城日报", "2022-07-20", nil, "上半年，东城区"},
				{"西城区消费市场回暖", "西城日报", "2022-07-21", nil, "上半年，西城区"},
			},
		},
		{
			name: "page header at the foot, an end mark and a picture credit above a headline",
			page: "稳就业政策落地见效\n本报讯（记者 王丽） 上半年，南岸区新增城镇就业2.1万人。\n（完）\n\n" +
				"（摄影 李强）\n北岸区消费券拉动消费\n本报讯 北岸区发放消费券3000万元，带动消费2.4亿元。\n\n" +
				"南岸日报　第4版　2022年7月30日\n",
			want: []storyWant{
				{"稳就业政策落地见效", "南岸日报", "2022-07-30", []string{"王丽"}, "上半年，南岸区"},
				{"北岸区消费券拉动消费", "南岸日报", "2022-07-30", nil, "北岸区发放消费券"},
			},
		},
		{
			name: "page opening with a story without a byline, the next one under 本报讯",
			page: "南湖日报 第B1版 乡村振兴 2024年01月30日\n\n" +
				"田野里的草莓棚\n\n" +
				"1月2日，走进南湖镇西马庄合作社草莓大棚，入眼便是一片生机盎然的景象。目前合作社有18个大棚，其中对外出租5个。\n\n" +
				"“2023年各项收入36万元左右。”村党支部书记说。\n\n" +
				"合作社引领乡村蝶变\n\n" +
				"本报讯 1月4日，后村镇汉家村的大棚里，几人分工合作，两天3万株蔬菜幼苗顺利下地。\n",
			want: []storyWant{
				{"田野里的草莓棚", "南湖日报", "2024-01-30", nil, "1月2日，走进南湖镇"},
				{"合作社引领乡村蝶变", "南湖日报", "2024-01-30", nil, "1月4日，后村镇"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as, err := ParseFile("page.txt", []byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if len(as) != len(tt.want) {
				t.Fatalf("%d stories %q, want %d", len(as), titles(as), len(tt.want))
			}
			for i, w := range tt.want {
				a := as[i]
				got := storyWant{a.Title, a.Source, a.Date, a.Authors, firstRunes(a.Text, len([]rune(w.textStart)))}
				if a.Story != i || !reflect.DeepEqual(got, w) {
					t.Errorf("story %d (index %d) = %+v, want %+v", i, a.Story, got, w)
				}
				if a.DateInferred {
					t.Errorf("story %d: date %q inferred, want the written one", i, a.Date)
				}
			}
		})
	}
}

// TestSingleStoriesStayWhole checks that texts of one story are not cut
// where numbered sections, tables, 指标：数值 lines, a source line under a
// table or a credit at the end might look like the start of another.
func TestSingleStoriesStayWhole(t *testing.T) {
	tests := []struct {
		name, text, title string
	}{
		{
			name: "bulletin with sections, a table and a source line under it",
			text: "某县2022年国民经济和社会发展统计公报\n某县统计局 2023-03-20\n\n一、综合\n\n" +
				"初步核算，全年全县地区生产总值325.6亿元，比上年增长4.1%。\n\n二、工业\n\n" +
				"表1 2022年规模以上工业主要产品产量\n钢材：12.5万吨\n水泥：30.2万吨\n" +
				"数据来源：某县统计局 2023-03-20\n\n全年规模以上工业增加值比上年增长5.1%。\n",
			title: "某县2022年国民经济和社会发展统计公报",
		},
		{
			name: "indicator table with 指标：数值 lines",
			text: "某市2021年1-9月主要经济指标\n\n全市主要指标\n地区生产总值：2311.1亿元\n地区生产总值同比增长：11%\n" +
				"某市日报 2021-10-20\n\n指标名称\t1-9月\t增长%\n固定资产投资\t——\t8.2\n",
			title: "某市2021年1-9月主要经济指标",
		},
		{
			name: "news story with a credit at its end and 据…报道 in a sentence",
			text: "某区上半年新增就业1.2万人\n某区日报 2021-07-15\n\n上半年，某区新增城镇就业1.2万人。\n\n" +
				"据新华社报道。\n\n稳岗政策显效\n\n全区发放稳岗补贴2300万元。\n\n（记者 张三）\n",
			title: "某区上半年新增就业1.2万人",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as, err := ParseFile("one.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if len(as) != 1 || as[0].Title != tt.title {
				t.Errorf("%d stories %q, want one titled %q", len(as), titles(as), tt.title)
			}
		})
	}
}

// TestLeadsCloseTogether: a dateline under a headline and a byline two
// lines later are two leads; the second's headline block must not reach
// back over the first (it once sliced out of range).
func TestLeadsCloseTogether(t *testing.T) {
	text := "紧盯产业链供应链 激发动力增长活力\n2020-01-08\n\n设立13个专项指挥部顶格推进 抓实“六稳”“六保”\n\n" +
		"□记者 薄克国 通讯员 崔逸珊 报道 本报青岛讯 一方有难，八方支援。该休养所70余人共累计捐款10.3万元。\n\n5月30日发布通知。\n"
	as, err := ParseFile("p.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var all string
	for _, a := range as {
		all += a.Text
	}
	if !strings.Contains(all, "10.3万元") {
		t.Errorf("stories %+v lost the body", as)
	}
}

// TestEnglishParagraphs checks that English lines are not glued together
// as broken Chinese lines are (12:33 AMEconomic growth), and that a
// paragraph ending in a full stop stays a paragraph.
func TestEnglishParagraphs(t *testing.T) {
	text := "Guangdong sees GDP up 4% in Q1\n\nGlobal Times\nPublished: Apr 24, 2023 12:33 AM\n\n" +
		"Economic growth in Guangdong went up 4 percent in the first three months of 2023.\n\n" +
		"Fixed asset investment went up by 7.4 percent year-on-year.\n"
	as, err := ParseFile("en.txt", []byte(text))
	if err != nil || len(as) != 1 {
		t.Fatalf("%d stories, %v", len(as), err)
	}
	if strings.Contains(as[0].Text, "AMEconomic") || strings.Contains(as[0].Text, "2023.Fixed") {
		t.Errorf("English lines glued: %q", as[0].Text)
	}
}

// TestMastheadAbovePageHeader checks that a paper's name standing alone
// above the page header (今日岱山 / 2025年8月1日 … 第2版) gives the page's
// stories that name no place of their own its region.
func TestMastheadAbovePageHeader(t *testing.T) {
	text := "今日岱山\n2025年8月1日 星期五  第2版 综合新闻\n\n上半年我县经济实现稳中提质\n\n本报记者 林海\n\n" +
		"上半年全县实现地区生产总值400.61亿元，按可比价计算同比增长6.1%。\n"
	as, err := ParseFile("page.txt", []byte(text))
	if err != nil || len(as) != 1 {
		t.Fatalf("%d stories, %v", len(as), err)
	}
	if as[0].Region != "岱山县" || as[0].Date != "2025-08-01" {
		t.Errorf("region %q date %q, want 岱山县 2025-08-01", as[0].Region, as[0].Date)
	}
}

// TestBannerWithoutPageHeader checks pages printed without a header line
// (今日房县 / 2023年4月7星期五, a day without its 日): each story is dated by
// its own date line, and one naming no place takes the banner's county.
func TestBannerWithoutPageHeader(t *testing.T) {
	text := "今日房县\n2019年11月13星期三\n\n九道乡烟叶喜获丰收\n\n本报讯　（记者刘臣）近日，九道乡烟农收了12000斤烟叶。\n\n\n" +
		"今日房县\n2023年4月7星期五\n\n姚坪乡　桥通路畅促发展　产业振兴“有姜来”\n\n本报讯　（通讯员杜园园）近日，姚坪乡黄姜种植面积达1.1万亩。\n"
	as, err := ParseFile("page.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("%d stories, %v", len(as), err)
	}
	for i, want := range []string{"2019-11-13", "2023-04-07"} {
		if as[i].Region != "房县" || as[i].Date != want {
			t.Errorf("story %d (%q): region %q date %q, want 房县 %s", i, as[i].Title, as[i].Region, as[i].Date, want)
		}
	}
	if !strings.HasPrefix(as[1].Title, "姚坪乡") {
		t.Errorf("second title %q, want the headline", as[1].Title)
	}
}

// TestHeadlessStoryAfterBylineParagraph checks a story printed without a
// headline after a gap, below a one-paragraph story whose byline opens its
// text (中广网银川7月1日消息（记者…）六月…): a story of its own.
func TestHeadlessStoryAfterBylineParagraph(t *testing.T) {
	text := "中宁农村新春三景\n\n本报讯（记者胡彦华）2004年对农民来说是殷实的一年，政策好，收入多。\n\n镜头一：农民排队存款。\n\n2004年，中宁县农村信用联社净增存款1.7亿元，创历史之最。\n\n\n" +
		"中宁擦亮枸杞金名片\n\n中广网 2010-07-01\n\n中广网银川7月1日消息（记者郭长江）六月枸杞树树红。据统计，截止上半年，中宁全县枸杞种植面积达20万亩。\n\n\n" +
		"6月28日，在宁夏回族自治区中宁县舟塔乡的枸杞种植基地内，当地农户在采摘成熟的枸杞果实。据了解，中宁县2013年全县枸杞种植面积达20万亩，干果总产量预计达4.8万吨。新华社记者 彭昭之 摄\n"
	as, err := ParseFile("p.txt", []byte(text))
	if err != nil || len(as) != 3 {
		t.Fatalf("%d stories, %v", len(as), err)
	}
}

// TestTraditionalDatelineAndSourceField checks a second story written in
// traditional characters whose date line labels its source (2023-11-20 21:38
// | 稿件來源：香港中通社) and whose lead is a dateline with 電: a story of
// its own, placed where its headline says, not at the agency's home.
func TestTraditionalDatelineAndSourceField(t *testing.T) {
	text := "澳門7月入境旅客302萬人次\n\n20/08/2024 14:02\n\n《經濟通通訊社20日專訊》澳門統計暨普查局資料顯示，今年7月入境旅客約302萬人次。\n\n按客源分析，7月中國內地旅客按年增加14%。\n\n今年首七個月的入境旅客共1974萬人次。\n\n\n" +
		"澳門10月入境旅客按年增加3.8倍\n\n2023-11-20 21:38 | 稿件來源：香港中通社\n\n香港中通社11月20日電 澳門特區政府統計暨普查局11月20日公佈數據，今年10月入境旅客按年增加3.8倍至2757308人次。\n\n按客源分析，中國內地旅客按年增加2.8倍。\n"
	as, err := ParseFile("m.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("%d stories, %v", len(as), err)
	}
	if as[1].Region != "澳门特别行政区" || !strings.HasPrefix(as[1].Date, "2023-11-20") {
		t.Errorf("second story %q: region %q date %q, want 澳门特别行政区 2023-11-20", as[1].Title, as[1].Region, as[1].Date)
	}
}

// TestSecondReportWithLongTitle checks two reports in one file, the second
// after a gap with a title longer than a headline over its date line
// (关于…计划执行情况与…计划（草案）的报告 / ——2023年1月4日在…会议上).
func TestSecondReportWithLongTitle(t *testing.T) {
	text := "政府工作报告\n——2025年1月8日在北京市东城区第十七届人民代表大会第五次会议上\n\n各位代表：\n现在，我代表东城区人民政府，向大会报告政府工作。\n\n一、2024年工作回顾\n初步预计，地区生产总值同比增长4.5%左右。\n\n二、2025年工作安排\n经济社会发展主要预期目标是：地区生产总值增长4.5%。\n\n\n" +
		"关于北京市东城区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划（草案）的报告\n——2023年1月4日在北京市东城区第十七届人民代表大会第三次会议上\n\n各位代表：\n受区人民政府委托，现将报告提交大会审议。\n\n一、2022年国民经济和社会发展计划执行情况\n地区生产总值实现3437.1亿元，同比增长5.6%。\n"
	as, err := ParseFile("r.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("%d stories, %v", len(as), err)
	}
	if as[1].Date != "2023-01-04" {
		t.Errorf("second report dated %q, want 2023-01-04", as[1].Date)
	}
}

// TestBulletinNamingOnlyTheYearBefore checks a bulletin printed without
// its title (晋中市统计局 / 2018年3月26日 / … 2017年人口抽样调查 …): it
// reports on the one year its opening names.
func TestBulletinNamingOnlyTheYearBefore(t *testing.T) {
	text := "晋中市统计局\n国家统计局晋中调查队\n2018年3月26日\n\n一、综合\n\n人口（据2017年人口抽样调查）\n年末全市常住人口：3365597人\n\n" +
		"地区生产总值（初步核算）\n地区生产总值：1284.9亿元\n"
	as, err := ParseFile("b.txt", []byte(text))
	if err != nil || len(as) != 1 {
		t.Fatalf("%d stories, %v", len(as), err)
	}
	if as[0].DataYear != 2017 || as[0].Year != 2018 {
		t.Errorf("data year %d, year %d; want 2017, 2018", as[0].DataYear, as[0].Year)
	}
	if got := onlyYearNamed("2018年3月26日 据2017年人口抽样调查，2016年"); got != 0 {
		t.Errorf("onlyYearNamed of two years = %d, want 0", got)
	}
}

// TestSplitPageHeader checks a page header written over several short
// lines (a web e-paper: paper, date, edition, navigation): it dates and
// names the page, and its lines are no story.
func TestSplitPageHeader(t *testing.T) {
	text := "嘉兴日报\n2026年3月17日 星期二\n第05版：镇街经济\n上一版　下一版\n\n" +
		"南湖两镇街再度跻身全市服务业十强\n\n■记者 徐梦倩\n\n本报讯 近日，南湖区东栅街道再度入围服务业十强，2025年楼宇税收达11.6亿元。\n\n" +
		"——————————\n\n王店：借势空港建强省级中心镇\n\n本报讯 2025年，秀洲区王店镇完成地区生产总值140亿元。\n"
	as, err := ParseFile("page.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 2 || as[0].Title != "南湖两镇街再度跻身全市服务业十强" || as[0].Source != "嘉兴日报" || as[0].Date != "2026-03-17" {
		t.Fatalf("stories %q, first %+v", titles(as), as[0])
	}
}

// TestOutletDateLine checks that a date line naming an outlet not on the
// list of sources (2026-03-06 聯合新聞網) dates its story and starts it.
func TestOutletDateLine(t *testing.T) {
	text := "元月工業生產再創同月新高\n\n2026-03-06 聯合新聞網\n\n經濟部昨（5）日公布，元月工業生產指數年增率為28.51%。\n\n————————\n\n" +
		"十一月工業生產 同創歷年同月新高\n\n2025-12-25 自由時報\n\n經濟部統計處昨公布十一月工業生產指數年增16.42%。\n"
	as, err := ParseFile("tw.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("%d stories %q, %v", len(as), titles(as), err)
	}
	if as[0].Date != "2026-03-06" || as[1].Date != "2025-12-25" {
		t.Errorf("dates %q, %q", as[0].Date, as[1].Date)
	}
}

// TestStoryRegionOnCityPage checks which region a city paper's story
// takes: the city when the headline's subject is 全市, the district when
// the story is about a place in the city that announces a ranking.
func TestStoryRegionOnCityPage(t *testing.T) {
	tests := []struct{ text, want string }{
		{"嘉兴日报 2026年3月17日 第05版\n\n南湖两镇街再度跻身全市服务业十强\n\n本报讯 近日，嘉兴市服务业竞赛十强名单揭晓，南湖区东栅街道再度入围。\n", "南湖区"},
		{"嘉兴日报 2026年3月17日 第05版\n\n开门红：一季度全市GDP增长6.8%\n\n本报讯 一季度，南湖区GDP增长7.1%，秀洲区增长6.5%。\n", "嘉兴市"},
		// a short form of a place of the paper's city counts on its page
		{"嘉兴日报 2026年3月17日 第05版\n\n桐乡洲泉、崇福等镇上榜镇域经济500强\n\n本报讯 在同一榜单中，桐乡洲泉镇、崇福镇上榜。\n", "桐乡市"},
	}
	for _, tt := range tests {
		as, err := ParseFile("page.txt", []byte(tt.text))
		if err != nil || len(as) != 1 {
			t.Fatalf("%d stories, %v", len(as), err)
		}
		if as[0].Region != tt.want {
			t.Errorf("%q: region %q, want %q", as[0].Title, as[0].Region, tt.want)
		}
	}
}

// TestAssembledPage checks a page of stories between rule lines, each
// with its own date line above its headline and a ◆ byline.
func TestAssembledPage(t *testing.T) {
	text := "昭通日报　综合新闻\n\n==========\n2025年04月24日\n\n起步平稳 开局良好\n\n◆云南日报记者 胡晓蓉\n\n今年以来，全省经济运行起步平稳，一季度地区生产总值增长5.4%。\n\n" +
		"==========\n2026年03月02日\n\n昭阳区晒出2025年“成绩单”\n\n本报讯　3月2日上午，昭阳区介绍了2025年地区生产总值534亿元。\n"
	as, err := ParseFile("page.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("%d stories %q, %v", len(as), titles(as), err)
	}
	if as[0].Title != "起步平稳 开局良好" || as[0].Date != "2025-04-24" || as[1].Date != "2026-03-02" {
		t.Errorf("stories %q, dates %s %s", titles(as), as[0].Date, as[1].Date)
	}
}

// TestOrnamentRuledPage checks a compiled page whose stories are set
// apart by a line of ornaments (════), each with its headline and a date
// line of labelled fields in brackets; one story opens with an outlet's
// dateline (东北网11月12日讯).
func TestOrnamentRuledPage(t *testing.T) {
	text := "绥化日报 · 县域经济（汇编页）\n\n════════════\n庆安县项目建设提速\n（2021年6月3日　来源：东北网　作者：王明）\n\n东北网6月3日讯　今年以来，庆安县新开工项目42个，完成投资18.6亿元。\n\n" +
		"════════════\n望奎：生猪产业稳步发展\n（2023年12月28日）\n\n年初以来，望奎县生猪出栏达到120万头，增长6.5%。\n"
	as, err := ParseFile("page.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("%d stories %q, %v", len(as), titles(as), err)
	}
	if as[0].Title != "庆安县项目建设提速" || as[0].Date != "2021-06-03" || as[1].Title != "望奎：生猪产业稳步发展" || as[1].Date != "2023-12-28" {
		t.Errorf("stories %q, dates %s %s", titles(as), as[0].Date, as[1].Date)
	}
	if strings.Contains(as[0].Text, "东北网6月3日讯") || strings.Contains(as[0].Text, "来源") {
		t.Errorf("first story keeps its dateline or source line: %q", as[0].Text)
	}
}

// TestMonthDateline checks a story dated by its outlet and month only
// (（贺州日报 2018年1月）): the line is no part of the headline, and the
// story is dated 2018-01.
func TestMonthDateline(t *testing.T) {
	text := "今日钟山（汇编页）\n\n════════════\n让“三农”更富更美更强\n（贺州日报 2018年1月）\n□虞中晖\n\n2017年，钟山县示范区农民人均可支配收入10325.8元。\n\n" +
		"════════════\n钟山贡柑开园\n（2019年4月 来源：农业网）\n\n2018年，钟山县贡柑种植面积达35万亩。\n\n" +
		"════════════\n全力发展脱贫产业\n（2018年5月2日）\n\n今年，该基地烤烟种植面积100亩左右。\n"
	as, err := ParseFile("page.txt", []byte(text))
	if err != nil || len(as) != 3 {
		t.Fatalf("%d stories %q, %v", len(as), titles(as), err)
	}
	if as[0].Title != "让“三农”更富更美更强" || as[0].Date != "2018-01" || as[0].Year != 2018 {
		t.Errorf("first story %q dated %q (%d)", as[0].Title, as[0].Date, as[0].Year)
	}
	if as[1].Title != "钟山贡柑开园" || as[1].Date != "2019-04" || as[1].Source != "农业网" {
		t.Errorf("second story %q dated %q from %q", as[1].Title, as[1].Date, as[1].Source)
	}
}

// TestSiteBannerIsNoHeadline: a website's name and section above the
// headline (澳門特別行政區政府入口網站　新聞) is not the story's title.
func TestSiteBannerIsNoHeadline(t *testing.T) {
	text := "澳門特別行政區政府入口網站　新聞\n統計暨普查局：2024年第1季旅客消費調查\n\n統計暨普查局資料顯示，2024年第1季旅客總消費同比上升35.9%。\n"
	as, err := ParseFile("release.txt", []byte(text))
	if err != nil || len(as) != 1 || as[0].Title != "統計暨普查局：2024年第1季旅客消費調查" {
		t.Fatalf("stories %q, %v", titles(as), err)
	}
}

// TestMetaLineWithTrailingNote: a date line with a credit or a reprint
// note in brackets after it is still the story's date line.
func TestMetaLineWithTrailingNote(t *testing.T) {
	for _, tt := range []struct{ line, date string }{
		{"星沙新闻网　2018-05-03　（制图／任筱）", "2018-05-03"},
		{"广东省统计局　2015-10-20发布　（中国经济网 2015-10-21转载）", "2015-10-20"},
	} {
		text := "长沙县一季度GDP超300亿元\n\n" + tt.line + "\n\n1-3月份，长沙县完成地区生产总值300.8亿元，同比增长9.2%。\n"
		as, err := ParseFile("story.txt", []byte(text))
		if err != nil || len(as) != 1 || as[0].Date != tt.date || as[0].Title != "长沙县一季度GDP超300亿元" {
			t.Errorf("%s: stories %q dated %v, %v", tt.line, titles(as), dates(as), err)
		}
	}
}

// TestCompiledPageAndIssuerLines checks a compiled page's banner and
// editor's note (not part of the first headline), an outlet's month date
// line with the writers' names in brackets after it, and a release's date
// line naming its issuing offices, whose province a 全省 headline means.
func TestCompiledPageAndIssuerLines(t *testing.T) {
	page := "沭阳县域经济·新闻汇编\n（编者按：本页汇集四篇报道，各篇保留原刊出处与日期）\n\n\n沭阳亮出2023年度工业经济答卷\n\n新江苏·中国江苏网　2024年1月　（孙旭晖　相哲）\n\n" +
		"沭阳经开区工业开票连年攀升，全年完成工业开票798亿元。\n\n\n花乡沭阳 直播间里卖花忙\n\n新华社　2023-11-16\n\n花农正在直播销售鲜花，日销售额12万元。\n"
	as, err := ParseFile("page.txt", []byte(page))
	if err != nil || len(as) != 2 || as[0].Title != "沭阳亮出2023年度工业经济答卷" || as[0].Date != "2024-01" {
		t.Fatalf("stories %q dated %v, %v", titles(as), dates(as), err)
	}
	release := "2012年1-4月全省及各市州工业主要指标增长速度\n湖南省经济和信息化委员会 经信要闻 2012-05-15\n\n长沙市规模工业增加值增长15.9%，株洲市增长15.3%。\n"
	as, err = ParseFile("release.txt", []byte(release))
	if err != nil || len(as) != 1 || as[0].Date != "2012-05-15" || as[0].Region != "湖南省" {
		t.Fatalf("release: %q dated %v region %q, %v", titles(as), dates(as), as[0].Region, err)
	}
}

// TestReportDateLineStandsAlone: the date line under a report's title is a
// paragraph of its own, not glued to the review's first sentence.
func TestReportDateLineStandsAlone(t *testing.T) {
	text := "政府工作报告（摘要）\n\n——2025年1月12日在宣城市第五届人民代表大会第四次会议上\n\n过去一年，经济运行回升向好。\n"
	as, err := ParseFile("report.txt", []byte(text))
	if err != nil || len(as) != 1 {
		t.Fatalf("%d stories, %v", len(as), err)
	}
	if strings.Contains(as[0].Text, "会议上过去一年") {
		t.Errorf("date line glued to the text: %q", as[0].Text)
	}
}

// TestIssuingOfficeLines: the issuing office alone on a line, above the
// headline or under it in a block of offices, is the source, neither a
// headline nor the start of another story.
func TestIssuingOfficeLines(t *testing.T) {
	for _, text := range []string{
		"澳門特別行政區政府新聞局\n\n2023年第3季本地生產總值按年實質增長116.1%\n\n統計暨普查局資料顯示，2023年第3季本地生產總值按年實質增長116.1%。\n",
		"荆门市2021年国民经济和社会发展统计公报\n\n荆门市统计局\n湖北省统计局荆门调查监测分局\n国家统计局荆门调查队\n2022年3月22日\n\n初步核算，全年全市地区生产总值2100.8亿元。\n",
	} {
		as, err := ParseFile("release.txt", []byte(text))
		if err != nil || len(as) != 1 || strings.Contains(as[0].Title, "局") || as[0].Source == "" {
			t.Errorf("stories %q, source %q, %v", titles(as), as[0].Source, err)
		}
	}
}

// TestDateLineOfUnknownShape: a short line near the top with a date and no
// sentence dates the story even when its other words are of no shape the
// parser knows (two research institutes' names before the date).
func TestDateLineOfUnknownShape(t *testing.T) {
	text := "前三季度全省经济运行情况\n\n某某经济研究院　某某数据研究中心　2025-10-22发布\n\n前三季度，全省地区生产总值增长5.2%。\n"
	as, err := ParseFile("release.txt", []byte(text))
	if err != nil || len(as) != 1 || as[0].Date != "2025-10-22" {
		t.Errorf("stories %q dated %v, %v", titles(as), dates(as), err)
	}
}

// TestMoreDateLines: a CNA dateline in brackets glued to its text starts a
// story; a labelled date line after a gap of blank lines starts the next
// item of a page even without a headline; a day-first date with dots; a
// paper's local edition (湖北日报网·宜昌) names its city.
func TestMoreDateLines(t *testing.T) {
	text := "10月出口618億美元新高\n\n2025年11月7日\n\n（中央社記者呂晏慈台北7日電）財政部今天公布10月出口618億美元。\n\n\n" +
		"財部：10月對美出口年增1.4倍\n\n（中央社記者呂晏慈台北7日電）財政部今天表示，10月對美出口211.4億美元。\n"
	as, err := ParseFile("cna.txt", []byte(text))
	if err != nil || len(as) != 2 || as[1].Title != "財部：10月對美出口年增1.4倍" {
		t.Errorf("CNA page: stories %q, %v", titles(as), err)
	}
	text = "贵州：就业形势总体保持稳定\n\n发布时间：2020-12-28\n\n今年以来，全省城镇新增就业61.2万人。\n\n\n发布时间：2016年11月\n\n11月3日，督查组到新城区督查就业工作，新增就业12314人。\n"
	as, err = ParseFile("items.txt", []byte(text))
	if err != nil || len(as) != 2 || as[1].Date != "2016-11" {
		t.Errorf("items: stories %q dated %v, %v", titles(as), dates(as), err)
	}
	text = "一季度云南省CPI同比上涨1.7%\n\n云南网　25.04.2016 12:55\n\n一季度，全省居民消费价格同比上涨1.7%。\n"
	if as, err = ParseFile("cpi.txt", []byte(text)); err != nil || len(as) != 1 || as[0].Date != "2016-04-25" {
		t.Errorf("dotted date: %v, %v", dates(as), err)
	}
	text = "湖北日报网·宜昌　2017年7月\n\n截至6月29日，全市累计新开工项目451个。\n"
	if as, err = ParseFile("yc.txt", []byte(text)); err != nil || len(as) != 1 || as[0].Region != "宜昌市" {
		t.Errorf("local edition: region %q, %v", as[0].Region, err)
	}
}

// TestHeadlessOpeningStory: a file that opens with a date line and story
// text without a headline, then a headlined story with its meta line, holds
// two stories, each with its own date.
func TestHeadlessOpeningStory(t *testing.T) {
	text := "发布时间：2015-02-05\n\n潇湘晨报2月4日报道　2月3日，湖南省人社厅介绍全年就业情况。2014年，全省实现新增城镇就业82.68万人，超额完成全年目标。\n\n\n" +
		"湖南前三季度就业形势总体平稳\n\n来源：红网　作者：许敏　2019-10-30\n\n据统计，今年1-9月湖南省城镇新增就业66.76万人，同比增长2.03%。\n"
	as, err := ParseFile("jobs.txt", []byte(text))
	if err != nil || len(as) != 2 || as[0].Date != "2015-02-05" || as[1].Date != "2019-10-30" {
		t.Errorf("stories %q dated %v, %v", titles(as), dates(as), err)
	}
}

// TestBracketHeadlinesAndNameBylines checks a compiled page whose
// headlines stand in 【】 and whose last byline lists names before the
// reporter's (杨果 兰宜谦 记者 李全民).
func TestBracketHeadlinesAndNameBylines(t *testing.T) {
	text := "四川县域·乡村振兴　汇编页\n\n【叙州区喜龙村：“三联三转”壮大村集体经济】\n\n四川在线记者 宁宁\n2022年7月21日\n\n7月20日一早，宜宾市叙州区喜龙村的办公室里，村集体今年收购茵红李300万斤。\n\n" +
		"【苍溪县高台村：“村企共营”激活红色资源】\n\n杨果 兰宜谦 记者 李全民\n\n初冬时节，记者行经苍溪县黄猫垭镇高台村，村集体经济今年以来增收8万元。\n"
	as, err := ParseFile("page.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("%d stories %q, %v", len(as), titles(as), err)
	}
	if as[1].Region != "苍溪县" || !slices.Contains(as[1].Authors, "李全民") {
		t.Errorf("second story: region %q authors %q", as[1].Region, as[1].Authors)
	}
}

// TestSpacedReportTitle checks a work report printed with a letter-spaced
// title and its date line under it (——2023年2月10日在…会议上).
func TestSpacedReportTitle(t *testing.T) {
	text := "政 府 工 作 报 告\n——2023年2月10日在三门县第十七届人民代表大会第二次会议上\n三门县县长 陈 晨\n\n各位代表：\n\n过去一年，全县地区生产总值332.63亿元，增长2.6%。\n"
	as, err := ParseFile("report.txt", []byte(text))
	if err != nil || len(as) != 1 {
		t.Fatalf("%d stories, %v", len(as), err)
	}
	if as[0].Title != "政府工作报告" || as[0].Date != "2023-02-10" {
		t.Errorf("title %q date %q", as[0].Title, as[0].Date)
	}
}

// TestRepublicYear checks a Taiwan release that counts years of the
// Republic (今（101）年 = 2012).
func TestRepublicYear(t *testing.T) {
	text := "主計處：9月失業率回落\n\n行政院主計處10月22日公布人力資源調查結果。今（101）年9月就業人數為1,087.8萬人。\n"
	as, err := ParseFile("tw.txt", []byte(text))
	if err != nil || len(as) != 1 || as[0].Year != 2012 {
		t.Fatalf("%d stories, year %d, %v", len(as), as[0].Year, err)
	}
}

// TestNamesOnlyByline checks a line of writers' names with a picture
// credit under a place-tagged headline: a byline, so the story starts.
func TestNamesOnlyByline(t *testing.T) {
	text := "四川农村日报  2023年11月15日  星期三  第5版  市州·自贡\n\n荣县：绘出“产业联动”画卷\n本报讯（四川新闻网）\n\n近年来，荣县黑观音村围绕茶旅融合这一主题，集体经济收入达到193万元。\n\n" +
		"荣县：从农业大县向农业强县迈进\n詹鸿鹄 江茂彬 李成洪（图片由荣县县委宣传部提供）\n\n2022年5月9日，荣县新桥枇杷文旅季活动开幕，当天收到订单120份。\n"
	as, err := ParseFile("page.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("%d stories %q, %v", len(as), titles(as), err)
	}
}

// TestOutletReporterBylines checks bylines that name the outlet's
// reporters with a date in brackets: each starts its story.
func TestOutletReporterBylines(t *testing.T) {
	text := "柳州日报 · 经济新闻\n\n柳州工业稳中有进\n日报记者 段超 邓华（2014年10月）\n\n今年以来，柳州市工业增速呈稳中有进态势，1月至9月汽车产量131.8万辆。\n\n" +
		"柳江县服务业保持平稳较快发展\n本报记者（2014年12月）\n\n今年以来，柳江县服务业增加值增长19.0%。\n"
	as, err := ParseFile("page.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("%d stories %q, %v", len(as), titles(as), err)
	}
}

// TestTaggedHeadlineForms checks headlines tagged with a place in 【】
// (【崇阳】育苗大棚春意浓) and a column's name before a bar (数说吕梁｜…):
// each starts a story.
func TestTaggedHeadlineForms(t *testing.T) {
	text := "咸宁日报 · 县域速递\n2023年4月28日 星期五　第02版\n\n【嘉鱼】茭白新基地迎来采收季\n\n4月25日，嘉鱼县陆溪镇的150亩水生茭白长势喜人，亩产可达3000斤。\n\n" +
		"【崇阳】育苗大棚春意浓\n\n2月17日，崇阳县绿田蔬菜专业合作社的蔬菜基地种植面积达2000余亩。\n\n" +
		"数说咸宁｜社会事业全面进步\n\n2022年，全市学前三年毛入园率92.63%，小学净入学率99.9%。\n"
	as, err := ParseFile("page.txt", []byte(text))
	if err != nil || len(as) != 3 {
		t.Fatalf("%d stories %q, %v", len(as), titles(as), err)
	}
}

// TestNumberedColumnBeforeHeadline checks a headline after a gap led by a
// column's name and its number before a bar (大吉小新2|吉林省统计局详解上半年
// 经济数据( 二 )): a story of its own, not a row of a table; a line of two
// cells with numbers is still a row. Made-up figures.
func TestNumberedColumnBeforeHeadline(t *testing.T) {
	text := "吉林省上半年经济数据出炉\n\n上半年,全省地区生产总值5566.02亿元,同比增长4.6%。\n\n上半年,全省固定资产投资增长8.7%,其中亿元以上项目1391个。\n\n\n大吉小新2|吉林省统计局详解上半年经济数据( 二 )\n\n吉林省统计局固定资产投资处处长介绍,上半年,该省在建项目2651个,比去年同期增加166个,同比增长6.7%。\n"
	checkSecondStoryOpens(t, "page.txt", text, "吉林省统计局固定资产投资处处长")
	if !isTableLine("2020年|5566.02") {
		t.Error("2020年|5566.02: not a table row")
	}
}

// TestDateLineWithReporterWord checks a date line that names an outlet and
// 記者報導 (2026-02-11　聯合報　記者報導): it dates the story.
func TestDateLineWithReporterWord(t *testing.T) {
	text := "經常性薪資創26年最大增幅\n2026-02-11　聯合報　記者報導\n\n主計總處11日公布，去年平均經常性薪資為4萬7,884元，年增3.09%。\n"
	as, err := ParseFile("tw.txt", []byte(text))
	if err != nil || len(as) != 1 || as[0].Date != "2026-02-11" {
		t.Fatalf("%d stories, date %q, %v", len(as), as[0].Date, err)
	}
}

// TestTaiwanPaperSource checks a story whose source line names a Taiwan
// paper and whose text names 上海 first: it is placed in Taiwan.
func TestTaiwanPaperSource(t *testing.T) {
	text := "外銷訂單連三紅\n2025-03-20　自由時報　記者報導\n\n上海股市昨日走低。經濟部昨公布2月外銷訂單金額為448.2億美元，年增31.1%。\n"
	as, err := ParseFile("tw.txt", []byte(text))
	if err != nil || len(as) != 1 {
		t.Fatalf("%d stories, %v", len(as), err)
	}
	if as[0].Region != "台湾省" {
		t.Errorf("region %q, want 台湾省", as[0].Region)
	}
}

// TestWorkReportRegion checks a county work report whose date line names
// the county's congress while its text names its city more often: the
// report belongs to the county.
func TestWorkReportRegion(t *testing.T) {
	text := "政府工作报告\n——2024年1月18日在夏县第十八届人民代表大会第四次会议上\n夏县县长 王 明\n\n各位代表：\n\n" +
		"过去一年，在运城市委、运城市政府的坚强领导下，全县地区生产总值增长5.2%。运城市下达的目标任务全面完成，运城市考核位列前茅。\n"
	as, err := ParseFile("report.txt", []byte(text))
	if err != nil || len(as) != 1 {
		t.Fatalf("%d stories, %v", len(as), err)
	}
	if as[0].Region != "夏县" {
		t.Errorf("region %q, want 夏县", as[0].Region)
	}
}

// TestPageNumberInChineseNumerals checks a page header whose page number
// is written in Chinese numerals (第六版): it is the page's header, not a
// headline, and it dates the stories.
func TestPageNumberInChineseNumerals(t *testing.T) {
	text := "恩施日报\n2025年11月19日　星期三　第六版　乡村振兴\n\n茶园焕新\n\n本报讯（记者 田仁超）恩施市今年完成2万亩低质低效茶园焕新升级，建成6万平方米标准化厂房。\n\n" +
		"白湾村茶园丰产\n\n本报讯（记者 付瑞勇）白湾村共有60户村民靠种茶致富，户平增收3000元。\n"
	as, err := ParseFile("page.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("%d stories %q, %v", len(as), titles(as), err)
	}
	for _, a := range as {
		if a.Date != "2025-11-19" || strings.Contains(a.Title, "第六版") {
			t.Errorf("story %q dated %q", a.Title, a.Date)
		}
	}
}

func dates(as []*data.Article) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Date)
	}
	return out
}

// TestWireWithTitleLineAndReporters checks a wire whose dateline restates
// its title (新华社哈尔滨1月25日电 题：…) above a line of reporters, then
// sub-headings: one story, not a second one at the reporters' line.
func TestWireWithTitleLineAndReporters(t *testing.T) {
	text := "黑龙江交出四年最佳“经济答卷”\n\n新华社哈尔滨1月25日电 题：黑龙江交出四年最佳“经济答卷”\n\n新华社记者梁冬、杨喆、马晓成\n\n" +
		"GDP总量突破1.6万亿大关、增速6.4%创近四年来最高。\n\n传统经济依靠变革“转型升级”\n\n传统经济一直在黑龙江省经济结构中占比较大，第一产业增加值去年增长5.4%。\n\n" +
		"新兴产业成为经济转型“新动能”\n\n2017年，黑龙江省新兴产业增长10.1%。\n"
	as, err := ParseFile("wire.txt", []byte(text))
	if err != nil || len(as) != 1 || as[0].Title != "黑龙江交出四年最佳“经济答卷”" {
		t.Errorf("stories %q, %v", titles(as), err)
	}
}

// TestProvinceTitleCountyStory checks a story whose title names only its
// province (青海山村) while its dateline and text are about one county:
// the county is its region.
func TestProvinceTitleCountyStory(t *testing.T) {
	text := "点“土”成“金” 青海山村“土特产”带动发展\n\n2023-06-28　来源：中国新闻网\n\n中新网青海互助6月27日电 记者从青海省海东市互助土族自治县县城出发，来到东山乡。\n\n" +
		"近年来，互助土族自治县发展特色种植，村民人均增收900元。互助县还建成加工厂一座。\n"
	checkOneStoryIn(t, "cns.txt", text, "互助土族自治县")
}

// checkOneStoryIn reports an error unless text, parsed as the file name,
// holds one story, placed in want.
func checkOneStoryIn(t *testing.T, name, text, want string) {
	t.Helper()
	as, err := ParseFile(name, []byte(text))
	if err != nil || len(as) != 1 || as[0].Region != want {
		t.Errorf("stories %q in regions %q, want one in %q, %v", titles(as), regionsOfStories(as), want, err)
	}
}

func regionsOfStories(as []*data.Article) []string {
	return storyField(as, func(a *data.Article) string { return a.Region })
}

// TestMacauMarks checks that a Macau paper's story naming no place in
// full (本澳, 博彩监察协调局) is placed in Macau.
func TestMacauMarks(t *testing.T) {
	text := "一月賭收一百一十五億\n\n2023-02-02\n\n【本報訊】在內地放開防疫通關帶動下，本澳賭收終現復蘇。博彩監察協調局昨公布，今年一月份幸運博彩毛收入為一百一十五億八千萬元。\n"
	checkOneStoryIn(t, "macau.txt", text, "澳门特别行政区")
}

// TestNationalReleaseInALocalPaper checks that a national release carried by
// a city's paper (国家统计局昨天发布… in 福州晚报) is not placed in that city,
// and that a story of an assembled page naming its county by the short
// form (晋江) takes the county another story of the page names in full.
func TestNationalReleaseInALocalPaper(t *testing.T) {
	text := "8月社会消费品零售总额增长10.8%\n\n发布时间：2015-09-14 09:29:49　来源：福州晚报\n\n国家统计局昨天发布了2015年8月社会消费品零售总额数据，同比名义增长10.8%。\n"
	as, err := ParseFile("nbs.txt", []byte(text))
	if err != nil || len(as) != 1 || as[0].Region != "" {
		t.Errorf("national release: regions %q, %v", regionsOfStories(as), err)
	}
	page := "晋江市一季度GDP同比增长9.7%\n\n晋江经济报　2024年05月09日\n\n一季度，晋江市地区生产总值达622.82亿元，同比增长9.7%。\n\n\n" +
		"晋江上半年工业总产值完成1460.60亿\n\n2013-07-24　来源：东南网\n\n今年上半年，晋江规模以上工业总产值完成1460.60亿元，增长13.1%。\n"
	as, err = ParseFile("page.txt", []byte(page))
	if err != nil || len(as) != 2 || as[1].Region != "晋江市" {
		t.Errorf("assembled page: regions %q, %v", regionsOfStories(as), err)
	}
}

// TestHeadlinedStoryThenHeadlessItem checks a file of a headlined story
// whose outlet and date open its text (自由時報 2023/09/22 …), then, after a
// gap, a second item with only a byline and date (鉅亨網記者… 2025-09-22):
// two stories, each with its own date.
func TestHeadlinedStoryThenHeadlessItem(t *testing.T) {
	text := "8月失業率3.56%持平 創23年同月最低\n\n自由時報 2023/09/22 主計總處今公布8月失業率3.56%，與7月持平。\n\n根據主計總處調查，8月就業人數1154.6萬人。\n\n\n" +
		"鉅亨網記者王莞甯 台北 2025-09-22 20:56\n\n主計總處今 (22) 日公布我國 8 月失業率為 3.45%，月升 0.05 個百分點。\n"
	as, err := ParseFile("tw.txt", []byte(text))
	if err != nil || len(as) != 2 || as[0].Date != "2023-09-22" || !strings.HasPrefix(as[1].Date, "2025-09-22") {
		t.Errorf("stories %q dated %v, %v", titles(as), dates(as), err)
	}
}

// TestLongHeadlineAfterAGapAndPipedDateLine checks an assembled page whose
// second story has a headline longer than 40 characters after a gap of
// blank lines, and whose third has a date line with | separators and a
// time of day: three stories.
func TestLongHeadlineAfterAGapAndPipedDateLine(t *testing.T) {
	text := "罗山县又一批重点项目集中开工\n\n信阳日报全媒体记者 陈世军\n\n日前，罗山县产业集聚区新建项目工地机器轰鸣，28个重点项目集中开工。\n\n\n" +
		"全省第二期“三个一批”活动暨罗山县产业集聚区电子电器元器件专业园（二期）项目开工仪式正式启动\n\n时间：2021年10月09日  来源：电视台\n\n10月8日上午，罗山县集中签约项目12个，总投资60亿元。\n\n\n" +
		"河南罗山：第十二期“三个一批”重点项目集中开工\n\n发布时间：2024-04-07 10:40:41 | 来源：中国网 | 作者：买祥发、史笑妍\n\n日前，罗山县集中开工项目15个。\n"
	as, err := ParseFile("page.txt", []byte(text))
	if err != nil || len(as) != 3 || !strings.HasPrefix(as[2].Date, "2024-04-07") {
		t.Errorf("stories %q dated %v, %v", titles(as), dates(as), err)
	}
}

// TestDateLineWithTimeAndEditors checks a page of stories whose date lines
// give a date, its time of day and labelled fields (2023-11-09 18:30:52　来源：…
// 编辑：…　责编：…): each starts a story; and a story of a city's paper
// naming its county by a short form (来源：咸阳日报 … 彬县) is that county's.
func TestDateLineWithTimeAndEditors(t *testing.T) {
	text := "河南西峡：项目遍地开花\n\n2023-02-21 16:59:58　来源：河南商报网\n\n2月21日上午，西峡县集中开工64个项目，总投资220.98亿元。\n\n\n" +
		"南阳西峡：三大产业铺出振兴路\n\n2023-11-09 18:30:52　来源：中央广电总台国际在线　编辑：万庆丽　责编：石丽敏\n\n近年来，南阳市西峡县香菇产业年产值达到200亿元。\n"
	as, err := ParseFile("page.txt", []byte(text))
	if err != nil || len(as) != 2 || !strings.HasPrefix(as[1].Date, "2023-11-09") {
		t.Errorf("stories %q dated %v, %v", titles(as), dates(as), err)
	}
	bin := "彬县倾力做大做强“农牌蛋糕”\n\n来源：咸阳日报 2014-03-11 01:18\n\n本报讯 阳春三月，走进彬县，绿油油的麦田、成片的果园映入眼帘。彬县建设小麦良种繁育基地3万亩。\n"
	checkOneStoryIn(t, "bin.txt", bin, "彬州市")
}

// TestStoriesAfterAGap checks that a headline after a gap of blank lines,
// with at most a short line (its paper) under it and then story text,
// starts a story even without a byline or date line, and that the text
// above the gap stays a story of its own, its first line its title.
func TestStoriesAfterAGap(t *testing.T) {
	text := "总投资34亿！湖北秭归2021年一季度重大项目集中开工\n\n3月2日，秭归县举行重大项目集中开工活动，共签约10个重大项目，总投资34亿元。\n\n近年来，秭归县以重点项目为龙头，推动经济发展。\n\n\n" +
		"走百县，寻百年路\n\n掌上陇西\n\n2020年，陇西统筹疫情防控和经济社会发展成效显著，全县实现地区生产总值76.88亿元，同比增长4%。\n"
	as, err := ParseFile("page.txt", []byte(text))
	if err != nil || len(as) != 2 || as[0].Title != "总投资34亿！湖北秭归2021年一季度重大项目集中开工" || !strings.HasPrefix(as[1].Title, "走百县，寻百年路") {
		t.Errorf("stories %q, %v", titles(as), err)
	}
	short := "《本港经济》金管局：9月份新申请贷款额按月增加9.4%\n\n31/10/2025 17:03\n\n9月份新申请贷款个案较8月份按月减少1.1%，至8316宗。按揭贷款拖欠比率为0.13%，仍维持于低水平。\n\n\n" +
		"2023年11月住宅按揭统计调查结果\n\n香港金融管理局公布2023年11月份的住宅按揭统计调查结果。\n\n11月份新申请贷款个案较10月份按月增加12%，至6,000宗。\n"
	if as, err := ParseFile("hk.txt", []byte(short)); err != nil || len(as) != 2 {
		t.Errorf("a headline over a short first sentence: %q, %v", titles(as), err)
	}
	notice := "近日，《某省推动经济稳中求进若干政策举措》出台，将从促进消费、扩大投资等方面推动经济稳中求进。\n\n持续开展促消费活动，省级按不低于50%比例予以配套支持。\n\n\n" +
		"发布机构：抚顺市人民政府　发布日期：2024-03-01\n\n抚顺市人民政府办公室关于印发若干配套政策的通知\n\n各县、区人民政府：\n\n现印发给你们，请认真贯彻落实。\n\n1.对重点龙头企业，市级财政分别给予50万元、20万元资金奖励。\n"
	if as, err := ParseFile("policy.txt", []byte(notice)); err != nil || len(as) != 2 || as[1].Date != "2024-03-01" || !strings.HasPrefix(as[1].Title, "抚顺市人民政府办公室") {
		t.Errorf("a notice's date line after a gap under a news story: %q, %v, dates %q %q", titles(as), err, as[0].Date, as[len(as)-1].Date)
	}
	macau := "9月飲食業較8月升14%\n2021年11月18日　即時資訊\n\n【本報訊】統計暨普查局資料顯示，9月營業額按年上升的受訪飲食商戶比例為46%。\n\n\n" +
		"2021年08月07日　第A10版：經濟\n住宅樓價指數升0.5%\n【本報消息】統計局資料顯示，最新一期整體住宅樓價指數為269，較上期升0.5%。\n\n\n" +
		"一月賭收一百一十五億\n\n2023-02-02\n\n一月賭收重上久違的百億元水平。\n\n【本報訊】本澳賭收一月錄得逾一百一十五億元。\n"
	if as, err := ParseFile("macau.txt", []byte(macau)); err != nil || len(as) != 3 || !strings.Contains(as[1].Text, "269") || !strings.Contains(as[2].Text, "一百一十五億元") {
		t.Errorf("leads 【本報消息】 and 【本報訊】 (under a one-line deck): %q, %v", titles(as), err)
	}
	one := "镇安县政府工作报告\n\n全年实现生产总值83.91亿元、增长10.8%。\n\n\n主要目标\n\n生产总值增长11.5%左右。\n"
	if as, err := ParseFile("one.txt", []byte(one)); err != nil || len(as) != 1 {
		t.Errorf("a short heading with a short line under it is not a story: %q, %v", titles(as), err)
	}
}

// TestStoriesAfterAGapWithBylineOrDeck checks two more shapes of a story
// after a gap of blank lines: a byline naming writers before a reporter
// of another outlet (郭榕 农民日报·中国农网记者 刘久锋), and a deck of a few
// clauses with no full stop under the headline. Made-up stories.
func TestStoriesAfterAGapWithBylineOrDeck(t *testing.T) {
	text := "凤冈茶产业年产值突破9亿元\n\n凤冈县茶叶种植面积达50万亩，今年春茶产量同比增长12%。\n\n全县茶企发展到420家。\n\n\n" +
		"贵州凤冈县：锌硒茶带动乡村发展\n\n王丽 农民日报·中国农网记者 李强\n\n近年来，凤冈县发展锌硒茶产业，带动3.2万户群众增收，户均年增收3600余元。\n\n\n" +
		"凤冈县力争2027年茶产业综合产值达15亿元\n\n推进茶产业发展，打造锌硒茶品牌，力争2027年综合产值达15亿元\n\n近日，凤冈县出台意见，加快推进锌硒茶资源的开发利用，把茶产业打造成富民强县的支柱产业。\n"
	as, err := ParseFile("page.txt", []byte(text))
	if err != nil || len(as) != 3 {
		t.Fatalf("stories %q, %v", titles(as), err)
	}
	if as[1].Title != "贵州凤冈县：锌硒茶带动乡村发展" || !strings.HasPrefix(as[2].Title, "凤冈县力争2027年") {
		t.Errorf("titles %q", titles(as))
	}
	if !isByline("郭榕 农民日报·中国农网记者 刘久锋") {
		t.Errorf("names before an outlet's reporter: no byline")
	}
}

// TestHeadlessStoriesAfterGaps checks a page that sets its paragraphs
// apart with one blank line and its stories with two: a story printed
// without headline after such a gap is a story of its own. A story whose
// paragraphs are all set apart by two blank lines stays one. Made-up text.
func TestHeadlessStoriesAfterGaps(t *testing.T) {
	page := "凤冈县一季度项目建设提速\n\n今年第一季度，凤冈县新开工项目12个，完成投资8.6亿元。\n\n全县签约招商项目9个，签约金额23亿元。\n\n\n" +
		"2014年上半年，凤冈县在各方面不利因素增多的情况下，实现地区生产总值45.2亿元，同比增长10.1%。\n\n全县规模以上工业增加值增长12.3%。\n\n\n" +
		"近年来，凤冈县坚持绿色发展，全县茶园面积达到50万亩，茶叶产量2.1万吨。\n\n茶产业综合产值突破40亿元。\n"
	as, err := ParseFile("page.txt", []byte(page))
	if err != nil || len(as) != 3 {
		t.Fatalf("stories %q, %v", titles(as), err)
	}
	one := strings.ReplaceAll(page, "\n\n", "\n\n\n")
	if as, err := ParseFile("one.txt", []byte(one)); err != nil || len(as) != 1 {
		t.Errorf("every paragraph after a gap: %q, %v", titles(as), err)
	}
}

// TestStoryAboveTheFirstDatedOne checks that a story above the first one
// with a date line does not take that date when it names another year of
// its own (二○二三年九月份 above a story dated 2025-09-15), nor when it
// names none, being set apart from it by a gap (session 14: stories put in
// one file are undated unless they say when; it took the date before; the
// stories of one page, no gaps between them, still take the page's date:
// the seeds' gold). Made-up stories.
func TestStoryAboveTheFirstDatedOne(t *testing.T) {
	text := "土地註冊處發表九月份統計數字\n\n土地註冊處今日（十月四日）發表二○二三年九月份統計數字。\n\n九月份送交註冊的樓宇買賣合約共3,893份，較八月份下跌16.5%。\n\n\n" +
		"財政儲備跌至五年低位\n\n2025-09-15\n\n政府財政儲備降至6,500億元，較上年同期減少5%。\n"
	as, err := ParseFile("hk.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("stories %q, %v", titles(as), err)
	}
	if as[0].Year != 2023 || as[1].Date != "2025-09-15" {
		t.Errorf("dates %q (%d), %q", as[0].Date, as[0].Year, as[1].Date)
	}
	same := strings.Replace(text, "發表二○二三年九月份統計數字", "發表九月份統計數字", 1)
	if as, err := ParseFile("hk.txt", []byte(same)); err != nil || len(as) != 2 || as[0].Date != "" {
		t.Errorf("a story naming no year, apart: %q, %v", datesOf(as), err)
	}

}

// TestTaiwanBylineAsTitle checks a Taiwan story whose first line is its
// byline (記者王小明／台北報導): the story is Taiwan's, not the county it
// names among others.
func TestTaiwanBylineAsTitle(t *testing.T) {
	text := "記者王小明／台北報導\n\n內政部今（10日）公布最新人口統計，全國人口數為2330萬人。人口增加率以桃園市最高，連江縣次之，金門縣人口則減少。\n"
	checkOneStoryIn(t, "tw.txt", text, "台湾省")
}

// TestMoreStoryShapes checks three shapes of a story on a page: a dateline
// ending in 消息 (央广网天津7月18日消息) leads a story; a headline of two
// parts set apart by a wide space whose second part is short (10月訪港旅客
// 460萬人次　按年升12%) is a headline, no table row; and a story printed
// without headline after a gap may be a single long paragraph. Made-up
// stories.
func TestMoreStoryShapes(t *testing.T) {
	text := "央广网天津7月18日消息（记者陈庆滨）记者从今天举行的发布会上获悉，上半年天津地区生产总值同比增长3.6%。\n\n上半年，天津工业增加值4064.62亿元，同比增长3.3%。\n\n\n" +
		"中国经济网11月15日讯　据上海市统计局发布的数据，10月份上海市居民消费价格同比上涨1.8%。\n\n10月份，食品烟酒价格同比上涨3.6%。\n"
	if as, err := ParseFile("two.txt", []byte(text)); err != nil || len(as) != 2 {
		t.Errorf("datelines in 消息 and 讯: %q, %v", titles(as), err)
	}
	hk := "1月訪港旅客按年升4.8%\n\n2017年03月01日 11:22　來源：中國新聞網\n\n中新網3月1日電　香港旅遊發展局公布，1月訪港旅客按年升4.8%。\n\n內地過夜旅客人數增長。\n\n旅發局預計今年整體訪港旅客再跌2.2%。\n\n\n" +
		"10月訪港旅客460萬人次　按年升12%\n\n旅發局公布，10月初步訪港旅客數字為約460萬人次，按年上升12%。\n\n累計今年首10個月，共錄得約4,100萬訪港旅客人次。\n\n\n" +
		"旅發局公布，今年11月初步訪港旅客數字為357萬人次，按年上升8%；其中非內地旅客約100萬人次，按年上升兩成，內地旅客約佔七成。\n"
	as, err := ParseFile("hk.txt", []byte(hk))
	if err != nil || len(as) != 3 || as[1].Title != "10月訪港旅客460萬人次　按年升12%" {
		t.Errorf("stories %q, %v", titles(as), err)
	}
}

// TestReleaseOfAYearsFigures checks an undated story that opens (maybe
// under a 原标题 line) with the release of a year's figures: published the
// year after, whatever the month; a release of a part of the year is of
// that year.
func TestReleaseOfAYearsFigures(t *testing.T) {
	for text, want := range map[string]int{
		"陕西县域经济总量首破万亿元\n\n原标题：陕西县域经济总量首破万亿元\n\n6月3日，陕西省统计局发布2018年全省县域经济发展报告，全省县域生产总值10738.27亿元。\n": 2019,
		"天津上半年经济运行平稳\n\n7月18日，天津市统计局发布2018年上半年经济运行数据，全市生产总值增长3.6%。\n":                              2018,
	} {
		as, err := ParseFile("r.txt", []byte(text))
		if err != nil || len(as) != 1 || as[0].Year != want {
			t.Errorf("%.20s: %v, %v, want %d", text, as, err, want)
		}
	}
}

// TestStoryAboveAGapAndAHeadline checks a page whose first story has no
// headline of its own and closes with a signature (国家统计局 / date), then a
// gap, then a headlined story: two stories. Made-up text.
func TestStoryAboveAGapAndAHeadline(t *testing.T) {
	text := "国家统计局网站12月11日发布的数据显示，2023年全国粮食总产量69541万吨。以下为公告全文：\n\n根据对全国31个省（区、市）的调查，全国粮食播种面积118969千公顷，比2022年增加637千公顷。\n\n国家统计局\n2023年12月11日\n\n\n" +
		"加快推进工业经济高质量发展\n\n发布日期：2022-12-19 10:21\n\n本报12月18日讯（记者杨悦）全市规模以上工业增加值增长5.2%。\n\n全市工业投资增长10.1%。\n"
	as, err := ParseFile("p.txt", []byte(text))
	if err != nil || len(as) != 2 || as[1].Title != "加快推进工业经济高质量发展" {
		t.Errorf("stories %q, %v", titles(as), err)
	}
}

// TestPrefectureSpokenFor checks a story placed in a prefecture's seat
// whose text speaks for the prefecture (全州上下…，全年全州生产总值): the
// autonomous prefecture.
func TestPrefectureSpokenFor(t *testing.T) {
	text := "2023年，是黄南藏族自治州成立70周年。全州上下坚持稳中求进。\n\n一、综合\n\n全年全州生产总值113.47亿元，比上年增长2.2%。同仁地区全年居民消费价格上涨1.2%，同仁市人口8万人。\n"
	checkOneStoryIn(t, "hn.txt", text, "黄南藏族自治州")
}

// TestAppDateline checks a dateline of a news app (新甘肃客户端静宁10月11日讯):
// it leads a story.
func TestAppDateline(t *testing.T) {
	if !isByline("新甘肃客户端静宁10月11日讯（新甘肃·甘肃日报记者 王朝霞）平凉是全国苹果最佳适生区。") {
		t.Errorf("an app's dateline: no byline")
	}
}

// TestSignatureAboveAGap checks a first story that closes with its
// signature and date (国家统计局 / 2023年12月11日) above a gap, then a story
// whose headline opens with a Latin name (GDP增速6.5%　我省连续两年实现首季
// “开门红”) and has a date line of its own: two stories, the signature's date
// the first's only. Made-up text.
func TestSignatureAboveAGap(t *testing.T) {
	text := "国家统计局网站12月11日发布的数据显示，2023年全国粮食总产量69541万吨。以下为公告全文：\n\n根据对全国31个省（区、市）的调查，全国粮食播种面积118969千公顷。\n\n国家统计局\n2023年12月11日\n\n\n" +
		"GDP增速6.5%　我省连续两年实现首季“开门红”\n\n更新时间：2024-04-19 06:51　来源：吉林日报\n\n本报4月18日讯（记者杨悦）一季度全省地区生产总值增长6.5%。\n\n全省规上工业增加值增长10.1%。\n"
	as, err := ParseFile("p.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("stories %q, %v", titles(as), err)
	}
	if !strings.HasPrefix(as[1].Date, "2024-04-19") {
		t.Errorf("second story dated %q, want 2024-04-19", as[1].Date)
	}
}

// TestBulletinTitledYearFirst checks a bulletin titled with its year
// before its county (2022年莘县国民经济和社会发展统计公报): the county's.
func TestBulletinTitledYearFirst(t *testing.T) {
	checkOneStoryIn(t, "b.txt", "2022年莘县国民经济和社会发展统计公报\n\n2022年，全县地区生产总值273.96亿元，比上年增长4.9%。\n", "莘县")
}

// TestSecondReportAfterAGap checks a page of two work reports, the second
// after a gap with its headline, its date line (——2022年12月16日在…会议上),
// its speaker and 各位代表：: two stories, the second dated by its own line.
// Made-up reports.
func TestSecondReportAfterAGap(t *testing.T) {
	text := "政府工作报告\n——2026年1月14日在中宁县第十八届人民代表大会第五次会议上\n县长 周永根\n\n各位代表：\n现在，我代表县人民政府向大会报告工作。全年完成地区生产总值181.8亿元，增长6.5%。\n\n\n" +
		"政府工作报告\n——2022年12月16日在中卫市第五届人民代表大会第二次会议上\n中卫市市长 马洪海\n\n各位代表：\n现在，我代表市人民政府，向大会报告政府工作。预计实现地区生产总值580亿元，增长4.5%。\n"
	as, err := ParseFile("r.txt", []byte(text))
	if err != nil || len(as) != 2 || as[1].Date != "2022-12-16" {
		t.Errorf("stories %q, %v", titles(as), err)
	}
}

// TestReportOfAnUnnamedCounty checks that a work report given "在县第十八届
// 人民代表大会" takes the county its text calls by its short name (桦川).
func TestReportOfAnUnnamedCounty(t *testing.T) {
	text := "政府工作报告\n\n——2023年1月8日在县第十八届人民代表大会第二次会议上\n\n县长　李水泉\n\n各位代表：过去一年，我们坚持项目建设，全县地区生产总值增长6%左右。\n\n奋力谱写桦川振兴发展新篇章，建设幸福美丽的新桦川。\n"
	checkOneStoryIn(t, "r.txt", text, "桦川县")
}

// TestHeadlinedOpeningAboveAGapBeforeAHeadline checks that a page's first
// story, printed with a headline but no date line, stays apart from the
// next one when the gap of blank lines stands above that one's headline
// (貧富差距 再度擴大 / 2025-08-16 快訊), and that a story reporting the
// release of a year's survey (公布2024年家庭收支調查) is about that year.
func TestHeadlinedOpeningAboveAGapBeforeAHeadline(t *testing.T) {
	text := "原始所得差距7.38倍 近5年最低\n\n主計總處昨公布「家庭收支調查」，2024年可支配所得差距6.14倍，較上年略增0.02倍。\n\n所得差距擴大，官員說明原因，整體所得水平拉高。\n\n\n" +
		"貧富差距 再度擴大\n\n2025-08-16 快訊\n\n主計總處昨（15）日公布2024年家庭收支調查，每戶高低所得差距為6.14倍。\n\n每戶家庭可支配所得平均數為116.5萬元，年增2.5%。\n"
	as, err := ParseFile("tw.txt", []byte(text))
	if err != nil || len(as) != 2 || as[0].Title != "原始所得差距7.38倍 近5年最低" {
		t.Fatalf("stories %q, %v", titles(as), err)
	}
	if as[1].DataYear != 2024 {
		t.Errorf("data year %d, want 2024 (the survey's)", as[1].DataYear)
	}
}

// TestUndatedStoryOfALaterYear checks that a story without a date line on
// a page whose other story is of 2018 does not take that date when it
// tells of 2022年1-11月: its year is found in its own text.
func TestUndatedStoryOfALaterYear(t *testing.T) {
	text := "中俄合作让鲜活帝王蟹丰富中国人餐桌\n\n2018-09-14 11:05:35　来源：新华社\n\n新华社长春9月13日电 据统计，今年1至7月，珲春市自俄进口鲜活螃蟹5.49亿元，同比增长464%。\n\n\n" +
		"2022年前11个月珲春市口岸对俄进口海产品同比增长25.2%\n\n俄罗斯卫星通讯社北京1月9日电 据吉林省政府官网消息，2022年1-11月份，珲春市口岸对俄进口海产品同比增长了25.2%。自2023年1月8日起，中俄珲春陆路口岸恢复客运通关。\n"
	as, err := ParseFile("p.txt", []byte(text))
	if err != nil || len(as) != 2 || as[1].Year != 2023 {
		t.Errorf("stories %q dated %v, %v", titles(as), dates(as), err)
	}
	spaced := strings.NewReplacer("2022年1-11月份", "2022 年 1-11 月份", "2023年1月8日", "2023 年 1 月 8 日").Replace(text)
	if as, err := ParseFile("p.txt", []byte(spaced)); err != nil || len(as) != 2 || as[1].Year == 2018 {
		t.Errorf("spaced year: stories %q dated %v, %v", titles(as), dates(as), err)
	}
}

// TestCityScopeInAProvincePaper checks that a story titled with 全市 in a
// province's paper (河北日报) is not placed in the province.
func TestCityScopeInAProvincePaper(t *testing.T) {
	text := "全市去年地区生产总值达3676.4亿元\n同比增长6.4%\n\n河北日报　2019年03月04日\n\n本报讯（记者王雅楠）日前，记者从沧州市政府新闻办获悉，2018年沧州市实现地区生产总值3676.4亿元，同比增长6.4%。沧州市规上工业增加值同比增长4.1%。\n"
	checkOneStoryIn(t, "c.txt", text, "沧州市")
}

// TestReportOfATwoCharacterCounty checks that a work report given 在珙县第
// 十七届人民代表大会 is placed in 珙县, a two-character name that needs
// context anywhere else.
func TestReportOfATwoCharacterCounty(t *testing.T) {
	text := "政府工作报告\n\n——2016年12月13日在珙县第十七届人民代表大会第一次会议上\n\n各位代表：过去五年，我们奋力推进经济发展，2016年实现地区生产总值132.76亿元。\n"
	checkOneStoryIn(t, "r.txt", text, "珙县")
	// the meeting line with the speaker and the day after it
	// (a second report after a gap, under its title)
	text = "政府工作报告\n——2024年1月7日在辽阳市第十七届人民代表大会第四次会议上\n各位代表:\n预计,全市地区生产总值增长2%。\n\n\n" +
		"2019年陇县人民政府工作报告(全文)\n——在陇县第十七届人民代表大会第四次会议上 县长 赵甲宏(2020年1月8日)\n各位代表:\n2019年工作回顾\n2019年,预计生产总值增长7.8%;地方财政收入1.88亿元。\n"
	as, err := ParseFile("r.txt", []byte(text))
	if err != nil || len(as) != 2 || as[1].Region != "陇县" || as[1].Date != "2020-01-08" {
		t.Errorf("stories %q in %q dated %q, %v; want the second in 陇县 of 2020-01-08", titles(as), regionsOfStories(as), storyField(as, func(a *data.Article) string { return a.Date }), err)
	}
}

// TestProvinceStoryOnACountyPage checks that a story placed only in its
// province by its paper (荆楚网) takes the county of a sibling story when it
// names that county by its short form (蕲春).
func TestProvinceStoryOnACountyPage(t *testing.T) {
	text := "县市长话经济，蕲春县专场\n\n2024-04-08　来源：荆楚网\n\n黄冈市政府新闻办举行发布会，蕲春县县长介绍，去年全县实现地区生产总值327.94亿元。\n\n\n" +
		"蕲春农民丰收节开启“丰”模式\n\n2023-09-22　来源：荆楚网\n\n9月21日，湖北蕲春农民丰收节开幕，千余名农民参加比赛。湖北各地游客纷至沓来。\n"
	as, err := ParseFile("p.txt", []byte(text))
	if err != nil || len(as) != 2 || as[1].Region != "蕲春县" {
		t.Errorf("regions %q, %v", regionsOfStories(as), err)
	}
	// the short form in traditional characters (山陽, of 山阳县, ambiguous
	// with 焦作's 山阳区 on its own)
	text = "山阳重点项目建设开局良好\n\n本报讯 山阳县今年确定重大项目106个，总投资236亿元。\n\n\n" +
		"工業經濟穩中有進\n\n本報訊 今年以來，山陽緊緊圍繞現代工業攻堅戰年度目標，持續加大項目建設力度，1-5月完成工業總產值93.29億元，同比增長27.1%。\n"
	if as, err := ParseFile("p.txt", []byte(text)); err != nil || len(as) != 2 || as[1].Region != "山阳县" {
		t.Errorf("traditional short form: regions %q, %v", regionsOfStories(as), err)
	}
}

// TestCensusBulletinOfATwoCharacterCounty checks a census bulletin titled
// with a two-character county (叶县) and issued by two offices on two lines:
// one story, placed in the county.
func TestCensusBulletinOfATwoCharacterCounty(t *testing.T) {
	text := "叶县第七次全国人口普查公报\n\n叶县统计局\n叶县第七次全国人口普查领导小组办公室\n2021年6月18日\n\n全县常住人口为702345人。\n"
	checkOneStoryIn(t, "c.txt", text, "叶县")
}

// TestHeadlineEndingWithExclamation checks that a headline ending with ！
// (and one comma) above its date line starts a story.
func TestHeadlineEndingWithExclamation(t *testing.T) {
	text := "抓特色产业 创绿色品牌\n\n2020-12-14 09:25:15　来源：人民网\n\n抚松县人参产业持续壮大，全县人参产量达3650余吨。\n\n\n" +
		"央媒看吉林丨从长白山“一支参”到莫莫格湿地，今日的聚焦与“绿水青山”有关！\n\nZAKER吉林　2022-12-08\n\n绿水青山赋能，生态产业共赢。抚松县人参产业产值190.93亿元。\n"
	as, err := ParseFile("p.txt", []byte(text))
	if err != nil || len(as) != 2 || !strings.HasPrefix(as[1].Date, "2022-12-08") {
		t.Errorf("stories %q dated %v, %v", titles(as), dates(as), err)
	}
}

// TestJanuaryReleaseOfLastYear checks an undated story whose lead tells of
// a January release of a year's figures (1月22日，…统计局公布2025年…数据):
// published in 2026, about 2025.
func TestJanuaryReleaseOfLastYear(t *testing.T) {
	text := "自贡经济总量突破2000亿元\n\n川观新闻记者 丛雨萌\n\n1月22日，自贡市统计局公布2025年全市经济运行数据。过去一年，自贡市全力以赴拼经济。\n\n分产业看，第一产业增加值238.60亿元，比上年增长3.8%。\n"
	as, err := ParseFile("z.txt", []byte(text))
	if err != nil || len(as) != 1 || as[0].Year != 2026 || as[0].DataYear != 2025 {
		t.Errorf("stories %q dated %v, %v", titles(as), dates(as), err)
	}
}

// TestOfficeAndMonthLines checks a bulletin printed without its title
// under its office's name and a bracketed month ((2023年4月)): the month
// dates it and is no headline, and the story, which says 全市 and names
// only its province, is the office's city's; a county story under the
// same office stays the county's.
func TestOfficeAndMonthLines(t *testing.T) {
	text := "乌鲁木齐市统计局\n(2023年4月)\n\n2022年,在自治区党委、自治区人民政府坚强领导下,全市上下深入学习贯彻视察新疆重要讲话精神。\n\n一、综合\n\n2022年实现地区生产总值3893.22亿元。\n"
	as, err := ParseFile("bulletin.txt", []byte(text))
	if err != nil || len(as) != 1 {
		t.Fatalf("%d stories %q, %v", len(as), titles(as), err)
	}
	if a := as[0]; a.Date != "2023-04" || strings.Contains(a.Title, "2023") || a.Region != "乌鲁木齐市" || a.Source != "乌鲁木齐市统计局" {
		t.Errorf("story %q dated %q from %q in %q", a.Title, a.Date, a.Source, a.Region)
	}
	checkOneStoryIn(t, "county.txt", "乌鲁木齐市统计局\n(2023年4月)\n\n2022年,全县上下奋力拼搏,达坂城区地区生产总值增长5%。达坂城区工业增长6%。\n", "达坂城区")
	checkOneStoryIn(t, "district.txt", "重庆市九龙坡区统计局\n2024年3月28日\n\n2023年，全区认真落实市委、市政府工作要求。\n\n初步核算，全年实现地区生产总值1867.07亿元。\n", "九龙坡区")
}

// TestStoryApartTakesNoDate checks a file of two stories set apart by a
// gap of blank lines, the second with neither headline nor date: it takes
// no date or year of the first (a story of its own put in the same file),
// while a 中央社 story dates itself by its closing code (1141107) and an
// undated lead that tells of figures released on 3月28日 for 2022年12月
// is of 2023.
func TestStoryApartTakesNoDate(t *testing.T) {
	text := "香港第二季度GDP增長3.3%\n2024-08-19 13:38:33\n\n中評社北京8月19日電，香港第二季度實質本地生產總值同比增長3.3%。\n\n經季節性調整後按季比較，實質本地生產總值上升0.4%。\n\n整體投資開支進一步上升6.0%。\n\n\n" +
		"政府統計處公布,本港6月商品轉口貨量按年上升9.2%,出口貨量亦上升1.2%。兩者合計,商品整體出口貨量上升9.1%。\n\n6月商品轉口價格上升1.8%,港產品出口價格亦上升1.7%。\n"
	as, err := ParseFile("hk.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("%d stories %q, %v", len(as), titles(as), err)
	}
	if as[0].Date != "2024-08-19 13:38:33" || as[1].Date != "" || as[1].Year != 0 {
		t.Errorf("dates %q (%d), %q (%d)", as[0].Date, as[0].Year, as[1].Date, as[1].Year)
	}
	cna := "財部：10月對美出口年增1.4倍\n\n（中央社記者呂晏慈台北7日電）財政部今天表示，10月對美出口金額達211.4億美元，年增1.4倍。（編輯：楊凱翔）1141107\n"
	if as, err := ParseFile("cna.txt", []byte(cna)); err != nil || len(as) != 1 || as[0].Date != "2025-11-07" {
		t.Errorf("中央社 story dated %q, %v", datesOf(as), err)
	}
	wages := "香港2022年12月的平均工資率同比上升2.6%\n\n根據香港政府統計處3月28日公布的數字，2022年12月的平均工資率同比上升2.6%。\n"
	if as, err := ParseFile("wages.txt", []byte(wages)); err != nil || len(as) != 1 || as[0].Year != 2023 {
		t.Errorf("a release of December's figures on 3月28日 dated %q, %v", datesOf(as), err)
	}
}

func datesOf(as []*data.Article) []string {
	return storyField(as, func(a *data.Article) string { return a.Date })
}

// TestDatedLeadAfterGap checks a file of two news items whose paragraphs
// follow each other line by line, the second printed without headline
// after a gap and opening with its day (10月22日,朔州市政府新闻办举行…):
// two stories.
func TestDatedLeadAfterGap(t *testing.T) {
	text := "本报朔州2月6日讯(记者刘成根)2月2日,记者从朔州市召开的新闻发布会上获悉,刚刚过去的2020年,朔州全市GDP增长4.1%。\n朔州市统计局公布的数字显示,2020年全市完成地区生产总值1100.5亿元。\n\n\n" +
		"10月22日,朔州市政府新闻办举行新闻发布会,介绍“十四五”时期朔州市经济社会发展总体成就。\n全市地区生产总值由2020年的1100.5亿元增加至2024年的1328.5亿元。\n"
	checkSecondStoryOpens(t, "page.txt", text, "10月22日")
}

// TestTightPageWithGap checks a file whose paragraphs follow each other
// line by line, a signature on a line of its own ((包广德 朱培宏)) closing
// the first story, and a second story printed without headline after a
// gap: two stories.
func TestTightPageWithGap(t *testing.T) {
	text := "本报临潭讯 今年,临潭县着力落实重点项目建设,全县固定资产投资运行态势良好。\n1—8月份固定资产投资累计完成11.68亿元,同比增长48.25%,完成年度计划的71%。\n按地域分:城镇投资59832万元,同比增长-1.7%;农村投资56945万元,增长218.04%。\n(包广德 朱培宏)\n\n\n" +
		"“柏木解了白板了,农民生活一百个好转了,钱包里银钱装满了,人人带上笑脸了!”一曲曲动情的花儿在初绿的临潭大地上传唱着。\n临潭,古称洮州,位于甘南州东部。2012年,全县GDP达到12.19亿元。\n近年来,临潭县年种植各类中药材面积均达10万亩以上。\n"
	checkSecondStoryOpens(t, "page.txt", text, "“柏木")
}

// TestMixedPageWithGaps checks a file of stories set apart by gaps whose
// paragraphs mostly follow each other line by line, a few set apart by a
// blank line, the second story opening with its day and 消息 (2月22日消息,):
// two stories.
func TestMixedPageWithGaps(t *testing.T) {
	text := "澳門去年旅客總消費同比增近3倍\n\n時間: 2024-02-23 12:11:59 | 來源: 新華社\n\n澳門特區政府統計暨普查局22日數據顯示,2023年全年旅客總消費較2022年增加近3倍至712.5億元。\n留宿旅客人均消費3346澳元,同比上升。\n不過夜旅客人均消費782澳元。\n旅客購物消費佔總消費的44.7%。\n\n\n" +
		"2月22日消息,據統計暨普查局資料顯示,2021年第4季旅客總消費按年上升7.4%至63.1億澳元。\n其中,第4季旅客人均消費按年增加3.4%至3235澳元。\n"
	checkSecondStoryOpens(t, "macau.txt", text, "2月22日消息")
}

// TestDashSubtitleAfterGap checks a file of two stories set apart by a
// gap, the second under a headline of two lines, the second opened by a
// dash (抓机遇迎挑战举全力促发展 / ——嫩江县圆满完成“十二五”…各项任务):
// two stories (the second was read as part of the first).
func TestDashSubtitleAfterGap(t *testing.T) {
	text := "东北网黑河3月22日讯 嫩江县在近日召开的全省县域经济工作会议上,被省政府评为全省工业发展十强县。\n\n2011年,嫩江县完成投资40.72亿元,完成地区生产总值1300215万元,同比增长13.1%。\n\n\n" +
		"抓机遇迎挑战举全力促发展\n——嫩江县圆满完成“十二五”经济社会发展各项任务\n\n城南,马车驿站雕塑展现厚重文化底蕴;城东,大豆之城雕塑展现资源丰富特色。\n\n“十二五”时期,全县地区生产总值由106.96亿元增加到188.06亿元,年均增长11.9%。\n"
	checkSecondStoryOpens(t, "page.txt", text, "城南")
}

// TestHeadlessGapLeadWithEnumeration checks a story printed without
// headline after a gap whose first paragraph lists its figures with 、
// and no comma (一、工业生产形势良好。1-4月全县规模以上工业增加值完成12.58亿元、增长12.4%…):
// a story of its own.
func TestHeadlessGapLeadWithEnumeration(t *testing.T) {
	text := "乳源举行建县50周年庆祝活动\n时间：2013-11-04 15:07:00　来源：韶关日报\n\n昨前两日，乳源瑶族自治县隆重举行自治县成立50周年盛会。\n\n到2012年，全县国内生产总值达到49.58亿元，比1963年增长361倍。\n\n\n" +
		"一、工业生产形势良好。1-4月全县规模以上工业增加值完成12.58亿元、增长12.4%、比一季度回升2.4个百分点。\n\n二、固定资产投资下行。1-4月，我县固定资产投资完成额同比下降18.2%。\n"
	checkSecondStoryOpens(t, "page.txt", text, "一、工业生产")
}

// checkSecondStoryOpens checks that text is read as two stories, the
// second's text opening with opens.
func checkSecondStoryOpens(t *testing.T, name, text, opens string) {
	t.Helper()
	as, err := ParseFile(name, []byte(text))
	if err != nil || len(as) != 2 || !strings.HasPrefix(as[1].Text, opens) {
		t.Errorf("stories %q, %v; want two, the second opening %q", titles(as), err, opens)
	}
}

// TestROCMonthOpeningIsTaiwan: a release opening with a year of the
// Republic and its month (106年3月就業人數…) is Taiwan's, though the only
// place it names is another listed for comparison (香港3.3%).
func TestROCMonthOpeningIsTaiwan(t *testing.T) {
	text := "106年3月就業人數為1,131萬3千人,失業人數為44萬5千人,失業率為3.78%。\n\n主辦單位:國勢普查處\n\n世界主要國家(地區)最新失業率,法國10.0%,加拿大6.7%,香港3.3%,日本2.8%。\n"
	checkOneStoryIn(t, "tw.txt", text, "台湾省")
}

// TestLocalDatelinePlace: a story whose only place is its local paper's
// dateline (今日镇江讯 上半年全市…) is that place's.
func TestLocalDatelinePlace(t *testing.T) {
	text := "上半年全市实现GDP2475.65亿元 同比增长1.8%\n\n今日镇江讯 上半年全市经济运行数据新鲜出炉。上半年,全市实现地区生产总值2475.65亿元,同比增长1.8%。\n"
	checkOneStoryIn(t, "zj.txt", text, "镇江市")
}

// TestGapHeadlinesOfReleasesAndNotices checks stories after a gap under a
// short headline printed with a full stop (新疆上半年經濟轉好。), under a
// notice's issuer, title of several lines and number (山东省人民政府 /
// 关于印发… / 的通知 / 鲁政发〔2024〕5号), and under a list's title over its
// numbered headings (2021年政策包分類執行清單 / 一、…): each a story of its
// own.
func TestGapHeadlinesOfReleasesAndNotices(t *testing.T) {
	first := "記者20日下午從湖北省前三季度經濟形勢新聞發布會上獲悉,湖北前三季度地區生產總值同比增長8.8%。\n前三季度,湖北累計完成高新產品出口交貨值706.56億元,增長5.8%。\n\n\n"
	checkSecondStoryOpens(t, "release.txt", first+"新疆上半年經濟轉好。\n根據7月29日新疆統計局公布的數字,2016年上半年,新疆實現地區生產總值3819.98億元,同比增長8.0%。\n", "根據7月29日")
	notice := "山东省人民政府\n关于印发“十大创新”“十强产业”\n“十大扩需求”行动计划(2024—2025年)\n的通知\n鲁政发〔2024〕5号\n各市人民政府,各县(市、区)人民政府,省政府各部门:\n现将行动计划印发给你们,高新技术企业2024年达到3.5万家。\n"
	policy := "山东省人民政府关于印发政策清单的通知鲁政发〔2023〕13号\n来源:山东省邮政管理局 时间:2024-01-06\n各市人民政府,各县(市、区)人民政府:\n对符合条件的企业减按15%的税率征收企业所得税。\n\n\n"
	if as, err := ParseFile("notice.txt", []byte(policy+notice)); err != nil || len(as) != 2 || !strings.Contains(as[1].Title+as[1].Text, "十大扩需求") || !strings.Contains(as[1].Text, "3.5万家") {
		t.Errorf("stories %q, %v; want two, the second the 鲁政发〔2024〕5号 notice", titles(as), err)
	}
	list := "2021年政策包分類執行清單\n一、2021年政策包中2022年繼續實施的政策清單\n1.設立5000萬元固定資產投資考核獎勵資金,給予排名前5位的市分別獎勵1500萬元。\n"
	checkSecondStoryOpens(t, "list.txt", policy+list, "一、2021年政策包")
}

// TestCountyBulletinComparedWithPrefecture: a county's bulletin that
// compares itself with its prefecture (比全州低1.6个百分点, 增速全州排第1位)
// stays the county's; only a text that speaks for 全州 is the prefecture's.
func TestCountyBulletinComparedWithPrefecture(t *testing.T) {
	text := "2022年德昌县国民经济和社会发展统计公报\n\n2022年,德昌县实现地区生产总值(GDP)900346万元,比上年增长4.4%,增速比全国、全省高1.4、1.5个百分点,比全州低1.6个百分点。其中,第一产业增加值为240255万元,增长4.3%,增速全州排第1位。\n"
	checkOneStoryIn(t, "dc.txt", text, "德昌县")
	if !speaksFor("全州上下齐心，全年全州生产总值增长5%", "全州") {
		t.Error("全州上下: want the prefecture spoken for")
	}
	if speaksFor("比全省、全州(均为7.3%)低0.5个百分点", "全州") {
		t.Error("比全省、全州: a base of the comparison's list, want not spoken for")
	}
}

// TestUnnamedCounty checks a county bulletin that never names its county
// (在县委、县政府坚强领导下，全县上下…, the city and province named only in a
// speech's title): its region is none, not the city's; a county that names
// itself keeps its name. Made-up figures.
func TestUnnamedCounty(t *testing.T) {
	text := "2021年,在县委、县政府坚强领导下,全县上下深入贯彻习近平总书记视察江西和赣州重要讲话精神,较好地完成了全年目标任务。\n\n一、综合\n\n全年地区生产总值126亿元,增长9.0%。\n"
	checkOneStoryIn(t, "c1.txt", text, "")
	checkOneStoryIn(t, "c2.txt", strings.Replace(text, "全县上下", "瑞金市全县上下", 1), "瑞金市")
}

// TestMastheadOverFirstStory checks a page whose paper's name and date
// stand over the first story's headline, itself led by a short kicker
// ending in a colon (张掖日报 / 2024年01月12日 / “数”说山丹: / headline /
// □ 王国静): one story, dated, its headline both lines. Made-up figures.
func TestMastheadOverFirstStory(t *testing.T) {
	text := "张掖日报\n2024年01月12日\n\n“数”说山丹:\n“奋进生”2023年交出高质量发展成绩单\n\n□ 王国静\n\n2023年,全县地区生产总值完成85.5亿元、增长6.8%。\n\n\n山丹:奏响发展新乐章\n\n2021/06/09/ 10:52 来源:张掖日报 记者钱大伟\n\n时下,山丹县重点项目建设现场机声隆隆,一季度集中开工项目41项。\n"
	as, err := ParseFile("page.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("got %d stories %q, want 2, %v", len(as), titles(as), err)
	}
	if as[0].Title != "“数”说山丹: “奋进生”2023年交出高质量发展成绩单" || as[0].Date != "2024-01-12" {
		t.Errorf("first story %q of %q, want the two headline lines, 2024-01-12", as[0].Title, as[0].Date)
	}
}

// TestStoryAfterSignOff checks text after a gap under the lines that close
// the story above (資料來源:… / 發布日期:… / 發布單位:…): a story of its own,
// printed without headline, with no date of the story above. Made-up
// figures.
func TestStoryAfterSignOff(t *testing.T) {
	text := "國情統計通報(第011號)\n\n受僱員工薪資 概況\n\n一、依受僱員工薪資調查統計,每人月薪資增至4萬9,392元,平均年增4%。\n\n資料來源:行政院主計總處\n發布日期: 2017-01-18\n發布單位: 臺中市政府民政局\n\n\n各行業薪水多比去年多！主計總處10日公布最新薪資統計，全體受雇員工平均薪水48110元，年增3.19%。\n\n其中，製造業年增3.51%。\n"
	as, err := ParseFile("tw.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("got %d stories %q, want 2, %v", len(as), titles(as), err)
	}
	if as[0].Date != "2017-01-18" || as[1].Date != "" || !strings.HasPrefix(as[1].Text, "各行業薪水") {
		t.Errorf("dates %q and %q, second text %.20q: want 2017-01-18 and none, the second story from 各行業薪水", as[0].Date, as[1].Date, as[1].Text)
	}
}

// TestStoryAboveFirstByline checks a story of several paragraphs above a
// gap and the first byline of a page (…香港首季出口年減4.2%… / gap /
// 【本報訊】統計暨普查局發佈…): two stories, not the first read as the
// second's page header. Made-up figures.
func TestStoryAboveFirstByline(t *testing.T) {
	text := "香港政府統計處今日公布2019年首季本地生產總值預估值，年增率僅0.5%。\n\n香港首季出口年減4.2%，較去年第4季持平。\n\n\n【本報訊】統計暨普查局發佈今年上半年旅客消費調查結果顯示，期內旅客總消費按年上升11%。\n\n按季度統計，今年第二季旅客總消費達174.4億元。\n"
	checkSecondStoryOpens(t, "hk.txt", text, "統計暨普查局")
}

// TestSameLeadTwice checks a page where a short tag line over a gap and
// the text under it both open the same story (…简介 / 兰溪市,浙江省辖县级市…):
// it loads (the lead found twice once made a story end before its start
// and the file fail to parse). Made-up figures.
func TestSameLeadTwice(t *testing.T) {
	text := "2022年07月01日 第01版:头版\n\n1至5月\n兰溪高技术产业制造业增加值增速金华第一\n\n记者 蒋宇欣 通讯员 管君靓\n\n导报讯 记者昨天从兰溪市统计局了解到,1至5月,全市高技术产业制造业增加值增长44.8%。\n\n去年底,浙江欣旺达电子有限公司投产,产值增长41个百分点。\n\n\n走进县城看发展:今日分享:浙江省金华兰溪市\n\n兰溪市简介\n\n兰溪市,浙江省辖县级市,由金华市代管。兰溪,溪以兰名,面积1313平方公里。\n\n2021年,全年地区生产总值448.02亿元,比上年增长8.2%。\n\n主导产业和规划\n\n按照“高大上+链群配”思路,兰溪聚焦招大引强,形成16个产业平台。\n"
	if as, err := ParseFile("page.txt", []byte(text)); err != nil || len(as) < 2 {
		t.Errorf("got %d stories %q, %v; want the page's stories", len(as), titles(as), err)
	}
}

// TestIssueLineOverHeadline checks a story after a gap printed under its
// paper's issue line and headline with no byline (…幸福感不断提升。 / gap /
// 崇阳周刊第三十九期4版 / 打造人间“新天府” 建设世外“小桃园” / 今年,崇阳县…):
// a story of its own, not one with the text above. Made-up figures.
func TestIssueLineOverHeadline(t *testing.T) {
	text := "砥砺奋进七十载,山河壮丽一幅画。\n建国以来,崇阳县人民克难奋进,把一个山区县建设成为天府之城。\n——综合实力明显增强。2018年,全县国内生产总值达到127.41亿元。\n\n\n崇阳周刊第三十九期4版\n\n打造人间“新天府” 建设世外“小桃园”\n\n今年,崇阳县围绕“打造新天府,建设新天城”的宏伟蓝图,调整经济结构,全县经济社会发展呈现良好态势。\n据了解,今年1至9月,全县预计实现地区生产总值41.5亿元,同比增长16.5%。\n"
	checkSecondStoryOpens(t, "cy.txt", text, "今年,崇阳县")
}

// TestWorkReportOfTheYearBefore checks a work report titled with the year
// it was given in, reviewing the year before (2019年松溪县人民政府工作报告 /
// 过去一年工作回顾 / 一年来，…): its data year is 2018; a report of the same
// title whose opening names that year as the one reviewed (2019年，是…的一
// 年) stays 2019. Made-up figures.
func TestWorkReportOfTheYearBefore(t *testing.T) {
	text := "2019年松溪县人民政府工作报告\n\n各位代表:\n\n过去一年工作回顾\n\n一年来,县政府团结依靠全县人民,全县地区生产总值57.55亿元,增长8.1%。\n"
	as, err := ParseFile("sx.txt", []byte(text))
	if err != nil || len(as) != 1 || as[0].DataYear != 2018 {
		t.Errorf("got %d stories, data year %v, want 2018, %v", len(as), storyField(as, func(a *data.Article) string { return strconv.Itoa(a.DataYear) }), err)
	}
	text = strings.Replace(text, "一年来,", "2019年,是极具挑战的一年。一年来,", 1)
	if as, err := ParseFile("sx.txt", []byte(text)); err != nil || len(as) != 1 || as[0].DataYear != 2019 {
		t.Errorf("2019年,是…的一年: want data year 2019, %v", err)
	}
}

// TestStoryAfterEndMark checks text after a gap under a wire story's last
// paragraph ending with its end mark, (完): a story of its own though it
// opens with neither headline nor dateline (記者從…獲悉,…). A dateline
// there opens the next story as before. Made-up figures.
func TestStoryAfterEndMark(t *testing.T) {
	text := "中新社廣州6月20日電 (記者 王明)據海關介紹,今年1至5月,廣東外貿進出口3.21萬億元,同比增長1.9%。\n\n同期出口增長4.2%。(完)\n\n\n記者從天津海關昨天舉行的發布會上獲悉,今年前三季度天津市外貿進出口總值為6287.8億元,比上年同期增長14.7%。\n\n其中,出口2776.8億元。\n"
	checkSecondStoryOpens(t, "wire.txt", text, "記者從天津海關")
	// the writer's credit in brackets ends a story as (完) does
	for _, credit := range []string{"(記者尹世昌)", "（记者 王芳 通讯员 李强）", "(編輯:李慧蘭)"} {
		checkSecondStoryOpens(t, "wire.txt", strings.Replace(text, "(完)", credit, 1), "記者從天津海關")
	}
	// without the end mark, a paragraph opening so is the story above
	// going on after a gap
	joined := strings.Replace(text, "(完)", "", 1)
	if as, err := ParseFile("wire.txt", []byte(joined)); err != nil || len(as) != 1 {
		t.Errorf("without (完): stories %q, %v; want one", titles(as), err)
	}
}

// TestClosingCreditLine checks a credit line naming the writers of the
// story above (记者 储继明 通讯员 齐新亚) over a gap of blank lines: it
// closes that story, and the text under the gap is the next story, not
// one story led by the credit. Made-up figures.
func TestClosingCreditLine(t *testing.T) {
	text := "上半年临泉县实现生产总值234.5亿元\n\n记者从临泉县政府获悉,上半年,该县实现生产总值234.5亿元,同比增长3.5%。\n\n此外,全县一般公共预算收入9.5亿元,同比增长7.0%。\n\n上半年,临泉县居民消费价格同比下降0.01%。\n\n记者 储继明 通讯员 齐新亚\n\n\n一条条笔直干净的硬化道路,一处处转角可见的游园绿地,全县减贫21.69万人。\n\n截至2019年底,全县实现地区生产总值369.7亿元。\n"
	checkSecondStoryOpens(t, "page.txt", text, "一条条笔直")
}

// TestStoryAfterBracketedCredits checks a story closed by its credits in
// brackets (【作者:刘捷萍】 【编辑:谭伟】) over a gap: the text under the gap
// (昨日,記者從長沙海關了解到,…) is a story of its own. Made-up figures.
func TestStoryAfterBracketedCredits(t *testing.T) {
	text := "快讯丨2021年湖南进出口额5988.5亿元\n\n长沙晚报1月19日讯 2021年,湖南省进出口额达5988.5亿元,比上年同期增长22.6%。\n\n长沙市进出口2780.3亿元,增长18.2%。\n\n【作者:刘捷萍】 【编辑:谭伟】\n\n\n昨日,記者從長沙海關了解到,2012年湖南省進出口貿易總額219.4億美元,比上年增長15.5%。\n\n全省出口126億美元,增長27.3%。\n"
	checkSecondStoryOpens(t, "page.txt", text, "昨日,記者從長沙海關")
}

// TestTwoLineHeadlineAfterGap checks a story after a gap whose headline
// takes two lines (连续五年获评“全省高质量发展先进县” / 沂水高质量发展阔步向前
// 全面开花) over a first paragraph opening with its day: a story of its
// own, headed by both lines. Made-up figures.
func TestTwoLineHeadlineAfterGap(t *testing.T) {
	text := "公布!沂水前三季度经济运行情况\n2020-11-06\n我县前三季度国内生产总值323.87亿元,同比增长3.2%。\n近年来,我县高举发展争先大旗,经济总量稳步增长,规上工业增加值增长5.1%。\n\n\n连续五年获评“全省高质量发展先进县”\n沂水高质量发展阔步向前全面开花\n5月23日,山东省人民政府通报县域经济高质量发展考核结果,沂水县连续五年获评先进县,全县地区生产总值573.3亿元。\n当前的沂水正迈着全面发展的步伐,增长6.5%。\n"
	checkSecondStoryOpens(t, "page.txt", text, "5月23日")
}

// TestDeckThenSourcedLeadAfterGap checks a story after a gap on a page
// that sets its lines apart by one blank line: a headline, its second line
// (全省118個縣(市)實現生產總值11268.4億元), then a first paragraph opening
// with where the news came from (從河北省統計局獲悉,…): a story of its own,
// not the title of the story above. Made-up figures.
func TestDeckThenSourcedLeadAfterGap(t *testing.T) {
	text := "2012年,河北省著力推動區域經濟協調發展,沿海地區經濟加快發展,地區生產總值增長10.3%。\n\n此外,沿海三市2012年實現地區生產總值9812.7億元,同比增長10.3%。\n\n\n上半年我省縣域經濟實現較快增長\n\n全省118個縣(市)實現生產總值11268.4億元\n\n從河北省統計局獲悉,今年上半年全省縣域經濟實現較快增長,生產總值同比增長6.3%。\n\n其中,第一產業增加值1238.2億元,同比增長4.3%。\n"
	checkSecondStoryOpens(t, "page.txt", text, "從河北省統計局獲悉")
}

// TestSourceLineOverDatedLeadAfterGap checks a story after a gap that
// opens with its source on a line of its own (【来源:湖北日报】) over a
// paragraph opening with its day: a story of its own, placed in the
// province its paper is named after, as it speaks of 我省 and names no
// place. Made-up figures.
func TestSourceLineOverDatedLeadAfterGap(t *testing.T) {
	text := "云南前三季度生产总值增长2.4%\n\n2020年前三季度,云南省地区生产总值17539.76亿元,同比增长2.4%。\n\n全省固定资产投资同比增长6.5%。(记者 陈永强)\n\n\n【来源:湖北日报】\n8月17日,省统计局发布我省1—7月经济运行情况,全省规上工业增加值同比增长5.0%,高于全国平均水平1.2个百分点。\n1—7月,全省固定资产投资同比增长5.9%。\n"
	as, err := ParseFile("page.txt", []byte(text))
	if err != nil || len(as) != 2 || !strings.HasPrefix(as[1].Text, "8月17日") || as[1].Region != "湖北省" {
		t.Errorf("stories %q in %q, %v; want two, the second opening 8月17日 in 湖北省", titles(as), regionsOfStories(as), err)
	}
}

// TestTwoLineHeadlineOverTextOnGappedPage checks a story after a gap on
// a page that sets its paragraphs apart by one blank line and its stories
// by two: a headline of two lines ([上思县]奋力建设北部湾生态经济强县 / 主动开放
// 融入 推进绿色崛起) over a paragraph of story text is a story of its own.
// Made-up figures.
func TestTwoLineHeadlineOverTextOnGappedPage(t *testing.T) {
	text := "上思县年产松脂近2万吨\n\n据统计,该县现有林面积176万亩,森林覆盖率61.8%。\n\n糖料蔗种植面积达到25.8万亩,比2000年增加2.3万亩。\n\n两家制糖企业上缴地方税收达到7667.6万元。\n\n\n[上思县]奋力建设北部湾生态经济强县\n主动开放融入 推进绿色崛起\n\n近年来,勤劳智慧的25万上思人民,在这块方圆2816平方公里的热土上创造了前所未有的辉煌。\n\n全县生产总值达到53.6亿元,年均增长16%。\n"
	checkSecondStoryOpens(t, "page.txt", text, "近年来,勤劳智慧")
}

// TestTraditionalReportDateLine checks a second work report printed in
// traditional characters after a gap (政府工作報告 / 2017年1月7日在宜賓市第五屆
// 人民代表大會第一次會議上): its date line is read on its simplified
// characters, and it is a story of its own. Made-up figures.
func TestTraditionalReportDateLine(t *testing.T) {
	text := "政府工作报告\n2021年12月15日\n在安岳县第十七届人民代表大会第一次会议上\n\n各位代表:\n\n过去五年,全县地区生产总值增长7.5%。\n\n过去五年,城镇居民收入增长41.9%。\n\n\n政府工作報告\n2017年1月7日在宜賓市第五屆人民代表大會第一次會議上\n宜賓市人民政府市長 杜紫平\n\n各位代表:\n\n過去五年,預計全市地區生產總值從2011年的1091.18億元增加到2016年的1650億元。\n"
	as, err := ParseFile("reports.txt", []byte(text))
	if err != nil || len(as) != 2 || as[1].Title != "政府工作報告" || strings.Contains(as[0].Text, "1091.18") || !strings.Contains(as[1].Text, "1091.18") {
		t.Errorf("stories %q, %v; want two, the second 政府工作報告 with its figures", titles(as), err)
	}
}

// TestTaiwanMinistryPlacesStory: a story opening with a ministry only
// Taiwan has, written in its own script (財政部今天公布最新出口統計), is
// Taiwan's, though the only places it names are its markets (美國, 香港);
// the mainland's 财政部 in simplified characters is not. Made-up figures.
func TestTaiwanMinistryPlacesStory(t *testing.T) {
	text := "財政部今天公布最新出口統計，前2月對美國出口金額為370.2億美元、年增83%，對中國大陸與香港出口281.2億美元、年增25.4%。\n"
	checkOneStoryIn(t, "tw.txt", text, "台湾省")
	mainland := "财政部今天公布数据，前2月对美国出口金额为370.2亿美元，对香港出口281.2亿美元。\n"
	if as, err := ParseFile("cn.txt", []byte(mainland)); err != nil || len(as) != 1 || as[0].Region == "台湾省" {
		t.Errorf("simplified 财政部: stories %q, %v; want one, not Taiwan's", titles(as), err)
	}
}

// TestVisitorOriginsPlaceNoStory: the places a story's visitors or trade
// come from or go to (主要來自廣東省(74.1萬)、湖南省(8.3萬); 香港(60.4萬)及
// 台灣(9.4萬) in a breakdown) do not place the story; a source 来自 names
// (来自广东省统计局的数据) does. Made-up figures.
func TestVisitorOriginsPlaceNoStory(t *testing.T) {
	text := "統計局公佈十二月入境旅客281.4萬人次,按年增6.8%。\n\n十二月內地旅客178.5萬,主要來自廣東省(74.1萬)、湖南省(8.3萬)及福建省(6.7萬)。韓國(7萬多)、香港(60.4萬)及台灣(9.4萬)分別增28.9%、2.3%及11.2%。\n"
	checkOneStoryIn(t, "mo.txt", text, "")
	own := "来自广东省统计局的数据显示，一季度全省地区生产总值增长4.4%。\n"
	checkOneStoryIn(t, "gd.txt", own, "广东省")
}

// TestCongressOpeningPlacesReport: a report's summary headed by its
// congress's opening (陜西省第十三屆人民代表大會第五次會議在西安開幕，省長
// 趙一德作政府工作報告) is the province's, not the city it met in; read in
// simplified characters. Made-up figures.
func TestCongressOpeningPlacesReport(t *testing.T) {
	text := "1月26日上午,陜西省第十三屆人民代表大會第五次會議在西安開幕,省長趙一德作政府工作報告。\n2020年成就:\n實現生產總值2.62萬億元,增長2.2%\n固定資產投資增長4.1%\n"
	checkOneStoryIn(t, "sx.txt", text, "陕西省")
}
