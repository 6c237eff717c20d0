package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// isQuote reports whether n holds a quote of an earlier post: a blockquote
// or an element whose class names a quote (bbcode_quote, quotebox,
// bbCodeBlock--quote, ipsQuote, UserQuote, quoteheader...). Engines that
// use a blockquote for the post body itself are handled by never testing
// the body root.
func isQuote(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if n.DataAtom == atom.Blockquote {
		// vBulletin 4 and XenForo 1 put the post body in a blockquote; a
		// nested one is a quote, but a body is never a descendant of the
		// body root, so any blockquote we see here is a quote unless it is
		// marked as the message.
		return !classHas(n, "postcontent", "messagetext", "message-body")
	}
	if n.DataAtom == atom.Cite {
		return true // "alice wrote:" attribution of a quote
	}
	cl := strings.ToLower(attr(n, "class"))
	for _, f := range strings.Fields(cl) {
		if strings.Contains(f, "button") || strings.Contains(f, "unquote") || strings.HasPrefix(f, "js-") {
			continue
		}
		for _, q := range quoteClass {
			if strings.Contains(f, q) {
				return true
			}
		}
	}
	return false
}

// quoteClass are class fragments that name a quote in the languages
// boards are written in.
var quoteClass = []string{"quote", "zitat", "citation", "citaz", "citacao", "citaç", "citat"}

// isSignature reports whether n is a user's signature or other per-user
// boilerplate appended under a post.
func isSignature(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	cl := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	for _, f := range strings.Fields(cl) {
		if strings.Contains(f, "signature") || f == "sig" || strings.HasPrefix(f, "sig_") || f == "postsig" {
			return true
		}
	}
	return false
}

// isChrome reports whether n is interface furniture inside a post body:
// edit notices, reaction bars, share buttons, attachments lists.
func isChrome(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Button, atom.Form, atom.Input, atom.Select, atom.Textarea:
		return true
	}
	return classHas(n, "likesbar", "reactionsbar", "message-lastedit", "editedby", "edit-notice", "sharebuttons", "js-selecttoquotecontainer", "bbcodeblock-expandlink")
}

// bodySkip is the skip function for post text: quotes, signatures and
// chrome are left out.
func bodySkip(n *html.Node) bool {
	return isQuote(n) || isSignature(n) || isChrome(n)
}
