package numparse

import (
	"strings"
	"unicode/utf8"
)

// idiom is a word in which numeral characters are not a quantity (统一,
// 千方百计, 六稳). onlyBefore, when set, limits the word to occurrences
// followed by one of its runes (千万不要); notBefore excludes occurrences
// followed by one of its runes (十分钟 is a duration, 十分 is "very").
type idiom struct {
	word       string
	onlyBefore string
	notBefore  string
}

// idiomsStartingWith lists, space-separated, the words starting with the
// runes r1 r2 in which numeral characters are not a quantity (统一, 千方百计,
// 六稳). The switch is keyed on the two runes so a lookup stays cheap.
func idiomsStartingWith(r1, r2 rune) string {
	switch uint64(r1)<<32 | uint64(r2) {
	case '一'<<32 | '一':
		return "一一"
	case '一'<<32 | '下':
		return "一下"
	case '一'<<32 | '业':
		return "一业一证"
	case '一'<<32 | '丝':
		return "一丝"
	case '一'<<32 | '个':
		return "一个电话"
	case '一'<<32 | '中':
		return "一中心"
	case '一'<<32 | '举':
		return "一举"
	case '一'<<32 | '事':
		return "一事一议 一事"
	case '一'<<32 | '二':
		return "一二三产"
	case '一'<<32 | '些':
		return "一些"
	case '一'<<32 | '以':
		return "一以贯之"
	case '一'<<32 | '件':
		return "一件事"
	case '一'<<32 | '企':
		return "一企一策"
	case '一'<<32 | '会':
		return "一会儿"
	case '一'<<32 | '体':
		return "一体"
	case '一'<<32 | '元':
		return "一元化"
	case '一'<<32 | '再':
		return "一再"
	case '一'<<32 | '刀':
		return "一刀切"
	case '一'<<32 | '切':
		return "一切"
	case '一'<<32 | '区':
		return "一区"
	case '一'<<32 | '口':
		return "一口气"
	case '一'<<32 | '号':
		return "一号文件"
	case '一'<<32 | '同':
		return "一同"
	case '一'<<32 | '向':
		return "一向"
	case '一'<<32 | '味':
		return "一味"
	case '一'<<32 | '园':
		return "一园"
	case '一'<<32 | '图':
		return "一图"
	case '一'<<32 | '大':
		return "一大批"
	case '一'<<32 | '头':
		return "一头"
	case '一'<<32 | '如':
		return "一如既往"
	case '一'<<32 | '定':
		return "一定"
	case '一'<<32 | '对':
		return "一对一"
	case '一'<<32 | '小':
		return "一小"
	case '一'<<32 | '屏':
		return "一屏"
	case '一'<<32 | '岗':
		return "一岗双责"
	case '一'<<32 | '带':
		return "一带一路 一带"
	case '一'<<32 | '并':
		return "一并"
	case '一'<<32 | '应':
		return "一应"
	case '一'<<32 | '度':
		return "一度"
	case '一'<<32 | '廊':
		return "一廊"
	case '一'<<32 | '张':
		return "一张网 一张蓝图"
	case '一'<<32 | '律':
		return "一律"
	case '一'<<32 | '心':
		return "一心"
	case '一'<<32 | '成':
		return "一成不变"
	case '一'<<32 | '户':
		return "一户一策 一户"
	case '一'<<32 | '手':
		return "一手 一手抓"
	case '一'<<32 | '批':
		return "一批"
	case '一'<<32 | '把':
		return "一把手"
	case '一'<<32 | '揽':
		return "一揽子 一揽"
	case '一'<<32 | '方':
		return "一方面 一方有难"
	case '一'<<32 | '旦':
		return "一旦"
	case '一'<<32 | '早':
		return "一早"
	case '一'<<32 | '时':
		return "一时"
	case '一'<<32 | '条':
		return "一条龙"
	case '一'<<32 | '枢':
		return "一枢纽"
	case '一'<<32 | '样':
		return "一样"
	case '一'<<32 | '核':
		return "一核"
	case '一'<<32 | '概':
		return "一概"
	case '一'<<32 | '次':
		return "一次办好 一次性"
	case '一'<<32 | '步':
		return "一步一个脚印"
	case '一'<<32 | '气':
		return "一气呵成"
	case '一'<<32 | '汽':
		return "一汽"
	case '一'<<32 | '流':
		return "一流"
	case '一'<<32 | '港':
		return "一港"
	case '一'<<32 | '点':
		return "一点 一点儿"
	case '一'<<32 | '环':
		return "一环"
	case '一'<<32 | '生':
		return "一生"
	case '一'<<32 | '番':
		return "一番"
	case '一'<<32 | '盘':
		return "一盘棋"
	case '一'<<32 | '目':
		return "一目了然"
	case '一'<<32 | '直':
		return "一直"
	case '一'<<32 | '看':
		return "一看"
	case '一'<<32 | '码':
		return "一码"
	case '一'<<32 | '窗':
		return "一窗"
	case '一'<<32 | '窝':
		return "一窝蜂"
	case '一'<<32 | '站':
		return "一站式"
	case '一'<<32 | '端':
		return "一端"
	case '一'<<32 | '系':
		return "一系列"
	case '一'<<32 | '线':
		return "一线"
	case '一'<<32 | '经':
		return "一经"
	case '一'<<32 | '网':
		return "一网"
	case '一'<<32 | '老':
		return "一老一小 一老"
	case '一'<<32 | '致':
		return "一致"
	case '一'<<32 | '般':
		return "一般"
	case '一'<<32 | '视':
		return "一视同仁"
	case '一'<<32 | '贯':
		return "一贯"
	case '一'<<32 | '起':
		return "一起"
	case '一'<<32 | '路':
		return "一路"
	case '一'<<32 | '身':
		return "一身"
	case '一'<<32 | '轴':
		return "一轴"
	case '一'<<32 | '边':
		return "一边"
	case '一'<<32 | '道':
		return "一道"
	case '一'<<32 | '门':
		return "一门式"
	case '一'<<32 | '阵':
		return "一阵"
	case '一'<<32 | '马':
		return "一马当先"
	case '一'<<32 | '鼓':
		return "一鼓作气"
	case '一'<<32 | '齐':
		return "一齐"
	case '七'<<32 | '上':
		return "七上八下"
	case '万'<<32 | '一':
		return "万一"
	case '万'<<32 | '事':
		return "万事"
	case '万'<<32 | '亿':
		return "万亿级"
	case '万'<<32 | '众':
		return "万众一心"
	case '万'<<32 | '物':
		return "万物"
	case '万'<<32 | '象':
		return "万象 万象更新"
	case '万'<<32 | '达':
		return "万达"
	case '三'<<32 | '一':
		return "三一"
	case '三'<<32 | '严':
		return "三严三实"
	case '三'<<32 | '全':
		return "三全"
	case '三'<<32 | '农':
		return "三农"
	case '三'<<32 | '去':
		return "三去一降一补"
	case '三'<<32 | '孩':
		return "三孩"
	case '三'<<32 | '心':
		return "三心二意"
	case '上'<<32 | '一':
		return "上一"
	case '下'<<32 | '一':
		return "下一"
	case '不'<<32 | '一':
		return "不一"
	case '专'<<32 | '一':
		return "专一"
	case '两'<<32 | '不':
		return "两不愁三保障 两不误"
	case '两'<<32 | '两':
		return "两两"
	case '两'<<32 | '个':
		return "两个维护 两个确立"
	case '两'<<32 | '会':
		return "两会"
	case '两'<<32 | '学':
		return "两学一做"
	case '两'<<32 | '岸':
		return "两岸"
	case '两'<<32 | '手':
		return "两手"
	case '两'<<32 | '新':
		return "两新一重"
	case '个'<<32 | '百':
		return "个百分点"
	case '之'<<32 | '一':
		return "之一"
	case '九'<<32 | '九':
		return "九九归一"
	case '乱'<<32 | '七':
		return "乱七八糟"
	case '二'<<32 | '元':
		return "二元"
	case '二'<<32 | '孩':
		return "二孩"
	case '五'<<32 | '位':
		return "五位一体"
	case '五'<<32 | '湖':
		return "五湖四海"
	case '任'<<32 | '一':
		return "任一"
	case '八'<<32 | '方':
		return "八方 八方支援"
	case '六'<<32 | '保':
		return "六保"
	case '六'<<32 | '稳':
		return "六稳"
	case '其'<<32 | '一':
		return "其一"
	case '其'<<32 | '三':
		return "其三"
	case '其'<<32 | '二':
		return "其二"
	case '划'<<32 | '一':
		return "划一"
	case '初'<<32 | '一':
		return "初一"
	case '初'<<32 | '七':
		return "初七"
	case '初'<<32 | '三':
		return "初三"
	case '初'<<32 | '九':
		return "初九"
	case '初'<<32 | '二':
		return "初二"
	case '初'<<32 | '五':
		return "初五"
	case '初'<<32 | '八':
		return "初八"
	case '初'<<32 | '六':
		return "初六"
	case '初'<<32 | '十':
		return "初十"
	case '初'<<32 | '四':
		return "初四"
	case '十'<<32 | '三':
		return "十三五"
	case '十'<<32 | '二':
		return "十二五"
	case '十'<<32 | '五':
		return "十五五"
	case '十'<<32 | '全':
		return "十全十美"
	case '十'<<32 | '四':
		return "十四五"
	case '十'<<32 | '足':
		return "十足"
	case '千'<<32 | '亿':
		return "千亿级"
	case '千'<<32 | '千':
		return "千千万万"
	case '千'<<32 | '家':
		return "千家万户"
	case '千'<<32 | '方':
		return "千方百计"
	case '千'<<32 | '里':
		return "千里"
	case '双'<<32 | '循':
		return "双循环"
	case '合'<<32 | '一':
		return "合一"
	case '同'<<32 | '一':
		return "同一"
	case '周'<<32 | '一':
		return "周一"
	case '周'<<32 | '三':
		return "周三"
	case '周'<<32 | '二':
		return "周二"
	case '周'<<32 | '五':
		return "周五"
	case '周'<<32 | '六':
		return "周六"
	case '周'<<32 | '四':
		return "周四"
	case '唯'<<32 | '一':
		return "唯一"
	case '四'<<32 | '个':
		return "四个全面 四个意识"
	case '四'<<32 | '川':
		return "四川"
	case '四'<<32 | '通':
		return "四通八达"
	case '四'<<32 | '面':
		return "四面八方"
	case '四'<<32 | '风':
		return "四风"
	case '多'<<32 | '元':
		return "多元"
	case '成'<<32 | '百':
		return "成百上千"
	case '成'<<32 | '千':
		return "成千上万"
	case '星'<<32 | '期':
		return "星期一 星期二 星期三 星期四 星期五 星期六"
	case '最'<<32 | '后':
		return "最后一公里"
	case '某'<<32 | '一':
		return "某一"
	case '每'<<32 | '一':
		return "每一"
	case '百'<<32 | '业':
		return "百业"
	case '百'<<32 | '亿':
		return "百亿级"
	case '百'<<32 | '分':
		return "百分点 百分比"
	case '百'<<32 | '姓':
		return "百姓"
	case '百'<<32 | '尺':
		return "百尺竿头"
	case '百'<<32 | '强':
		return "百强"
	case '百'<<32 | '舸':
		return "百舸"
	case '百'<<32 | '花':
		return "百花"
	case '百'<<32 | '货':
		return "百货"
	case '礼'<<32 | '拜':
		return "礼拜一"
	case '第'<<32 | '一':
		return "第一时间"
	case '统'<<32 | '一':
		return "统一"
	case '这'<<32 | '一':
		return "这一"
	case '进'<<32 | '一':
		return "进一步"
	case '逐'<<32 | '一':
		return "逐一"
	case '那'<<32 | '一':
		return "那一"
	case '零'<<32 | '件':
		return "零件"
	case '零'<<32 | '售':
		return "零售"
	case '零'<<32 | '容':
		return "零容忍"
	case '零'<<32 | '工':
		return "零工"
	case '零'<<32 | '散':
		return "零散"
	case '零'<<32 | '星':
		return "零星"
	case '零'<<32 | '活':
		return "零活"
	case '零'<<32 | '碎':
		return "零碎"
	case '零'<<32 | '距':
		return "零距离"
	case '零'<<32 | '部':
		return "零部件"
	case '零'<<32 | '钱':
		return "零钱"
	}
	return ""
}

