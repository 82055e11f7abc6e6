package load

import (
	"strings"
	"testing"
)

// Two work reports one after the other, the second under a title in
// brackets and a meeting line with no date (在铜鼓县第十七届人民代表大会第三次
// 会议上), are two stories.
func TestReportAfterGapWithUndatedMeetingLine(t *testing.T) {
	text := "（江西省）靖安县人民政府工作报告（2023年1月16日）\n\n政府工作报告\n\n——2023年1月16日在靖安县第十七届人民代表大会第三次会议上\n\n各位代表：\n\n" +
		"现在，我代表县人民政府向大会报告工作，请予审议。过去一年，全县新签约项目52个、签约资金247.53亿元，纳入省市调度的57个重大项目累计完成投资118.9亿元。\n\n\n" +
		"（江西省）铜鼓县人民政府工作报告（2023年）\n\n在铜鼓县第十七届人民代表大会第三次会议上\n\n各位代表：\n\n" +
		"现在，我代表县人民政府，向大会报告工作，请予审议。过去一年，预计全县实现生产总值70.4亿元，增长5%左右，财政总收入首次突破10亿元大关。\n"
	as, err := ParseFile("r.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("got %d stories (%v), want 2", len(as), err)
	}
	if as[1].Region != "铜鼓县" || as[0].Region != "靖安县" {
		t.Errorf("regions %q, %q, want 靖安县, 铜鼓县", as[0].Region, as[1].Region)
	}
}

// A notice printed without its title after a gap opens with the bodies it
// is sent to (各州、市、县、区人民政府，省直各委、办、厅、局：): a story of its
// own; 各有关单位： inside a document is not.
func TestNoticeOpeningWithAddressees(t *testing.T) {
	text := "西充县人民政府\n\n2023年3月1日\n\n西充县支持制造业高质量发展的若干政策措施\n\n对首次纳入规模以上工业企业的，一次性给予奖励30万元。\n\n各有关单位：\n\n对新获批的国家级企业技术中心给予50万元一次性奖励。\n\n\n" +
		"各州、市、县、区人民政府，省直各委、办、厅、局：\n\n为认真贯彻落实中央经济工作会议精神，云南省财政新增筹措重大建设项目前期工作经费3亿元，全力推进全省20个重点项目。\n"
	as, err := ParseFile("n.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("got %d stories (%v), want 2", len(as), err)
	}
	if as[1].Region != "云南省" {
		t.Errorf("second story's region %q, want 云南省", as[1].Region)
	}
}

// A province's report, titled with the province and speaking of 全省, is
// the province's even when a county's anecdote names that county most.
func TestProvinceReportWithCountyAnecdote(t *testing.T) {
	text := "稳中有进“县”活力！四川近七成县（市、区）经济总量超百亿元\n\n2023-11-20\n\n日前，四川省统计局发布报告，对2022年全省县域经济特点进行分析。\n\n" +
		"11月15日，绵阳市涪城区新皂镇的项目建设现场，车辆穿梭。涪城区创新实行“三盯”机制。去年，涪城区地区生产总值达1290.8亿元。\n\n" +
		"2022年，全省县域经济发展稳中有进。183个县（市、区）中经济总量过百亿元的有125个。\n"
	as, err := ParseFile("p.txt", []byte(text))
	if err != nil || len(as) != 1 {
		t.Fatalf("got %d stories (%v)", len(as), err)
	}
	if as[0].Region != "四川省" {
		t.Errorf("region %q, want 四川省", as[0].Region)
	}
}

