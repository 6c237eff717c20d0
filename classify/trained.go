package classify

import "slices"

// The trainers record the SHA-256 of every file the committed weights were
// trained on (sentimentTrainedOn in weights_gen.go, complaintTrainedOn in
// complaint_weights_gen.go), so that an evaluation can tell a data set the
// weights have never seen, where scoring them is a held-out figure, from
// one they were fitted to, where it would not be.

// SentimentTrainedOn reports whether the committed sentiment weights were
// trained on a file whose SHA-256 is sum (lower-case hex).
func SentimentTrainedOn(sum string) bool { return slices.Contains(sentimentTrainedOn[:], sum) }

// ComplaintTrainedOn reports whether the committed complaint weights were
// trained on a file whose SHA-256 is sum (lower-case hex).
func ComplaintTrainedOn(sum string) bool { return slices.Contains(complaintTrainedOn[:], sum) }
