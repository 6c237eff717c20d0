package classify

// earshotLexicon adds words that VADER's lexicon lacks but that carry clear
// sentiment in what people write about products, services, food and
// films, on VADER's -4..+4 scale. They are general vocabulary of reviews
// and customer posts (not words of any one site or brand), rated by analogy
// with VADER's own entries (e.g. "junk" next to "crap" -1.6 and "worthless"
// -1.9). A word VADER already rates keeps VADER's rating.
var earshotLexicon = map[string]float64{
	// Things that are broken or badly made.
	"junk": -2.0, "flimsy": -1.8, "unusable": -2.3, "nonexistent": -1.2, "unreliable": -1.9,
	"overpriced": -1.6, "hassle": -1.7, "hassles": -1.7, "garbage": -2.2, "malfunction": -1.8, "malfunctioned": -1.8,
	"malfunctioning": -1.8, "glitch": -1.3, "glitches": -1.3, "glitchy": -1.6, "buggy": -1.6, "laggy": -1.6,
	"cheaply": -1.3, "poorly": -1.9, "mediocre": -1.5, "subpar": -1.8, "shoddy": -2.1,
	"leaking": -1.5, "leaks": -1.3, "cracked": -1.4, "wrecked": -1.9, "unresponsive": -1.9, "overheats": -1.8,
	"overheating": -1.8, "crashes": -1.6, "crashing": -1.6, "ripoff": -2.3, "rip-off": -2.3,
	"unhelpful": -1.9, "clunky": -1.5, "refund": -0.6, "refunds": -0.6,
	"flaw": -1.4, "flaws": -1.4, "drawback": -1.2, "drawbacks": -1.2, "downsides": -1.0, "gripe": -1.4,
	"gripes": -1.4, "quibble": -0.7, "quibbles": -0.7, "hiccup": -0.8, "hiccups": -0.8, "froze": -1.2,
	"inoperable": -2.0, "scratched": -1.0, "crashed": -1.7, "inconsistent": -1.1, "unintuitive": -1.5,
	"cumbersome": -1.4, "finicky": -1.2, "tinny": -1.2, "muffled": -1.0, "outdated": -1.0, "pricey": -0.8,
	"junky": -1.8, "dying": -1.9, "substandard": -1.8, "grainy": -1.0, "faded": -0.8, "wobbly": -1.0, "sagged": -1.0, "sagging": -1.0, "sags": -1.0, "spilled": -1.0, "spilt": -1.0,
	"jammed": -1.2, "unreadable": -1.5, "incompatible": -1.2, "leaky": -1.2, "flaky": -1.3, "brittle": -1.0,
	"tedious": -1.6, "chintzy": -1.5, "inaccurate": -1.3, "deceptive": -2.0, "nightmare": -2.2,
	"headache": -1.5, "headaches": -1.5, "migraine": -1.8, "migraines": -1.8, "unanswered": -1.0, "error-prone": -1.5,
	"slow": -1.0, "slower": -0.8, "bulky": -1.0, "expensive": -0.6, "second-rate": -1.8, "half-baked": -1.5,
	"low-quality": -1.8, "misled": -1.5, "scammed": -2.2, "conned": -1.8,
	"impossible": -1.5, "complicated": -1.0, "annoyingly": -1.7, "fragile": -1.2, "clumsy": -1.3, "pointless": -1.8,
	"trash": -2.0, "trashy": -1.6, "rubbish": -2.0, "letdown": -2.0, "let-down": -2.0, "gimmick": -1.0,
	"gimmicky": -1.4, "unbearable": -2.3, "overhyped": -1.5, "plasticky": -1.0,
	"dies": -2.0, "skips": -1.0, "non-existent": -1.2, "thumbs-down": -2.0, "thumbs-up": 2.0,
	// What a dead device is good for.
	"paperweight": -1.5, "doorstop": -1.5,
	// Common misspellings of rated words (VADER rates the spelled ones).
	"dissapointed": -2.1, "disapointed": -2.1, "dissapointing": -2.2, "disapointing": -2.2,
	"dissapointment": -2.3, "disapointment": -2.3,
	// Food and films.
	"tasteless": -1.8, "bland": -1.3, "stale": -1.4, "soggy": -1.4, "undercooked": -1.6, "overcooked": -1.5,
	"inedible": -2.5, "unwatchable": -2.8, "overrated": -1.5, "underwhelming": -1.7,
	// What critics say of films, books and shows (and of products by the
	// same words); rated next to VADER's "dull" -1.7 and "boring" -1.3.
	"unoriginal": -1.5, "cookie-cutter": -1.2, "formulaic": -1.4, "cliched": -1.4, "clichéd": -1.4,
	"bloated": -1.2, "plodding": -1.3, "overlong": -1.1, "uninspired": -1.6, "lifeless": -1.8,
	"contrived": -1.4, "hackneyed": -1.5, "witless": -1.8, "forgettable": -1.3, "unfunny": -1.8,
	"pretentious": -1.4, "incoherent": -1.6, "muddled": -1.3, "lackluster": -1.4, "lacklustre": -1.4,
	"stilted": -1.2, "amateurish": -1.6, "vapid": -1.6, "banal": -1.3, "tiresome": -1.6, "misfire": -1.3,
	"sloppy": -1.5, "unconvincing": -1.4, "implausible": -1.1, "far-fetched": -1.0, "preposterous": -1.6,
	"cringeworthy": -1.8, "cringe-worthy": -1.8, "overwrought": -1.3, "melodramatic": -1.0, "saccharine": -1.0,
	"schmaltzy": -1.1, "mawkish": -1.3, "soulless": -1.8, "humourless": -1.5, "listless": -1.3, "tepid": -1.0,
	"unimaginative": -1.6, "uninteresting": -1.5, "unremarkable": -1.0, "unengaging": -1.5,
	"unsatisfying": -1.7, "undistinguished": -0.9, "overacted": -1.3, "uneven": -0.8,
	"poignant": 1.5, "engrossing": 1.9, "masterful": 2.6, "well-crafted": 2.0, "well-acted": 2.0,
	"well-written": 2.0, "mesmerizing": 2.3, "captivating": 2.3, "thought-provoking": 1.8, "witty": 1.8,
	"inventive": 1.7,
	"slog":      -1.5, "chore": -1.2, "tedium": -1.5, "pretension": -1.2, "pretensions": -1.2, "retread": -1.0,
	"rehash": -1.0, "rehashed": -1.1, "stagey": -1.0, "stagy": -1.0, "squander": -1.5,
	"squanders": -1.5, "squandered": -1.5, "squandering": -1.5, "stuffy": -1.0, "panders": -1.4,
	"pandering": -1.4, "condescending": -1.8, "condescends": -1.6, "self-indulgent": -1.3, "self-important": -1.3,
	"cliche": -1.2, "cliches": -1.2, "cliché": -1.2, "clichés": -1.2, "hokey": -1.0, "overblown": -1.2,
	"brainless": -1.5, "snoozefest": -2.0, "labored": -1.0, "laboured": -1.0,
	// A film, player or product losing its step ("the second half falters"),
	// next to VADER's "wavering" -0.6; negated, a steadiness praised ("the
	// acting never falters", "he never wavered").
	"falter": -1.2, "falters": -1.2, "faltered": -1.2, "faltering": -1.2, "waver": -0.6, "wavers": -0.6,
	"wavered":          -0.6,
	"paint-by-numbers": -1.2, "by-the-numbers": -1.2,
	"stylish": 1.6, "stylishly": 1.6, "profound": 1.6, "exquisitely": 2.5, "ravishing": 2.4, "masterclass": 2.5,
	"hypnotic": 1.3, "crowd-pleaser": 1.8, "crowd-pleasing": 1.8, "verve": 1.5, "luminous": 2.0,
	"transcendent": 2.5, "spellbinding": 2.5, "deft": 1.8, "deftly": 1.8, "nuanced": 1.5, "beguiling": 1.8,
	"enchanting": 2.4, "dazzling": 2.3, "rousing": 1.8, "taut": 1.5, "knockout": 1.8,
	"paper-thin": -1.2, "pitch-perfect": 2.0, "half-hearted": -1.2, "halfhearted": -1.2, "aimless": -1.3, "baffling": -1.0, "cheesy": -1.0, "choppy": -1.0, "cloying": -1.4, "derivative": -1.2,
	"dopey": -1.0, "exploitative": -1.6, "generic": -0.8, "glib": -1.0, "gratuitous": -1.2, "inert": -1.3,
	"jumbled": -1.2, "leaden": -1.4, "limp": -1.2, "lumbering": -1.0, "manipulative": -1.5, "mean-spirited": -1.8,
	"meandering": -1.1, "overstuffed": -0.9, "plotless": -1.3, "ponderous": -1.3, "rambling": -1.0, "risible": -1.5,
	"schlocky": -1.3, "shallow": -1.2, "shapeless": -1.2, "shrill": -1.2, "smarmy": -1.5, "strident": -1.0,
	"treacly": -1.2, "turgid": -1.5, "underwritten": -1.1, "watered-down": -1.2,
	"sleepwalking": -1.0, "sleepwalks": -1.0, "glacial": -1.0, "subtlety": 1.0, "comeback": 1.5,
	"absorbing": 1.6, "atmospheric": 1.3, "charismatic": 1.8, "electrifying": 2.3, "endearing": 1.8,
	"evocative": 1.5, "immersive": 1.6, "likable": 1.5, "propulsive": 1.5, "sly": 1.0,
	"suspenseful": 1.5, "tender": 1.2, "unflinching": 1.2, "vivid": 1.3, "watchable": 1.0, "winsome": 1.8, "wry": 1.0,
	// "unsentimental" is a critic's praise, not the negation the un- rule
	// would read from "sentimental".
	"unsentimental": 0.8,
	// What editorials and news commentary say of policies and institutions.
	"victory": 2.3, "victories": 2.3, "shortsighted": -1.4, "ploy": -1.0, "sensible": 1.3, "misguided": -1.5,
	"disgraceful": -2.5, "commendable": 2.0, "laudable": 1.9, "prudent": 1.2, "reasonable": 0.9,
	"unreasonable": -1.3, "inept": -1.8, "corrupt": -2.3, "negligent": -1.9, "breakthrough": 1.7,
	"setback": -1.3, "setbacks": -1.3, "debacle": -2.2, "mismanagement": -1.8, "wasteful": -1.5,
	"cronyism": -1.8, "overreach": -1.2, "callous": -2.0, "sham": -2.0, "bungled": -1.8, "botched": -1.8,
	"blunder": -1.6, "blunders": -1.6, "milestone": 1.2, "thriving": 2.0, "flourishing": 2.0, "decry": -1.3,
	"deplorable": -2.5, "egregious": -2.2, "abysmal": -2.6, "bleak": -1.6,
	"needless": -1.2, "indefensible": -2.2, "unworkable": -1.5, "unaffordable": -1.3, "corrosive": -1.8,
	"ill-advised": -1.5, "wrongheaded": -1.8, "discrimination": -2.0, "corruption": -2.4,
	"overcrowded": -1.2, "persuasive": 1.3, "rightly": 1.2, "fairer": 1.3, "gouging": -2.0, "hollow": -1.0,
	"authoritarian": -1.5, "autocratic": -1.5, "barbaric": -2.5, "boondoggle": -1.8, "brazen": -1.2, "bribery": -2.0,
	"calamitous": -2.5, "craven": -1.8, "demagogue": -1.8, "demagoguery": -1.8, "divisive": -1.5, "draconian": -1.8,
	"elitist": -1.3, "extremist": -1.8, "feckless": -1.8, "harmful": -1.8, "inhumane": -2.3, "kickbacks": -1.8,
	"out-of-touch": -1.3, "patronizing": -1.6, "polarizing": -1.0, "spineless": -1.8, "tone-deaf": -1.5,
	"unconscionable": -2.3, "bureaucratic": -0.8, "partisan": -0.8,
	"exemplary": 2.2, "principled": 1.6, "pragmatic": 1.2, "humane": 1.8, "equitable": 1.3, "far-sighted": 1.5,
	"farsighted": 1.5, "common-sense": 1.2, "commonsense": 1.2, "workable": 1.0, "balanced": 1.0, "bipartisan": 1.0,
	"downgrade": -1.2, "fumbled": -1.0, "unqualified": -1.5, "backfired": -1.5, "backfire": -1.5, "backfires": -1.5, "devolves": -1.0, "devolved": -1.0, "wastes": -1.8,
	"backlash": -1.3, "gridlock": -1.3, "stalemate": -1.0, "shambles": -2.0, "stagnant": -1.2, "crippling": -2.0,
	"crippled": -1.8, "plummeted": -1.3, "plummet": -1.3, "plummets": -1.3, "plummeting": -1.3, "flopped": -1.5,
	"groundbreaking": 2.0, "resilient": 1.5, "resilience": 1.5, "dazzled": 2.0, "wrecks": -1.9,
	"lifeline": 1.3, "heartening": 2.0, "tarnished": -1.5, "tarnish": -1.3, "limbo": -1.0, "loophole": -1.0, "loopholes": -1.0,
	// Praise. A thing made to resist a harm ("water-resistant",
	// "scratch-resistant") is praised for it, next to "sturdy".
	"water-resistant": 1.2, "scratch-resistant": 1.2, "shock-resistant": 1.2, "wind-resistant": 1.2,
	"stain-resistant": 1.2, "weather-resistant": 1.2, "dust-resistant": 1.2, "rust-resistant": 1.2,
	"impact-resistant": 1.2, "splash-resistant": 1.2, "shatter-resistant": 1.2, "tear-resistant": 1.2,
	"sturdy": 1.6, "reliable": 1.8, "durable": 1.6, "crisp": 1.2, "intuitive": 1.5, "recommending": 1.5,
	"must-have": 2.3, "must-see": 2.0, "must-read": 1.8, "must-watch": 2.0, "well-made": 2.0, "user-friendly": 1.8, "seamless": 1.7, "seamlessly": 1.7,
	"tasty": 2.3, "underrated": 1.2, "riveting": 2.2, "gripping": 1.8,
	"affordable": 1.3, "knowledgeable": 1.8, "attentive": 1.8,
	"promptly": 1.3, "incredible": 2.5, "exceptional": 2.4, "tremendous": 1.8,
	"sleek": 1.5, "fortunately": 1.6, "top-notch": 2.3, "topnotch": 2.3, "easy-to-use": 1.9, "mind-blowing": 2.5,
	"razor-sharp": 1.8, "well-built": 1.9, "well-designed": 1.9, "high-quality": 1.8, "speedy": 1.3, "fast": 1.0, "quick": 1.0, "quickly": 0.8, "hassle-free": 2.0, "decent": 1.2, "no-brainer": 1.5,
	// Praise and blame of any subject that VADER's lexicon lacks, rated
	// next to its "amazing" 2.8, "superb" 3.1, "awful" -2.0 and "horrible"
	// -2.5.
	"phenomenal": 3.0, "spectacular": 2.8, "extraordinary": 2.5, "exquisite": 2.8, "impeccable": 2.7,
	"impeccably": 2.5, "stellar": 2.6, "sublime": 2.6, "sublimely": 2.4, "superlative": 2.5, "legendary": 2.3,
	"memorable": 1.8, "genius": 2.3, "skilled": 1.7, "skillful": 1.8, "skilful": 1.8, "eloquent": 2.0,
	"eloquently": 2.0, "intriguing": 1.8, "intrigued": 1.3, "riveted": 1.8, "standout": 2.0, "stand-out": 2.0,
	"gem": 2.0, "gems": 2.0, "convenient": 1.3, "believable": 1.2, "appealing": 1.7, "effortless": 1.8,
	"effortlessly": 1.8, "smoothly": 1.3, "insightful": 1.9, "informative": 1.6, "refreshing": 1.8,
	"timeless": 1.8, "dependable": 1.8, "versatile": 1.5, "handy": 1.3, "polite": 1.5, "spotless": 1.8,
	"immaculate": 2.0, "finest": 2.3, "unforgettable": 2.0, "lyrical": 1.2,
	"atrocious": -2.8, "hideous": -2.5, "heinous": -2.8, "inexcusable": -2.3, "unappealing": -1.6,
	"incomprehensible": -1.6, "perplexing": -0.8, "mystifying": -0.8, "unnecessary": -1.0, "corny": -1.2,
	"tacky": -1.4, "convoluted": -1.4, "preachy": -1.4, "heavy-handed": -1.3, "absurd": -1.5, "lukewarm": -1.0,
	"filthy": -2.2, "inefficient": -1.4, "inattentive": -1.6, "dysfunctional": -1.8, "mortified": -2.0,
	"shady": -1.2, "sketchy": -1.2, "underwhelmed": -1.5, "unorganized": -1.3,
	"cramped": -1.0, "spotty": -1.0, "mislead": -1.8, "overcharged": -1.6,
	"understaffed": -1.3, "hypocrisy": -2.0, "sabotaged": -2.0,
	"counterfeit": -1.8, "forgery": -1.8, "theft": -2.0, "vomit": -2.0, "vomited": -2.0, "vomiting": -2.0,
	// "predictable" is a critic's blame (a plot, an ending); its negation
	// is no praise ("violent, unpredictable storms"), so the un- rule must
	// not read one from it.
	"predictable": -1.0, "unpredictable": 0,
	// VADER rates "lack" (-1.3) but none of its other forms.
	"lacks": -1.3, "lacked": -1.3, "lacking": -1.3,
	"cutting-edge": 1.5, "turn-off": -1.5, "turnoff": -1.5,
	// Work that comes to something or nothing ("a productive meeting",
	// "an unproductive afternoon"), and a shiver of dread or disgust ("it
	// makes me shudder", "I shudder to think"): VADER rates none of them.
	"productive": 1.5, "unproductive": -1.5, "counterproductive": -1.5, "unproductivity": -1.5,
	"shudder": -1.4, "shudders": -1.4, "shuddered": -1.4, "shuddering": -1.4,
	// A fall from better days ("the decline of the high street",
	// "declining sales"); "declined" is left unrated, for it is most often
	// a refusal told as news ("declined to comment"). A "homie" is a
	// friend, like VADER's "bff".
	"decline": -1.0, "declining": -1.0, "homie": 1.5, "homies": 1.5,
	// Worn and poor ("a shabby hotel", "shabby treatment"); "not too
	// shabby" is praise (a phrase of its own).
	"shabby": -1.2, "shabbily": -1.2,
	// A film or story made to cheer ("a feel-good movie").
	"feel-good": 1.8, "feelgood": 1.8,
	// A thing ugly to look at; being sent from one excuse to the next.
	"eyesore": -1.8, "eyesores": -1.8, "runaround": -1.5,
	// Annoyance, anger and squalor in everyday British and American
	// words ("a bit miffed", "seething about it", "a grotty flat", "naff
	// decorations"), and room to move ("a spacious cabin").
	"smelly": -1.5, "seething": -2.0, "peeved": -1.4, "miffed": -1.2, "irked": -1.4, "naff": -1.2,
	"grotty": -1.4, "manky": -1.4, "greasy": -0.8, "drafty": -0.8, "draughty": -0.8, "spacious": 1.3,
	// Interjections of pain, frustration and disgust, next to VADER's
	// "ugh" -1.8.
	"argh": -1.5, "arghh": -1.5, "aargh": -1.5, "ouch": -1.0, "eww": -1.5, "ewww": -1.5, "icky": -1.5,
	"sheesh": -1.0, "jeez": -0.8, "geez": -0.8,
	// Social-media words of praise and blame VADER's lexicon lacks (it
	// has "excite" 2.1, "thrilled" 1.9, "hero" 2.6, "cute" 2.0,
	// "heartwarming" 2.1, "bummer" -1.6, "disappointed" -2.1, "robs" -2.0,
	// "thief" -2.4, "wtf" -2.8, "ugh" -1.8).
	"stoked": 2.0, "psyched": 1.8, "hyped": 1.6, "wholesome": 1.8, "legend": 2.0, "legends": 2.0,
	"banger": 2.0, "bangers": 2.0, "goated": 2.5, "iconic": 1.8, "slay": 2.0, "slayed": 2.0,
	"game-changer": 2.0, "gamechanger": 2.0, "cozy": 1.5, "cosy": 1.5, "comfy": 1.5, "chuffed": 2.0, "pumped": 1.5,
	"lfg": 2.0, "vibes": 1.0, "vibing": 1.5,
	"gutted": -2.1, "bummed": -1.7, "robbed": -2.0, "robbery": -2.3, "ghosted": -1.4,
	"hungover": -1.2, "hangover": -1.0, "knackered": -1.2, "sweltering": -1.3, "muggy": -1.0, "drenched": -0.8,
	"flooded": -1.5, "flooding": -1.5, "sniffles": -1.0, "oof": -1.0, "stormy": -0.8, "rough": -0.8,
	"cringe": -1.5, "cringy": -1.6, "cringey": -1.6, "fml": -2.2, "yikes": -1.2,
	// What customers write to airlines, telcos, shops and apps: American
	// spellings of VADER's "cancelled" -1.0 and "cancelling" -0.8, the
	// plural of its "delay" -1.3, a service down, a flight sold twice.
	"canceled": -1.0, "canceling": -0.8, "delays": -1.3, "outage": -1.5, "outages": -1.5,
	"overbooked": -1.2, "pay-to-win": -1.5, "smooth": 1.3, "smoother": 1.3, "smoothest": 1.8,
	// Praise of what a thing does or costs that VADER's lexicon lacks,
	// next to its "cool" 1.3, "win" 2.8 and "great" 3.1: the superlative of
	// "cool", doing better than a rival, a price or a record nobody beats;
	// being "able" to do a thing (next to "ability" 1.3), which negated is
	// a failure ("not able to import files").
	"coolest": 1.9, "outperforms": 1.6, "outperform": 1.4, "outperformed": 1.4, "outperforming": 1.4,
	"unbeatable": 2.2, "affordably": 1.3, "spot-on": 1.8, "able": 0.8,
	// Blame of how a thing is made or proven, next to VADER's "cheap"
	// (unrated), "risky" -0.8 and "dangerous" -2.1.
	"skimped": -1.3, "skimp": -1.0, "skimping": -1.2, "hazard": -1.5, "hazardous": -1.8, "unproven": -0.8,
	"nonexistant": -1.2, "disipointed": -2.1,
	// Everyday mishaps: VADER rates "forget" and "forgotten" (-0.9) but
	// not "forgot"; "overslept" and "stranded" sit next to its "delayed"
	// -0.9 and "stuck" -1.0.
	"forgot": -0.9, "overslept": -1.0, "stranded": -1.3,
	// Forms VADER lacks of words it rates: "chore" -1.2 (the plural, a
	// day's tasks, milder), "fake" -2.1 (an impostor, a phony).
	"chores": -0.6, "drudgery": -1.6, "impostor": -1.8, "imposter": -1.8, "impostors": -1.8, "imposters": -1.8,
	"phony": -1.8, "phoney": -1.8, "forgeries": -1.8, // VADER: forgery -1.8
	// Forms and slang VADER lacks of pleasures it rates: "dream" 1.0,
	// "relaxing" 2.2, "yummy" 2.4.
	"daydream": 1.0, "daydreams": 1.0, "daydreaming": 1.0, "chillin": 1.2, "chillaxing": 1.5, "yum": 2.0,
}