// A short line under a story's text, above a gap (□罗兰　蔡俊聪), signs that
// story: it is no part of the next story's headline; and a story naming a
// two-character county whole (容县) takes it from its sibling on the page.
func TestSignatureAboveGapAndShortCounty(t *testing.T) {
	text := "广西容县23万亩 沙田柚迎丰收\n\n2022-11-10\n\n容县沙田柚文化旅游节开幕，全县种植沙田柚23万亩，产值超过20亿元。\n\n□罗兰　蔡俊聪\n\n\n" +
		"容县沙田柚文化旅游节开幕 柚子飘香客商云集\n\n南国早报　2018-10-27 16:19\n\n南国早报玉林讯（记者吕海锋）2018年，容县柚子引来一个丰收年，产量超过22万吨，产值超过10亿元。\n"
	as, err := ParseFile("r.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("got %d stories (%v), want 2", len(as), err)
	}
	if as[1].Title != "容县沙田柚文化旅游节开幕 柚子飘香客商云集" || as[1].Region != "容县" {
		t.Errorf("second story: title %q region %q", as[1].Title, as[1].Region)
	}
}

// A story that names no place in its title but speaks of 全区 and lists
// three or more cities of one province is that province's.
func TestScopedProvinceFromItsCities(t *testing.T) {
	text := "一、全区工业经济总体情况\n\n2023年，全区规模以上工业增加值同比增长7.4%，高于全国平均水平（4.6%）2.8个百分点。\n\n" +
		"呼和浩特市增长23.6%，包头市增长8.1%，鄂尔多斯市增长6.2%，乌海市增长5.5%。\n"
	as, err := ParseFile("m.txt", []byte(text))
	if err != nil || len(as) != 1 {
		t.Fatalf("got %d stories (%v)", len(as), err)
	}
	if as[0].Region != "内蒙古自治区" {
		t.Errorf("region %q, want 内蒙古自治区", as[0].Region)
	}
}

// Work reports one after the other whose meeting lines carry a speaker's
// name (马伟在泗阳县…会议上的报告) or a date with no dash (2017年12月25日在和硕县
// …会议上) are stories of their own, the second dated by its line.
func TestReportsWithNamedAndUndashedMeetingLines(t *testing.T) {
	text := "2020政府工作报告\n\n政府工作报告\n——2021年1月26日在麦盖提县第十六届人民代表大会第六次会议上\n\n各位代表：\n\n现在，我代表县人民政府，向大会作工作报告，请予审议。全县生产总值从2015年的39.70亿元增长到2020年的61.95亿元。\n\n\n" +
		"政府工作报告\n马伟在泗阳县第十七届人民代表大会第三次会议上的报告\n\n各位代表：\n\n现在，我代表泗阳县人民政府，向大会报告工作，请予审议。过去的一年，全县地区生产总值增长7%，一般公共预算收入30亿元。\n\n\n" +
		"2017年12月25日在和硕县第十七届人民代表大会第三次会议上\n哈　热\n\n各位代表：\n\n现在，我代表县人民政府向大会作工作报告，请予审议。一年来，全县完成生产总值30亿元，增长6%。\n"
	as, err := ParseFile("d.txt", []byte(text))
	if err != nil || len(as) != 3 {
		t.Fatalf("got %d stories (%v), want 3", len(as), err)
	}
	if as[1].Region != "泗阳县" || as[2].Region != "和硕县" || as[2].Date != "2017-12-25" {
		t.Errorf("got %q, %q %q; want 泗阳县, 和硕县 2017-12-25", as[1].Region, as[2].Region, as[2].Date)
	}
}

// A story that names several places as often as each other, none in its
// title, is the nearest division they share (台北市, 新北市, 桃园市 …: 台湾省),
// not the first named; and a table row whose numbers group their digits
// by commas (台北市    1,604      2,331) is a table line, not prose.
func TestTiedPlacesAndGroupedDigits(t *testing.T) {
	text := "六都會區2026年1月建物買賣移轉棟數變化\n\n2026-02-08\n\n" +
		"六都會區  2025年1月  2025年12月  2026年1月\n台北市    1,604      2,331       2,128\n新北市    2,869      4,680       4,033\n桃園市    2,789      3,792       3,559\n\n" +
		"業者指出，元月買氣全數下滑，總計10,000棟。\n"
	as, err := ParseFile("c.txt", []byte(text))
	if err != nil || len(as) != 1 {
		t.Fatalf("got %d stories (%v)", len(as), err)
	}
	if as[0].Region != "台湾省" {
		t.Errorf("region %q, want 台湾省", as[0].Region)
	}
	if n := len(as[0].Paragraphs); n < 5 {
		t.Errorf("%d paragraphs, want the table's rows kept apart", n)
	}
}