// condIdiom returns the conditions of a word that is an idiom only in some
// contexts: onlyBefore, when set, limits it to occurrences followed by one
// of its runes (千万不要); notBefore excludes occurrences followed by one of
// its runes (十分钟 is a duration, 十分 is "very").
func condIdiom(r rune) (idiom, bool) {
	switch r {
	case '千':
		return idiom{word: "千万", onlyBefore: "不别要莫记"}, true
	case '十':
		return idiom{word: "十分", notBefore: "钟之"}, true
	}
	return idiom{}, false
}

// qualifierNotAfter lists the runes that make a one-rune qualifier part of
// a word: 最近, 签约, 通过.
func qualifierNotAfter(q string) string {
	switch q {
	case "近":
		return "最附临接将就靠亲"
	case "约":
		return "签履合预条违邀节制公集特解毁践相守契"
	case "过":
		return "通经不度越跨走看错路穿难改记闯超"
	case "超":
		return "出" // 出超: a trade surplus (入超, a deficit: see tradeDeficit)
	case "上":
		return "跃迈登站走攀赶踏冲" // 跃上千亿元: a verb of reaching, not 上万人's about
	}
	return ""
}

// InWord reports a one-rune qualifier (约, 近, 过, 超) that is the end of a
// word with the rune before it (签约, 最近, 通过, 出超), not a qualifier.
func InWord(q string, before rune) bool {
	return before != 0 && strings.ContainsRune(qualifierNotAfter(q), before)
}

