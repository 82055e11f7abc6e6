package formats

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
	"zhibiao/data"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// HTML converts a saved web page: the charset from its byte-order mark,
// <meta charset> or http-equiv Content-Type (GBK and GB2312 read as
// GB18030), else UTF-8 when the bytes are valid UTF-8, else GB18030; then
// the article's main text (see mainContent) with its headings, paragraphs
// and tables; title, date and source from the page's meta tags and
// byline. A page that is only navigation is ErrNoArticle.
func HTML(raw []byte) (*Doc, error) {
	return htmlDoc(raw, mainContent)
}

// picker chooses the node that holds a page's article, nil if none.
type picker func(root *html.Node) *html.Node

func htmlDoc(raw []byte, pick picker) (*Doc, error) {
	root, err := html.Parse(strings.NewReader(decodeHTML(raw)))
	if err != nil {
		return nil, err
	}
	d := pageMeta(root)
	d.Kind = KindHTML
	content := pick(root)
	if content == nil {
		return nil, ErrNoArticle
	}
	var t textBuilder
	if d.Title != "" {
		t.para(d.Title)
	}
	r := renderer{t: &t, skip: d.Title}
	r.block(content)
	r.flush()
	d.Text = t.String()
	if data.HanCount(d.Text)-data.HanCount(d.Title) < minArticleHan {
		return nil, ErrNoArticle
	}
	return d, nil
}

// minArticleHan is the fewest Han characters of text (besides the title)
// that make an article.
const minArticleHan = 30

// decodeHTML returns the page as UTF-8.
func decodeHTML(raw []byte) string {
	if bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")) {
		return string(raw[3:])
	}
	enc, name, certain := charset.DetermineEncoding(raw, "")
	switch {
	case strings.HasPrefix(name, "gb") || name == "hz-gb-2312":
		enc = simplifiedchinese.GB18030
	case !certain && utf8.Valid(raw):
		return string(raw)
	case !certain:
		enc = simplifiedchinese.GB18030
	case name == "utf-8":
		return strings.ToValidUTF8(string(raw), "\ufffd")
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return strings.ToValidUTF8(string(raw), "\ufffd")
	}
	return string(out)
}

// Page metadata.

var (
	reTitleSep  = regexp.MustCompile(`\s*(?:[_|｜]|--|—+|\s[-–]\s)\s*`)
	reHanDash   = regexp.MustCompile(`(\p{Han})[-–](\p{Han})`) // 青岛日报数字报-西海岸…, not 1-6月
	reDateWords = regexp.MustCompile(`(?:发布时间|发布日期|发稿时间|时间|日期|发布)\s*[:：]?\s*((?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2})?)`)
	reAnyDate   = regexp.MustCompile(`(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2})?`)
	reSource    = regexp.MustCompile(`(?:信息来源|文章来源|稿件来源|来源|来自)\s*[:：]\s*([^\s|｜:：]{2,30})`)
	reWeChatCT  = regexp.MustCompile(`var\s+ct\s*=\s*"(\d{9,11})"`)
)

// metaNames are the meta tags that carry each field, in order of trust.
var (
	titleMetas = []string{"articletitle", "og:title", "twitter:title", "title"}
	dateMetas  = []string{"pubdate", "publishdate", "article:published_time", "og:release_date", "publish_date", "firstpublishedtime", "date", "dc.date", "weibo: article:create_at"}
	// sourceMetas name the story's source; siteMetas the site, used
	// when neither they nor the byline name one.
	sourceMetas = []string{"contentsource", "source"}
	siteMetas   = []string{"sitename", "og:site_name", "author"}
)