// A statistics office's bulletin printed without its title line, whose
// text opens with the year it reviews (2022年是…) and says 初步核算, is of
// that year, not of the months before its date.
func TestUntitledBulletinOfItsOpeningYear(t *testing.T) {
	text := "巴林右旗统计局\n（2023年3月31日）\n\n2022年是党的二十大胜利召开的关键之年，也是新一届政府工作的起步之年。\n\n一、综合\n\n初步核算，全旗地区生产总值69.9亿元，比上年增长1.8%。\n"
	as, err := ParseFile("b.txt", []byte(text))
	if err != nil || len(as) != 1 {
		t.Fatalf("got %d stories (%v)", len(as), err)
	}
	if as[0].DataYear != 2022 {
		t.Errorf("data year %d, want 2022", as[0].DataYear)
	}
}

// A release dated in a year of the Republic (中央銀行新聞稿 105年2月24日發布)
// is dated 2016-02-24 and placed in Taiwan.
func TestRepublicYearDate(t *testing.T) {
	text := "105年1月金融情況\n\n中央銀行新聞稿 105年2月24日發布\n\n貨幣總計數　1月日平均貨幣總計數M1B、M2月增率分別為1.48%及0.93%。\n"
	as, err := ParseFile("r.txt", []byte(text))
	if err != nil || len(as) != 1 {
		t.Fatalf("got %d stories (%v)", len(as), err)
	}
	if as[0].Date != "2016-02-24" || as[0].Region != "台湾省" {
		t.Errorf("date %q region %q, want 2016-02-24 台湾省", as[0].Date, as[0].Region)
	}
}

// Two central-bank releases one after the other, each under its title
// and its dated release line in a year of the Republic, are two stories.
func TestTwoRepublicDatedReleases(t *testing.T) {
	text := "105年1月金融情況\n\n中央銀行新聞稿 105年2月24日發布\n\n貨幣總計數　1月日平均貨幣總計數M1B、M2月增率分別為1.48%及0.93%。\n\n\n" +
		"110年4月金融情況\n\n中央銀行新聞稿 110年5月24日發布\n\n貨幣總計數　本(110)年4月日平均貨幣總計數M1B及M2月增率分別為0.57%及0.43%。\n"
	as, err := ParseFile("r.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("got %d stories (%v), want 2", len(as), err)
	}
	if as[1].Date != "2021-05-24" || as[1].Region != "台湾省" {
		t.Errorf("second: date %q region %q", as[1].Date, as[1].Region)
	}
}

// A policy item printed after a gap under its site's path and its own
// numbered title (重庆人社助企纾困政策服务包（2023版）/ 助企纾困补贴篇 > 惠企补贴 /
// 10.一次性吸纳就业补贴) is a story of its own, titled by those lines.
func TestPolicyItemUnderBreadcrumb(t *testing.T) {
	text := "量身定做！天津滨海高新区推出科技型企业梯度支持政策\n\n来源：总台天津总站　发布：2022-03-25 19:05:38\n\n日前，天津滨海高新区推出科技型企业梯度支持政策，对瞪羚企业给予一次性奖励100万元。\n\n\n" +
		"重庆人社助企纾困政策服务包（2023版）\n助企纾困补贴篇 > 惠企补贴\n10.一次性吸纳就业补贴\n\n主要内容：1. 招用毕业年度高校毕业生的企业，按2000元/人的标准给予一次性吸纳就业补贴。\n"
	as, err := ParseFile("p.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("got %d stories (%v), want 2", len(as), err)
	}
	if as[1].Region != "重庆市" || !strings.HasPrefix(as[1].Title, "重庆人社") {
		t.Errorf("second: title %q region %q", as[1].Title, as[1].Region)
	}
}