// enumMarks follow a numeral used as an enumeration: 一是…二是….
const enumMarks = "是则"

// Word lists, space-separated, longest first where one is a suffix of
// another.
const (
	// prefixQualifiers precede a number: 近3万人, 超过150亿元.
	prefixQualifiers = "大于或者等于 小于或者等于 大于或等于 小于或等于 大于等于 小于等于 不少于 不低于 不超过 不多于 不大于 不小于 不高于 超过了 超过 将近 接近 大约 大概 约为 " +
		"至少 最多 最少 不到 不足 高于 低于 大于 小于 多于 少于 逾 近 约 超 过 数 几 上"
	// suffixQualifiers follow a number (or its measure word): 8%左右, 3万人以上.
	suffixQualifiers = "以上 左右 之内 以内 以下 上下 开外 有余"
	// decreaseVerbs mark a decrease when right before a number (下降6.8%).
	decreaseVerbs = "下降 减少 萎缩 下滑 回落 降低 下跌 缩小 缩减 减收 减产 收窄 降幅 跌幅 负增长 减 降 跌"
	// increaseVerbs mark an increase when right before a number (增长7.4%).
	increaseVerbs = "增长 提高 上升 增加 上涨 提升 扩大 攀升 跃升 回升 增幅 涨幅 增 涨"
	// currencyUnits are money units after a number.
	currencyUnits = "瑞士法郎 新加坡元 新台币 人民币 比特币 美元 美圆 美金 美刀 欧元 日元 港元 港币 英镑 台币 " +
		"韩元 卢布 法郎 澳元 加元 奈拉 泰铢 卢比 元"
)

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
	notAfterCheng = "交为立本果效绩都员长功熟品就型分了片批县市区形倍套年人群才材家事行真像"
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
	first := canonDigit(n[j])
	if j+1 >= len(n) {
		return false
	}
	for w := range strings.FieldsSeq(idiomsStartingWith(first, canonDigit(n[j+1]))) {
		if idiomCovers(n, j, s, e, idiom{word: w}) {
			return true
		}
	}
	id, ok := condIdiom(first)
	return ok && idiomCovers(n, j, s, e, id)
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
	switch r {
	case '壹':
		return '一'
	case '贰':
		return '二'
	case '叁':
		return '三'
	case '肆':
		return '四'
	case '伍':
		return '五'
	case '陆':
		return '六'
	case '柒':
		return '七'
	case '捌':
		return '八'
	case '玖':
		return '九'
	case '拾':
		return '十'
	case '佰':
		return '百'
	case '仟':
		return '千'
	}
	return r
}

// The word lists above split once, in their order, for the loops that try
// them at every number.
var (
	prefixQualifierList = strings.Fields(prefixQualifiers)
	suffixQualifierList = strings.Fields(suffixQualifiers)
	decreaseVerbList    = strings.Fields(decreaseVerbs)
	increaseVerbList    = strings.Fields(increaseVerbs)
	currencyUnitList    = strings.Fields(currencyUnits)

	// the last runes of the verbs: a verb can end at p only if n[p-1] is one
	decreaseVerbEnds = lastRunes(decreaseVerbList)
	increaseVerbEnds = lastRunes(increaseVerbList)
)

// lastRunes returns the set of the last runes of words.
func lastRunes(words []string) map[rune]bool {
	set := map[rune]bool{}
	for _, w := range words {
		r, _ := utf8.DecodeLastRuneInString(w)
		set[r] = true
	}
	return set
}