// pageMeta reads title, date and source: meta tags first (the CMSs of
// Chinese government sites write ArticleTitle, PubDate, ContentSource),
// then WeChat's fields, then the <title> and the byline near the headline.
func pageMeta(root *html.Node) *Doc {
	metas := map[string]string{}
	var titleTag string
	var scripts []string
	walk(root, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Meta:
			k := strings.ToLower(firstNonEmpty(attr(n, "name"), attr(n, "property"), attr(n, "itemprop")))
			if v := collapse(attr(n, "content")); k != "" && v != "" && metas[k] == "" {
				metas[k] = v
			}
		case atom.Title:
			if titleTag == "" {
				titleTag = reHanDash.ReplaceAllString(collapse(textOf(n)), "${1}_${2}")
			}
		case atom.Script:
			if n.FirstChild != nil {
				scripts = append(scripts, n.FirstChild.Data)
			}
		}
		return true
	})
	d := &Doc{}
	for _, k := range titleMetas {
		if d.Title = metas[k]; d.Title != "" {
			break
		}
	}
	if d.Title == "" {
		d.Title = headline(root, titleTag)
	}
	for _, k := range dateMetas {
		if d.Date = reAnyDate.FindString(metas[k]); d.Date != "" {
			break
		}
	}
	d.Source = firstHan(metas, sourceMetas)
	weChatMeta(root, scripts, d)
	bylineMeta(root, d)
	if d.Date == "" {
		d.Date = pageDate(root)
	}
	if d.Source == "" {
		d.Source = firstNonEmpty(firstHan(metas, siteMetas), siteName(titleTag, d.Title))
	}
	return d
}

// firstHan returns the first of the metas named by keys that holds Chinese
// text, "" if none ("微信公众平台", the site of every WeChat article, is
// no source).
func firstHan(metas map[string]string, keys []string) string {
	for _, k := range keys {
		if v := metas[k]; data.HanCount(v) > 0 && v != "微信公众平台" {
			return v
		}
	}
	return ""
}

// siteName is the part of the <title> that is not the headline, when it
// names a site: 青岛日报数字报-西海岸新区… → 青岛日报.
func siteName(titleTag, headline string) string {
	for _, p := range reTitleSep.Split(titleTag, -1) {
		if p == "" || p == headline || strings.Contains(headline, p) || data.HanCount(p) < 2 {
			continue
		}
		for _, suf := range []string{"数字报", "电子版", "数字版", "官方网站", "门户网站"} {
			p = strings.TrimSuffix(p, suf)
		}
		return p
	}
	return ""
}

// pageDate returns the first date in a short text block of the page that
// is no link (the dateline of an e-paper page: 青岛日报 2023年07月21日
// 星期五), "" if none.
func pageDate(root *html.Node) string {
	var date string
	walk(root, func(n *html.Node) bool {
		if date != "" || skipTag(n) || n.DataAtom == atom.A {
			return false
		}
		if n.Type == html.TextNode && utf8.RuneCountInString(n.Data) <= 60 {
			date = reAnyDate.FindString(n.Data)
		}
		return date == ""
	})
	return date
}

// weChatMeta reads a saved WeChat article's account name (its source) and
// publication time.
func weChatMeta(root *html.Node, scripts []string, d *Doc) {
	if n := byID(root, "js_name"); n != nil && d.Source == "" {
		d.Source = collapse(textOf(n))
	}
	if n := byID(root, "activity-name"); n != nil {
		if t := collapse(textOf(n)); t != "" {
			d.Title = t
		}
	}
	if n := byID(root, "publish_time"); n != nil && d.Date == "" {
		d.Date = reAnyDate.FindString(textOf(n))
	}
	if d.Date != "" {
		return
	}
	for _, s := range scripts {
		if m := reWeChatCT.FindStringSubmatch(s); m != nil {
			if sec, err := strconv.ParseInt(m[1], 10, 64); err == nil {
				d.Date = time.Unix(sec, 0).In(time.FixedZone("CST", 8*3600)).Format("2006-01-02 15:04")
				return
			}
		}
	}
}