// On a page set apart by single and double blank lines, a story printed
// without headline after a gap may open with a short sentence (淮河之滨，
// 热潮涌动；中都故地，生机勃发。); it does not take the page header's date
// when its opening names a later year (2025年以来 under a page of 2020).
func TestShortOpeningAfterGapAndLaterYear(t *testing.T) {
	text := "2020年09月01日 第A06版：凤阳新闻\n\n“三个聚焦”激活高质量发展新动能\n\n本报讯　今年以来，凤阳县紧盯重点领域，锐意进取，扎实苦干，取得显著成绩。\n\n聚焦产业发展，做大做强县域经济，主导产业有块头，全县规上工业产值增长12%。\n\n聚焦项目建设，新开工亿元以上项目20个，完成投资30亿元。\n\n\n" +
		"淮河之滨，热潮涌动；中都故地，生机勃发。\n\n2025年以来，凤阳县坚持稳中求进工作总基调，经济运行稳中有进。\n\n这是一份逆势而上的“成绩单”，预计全年地区生产总值增长5%左右。\n\n这是一张项目为王的“攻坚图”，总投资32.5亿元的项目落地。\n"
	as, err := ParseFile("f.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("got %d stories (%v), want 2", len(as), err)
	}
	if as[1].Year != 2025 {
		t.Errorf("second story's year %d (date %q), want 2025", as[1].Year, as[1].Date)
	}
}

// A story that goes on elsewhere (（下转第二版）) ends before a gap: the
// text after the gap is a story of its own.
func TestJumpLineEndsAStory(t *testing.T) {
	text := "沐川“三驾马车”领跑特色农业\n\n来源：乐山日报 2013-09-18 13:27\n\n作为一个农业人口占2/3的农业县，沐川坚持加压奋进，特色农业发展迅速。\n\n为加快农民增收步伐，该县出台了20条促农增收意见，每年用于农业的资金达2000万元。\n\n（下转第二版）\n\n\n" +
		"驰而不息推动农业强、农村美、农民富，因地制宜做强乡村产业支撑，厚植优势筑牢群众增收根基。\n\n做优主导产业。全县建成茶叶基地12万亩，年产值10.52亿元。\n\n做强产业园区。沐川县魔芋现代农业园区建成面积5万亩。\n\n做好联农带农。全县培育新型农业经营主体1338个。\n"
	as, err := ParseFile("j.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("got %d stories (%v), want 2", len(as), err)
	}
}

// A report given 在察右后旗第十六届人民代表大会… is 察哈尔右翼后旗's: Inner
// Mongolia's banners go by short names.
func TestBannerShortName(t *testing.T) {
	text := "政 府 工 作 报 告\n\n——2023年1月15日在察右后旗第十六届人民代表大会第二次会议上\n\n旗长 张建宾\n\n各位代表：\n\n现在，我代表旗人民政府向大会报告工作。过去一年，全旗地区生产总值增长5%，一般公共预算收入3亿元。\n"
	as, err := ParseFile("b.txt", []byte(text))
	if err != nil || len(as) != 1 || as[0].Region != "察哈尔右翼后旗" {
		t.Fatalf("got %+v (%v), want one story of 察哈尔右翼后旗", as, err)
	}
}

// A year of the Republic stands apart; 建党100年7月1日 is no date of 2011.
func TestRepublicYearStandsApart(t *testing.T) {
	if d, _ := findDate("庆祝建党100年7月1日大会"); d != "" {
		t.Errorf("findDate = %q, want none", d)
	}
	if d, _ := findDate("中央銀行新聞稿 110年5月24日發布"); d != "2021-05-24" {
		t.Errorf("findDate = %q, want 2021-05-24", d)
	}
}

