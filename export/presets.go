package export

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/earshot-dev/earshot/followup"
)

// preset is one CSV layout: its header and how an item becomes a row.
type preset struct {
	name    string
	columns []string
	row     func(w *Writer, it *followup.Item) []string
}

// lookup builds the preset on each call rather than keeping a package-level
// table, so that nothing shared can be changed.
func lookup(name string) (preset, bool) {
	switch name {
	case PresetHubSpot:
		return preset{name, hubspotColumns(), hubspotRow}, true
	case PresetSalesforce:
		return preset{name, salesforceColumns(), salesforceRow}, true
	case PresetGeneric:
		return preset{name, genericColumns(), genericRow}, true
	}
	return preset{}, false
}

// Defaults for the CRM mappings, used where config leaves a value empty.
const (
	// DefaultHubSpotPipeline is the name of the ticket pipeline every
	// HubSpot account starts with.
	DefaultHubSpotPipeline = "Support Pipeline"
	// DefaultSalesforceOrigin is the Case Origin picklist value: the post
	// was on the web.
	DefaultSalesforceOrigin = "Web"
)

// HubSpotStatus is the ticket status (pipeline stage label) an item's state
// exports as: the configured one, else New for open items and Closed for
// the others, stages of HubSpot's default Support Pipeline.
func HubSpotStatus(status map[string]string, it followup.Item) string {
	if s := status[it.State]; s != "" {
		return s
	}
	switch it.State {
	case followup.StateOpen:
		return "New"
	case followup.StateAnswered, followup.StateWontRespond, followup.StateExpired:
		return "Closed"
	}
	// An unknown state goes out as it is, so that the import fails on it
	// instead of filing it under a wrong status.
	return it.State
}

// SalesforceStatus is the Case Status an item's state exports as: the
// configured one, else New for open items (Escalated once overdue) and
// Closed for the others, values of Salesforce's default Status picklist.
func SalesforceStatus(status map[string]string, it followup.Item) string {
	if s := status[it.State]; s != "" {
		return s
	}
	switch it.State {
	case followup.StateOpen:
		if it.Overdue {
			return "Escalated"
		}
		return "New"
	case followup.StateAnswered, followup.StateWontRespond, followup.StateExpired:
		return "Closed"
	}
	return it.State
}

// HubSpotPriority maps an earshot priority label onto the internal values
// of HubSpot's ticket Priority property (LOW, MEDIUM, HIGH). Urgent maps to
// HIGH: not every account has an URGENT option, and a value the account
// lacks fails the row; the earshot label travels in its own column.
func HubSpotPriority(label string) string {
	switch label {
	case followup.PriorityUrgent, followup.PriorityHigh:
		return "HIGH"
	case followup.PriorityMedium:
		return "MEDIUM"
	}
	return "LOW"
}

// SalesforcePriority maps an earshot priority label onto Salesforce's
// default Case Priority picklist (High, Medium, Low).
func SalesforcePriority(label string) string {
	switch label {
	case followup.PriorityUrgent, followup.PriorityHigh:
		return "High"
	case followup.PriorityMedium:
		return "Medium"
	}
	return "Low"
}

// Salesforce field lengths (Case object): longer values fail the row when
// Data Loader uses the Bulk API, so they are cut here, one character short
// to leave room for a neutralising quote.
const (
	sfSubjectMax     = 255
	sfNameMax        = 80
	sfDescriptionMax = 32000
)

func hubspotColumns() []string {
	return []string{
		"Earshot ID", "Ticket name", "Pipeline", "Ticket status", "Priority", "Ticket description", "Create date", "Source",
		"Brand", "Earshot state", "Overdue", "Post URL", "Answer URL", "Thread URL", "Criticism URLs",
		"Author", "Snippet", "Sentiment", "Complaint", "Intent", "Earshot priority", "Priority score", "Age (hours)", "Earshot source",
	}
}

func hubspotRow(w *Writer, it *followup.Item) []string {
	pipeline := w.opt.HubSpot.Pipeline
	if pipeline == "" {
		pipeline = DefaultHubSpotPipeline
	}
	created := ""
	if t := createdAt(it); !t.IsZero() {
		// HubSpot documents UNIX milliseconds as a date-time format for
		// CSV imports; unlike a written date it has no day/month order or
		// time zone to guess.
		created = strconv.FormatInt(t.UnixMilli(), 10)
	}
	return []string{
		it.ID, ticketName(it), pipeline, HubSpotStatus(w.opt.HubSpot.Status, *it), HubSpotPriority(it.Priority.Label),
		description(w, it), created,
		// Source is the channel (email, chat, phone, form): none fits a
		// public post, and a wrong value fails the row, so it is empty
		// unless the config names an option the account has.
		w.opt.HubSpot.Source,
		it.Brand, it.State, boolCell(it.Overdue), it.URL, answerURL(it), it.ThreadURL, criticismURLs(it),
		it.Author, it.Snippet, it.Sentiment, complaint(it), intents(it), it.Priority.Label, strconv.Itoa(it.Priority.Score),
		ageHours(w, it), it.Source,
	}
}