// earshotEmoji rates emoji that VADER's reading of their names leaves
// unrated or misreads, on the same -4..+4 scale, by analogy with the word
// each stands for: 👍 is "thumbs-up" (+2.0 above), ❤ is love tempered,
// 🤮 (-2.3) is near "disgusting" (VADER: -2.4), 🙄 (-1.2) milder than
// "annoyed" (-1.6). VADER reads "pouting face"
// (😡), "face with look of triumph" (😤, now frustration) and "unamused
// face" (😒) as nothing, "pensive face" (😔) as +0.3 and "fire" (🔥, now
// praise) as -1.4. Every sign agrees with the Emoji Sentiment Ranking
// (Kralj Novak et al., PLoS ONE 2015: the sentiment of 1.6 million tweets
// labelled by people, 751 emoji) where it lists the emoji; those it does
// not list (🖕 🙄 🧡 🤬 🤮 🤢 🤡 🤦 🤩, mostly newer) are rated by their
// names alone. ❌ stays unrated: in the Ranking's tweets it is more often
// positive than negative. These replace VADER's reading where both rate
// an emoji, and a 0 unrates one.
var earshotEmoji = map[rune]float64{
	// Hearts and affection.
	'❤': 2.5, '♥': 2.5, '♡': 2.0, '💕': 2.5, '💞': 2.5, '💘': 2.0, '💝': 2.0, '💙': 2.0, '💜': 2.0,
	'💚': 2.0, '💛': 2.0, '🧡': 2.0,
	// Approval and celebration.
	'👍': 2.0, '👏': 1.5, '🙌': 1.8, '🙏': 1.2, '💯': 1.2, '🔥': 1.2, '💪': 1.5, '🏆': 1.5, '💃': 1.5,
	'🎊': 1.7, '🤩': 2.5, '😋': 2.0, '😉': 1.0, '✅': 1.0, '✔': 1.0,
	// Disapproval, anger, disgust.
	'👎': -2.0, '😡': -2.0, '🤬': -2.5, '😾': -1.5, '🖕': -2.5, '🤮': -2.3, '🤢': -1.8, '💩': -1.2,
	'😒': -1.5, '🙄': -1.2, '😤': -1.2, '🤡': -1.2, '🤦': -1.5,
	// Sadness and strain.
	'😔': -1.0, '😣': -1.0, '😖': -1.0, '😑': -1.0, '😐': -0.8,
	// A beating heart is a heart, not a pulse (VADER: -2.0).
	'💓': 2.0,
	// 🐐 is "GOAT" (the greatest of all time), 🫶
	// heart hands.
	'🐐': 2.0, '🫶': 2.5,

	// Unrated (0): where the Ranking lists an emoji 50 times or more and
	// its tweets lean (by 0.05 or more of them) the other way from VADER's
	// reading: 😱 -3.8 but +0.19 in the Ranking (excitement as often as
	// fear), 😬 -1.4 / +0.20, 🍂 -1.5 / +0.56, 💥 -1.5 / +0.15, 👻 -1.3 /
	// +0.23, 💤 -1.2 / +0.37, 💫 -0.9 / +0.51, ⛔ -1.2 / +0.51, 🙀 -1.1 /
	// +0.34, 😵 -0.9 / +0.09, 😥 -0.5 / +0.12, 😟 -1.2 / +0.07, 😲 +1.6 /
	// -0.07.
	'😱': 0, '😬': 0, '🍂': 0, '💥': 0, '👻': 0, '💤': 0, '💫': 0, '⛔': 0, '🙀': 0, '😵': 0, '😥': 0,
	'😟': 0, '😲': 0,
	// Unrated (0): objects and signs whose names VADER reads literally
	// (the Ranking lists few of them): ♋ Cancer (the star sign) -3.4, 🎲
	// game die -2.9, 🈶 "not free of charge" +2.3, 💳 credit card +1.6,
	// the prohibition signs' "no", shapes named "diamond", buttons named
	// "play" or "stop". What such an emoji means is in the words around it.
	'♋': 0, '🎲': 0, '🈶': 0, '💳': 0, '🧷': 0, '🍠': 0, '🥟': 0, '🥩': 0, '🧯': 0, '🚒': 0, '⏰': 0,
	'⚠': 0, '🤓': 0, '🔕': 0, '🔈': 0, '📭': 0, '📪': 0, '🔡': 0, '🃏': 0, '🕹': 0, '🎴': 0, '🎩': 0,
	'🤾': 0, '🤽': 0, '📏': 0, '🛐': 0, '▶': 0, '⏯': 0, '⏹': 0, '🔹': 0, '♦': 0, '🔸': 0, '💠': 0,
	'🔷': 0, '🔶': 0, '⛑': 0, '🗽': 0, '🏩': 0, '🚳': 0, '🚭': 0, '📵': 0, '🚷': 0, '🚏': 0, '🔞': 0,
	'🚯': 0, '🛑': 0, '💣': 0,
}