// A release's own title and issuer under its dated line (2018年04月17日
// 10:02 国家统计局网站 / 一季度国民经济实现良好开局 / 中华人民共和国国家统计局)
// belong to the one story.
func TestReleaseTitleAndIssuerUnderDateLine(t *testing.T) {
	text := "一季度GDP同比增长6.8% 总值19.88万亿\n\n2018年04月17日 10:02 国家统计局网站\n\n一季度国民经济实现良好开局\n\n中华人民共和国国家统计局\n\n今年以来，国民经济延续稳中向好发展态势。\n\n初步核算，一季度国内生产总值198783亿元，按可比价格计算，同比增长6.8%。\n"
	as, err := ParseFile("n.txt", []byte(text))
	if err != nil || len(as) != 1 {
		t.Fatalf("got %d stories (%v), want 1", len(as), err)
	}
}

// A report's meeting line broken over two lines after a gap (——2023年12月13日
// 在新宾满族自治县 / 第十届人民代表大会第三次会议上) leads a report of its own.
func TestBrokenMeetingLineAfterGap(t *testing.T) {
	text := "政府工作报告\n\n——2025年1月14日在绥化市北林区第六届人民代表大会第五次会议上\n\n各位代表：\n\n现在，我代表北林区人民政府向大会报告工作。过去的一年，全区地区生产总值增长5%。\n\n\n" +
		"——2023年12月13日在新宾满族自治县\n\n第十届人民代表大会第三次会议上\n\n县长　李富光\n\n各位代表：\n\n现在，我代表县人民政府向大会报告工作。过去一年，全县地区生产总值增长6%。\n"
	as, err := ParseFile("w.txt", []byte(text))
	if err != nil || len(as) != 2 || as[1].Region != "新宾满族自治县" || as[1].Date != "2023-12-13" {
		t.Fatalf("got %d stories (%v)", len(as), err)
	}
}

// A report after a gap under a spread-out title and a bracketed meeting
// line (政 府 工 作 报 告 / （2023年1月6日在县第十八届人民代表大会第二次会议上）)
// is a story of its own, titled by the title.
func TestSpacedTitleAndBracketedMeetingLine(t *testing.T) {
	text := "中新网西宁1月27日电（潘雨洁）27日，青海省第十四届人民代表大会第四次会议开幕。2025年青海省地区生产总值增长5%。\n\n去年，青海省一般公共预算支出2164.2亿元。\n\n\n" +
		"政 府 工 作 报 告\n\n（2023年1月6日在县第十八届人民代表大会第二次会议上）\n\n县长　崔华明\n\n各位代表：\n\n现在，我代表县人民政府向大会报告工作。2022年，黎平县地区生产总值增长4%。\n"
	as, err := ParseFile("q.txt", []byte(text))
	if err != nil || len(as) != 2 || as[1].Title != "政府工作报告" || as[1].Date != "2023-01-06" {
		t.Fatalf("got %d stories (%v)", len(as), err)
	}
}

// Two releases after a gap, each a title over a line of asterisks, are two
// stories (the line is furniture between the title and the text).
func TestTitleOverAsteriskLine(t *testing.T) {
	text := "二零一五年第四季按經濟活動劃分的本地生產總值\n******************************\n\n  政府統計處今日（三月十八日）發布二零一五年第四季按經濟活動劃分的本地生產總值初步數字。\n\n  整體本地生產總值在二零一五年第四季較上年同期實質上升1.9%，而二零一五年第三季的升幅為2.2%。\n\n\n" +
		"二零一九年第三季按經濟活動劃分的本地生產總值\n*****************************\n\n  政府統計處今日（十二月二十日）發布二零一九年第三季按經濟活動劃分的本地生產總值初步數字。\n\n  整體本地生產總值在二零一九年第三季較上年同期實質下跌2.9%。\n"
	as, err := ParseFile("h.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("got %d stories (%v), want 2", len(as), err)
	}
}