// headline returns the page's headline: the h1–h3 whose text the <title>
// starts with (sites append their own name to it), else the first part
// of the <title>, else the first h1.
func headline(root *html.Node, titleTag string) string {
	var first string
	var found string
	walk(root, func(n *html.Node) bool {
		if found != "" {
			return false
		}
		switch n.DataAtom {
		case atom.H1, atom.H2, atom.H3:
			t := collapse(textOf(n))
			if data.HanCount(t) >= 4 && titleTag != "" && strings.HasPrefix(titleTag, t) {
				found = t
			}
			if first == "" && n.DataAtom == atom.H1 && data.HanCount(t) >= 4 {
				first = t
			}
			return false
		}
		return true
	})
	if found != "" {
		return found
	}
	parts := reTitleSep.Split(titleTag, -1)
	for _, p := range parts {
		if data.HanCount(p) >= 4 && hasBlock(root, p) {
			return p // the part printed as a block of its own: the headline
		}
	}
	if data.HanCount(parts[0]) >= 4 {
		return parts[0]
	}
	return firstNonEmpty(first, titleTag)
}

// hasBlock reports an element of the body whose whole text is s.
func hasBlock(root *html.Node, s string) bool {
	found := false
	walk(root, func(n *html.Node) bool {
		if found || skipTag(n) || n.DataAtom == atom.Title || n.DataAtom == atom.A {
			return false
		}
		found = n.Type == html.ElementNode && isBlock(n) && collapse(textOf(n)) == s
		return !found
	})
	return found
}

// bylineMeta fills date and source from the byline printed near the
// headline (发布时间：2023-07-20 来源：即墨区统计局): the first short text
// block after the headline that has either.
func bylineMeta(root *html.Node, d *Doc) {
	if d.Date != "" && d.Source != "" {
		return
	}
	seenTitle := d.Title == ""
	budget := 40 // text blocks looked at after the headline
	walk(root, func(n *html.Node) bool {
		if budget <= 0 || skipTag(n) {
			return false
		}
		if n.Type != html.TextNode {
			return true
		}
		s := collapse(n.Data)
		if s == "" {
			return false
		}
		if !seenTitle {
			seenTitle = strings.Contains(s, d.Title) || strings.Contains(d.Title, s) && data.HanCount(s) >= 4
			return false
		}
		budget--
		line := collapse(textOf(n.Parent))
		if utf8.RuneCountInString(line) > 120 {
			return false
		}
		if m := reDateWords.FindStringSubmatch(line); m != nil && d.Date == "" {
			d.Date = m[1]
		}
		if m := reSource.FindStringSubmatch(line); m != nil && d.Source == "" {
			d.Source = m[1]
		}
		return false
	})
}

// Content selection (the rule set).

// contentIDs are the ids and classes that content management systems common
// on Chinese sites give the article body: WeChat (js_content), TRS
// (TRS_Editor), Founder e-papers (ozoom, founder-content), and usual
// names.
var contentIDs = map[string]bool{
	"js_content": true, "rich_media_content": true, "trs_editor": true, "custom_unionstyle": true,
	"ozoom": true, "zoom": true, "fontzoom": true, "article-content": true, "article_content": true,
	"articlecontent": true, "news_content": true, "newscontent": true, "news-content": true,
	"content_text": true, "contenttext": true, "art_con": true, "artcon": true, "main_text": true,
	"pages_content": true, "xl_content": true, "detail_content": true, "detail-content": true,
	"con_text": true, "article-body": true, "articlebody": true, "post_content": true,
	"entry-content": true, "view_content": true, "wz_content": true, "text_content": true,
}

