package numparse

import "strings"

// idiom is a word in which numeral characters are not a quantity (统一,
// 千方百计, 六稳). onlyBefore, when set, limits the word to occurrences
// followed by one of its runes (千万不要); notBefore excludes occurrences
// followed by one of its runes (十分钟 is a duration, 十分 is "very").
type idiom struct {
	word       string
	onlyBefore string
	notBefore  string
}

// idiomsStartingWith lists, space-separated, the words starting with r in
// which numeral characters are not a quantity (统一, 千方百计, 六稳).
func idiomsStartingWith(r rune) string {
	switch r {
	case '这', '那', '某', '任', '每':
		return "这一 那一 某一 任一 每一"
	case '一':
		return "一次办好 一切 一点 一些 一起 一看 一直 一定 一般 一样 一旦 一致 一同 一道 一律 一向 一边 一方面 一系列 一体 一手 一流 一站式 一网 一窗 一揽子 一把手 一线 一带一路 一心 一举 一贯 一味 一再 一概 一番 一时 一经 一并 一下 一会儿 一阵 一路 一齐 一早 一头 一身 一应 一如既往 一鼓作气 一马当先 一目了然 一气呵成 一以贯之 一盘棋 一条龙 一门式 一次性 一刀切 一窝蜂 一成不变 一批 一大批 一点儿 一丝 一度 一环 一端 一老一小 一户一策 一企一策 一事一议 一对一 一号文件 一二三产 一口气 一揽 一老 一小 一中心 一张网 一张蓝图 一屏 一图 一码 一核 一轴 一带 一廊 一区 一港 一园 一枢纽 一岗双责 一视同仁 一步一个脚印 一生 一手抓 一汽 一件事 一事 一业一证 一一 一方有难 一户 一个电话 一元化"
	case '统':
		return "统一"
	case '唯':
		return "唯一"
	case '万':
		return "万一 万众一心 万物 万象 万事 万达 万亿级 万象更新"
	case '逐':
		return "逐一"
	case '之':
		return "之一"
	case '同':
		return "同一"
	case '专':
		return "专一"
	case '划':
		return "划一"
	case '合':
		return "合一"
	case '不':
		return "不一"
	case '其':
		return "其一 其二 其三"
	case '进':
		return "进一步"
	case '第':
		return "第一时间"
	case '千':
		return "千方百计 千家万户 千千万万 千里 千亿级"
	case '成':
		return "成千上万"
	case '百':
		return "百姓 百货 百花 百业 百舸 百尺竿头 百强 百亿级 百分点 百分比"
	case '九':
		return "九九归一"
	case '十':
		return "十全十美 十足 十二五 十三五 十四五 十五五"
	case '三':
		return "三农 三去一降一补 三严三实 三孩 三心二意 三一 三全"
	case '四':
		return "四川 四风 四个全面 四个意识 四面八方 四通八达"
	case '六':
		return "六稳 六保"
	case '两':
		return "两会 两新一重 两手 两岸 两不愁三保障 两个维护 两个确立 两学一做 两两 两不误"
	case '双':
		return "双循环"
	case '五':
		return "五位一体 五湖四海"
	case '二':
		return "二孩 二元"
	case '乱':
		return "乱七八糟"
	case '七':
		return "七上八下"
	case '八':
		return "八方 八方支援"
	case '个':
		return "个百分点"
	case '下':
		return "下一"
	case '上':
		return "上一"
	case '最':
		return "最后一公里"
	case '初':
		return "初一 初二 初三 初四 初五 初六 初七 初八 初九 初十"
	case '周':
		return "周一 周二 周三 周四 周五 周六"
	case '星':
		return "星期一 星期二 星期三 星期四 星期五 星期六"
	case '礼':
		return "礼拜一"
	case '零':
		return "零售 零部件 零件 零工 零距离 零星 零容忍 零碎 零散 零钱 零活"
	case '多':
		return "多元"
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
		return "签履合预条违邀节制公集特解毁践相守"
	case "过":
		return "通经不度越跨走看错路穿难改记闯超"
	}
	return ""
}

// enumMarks follow a numeral used as an enumeration: 一是…二是….
const enumMarks = "是则"

// Word lists, space-separated, longest first where one is a suffix of
// another.
const (
	// prefixQualifiers precede a number: 近3万人, 超过150亿元.
	prefixQualifiers = "大于或者等于 小于或者等于 大于或等于 小于或等于 大于等于 小于等于 不少于 不低于 不超过 不多于 不大于 不小于 不高于 超过了 超过 将近 接近 大约 大概 约为 " +
		"至少 最多 最少 不到 不足 高于 低于 大于 小于 多于 少于 逾 近 约 超 过 数"
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
	for w := range strings.FieldsSeq(idiomsStartingWith(first)) {
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
	plain := []rune(plainForms)
	k := 0
	for _, f := range financialForms {
		if f == r {
			return plain[k]
		}
		k++
	}
	return r
}

const (
	financialForms = "壹贰叁肆伍陆柒捌玖拾佰仟"
	plainForms     = "一二三四五六七八九十百千"
)