// A Taiwan release that names its year of the Republic (114年2月, 2025)
// above a release dated 2023-02-08 is not given that date.
func TestRepublicYearKeepsItsStory(t *testing.T) {
	text := "2月工業生產指數92.44、年增17.91%\n\n114年2月工業生產統計\n\n1.與上月比較:114年2月工業生產指數92.44,較上月減少3.83%,其中製造業減少3.79%。(資料來源:經濟部)\n\n\n" +
		"111年12月工業生產統計\n\n發布日期:2023-02-08\n\n1.與上月比較:111年12月工業生產指數129.62,較上月增加0.14%,其中製造業增加0.13%。\n\n經濟部統計處\n"
	as, err := ParseFile("tw.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("got %d stories (%v), want 2", len(as), err)
	}
	if as[0].Year != 2025 || as[1].Date != "2023-02-08" {
		t.Errorf("years %d (%s), %d (%s); want 2025, 2023-02-08", as[0].Year, as[0].Date, as[1].Year, as[1].Date)
	}
}

// A story after a gap under a headline of two lines and a line of its
// reporters (■ 记者 单毅 朱绍祥 报道) is a story of its own; so is one led by
// a dateline of several outlets (新海南客户端、南海网、南国都市报9月17日消息).
func TestHeadlineOverReporterLine(t *testing.T) {
	text := "海南省人民政府办公厅关于印发特别措施的通知\n\n各市、县、自治县人民政府，省政府直属各单位：现印发给你们，请结合实际认真贯彻执行。省级财政将安排2000万元给予电费补贴。\n\n\n" +
		"新海南客户端、南海网、南国都市报9月17日消息（记者 王子遥）记者从海南省发改委获悉，该委于近日牵头制定了特别措施，提出了34条具体措施。\n\n省级财政将分别安排2000万元和1000万元，对符合条件的企业给予电费补贴。\n\n\n" +
		"深入实施制造强区战略 稳经济再出重拳\n保税区最高6000万元奖励制造业投资\n\n■ 记者 单毅 朱绍祥 报道\n\n为贯彻落实制造业立市、制造强区战略部署，推动天津港保税区先进制造业高质量发展，保税区于近日制定出台《若干政策》，固定资产投资最高奖补可达5000万元。\n"
	as, err := ParseFile("p.txt", []byte(text))
	if err != nil || len(as) != 3 {
		t.Fatalf("got %d stories (%v), want 3", len(as), err)
	}
	if !strings.Contains(as[2].Title, "保税区最高6000万元") || !strings.HasPrefix(as[1].Text, "记者从海南省发改委获悉") {
		t.Errorf("titles %q / %q, second story %q", as[1].Title, as[2].Title, as[1].Text[:30])
	}
}

// Lines opened by a bullet (◎ …) are points of their own, never joined to
// the line before them.
func TestBulletLinesStandApart(t *testing.T) {
	text := "保税区奖励制造业投资\n\n◎ 对在保税区建设的制造业项目，其固定资产投资最高奖补可达5000万元\n◎ 对申报“专精特新”项目的企业，最高奖补可达200万元\n\n为贯彻落实制造强区战略部署，保税区于近日制定出台《若干政策》。\n"
	as, err := ParseFile("b.txt", []byte(text))
	if err != nil || len(as) != 1 || !strings.Contains(as[0].Text, "5000万元\n◎ 对申报") {
		t.Fatalf("got %d stories (%v): %q", len(as), err, as[0].Text)
	}
}

