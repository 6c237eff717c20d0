package export_test

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/earshot-dev/earshot/export"
	"github.com/earshot-dev/earshot/followup"
)

// An incremental export: only items that changed since the cursor go into
// the file, and the cursor advances once the file is complete.
func Example() {
	now := time.Date(2025, 3, 4, 16, 0, 0, 0, time.UTC)
	queue := []followup.Item{
		{ID: "fu-1", Brand: "Loquat", State: followup.StateOpen, Title: "Sync broken", Author: "alice",
			Priority: followup.Priority{Score: 62, Label: followup.PriorityHigh}},
		{ID: "fu-2", Brand: "Loquat", State: followup.StateAnswered, Title: "=cmd()", Author: "bob"},
	}
	cursor := &export.Cursor{Preset: export.PresetSalesforce}
	cursor.Advance(queue[1:], now.Add(-time.Hour)) // fu-2 was exported an hour ago

	rows := cursor.Changed(queue)
	var file bytes.Buffer
	w, err := export.NewWriter(&file, export.PresetGeneric, export.Options{Now: now})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, it := range rows {
		if err := w.Encode(it); err != nil {
			fmt.Println(err)
			return
		}
	}
	if err := w.Close(); err != nil {
		fmt.Println(err)
		return
	}
	cursor.Advance(rows, now)
	fmt.Print(strings.ReplaceAll(file.String(), "\r\n", "\n"))
	fmt.Println(w.Rows(), "row;", len(cursor.Changed(queue)), "left to export")

	_, err = export.NewWriter(&file, "zendesk", export.Options{})
	fmt.Println(err)
	// Output:
	// id,brand,state,overdue,priority,priority_score,priority_severity,priority_reach,priority_age,priority_parts,reason,note,url,thread_url,answer_url,answer_author,answered_at,answered_by,criticism_count,criticism_urls,author,author_url,source,host,title,snippet,sentiment,score,complaint,intents,replies,participants,published,opened,since,due,expires,age_hours,thread_id,post_id
	// fu-1,Loquat,open,false,high,62,0.000,0.000,0.000,,,,,,,,,,0,,alice,,,,Sync broken,,,0.0000,0.00,,0,0,,,,,,,,
	// 1 row; 0 left to export
	// export: unknown preset "zendesk" (want one of hubspot, salesforce, generic)
}
