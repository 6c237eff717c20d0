package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Boards show who answers whom in one of two ways: a reply's block sits
// inside its parent's block (a nested list, a "replies" or "children"
// container), or all blocks are siblings and an indentation level (a
// depth-N class, a growing margin-left) shows the tree. The generic
// detector groups sibling blocks, so it sees the first way as several
// groups of one kind and the second as one flat group; the functions here
// turn both into Post.Parent.

// replyContainer are class fragments of the element that holds a post's
// replies.
var replyContainer = []string{"child", "repl", "nest", "answer", "respon", "antwort", "thread"}

// nestedReplies extends the seed blocks (the winning flat group) with the
// blocks of the same kind (same) that nest inside them or hold them, and
// reads every block with the replies nested in it cut out, so that a
// post's text is its own. With no seeds, every block that holds or is a
// nested reply is a seed: a thread whose only repetition is its nesting (a
// comment and the answer to it). It returns nil, leaving the flat result
// alone, unless the page nests at least one reply and every seed is a
// post; the score is evalGroup's.
func (c *tctx) nestedReplies(seeds, same []*html.Node, parentOf map[*html.Node]*html.Node, isCand map[*html.Node]authorCand) ([]Post, int) {
	if len(same) < 2 {
		return nil, 0
	}
	inSame := map[*html.Node]bool{}
	for _, n := range same {
		inSame[n] = true
	}
	classed := !strings.HasSuffix(blockSig(same[0]), ".")
	// link is the block a block replies to, when the markup between them
	// says it is a reply rather than, say, a block inside a quote.
	link := map[*html.Node]*html.Node{}
	inside := map[*html.Node]bool{} // within another block, not as a reply
	for _, n := range same {
		for p := n.Parent; p != nil; p = p.Parent {
			if inSame[p] {
				if nestable(n, p, classed) {
					link[n] = p
				} else {
					inside[n] = true
				}
				break
			}
		}
	}
	if len(link) == 0 {
		return nil, 0
	}
	if len(seeds) == 0 {
		for _, n := range same {
			if link[n] != nil {
				seeds = append(seeds, n, link[n])
			}
		}
	}
	top := func(n *html.Node) *html.Node {
		for i := 0; i < 1000 && link[n] != nil; i++ {
			n = link[n]
		}
		return n
	}
	containers := map[*html.Node]bool{}
	for _, m := range seeds {
		containers[parentOf[top(m)]] = true
	}
	isRegion := map[*html.Node]bool{}
	for _, n := range same {
		if !inside[n] && containers[parentOf[top(n)]] {
			isRegion[n] = true
		}
	}
	region := inDocOrder(seeds[0], isRegion)

	// Bottom-up, so that each block is read with its accepted replies
	// already known and cut out.
	accepted := map[*html.Node]bool{}
	postOf := map[*html.Node]Post{}
	for i := len(region) - 1; i >= 0; i-- {
		x := region[i]
		ext := blockExtent(x, isRegion)
		var cut []*html.Node
		for _, y := range region[i+1:] {
			if !inExtent(y, ext) {
				break // pre-order: x's descendants come right after it
			}
			if accepted[y] {
				cut = append(cut, y)
			}
		}
		restore := detach(ext, cut)
		p, ok := c.genericPost(ext, isCand)
		restore()
		if ok {
			accepted[x] = true
			postOf[x] = p
		}
	}
	for _, m := range seeds {
		if !accepted[m] {
			return nil, 0
		}
	}
	var posts []Post
	index := map[*html.Node]int{}
	replies, score := 0, 0
	for _, x := range region {
		if !accepted[x] {
			continue
		}
		p := postOf[x]
		p.Parent = -1
		for a := link[x]; a != nil; a = link[a] {
			if j, ok := index[a]; ok {
				p.Parent = j
				replies++
				break
			}
		}
		index[x] = len(posts)
		posts = append(posts, p)
		score += 50 + min(len(p.Text), 600)
	}
	if replies == 0 || len(posts) < 2 {
		return nil, 0
	}
	return posts, score
}

// nestable reports whether block n inside block a is a reply to it: not
// inside a quote and, for blocks without a class (plain divs nest for
// layout), held in a list or a replies container.
func nestable(n, a *html.Node, classed bool) bool {
	if gQuote(n) {
		return false
	}
	hinted := classed
	for p := n.Parent; p != nil && p != a; p = p.Parent {
		if gQuote(p) {
			return false
		}
		if p.DataAtom == atom.Ul || p.DataAtom == atom.Ol || classHas(p, replyContainer...) {
			hinted = true
		}
	}
	return hinted
}

// inDocOrder returns the nodes of set in document order, walking the
// document that holds from.
func inDocOrder(from *html.Node, set map[*html.Node]bool) []*html.Node {
	root := from
	for root.Parent != nil {
		root = root.Parent
	}
	out := make([]*html.Node, 0, len(set))
	walkElements(root, func(n *html.Node) bool {
		if set[n] {
			out = append(out, n)
		}
		return true
	})
	return out
}