// A story without headline after a gap, on a page that sets paragraphs
// apart with one blank line, follows one whose last sentence is signed
// in brackets (…圆满实现了首季“开门红”。（李珊珊）): a story of its own.
func TestHeadlessAfterSignedStory(t *testing.T) {
	text := "安平丝网产业强县富民\n\n2005-08-31 来源：光明日报 作者：敬文\n\n河北安平是中外闻名的丝网之乡。今年上半年，全县生产总值完成24亿元，同比增长14%。\n\n目前，全县丝网产业已发展到8大系列，从业人员达到12万余人。\n\n\n" +
		"5月6日，安平县2022年二季度重点项目集中开工仪式举行，此次集中开工的重点项目共有11项，总投资14亿元。\n\n今年以来，该县扎实推进三大攻坚战，1—4月份新开工入库项目47项。该县一季度工业投资增长153%，圆满实现了首季“开门红”。（李珊珊）\n\n\n" +
		"初秋时节，天朗气清。8月30日，衡水日报社全媒体采风团走进安平县，探展馆、入园区、访企业，感受丝网产业的活力。\n\n展览馆分为三大部分，现存有展品331件，全方位展现了安平丝网历史文化。\n\n安平县现有丝网企业1.3万余家，产品远销190多个国家和地区。\n"
	as, err := ParseFile("p.txt", []byte(text))
	if err != nil || len(as) != 3 {
		t.Fatalf("got %d stories (%v), want 3", len(as), err)
	}
}

// A section's subheading inside a story on a page (兴村：从“出山”到“回流”，乡村焕发新生机)
// is no tagged headline of a village's story: 兴村 is no place.
func TestSectionSubheadNoVillage(t *testing.T) {
	text := "第03版：特别报道\n\n马不停蹄，率先打造“小县大城”2.0版\n\n本报记者　陈雅雯\n\n城镇化率稳步提升至75.4%，领跑全省山区海岛县；城乡居民收入倍差从2.12缩小至1.9，低收入农户人均可支配收入绝对值稳居全市第一。\n\n兴村：从“出山”到“回流”，乡村焕发新生机\n\n在紧水滩镇石浦村，卜伟绍的生态鳖合作社去年国庆中秋假期卖出1000斤鳖，销售额12万多元，比往年同期增长两成。\n"
	as, err := ParseFile("p.txt", []byte(text))
	if err != nil || len(as) != 1 {
		t.Fatalf("got %d stories (%v), want 1", len(as), err)
	}
}

// A report titled with its day in eight digits (湘潭县2023年政府工作报告
// （20221223）) is dated by it; a review of a year beside a report of that
// January (四川省情 / 2023年，面对…) keeps the year it reviews, not the
// January date that would make its 全年 the year before.
func TestCompactDateAndYearReview(t *testing.T) {
	text := "威远县2023年政府工作报告（20230111）\n\n各位代表：\n\n我代表县人民政府，向大会报告工作。2022年，全县地区生产总值增长4%。\n\n\n四川省情\n\n【经济建设】\n\n2023年，面对复杂严峻的外部环境，全年全省经济运行回升向好。全省地区生产总值60132.9亿元，增长6.0%。\n"
	as, err := ParseFile("w.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("got %d stories (%v), want 2", len(as), err)
	}
	if as[0].Date != "2023-01-11" || as[1].Year != 2023 || !as[1].DateInferred {
		t.Errorf("dates %q, %q (%d, inferred %v)", as[0].Date, as[1].Date, as[1].Year, as[1].DateInferred)
	}
}

// A page header further down a file put together from several stories
// (经济日报 2014年12月9日 第07版：区域) heads the stories under it: a
// subheading in a story above it (全县5万农户种植蜜橘，成支柱产业) is no
// headline of a story of that page.
func TestPageHeaderBelowHeadsOnlyStoriesBelow(t *testing.T) {
	text := "南丰：蜜橘之乡走上绿色发展之路\n\n发布时间：2015-12-28 来源：南昌晚报\n\n本报讯记者辜砚琦 南丰县位于抚州市南部，总人口32万，建县迄今有1700多年历史，也是驰名中外的“中国蜜橘之乡”。\n\n近年来，南丰县加快推动蜜橘产业转型发展，目前全县蜜橘种植面积70万亩，年均产量达30亿斤，远销40多个国家和地区。\n\n全县5万农户种植蜜橘，成支柱产业\n\n说到南丰县，不得不提南丰蜜橘。据了解，南丰蜜橘有着1300多年的栽培历史，从唐代开始就成为皇室贡品。\n\n\n" +
		"经济日报 2014年12月9日 第07版：区域\n\n江西南丰：蜜橘产业越来越“甜”\n\n本报记者 赖永峰\n\n11月，“中国蜜橘之乡”江西省抚州市南丰县正值蜜橘丰收的季节，南丰县蜜橘种植面积达70万亩。\n"
	as, err := ParseFile("p.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("got %d stories (%v), want 2", len(as), err)
	}
	if as[0].Date != "2015-12-28" || !strings.Contains(as[0].Text, "说到南丰县") {
		t.Errorf("first story %q dated %q", as[0].Title, as[0].Date)
	}
}