func salesforceColumns() []string {
	return []string{
		"Earshot_ID__c", "Subject", "Description", "Status", "Priority", "Origin", "SuppliedName",
		"Earshot_Brand__c", "Earshot_State__c", "Earshot_Overdue__c", "Earshot_Post_URL__c", "Earshot_Answer_URL__c",
		"Earshot_Thread_URL__c", "Earshot_Criticism_URLs__c", "Earshot_Snippet__c", "Earshot_Sentiment__c",
		"Earshot_Complaint__c", "Earshot_Intent__c", "Earshot_Priority__c", "Earshot_Priority_Score__c",
		"Earshot_Age_Hours__c", "Earshot_Opened__c", "Earshot_Source__c",
	}
}

// sfRequired are the salesforce columns always filled, which NullValue
// never replaces.
const sfRequired = 7

func salesforceRow(w *Writer, it *followup.Item) []string {
	origin := w.opt.Salesforce.Origin
	if origin == "" {
		origin = DefaultSalesforceOrigin
	}
	row := []string{
		it.ID, truncate(ticketName(it), sfSubjectMax-1), truncate(description(w, it), sfDescriptionMax-1),
		SalesforceStatus(w.opt.Salesforce.Status, *it), SalesforcePriority(it.Priority.Label), origin,
		truncate(it.Author, sfNameMax-1),
		it.Brand, it.State, boolCell(it.Overdue), it.URL, answerURL(it), it.ThreadURL, criticismURLs(it),
		it.Snippet, it.Sentiment, complaint(it), intents(it), it.Priority.Label, strconv.Itoa(it.Priority.Score),
		ageHours(w, it), sfTime(it.Opened), it.Source,
	}
	if w.opt.NullValue != "" {
		for i := range row {
			if i >= sfRequired && row[i] == "" {
				row[i] = w.opt.NullValue
			}
		}
	}
	return row
}

func genericColumns() []string {
	return []string{
		"id", "brand", "state", "overdue", "priority", "priority_score", "priority_severity", "priority_reach",
		"priority_age", "priority_parts", "reason", "note", "url", "thread_url", "answer_url", "answer_author",
		"answered_at", "answered_by", "criticism_count", "criticism_urls", "author", "author_url", "source", "host",
		"title", "snippet", "sentiment", "score", "complaint", "intents", "replies", "participants", "published",
		"opened", "since", "due", "expires", "age_hours", "thread_id", "post_id",
	}
}

func genericRow(w *Writer, it *followup.Item) []string {
	var ansAuthor, ansAt, ansBy string
	if a := it.Answer; a != nil {
		ansAuthor, ansAt, ansBy = a.Author, rfc3339(a.At), a.By
	}
	return []string{
		it.ID, it.Brand, it.State, boolCell(it.Overdue), it.Priority.Label, strconv.Itoa(it.Priority.Score),
		ratio(it.Priority.Severity), ratio(it.Priority.Reach), ratio(it.Priority.Age), strings.Join(it.Priority.Parts, "; "),
		it.Reason, it.Note, it.URL, it.ThreadURL, answerURL(it), ansAuthor, ansAt, ansBy,
		strconv.Itoa(len(it.Criticism)), criticismURLs(it), it.Author, it.AuthorURL, it.Source, it.Host,
		it.Title, it.Snippet, it.Sentiment, strconv.FormatFloat(it.Score, 'f', 4, 64), complaint(it), intents(it),
		strconv.Itoa(it.Replies), strconv.Itoa(it.Participants), rfc3339(it.Published),
		rfc3339(it.Opened), rfc3339(it.Since), rfc3339(it.Due), rfc3339(it.Expires), ageHours(w, it), it.ThreadID, it.PostID,
	}
}

// ticketName is the one-line title of a ticket or case: the brand, then the
// thread's title or, without one, the start of the criticism.
func ticketName(it *followup.Item) string {
	head := oneLine(it.Title)
	if head == "" {
		head = oneLine(it.Snippet)
	}
	if head == "" {
		head = "criticism by " + oneLine(it.Author)
	}
	return it.Brand + ": " + truncate(head, 120)
}

