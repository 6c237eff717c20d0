package classify

// Version names the classifier's behaviour. Change it with any change that
// alters results (a lexicon, weights, a rule), so that `earshot ingest`
// classifies the indexed posts again instead of mixing old and new labels.
const Version = "2026-11-23.80"