// furniture matches the id and class words of page furniture: navigation,
// menus, headers and footers, share bars, sidebars, comments, related
// links, print and font-size widgets, QR codes, ads.
var furniture = regexp.MustCompile(`(?i)(?:^|[^a-z])(?:nav|navbar|menu|menus|footer|foot|bottom|breadcrumbs?|crumbs?|share|bdshare|sharebox|sidebar|side|aside|comments?|related|recommend|relate|copyright|toolbar|tools?|login|search|banner|qrcode|ewm|erweima|print|fontsize|position|location|weizhi|dqwz|hot|hotnews|rank|pager|pagination|page_nav|ad|ads|advert|topbar|top|friendlink|links?|gotop|backtop|header|head|subnav|channel|column_nav|sitemap|wx_qr|profile_container|reward|qr_code_pc|rich_media_tool|js_pc_qr_code)(?:[^a-z]|$)`)

// dropTags are elements that never hold article text.
var dropTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Iframe: true, atom.Template: true,
	atom.Svg: true, atom.Canvas: true, atom.Nav: true, atom.Aside: true, atom.Footer: true,
	atom.Object: true, atom.Embed: true, atom.Button: true, atom.Select: true, atom.Input: true,
	atom.Textarea: true, atom.Map: true, atom.Head: true, atom.Menu: true, atom.Dialog: true,
}

// mainContent prunes the page's furniture and returns the node holding its
// article: an element with a known content id or class, else the element
// whose paragraphs hold the most text outside links. nil when no block of
// the page reads as article text.
func mainContent(root *html.Node) *html.Node {
	known := knownContent(root)
	keep := map[*html.Node]bool{}
	for _, k := range known {
		for n := k; n != nil; n = n.Parent {
			keep[n] = true
		}
	}
	prune(root, keep)
	var best *html.Node
	bestN := 0
	for _, k := range known {
		if n := plainHan(k); n > bestN {
			best, bestN = k, n
		}
	}
	if bestN >= minArticleHan {
		return best
	}
	return densest(root)
}

// knownContent returns the elements with a content id or class.
func knownContent(root *html.Node) []*html.Node {
	var out []*html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if n.Data == "founder-content" || contentIDs[strings.ToLower(attr(n, "id"))] {
			out = append(out, n)
			return true
		}
		for _, c := range strings.Fields(attr(n, "class")) {
			if contentIDs[strings.ToLower(c)] {
				out = append(out, n)
				break
			}
		}
		return true
	})
	return out
}

// prune removes furniture elements, except those in keep (a known content
// element and its ancestors) and the html and body elements.
func prune(root *html.Node, keep map[*html.Node]bool) {
	var dead []*html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type == html.CommentNode {
			dead = append(dead, n)
			return false
		}
		if n.Type != html.ElementNode || keep[n] || n.DataAtom == atom.Html || n.DataAtom == atom.Body {
			return true
		}
		if dropTags[n.DataAtom] || n.DataAtom == atom.Header && !inside(n, atom.Article) || isHidden(n) ||
			furniture.MatchString(attr(n, "id")) || furniture.MatchString(attr(n, "class")) ||
			attr(n, "role") == "navigation" || isLinkList(n) {
			dead = append(dead, n)
			return false
		}
		return true
	})
	for _, n := range dead {
		n.Parent.RemoveChild(n)
	}
}

// isHidden reports an element hidden with display:none.
func isHidden(n *html.Node) bool {
	st := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(st, "display:none") || attr(n, "hidden") != "" || attr(n, "aria-hidden") == "true"
}

// isLinkList reports a list (ul, ol, dl) whose text is mostly links: a menu
// or a list of other stories.
func isLinkList(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Ul, atom.Ol, atom.Dl:
	default:
		return false
	}
	all, link := hanAndLinked(n)
	return all > 0 && link*10 >= all*6
}

