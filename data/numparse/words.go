package numparse

import (
	"strings"
	"unicode/utf8"
)

// The word lists below are read-only tables.

// idiom is a word in which numeral characters are not a quantity (统一,
// 千方百计, 六稳). onlyBefore, when set, limits the word to occurrences
// followed by one of its runes (千万不要); notBefore excludes occurrences
// followed by one of its runes (十分钟 is a duration, 十分 is "very").
type idiom struct {
	word       string
	onlyBefore string
	notBefore  string
}

// idiomWords lists the words; see idiom. Plain words are space-separated.
const idiomWords = `一切 一点 一些 一起 一看 一直 一定 一般 一样 一旦 一致 一同 一道 一律 一向 一边
一方面 一系列 一体 一手 一流 一站式 一网 一窗 一揽子 一把手 一线 一带一路 一心 一举 一贯 一味
一再 一概 一番 一时 一经 一并 一下 一会儿 一阵 一路 一齐 一早 一头 一身 一应 一如既往 一鼓作气
一马当先 一目了然 一气呵成 一以贯之 一盘棋 一条龙 一门式 一次性 一刀切 一窝蜂 一成不变 一批 一大批
一些 一点儿 一丝 一向 一度 一环 一端 一老一小 一户一策 一企一策 一事一议 一对一 一号文件 一二三产
统一 唯一 万一 逐一 之一 同一 专一 划一 合一 不一 其一 其二 其三 进一步 第一时间 一口气 一揽 一流
一老 一小 一中心 一张网 一张蓝图 一屏 一图 一码 一核 一轴 一带 一廊 一区 一港 一园 一枢纽
千方百计 万众一心 千家万户 万物 万象 万事 千千万万 成千上万 万达 百姓 百货 百花 百业 百舸
百尺竿头 百强 千里 九九归一 十全十美 十足 三农 四川 六稳 六保 两会 两新一重 两手 两岸 四风
十二五 十三五 十四五 十五五 三去一降一补 双循环 两不愁三保障 五位一体 四个全面 四个意识
两个维护 两个确立 三严三实 一岗双责 两学一做 一带 万亿级 千亿级 百亿级 三孩 二孩 五湖四海
一视同仁 一步一个脚印 两两 一生 一手抓 乱七八糟 七上八下 三心二意 四面八方 四通八达 八方
百分点 百分比 个百分点 下一 上一 最后一公里 两不误 初一 初二 初三 初四 初五 初六 初七 初八 初九 初十 一汽 一件事 一事 一业一证 一一 三一 三全 一方有难 八方支援 周一 周二 周三 周四 周五 周六 星期一 星期二 星期三 星期四 星期五 星期六 礼拜一 一户 一个电话 零售 零部件 零件 零工 零距离 零星 零容忍 零碎 零散 零钱 零活 一元化 二元 多元 万象更新`

// idiomsByFirst indexes every idiom by its first rune; read-only.
var idiomsByFirst = indexIdioms()

func indexIdioms() map[rune][]idiom {
	m := map[rune][]idiom{}
	add := func(id idiom) {
		first, _ := utf8.DecodeRuneInString(id.word)
		m[first] = append(m[first], id)
	}
	for _, w := range strings.Fields(idiomWords) {
		add(idiom{word: w})
	}
	for _, id := range condIdioms {
		add(id)
	}
	return m
}

// conditional idioms.
var condIdioms = []idiom{
	{word: "千万", onlyBefore: "不别要莫记"},
	{word: "十分", notBefore: "钟之"},
	{word: "三成", onlyBefore: "为"},
}

// enumMarks follow a numeral used as an enumeration: 一是…二是….
const enumMarks = "是则"

// prefixQualifiers precede a number: 近3万人, 超过150亿元. Longest first.
var prefixQualifiers = []string{
	"不少于", "不低于", "不超过", "不多于", "不大于", "不小于", "不高于",
	"超过了", "超过", "将近", "接近", "大约", "大概", "约为", "至少", "最多", "最少", "不到", "不足",
	"高于", "低于", "大于", "小于", "多于", "少于", "逾", "近", "约", "超", "过", "数",
}

// suffixQualifiers follow a number (or its measure word): 8%左右, 3万人以上.
var suffixQualifiers = []string{"以上", "左右", "之内", "以内", "以下", "上下", "开外", "有余"}