// description is the text a CRM user reads on the ticket: everything the
// row's other columns hold, so that nothing is lost when the account has
// no custom properties for them. It starts with a fixed word so that a
// stranger's name never becomes its first character.
func description(w *Writer, it *followup.Item) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Criticism of %s by %s", it.Brand, oneLine(it.Author))
	if it.Source != "" {
		fmt.Fprintf(&b, " on %s", it.Source)
		if it.Host != "" {
			fmt.Fprintf(&b, " (%s)", it.Host)
		}
	}
	if !it.Published.IsZero() {
		fmt.Fprintf(&b, ", %s", human(it.Published))
	}
	b.WriteString(":\n")
	if it.Snippet != "" {
		b.WriteString(it.Snippet)
		b.WriteString("\n")
	}
	b.WriteString("\n")
	line := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, "%s: %s\n", k, v)
		}
	}
	line("Post", it.URL)
	line("Thread", it.ThreadURL)
	sent := fmt.Sprintf("%s (%+.2f), complaint %s", it.Sentiment, it.Score, complaint(it))
	if len(it.Intents) > 0 {
		sent += ", intent " + strings.Join(it.Intents, ", ")
	}
	line("Sentiment", sent)
	pr := fmt.Sprintf("%s, %d/100", it.Priority.Label, it.Priority.Score)
	if len(it.Priority.Parts) > 0 {
		pr += " (" + strings.Join(it.Priority.Parts, ", ") + ")"
	}
	line("Priority", pr)
	st := it.State
	if it.Overdue {
		st += ", overdue"
	}
	if !it.Due.IsZero() {
		st += ", due " + human(it.Due)
	}
	if !it.Since.IsZero() {
		st += ", since " + human(it.Since)
	}
	line("State", st)
	if a := it.Answer; a != nil {
		switch {
		case a.URL != "":
			line("Answer", strings.TrimSuffix(fmt.Sprintf("%s by %s, %s", a.URL, oneLine(a.Author), human(a.At)), ", "))
		case a.By != "":
			line("Answer", strings.TrimSuffix(fmt.Sprintf("marked answered by %s, %s", oneLine(a.By), human(a.At)), ", "))
		}
	}
	line("Note", it.Note)
	if n := len(it.Criticism); n > 0 {
		line(fmt.Sprintf("Criticism in thread (%d)", n), criticismURLs(it))
	}
	line("Age at export", ageHours(w, it)+" hours")
	line("Earshot ID", it.ID)
	return strings.TrimRight(b.String(), "\n")
}

// createdAt is when the ticket's subject began: the first criticism in the
// thread, else the current spell's start, else the post's date.
func createdAt(it *followup.Item) time.Time {
	for _, c := range it.Criticism {
		if !c.Published.IsZero() {
			return c.Published
		}
	}
	if !it.Opened.IsZero() {
		return it.Opened
	}
	return it.Published
}

// ageHours is how long the item has been open (its current spell) at the
// export, in hours; never negative, so that clock skew cannot produce a
// cell that needs neutralising in a numeric column.
func ageHours(w *Writer, it *followup.Item) string {
	from := it.Opened
	if from.IsZero() {
		from = it.Published
	}
	if from.IsZero() {
		return ""
	}
	return strconv.FormatFloat(max(0, w.opt.Now.Sub(from).Hours()), 'f', 1, 64)
}

func answerURL(it *followup.Item) string {
	if it.Answer == nil {
		return ""
	}
	return it.Answer.URL
}

// criticismURLs lists the evidence, oldest first, space-separated: URLs
// hold no spaces, and a single line fits a text field in any CRM.
func criticismURLs(it *followup.Item) string {
	urls := make([]string, 0, len(it.Criticism))
	for _, c := range it.Criticism {
		if c.URL != "" {
			urls = append(urls, c.URL)
		}
	}
	return strings.Join(urls, " ")
}

// intents are joined with ";", the separator both CRMs use for
// multi-select values.
func intents(it *followup.Item) string { return strings.Join(it.Intents, ";") }

func complaint(it *followup.Item) string { return strconv.FormatFloat(it.Complaint, 'f', 2, 64) }

func ratio(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }

func boolCell(b bool) string { return strconv.FormatBool(b) }

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// sfTime is Data Loader's date-time format in UTC
// (yyyy-MM-dd'T'HH:mm:ss.SSS'Z'), one it documents as supported.
func sfTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02T15:04:05.000Z")
}

func human(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}