// densest scores every block by the Han characters of its own text that
// are not in links (a block whose text is mostly links scores nothing) and
// returns the element collecting the most: each block's score goes to its
// parent in full and to its grandparent in half, as in Readability.
func densest(root *html.Node) *html.Node {
	score := map[*html.Node]int{}
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode || !isBlockish(n) {
			return true
		}
		own := ownText(n)
		h := data.HanCount(own)
		if h < 10 {
			return true
		}
		if p := n.Parent; p != nil {
			score[p] += h * 2
			if g := p.Parent; g != nil {
				score[g] += h
			}
		}
		score[n] += h
		return true
	})
	var best *html.Node
	for n, s := range score {
		if best == nil || s > score[best] || s == score[best] && depth(n) > depth(best) {
			best = n
		}
	}
	if best == nil || plainHan(best) < minArticleHan {
		return nil
	}
	if all, link := hanAndLinked(best); link*10 >= all*4 {
		return nil // mostly links: a list page
	}
	return best
}

func depth(n *html.Node) int {
	d := 0
	for ; n != nil; n = n.Parent {
		d++
	}
	return d
}

// isBlockish reports elements whose own text makes a paragraph.
func isBlockish(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Td, atom.Section, atom.Article, atom.Li, atom.Pre, atom.Blockquote,
		atom.Font, atom.Span, atom.Center:
		return true
	}
	return false
}

// ownText is the text of n's direct text children and inline children,
// leaving out links and nested blocks.
func ownText(n *html.Node) string {
	var b strings.Builder
	var add func(*html.Node)
	add = func(c *html.Node) {
		for ; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type != html.ElementNode, c.DataAtom == atom.A, isBlock(c):
			default:
				add(c.FirstChild)
			}
		}
	}
	add(n.FirstChild)
	return b.String()
}

// plainHan counts the Han characters of n's text outside links.
func plainHan(n *html.Node) int {
	all, link := hanAndLinked(n)
	return all - link
}

// hanAndLinked counts the Han characters of n's text, and those in links.
func hanAndLinked(n *html.Node) (all, linked int) {
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			h := data.HanCount(c.Data)
			all += h
			if inside(c, atom.A) {
				linked += h
			}
		}
		return true
	})
	return all, linked
}

// Rendering.

// renderer writes a content node's text: blocks as paragraphs, headings,
// tables as pipe rows.
type renderer struct {
	t    *textBuilder
	line strings.Builder
	skip string // the title, not repeated when the content starts with it
}

func (r *renderer) flush() {
	s := collapse(r.line.String())
	r.line.Reset()
	if s == "" {
		return
	}
	if r.skip != "" && s == r.skip {
		r.skip = ""
		return
	}
	r.t.para(s)
}

func (r *renderer) block(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.node(c)
	}
}

func (r *renderer) node(n *html.Node) {
	switch {
	case n.Type == html.TextNode:
		r.line.WriteString(n.Data)
		return
	case n.Type != html.ElementNode || dropTags[n.DataAtom] || isHidden(n):
		return
	}
	switch n.DataAtom {
	case atom.Br:
		r.flush()
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		r.flush()
		s := collapse(textOf(n))
		if r.skip != "" && s == r.skip {
			r.skip = ""
			return
		}
		r.t.heading(int(n.Data[1]-'0')+1, s)
	case atom.Table:
		r.flush()
		r.table(n)
	case atom.Img:
		// pictures carry no text; their alt text is no article text either
	default:
		if isBlock(n) {
			r.flush()
			r.block(n)
			r.flush()
			return
		}
		r.block(n)
	}
}

// table renders a data table as rows, and a layout table (one that holds
// another table, or whose cells are long text) as blocks.
func (r *renderer) table(n *html.Node) {
	if hasDescendant(n, atom.Table) {
		for _, row := range tableRows(n) {
			for _, c := range row.cells {
				r.block(c.node)
				r.flush()
			}
		}
		return
	}
	var cap string
	walk(n, func(c *html.Node) bool {
		if c.DataAtom == atom.Caption {
			cap = collapse(textOf(c))
			return false
		}
		return true
	})
	if cap != "" {
		r.t.para(cap)
	}
	r.t.table(gridOf(tableRows(n)))
}

type htmlCell struct {
	node          *html.Node
	text          string
	colspan, rows int
}