// inExtent reports whether n is one of ext or inside one.
func inExtent(n *html.Node, ext []*html.Node) bool {
	for _, e := range ext {
		if n == e || isAncestor(e, n) {
			return true
		}
	}
	return false
}

// detach takes the subtrees cut out of the tree for a moment, so that the
// block readers, which walk whole subtrees, see a post without its
// replies; the returned function puts them back where they were. A node
// inside one already cut is left alone.
func detach(ext, cut []*html.Node) func() {
	type spot struct{ n, parent, next *html.Node }
	var done []spot
	for _, n := range cut {
		if n.Parent == nil || !inExtent(n, ext) {
			continue
		}
		done = append(done, spot{n, n.Parent, n.NextSibling})
		n.Parent.RemoveChild(n)
	}
	return func() {
		for i := len(done) - 1; i >= 0; i-- {
			s := done[i]
			s.parent.InsertBefore(s.n, s.next)
		}
	}
}

// levelClass matches class tokens that give a block's depth in the reply
// tree: depth-2, comment-level-3, indent_1, lvl2.
var levelClass = regexp.MustCompile(`^(?:[a-z]+[-_])*(?:depth|level|indent|lvl|nest|nesting|nested)[-_]?(\d{1,2})$`)

// levelAttrs carry a depth as a number.
var levelAttrs = []string{"data-depth", "data-level", "aria-level", "data-indent", "data-nesting"}

// indentProps are the style properties that indent a reply.
var indentProps = map[string]bool{"margin-left": true, "padding-left": true, "margin-inline-start": true, "padding-inline-start": true}

// parentsByLevel sets Parent on a flat group of blocks from their
// indentation: a block answers the nearest earlier block at a shallower
// level. Blocks all at one level keep Parent -1. The level is read from
// the block and, for a block that only wraps the post, its first child.
func parentsByLevel(nodes []*html.Node, posts []Post) {
	if len(nodes) != len(posts) || len(nodes) < 2 {
		return
	}
	levels := make([]float64, len(nodes))
	found := false
	for i, n := range nodes {
		if l, ok := depthOf(n); ok {
			levels[i], found = l, true
		}
	}
	if !found {
		for i, n := range nodes {
			levels[i] = indentOf(n)
		}
	}
	if slices.Min(levels) == slices.Max(levels) {
		return
	}
	for i := range posts {
		posts[i].Parent = -1
		for j := i - 1; j >= 0; j-- {
			if levels[j] < levels[i] {
				posts[i].Parent = j
				break
			}
		}
	}
}

// spine is n and up to two first element children: the elements whose
// class or style can say how deep the block sits.
func spine(n *html.Node) []*html.Node {
	out := []*html.Node{n}
	for i := 0; i < 2; i++ {
		k := n.FirstChild
		for k != nil && k.Type != html.ElementNode {
			k = k.NextSibling
		}
		if k == nil {
			break
		}
		out = append(out, k)
		n = k
	}
	return out
}

// depthOf reads a depth from a class such as depth-2 or an attribute such
// as data-depth.
func depthOf(n *html.Node) (float64, bool) {
	for _, e := range spine(n) {
		for _, k := range levelAttrs {
			if v, err := strconv.Atoi(strings.TrimSpace(attr(e, k))); err == nil && v >= 0 && v < 100 {
				return float64(v), true
			}
		}
		for _, f := range strings.Fields(strings.ToLower(attr(e, "class"))) {
			if m := levelClass.FindStringSubmatch(f); m != nil {
				v, _ := strconv.Atoi(m[1])
				return float64(v), true
			}
		}
	}
	return 0, false
}

// indentOf sums the left indentation that inline styles give the block,
// in pixels (em and rem at 16px).
func indentOf(n *html.Node) float64 {
	total := 0.0
	for _, e := range spine(n) {
		for _, decl := range strings.Split(strings.ToLower(attr(e, "style")), ";") {
			prop, val, ok := strings.Cut(decl, ":")
			if !ok || !indentProps[strings.TrimSpace(prop)] {
				continue
			}
			total += cssLength(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(val), "!important")))
		}
	}
	return total
}

// cssLength converts a CSS length to pixels; 0 for what it cannot read.
func cssLength(v string) float64 {
	unit := strings.TrimLeft(v, "0123456789.+-")
	num, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(v, unit)), 64)
	if err != nil || num < 0 || num > 1e5 {
		return 0
	}
	switch strings.TrimSpace(unit) {
	case "", "px":
		return num
	case "em", "rem":
		return num * 16
	case "pt":
		return num * 4 / 3
	case "%", "vw":
		return num * 10
	case "ch", "ex":
		return num * 8
	}
	return 0
}