// A notice after a gap under its title, a date line (日期：2022-12-29
// 发布机构：…) and its addressees (各区县（自治县）人民政府，…：) is a story
// of its own.
func TestNoticeAfterGapWithDateLabel(t *testing.T) {
	text := "宁夏出台扶持政策，农业高新技术企业最高能获500万重奖。\n\n近日，宁夏科技厅发布了认定管理办法的通知，提出了7项扶持政策。\n\n3.经认定的自治区农业高新技术企业，优先享受各项相关扶持政策。\n\n\n" +
		"重庆市人民政府关于调整重庆市人民建议奖励办法部分内容的通知\n\n日期：2022-12-29\u3000发布机构：武隆区信访办\n\n各区县（自治县）人民政府，市政府各部门，有关单位：\n\n根据全国清理规范评比达标表彰工作联席会议要求，市政府决定对《重庆市人民建议奖励办法》部分内容作如下调整。三等奖奖金由3000元人民币增加为5000元人民币。\n"
	as, err := ParseFile("p.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("got %d stories (%v), want 2", len(as), err)
	}
}

// A report after a gap whose meeting line has a dash and no date
// (——在建宁县第十八届人民代表大会第二次会议上) is a story of its own.
func TestDashedUndatedMeetingLine(t *testing.T) {
	text := "政府工作报告\n——2023年1月6日在诏安县第十八届人民代表大会第二次会议上\n\n各位代表：\n\n现在，我代表县人民政府向大会报告工作。2022年，全县地区生产总值增长4%。\n\n\n" +
		"政府工作报告\n——在建宁县第十八届人民代表大会第二次会议上\n建宁县人民政府县长　伍小兰\n\n各位代表：\n\n现在，我代表建宁县人民政府向大会报告政府工作。预计全年完成地区生产总值164亿元，增长4.5%。\n"
	as, err := ParseFile("w.txt", []byte(text))
	if err != nil || len(as) != 2 || as[1].Region != "建宁县" {
		t.Fatalf("got %d stories (%v)", len(as), err)
	}
}

// A yearbook entry posted years later (日期:2015-03-18) whose text opens
// with the year it describes (【概况】2008年,…辖12个乡) is of that year;
// one opening with 2008年以来 or a day is of its date.
func TestEntryOfTheYearItOpensWith(t *testing.T) {
	for _, tt := range []struct {
		open string
		want int
	}{
		{"【概况】2008年,汨罗市辖12个乡、17个镇。全年地区生产总值102.8亿元,比2007年增长17%。", 2008},
		{"2012年，全县地区生产总值45.6亿元，增长9%。", 2012},
		{"2008年以来,汨罗市累计引进项目65个。全市地区生产总值102.8亿元。", 2015},
		{"2015年3月18日,汨罗市召开经济工作会议。全市地区生产总值102.8亿元。", 2015},
	} {
		text := "汨罗市\n来源:未知来源 日期:2015-03-18 12:00\n\n" + tt.open + "\n"
		as, err := ParseFile("b.txt", []byte(text))
		if err != nil || len(as) != 1 {
			t.Fatalf("got %d stories (%v)", len(as), err)
		}
		if as[0].DataYear != tt.want {
			t.Errorf("%s: data year %d, want %d", tt.open, as[0].DataYear, tt.want)
		}
	}
}