type htmlRow struct{ cells []htmlCell }

// tableRows returns the rows of a table (not of tables nested in it).
func tableRows(t *html.Node) []htmlRow {
	var rows []htmlRow
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.DataAtom {
			case atom.Tr:
				rows = append(rows, htmlRow{cells: rowCells(c)})
			case atom.Thead, atom.Tbody, atom.Tfoot:
				visit(c)
			}
		}
	}
	visit(t)
	return rows
}

func rowCells(tr *html.Node) []htmlCell {
	var cells []htmlCell
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom != atom.Td && c.DataAtom != atom.Th {
			continue
		}
		span, _ := strconv.Atoi(attr(c, "colspan"))
		rows, _ := strconv.Atoi(attr(c, "rowspan"))
		cells = append(cells, htmlCell{node: c, text: cellText(c), colspan: min(max(span, 1), 50), rows: min(max(rows, 1), 500)})
	}
	return cells
}

// cellText is a cell's text on one line.
func cellText(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
		case c.DataAtom == atom.Br || c.Type == html.ElementNode && isBlock(c):
			b.WriteByte(' ')
		}
		return !(c.Type == html.ElementNode && (dropTags[c.DataAtom] || isHidden(c)))
	})
	return collapse(b.String())
}

// gridOf lays the cells out on a grid: a cell spanning columns fills them
// all in header rows (no figure) and only its first in data rows; a cell
// spanning rows fills the rows below.
func gridOf(rows []htmlRow) [][]string {
	type pending struct {
		text string
		left int
	}
	down := map[int]*pending{}
	var grid [][]string
	for _, row := range rows {
		var out []string
		header := !rowHasFigure(cellTexts(row.cells))
		col := 0
		fill := func() {
			for p := down[col]; p != nil && p.left > 0; p = down[col] {
				out = append(out, p.text)
				p.left--
				col++
			}
		}
		for _, c := range row.cells {
			fill()
			for k := range c.colspan {
				t := c.text
				if k > 0 && !header {
					t = ""
				}
				out = append(out, t)
				if c.rows > 1 {
					down[col] = &pending{text: t, left: c.rows - 1}
				}
				col++
			}
		}
		fill()
		grid = append(grid, out)
	}
	return grid
}

func cellTexts(cs []htmlCell) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.text
	}
	return out
}

// isBlock reports elements that start a new line.
func isBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Li, atom.Ul, atom.Ol, atom.Dl,
		atom.Dt, atom.Dd, atom.Pre, atom.Blockquote, atom.Table, atom.Tr, atom.Td, atom.Th, atom.H1,
		atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Header, atom.Footer, atom.Center, atom.Hr,
		atom.Figure, atom.Figcaption, atom.Address, atom.Form, atom.Body, atom.Html:
		return true
	}
	return n.Data == "founder-content"
}

// Tree helpers.

// walk calls fn for n and its descendants in document order; fn returning
// false skips the node's children.
func walk(n *html.Node, fn func(*html.Node) bool) {
	if !fn(n) {
		return
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		walk(c, fn)
		c = next
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return !(c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style))
	})
	return b.String()
}

func byID(root *html.Node, id string) *html.Node {
	var found *html.Node
	walk(root, func(n *html.Node) bool {
		if found == nil && n.Type == html.ElementNode && attr(n, "id") == id {
			found = n
		}
		return found == nil
	})
	return found
}

func inside(n *html.Node, a atom.Atom) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == a {
			return true
		}
	}
	return false
}

func hasDescendant(n *html.Node, a atom.Atom) bool {
	found := false
	for c := n.FirstChild; c != nil && !found; c = c.NextSibling {
		walk(c, func(d *html.Node) bool {
			found = found || d.DataAtom == a
			return !found
		})
	}
	return found
}

// skipTag reports elements whose text is no page text.
func skipTag(n *html.Node) bool {
	return n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Head)
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
