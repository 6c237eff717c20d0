package eval

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
)

// Classify prints the sentiment and complaint tables for every labelled
// file under dataDir (see discoverLabelled), reading each file once, and
// names the files it skipped. Where dataDir also holds the forum corpus it
// prints the complaint model's figures on its English posts, against the
// hand-made labels of forum_complaint_labels.tsv, and the intents of the
// dev tweets and forum posts against intent_labels.tsv. Either kind of data is enough: a held-out
// corpus may hold only sentiment sets or only complaint files.
func Classify(dataDir string, w io.Writer) error {
	files, skipped, err := discoverLabelled(dataDir)
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("eval: no labelled data under %s: %w", dataDir, err)
	}
	if err != nil {
		return err
	}
	sets, err := sentimentSets(files)
	if err != nil {
		return err
	}
	if len(sets) > 0 {
		if err := writeSentimentTables(w, sets); err != nil {
			return err
		}
	}
	n, trained, trainedCV, err := writeComplaintTables(w, files)
	if err != nil {
		return err
	}
	if len(sets) == 0 && n == 0 {
		return fmt.Errorf("eval: no labelled data under %s (sentiment sets in VADER's or UCI's format, or complaint CSVs): %w", dataDir, fs.ErrNotExist)
	}
	// The forum posts, extracted from their pages once for the tables
	// that read them.
	posts, err := forumEnglishPosts(dataDir)
	if err != nil {
		return err
	}
	if err := writeForumComplaints(w, dataDir, posts, forumComplaintLabels, forumCriticismLabels, trained); err != nil {
		return err
	}
	if err := writeIntents(w, posts, intentLabelsText, forumComplaintLabels, trained, trainedCV); err != nil {
		return err
	}
	return writeSkipped(w, skipped)
}