// decreaseVerbs mark a decrease when right before a number (下降6.8%).
var decreaseVerbs = []string{
	"下降", "减少", "萎缩", "下滑", "回落", "降低", "下跌", "缩小", "缩减", "减收", "减产",
	"收窄", "降幅", "跌幅", "负增长", "减", "降", "跌",
}

// increaseVerbs mark an increase when right before a number (增长7.4%).
var increaseVerbs = []string{
	"增长", "提高", "上升", "增加", "上涨", "提升", "扩大", "攀升", "跃升", "回升", "增幅",
	"涨幅", "增", "涨",
}

// currencyUnits are money units after a number, longest first.
var currencyUnits = []string{
	"瑞士法郎", "新加坡元", "新台币", "人民币", "比特币", "美元", "美圆", "美金", "美刀", "欧元", "日元", "港元",
	"港币", "英镑", "台币", "韩元", "卢布", "法郎", "澳元", "加元", "奈拉", "泰铢", "卢比", "元",
}

// currencyPrefixes are money signs before a number and their units.
func currencyPrefix(r rune) (string, bool) {
	switch r {
	case '$':
		return "美元", true
	case '￥', '¥':
		return "元", true
	case '€':
		return "欧元", true
	case '£':
		return "英镑", true
	}
	return "", false
}

// notAfterYuan are runes after 元 that make it a word, not money (元旦, 元素).
const notAfterYuan = "化素旦宵件论年首气老帅器"

// notAfterCheng and notAfterZhe stop 成 and 折 from reading as 30% / 70%
// where they start a word (建成, 成交, 折旧, 折合).
const (
	notAfterCheng = "交为立本果效绩都员长功熟品就型分了片批县市区形倍"
	notAfterZhe   = "旧算合扣射叠腾返线服磨中损桂价让现"
)

// blockedByIdiom reports whether the item [s,e) of n is part of a word in
// which its numerals are not a quantity: a word that starts before the item
// and overlaps it, or starts with it and covers it.
func blockedByIdiom(n []rune, s, e int) bool {
	for j := max(0, s-6); j <= s && j < len(n); j++ {
		if idiomAt(n, j, s, e) || oneXoneY(n, j, s, e) {
			return true
		}
	}
	return false
}

// oneXoneY reports the slogan pattern 一X一Y (一企一策, 一人一档) at j
// covering the item [s,e).
func oneXoneY(n []rune, j, s, e int) bool {
	if j+3 >= len(n) || n[j] != '一' || n[j+2] != '一' {
		return false
	}
	for _, r := range []rune{n[j+1], n[j+3]} {
		if !isHan(r) || isNumeralChar(r) || r == '点' || r == '分' {
			return false
		}
	}
	end := j + 4
	return end > s && (j < s || end >= e)
}

func idiomAt(n []rune, j, s, e int) bool {
	for _, id := range idiomsByFirst[canonDigit(n[j])] {
		if idiomCovers(n, j, s, e, id) {
			return true
		}
	}
	return false
}

func idiomCovers(n []rune, j, s, e int, id idiom) bool {
	end, ok := atCanon(n, j, id.word)
	if !ok || end <= s {
		return false
	}
	if j == s && end < e {
		return false
	}
	var next rune
	if end < len(n) {
		next = n[end]
	}
	if id.onlyBefore != "" && !strings.ContainsRune(id.onlyBefore, next) {
		return false
	}
	return id.notBefore == "" || next == 0 || !strings.ContainsRune(id.notBefore, next)
}

// atCanon is at for idioms: financial numeral forms match plain ones (壹切 is
// 一切).
func atCanon(n []rune, p int, w string) (int, bool) {
	for _, c := range w {
		if p >= len(n) || canonDigit(n[p]) != c {
			return p, false
		}
		p++
	}
	return p, true
}

// canonDigit maps financial numeral forms to the plain ones.
func canonDigit(r rune) rune {
	if i := strings.IndexRune(financialForms, r); i >= 0 {
		return []rune(plainForms)[len([]rune(financialForms[:i]))]
	}
	return r
}

const (
	financialForms = "壹贰叁肆伍陆柒捌玖拾佰仟"
	plainForms     = "一二三四五六七八九十百千"
)
