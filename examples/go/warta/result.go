package warta

// The warta/1 document as Go values (contract: warta/1). Offsets are byte offsets into the text
// given to Extract, half-open: text[Start:End].

type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

type TextSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

type Dateline struct {
	Text  string  `json:"text"`
	Place *string `json:"place"`
}

type Article struct {
	Title      *string   `json:"title"`
	Lead       *string   `json:"lead"`
	Authors    []string  `json:"authors"`
	Editors    []string  `json:"editors"`
	Outlet     *string   `json:"outlet"`
	Dateline   *Dateline `json:"dateline"`
	Published  *string   `json:"published"`
	Related    []string  `json:"related"`
	Paragraphs []Span    `json:"paragraphs"`
}

type Entity struct {
	ID       int        `json:"id"`
	Type     string     `json:"type"` // PERSON | GPE | LOC | ORG | MEDIA
	Name     string     `json:"name"`
	Mentions []TextSpan `json:"mentions"`
	Titles   []string   `json:"titles"`
	Country  *string    `json:"country"`
	KBID     *string    `json:"kb_id"`
}

type SummitOutcome struct {
	Kind        string `json:"kind"`
	Text        string `json:"text"`
	Signatories []int  `json:"signatories"`
}

type SummitMilestone struct {
	Kind string `json:"kind"`
	N    *int   `json:"n"`
	Text string `json:"text"`
}

type Summit struct {
	ID           int               `json:"id"`
	Kind         string            `json:"kind"`   // visit | meeting | summit | call
	Status       string            `json:"status"` // occurred | planned
	Participants []int             `json:"participants"`
	Host         []int             `json:"host"`
	Visitors     []int             `json:"visitors"`
	Location     *int              `json:"location"`
	Date         *string           `json:"date"`
	DateText     *string           `json:"date_text"`
	Topics       []string          `json:"topics"`
	Evidence     []Span            `json:"evidence"`
	Delegation   []int             `json:"delegation"`
	Outcomes     []SummitOutcome   `json:"outcomes"`
	Milestones   []SummitMilestone `json:"milestones"`
	Mode         []string          `json:"mode"`
	Cameo        *string           `json:"cameo"`
}

type Attribution struct {
	ID             int      `json:"id"`
	Source         *int     `json:"source"`
	SourceText     string   `json:"source_text"`
	Cue            *string  `json:"cue"`
	Kind           string   `json:"kind"` // direct | indirect
	Content        TextSpan `json:"content"`
	Via            *int     `json:"via"`
	ViaText        *string  `json:"via_text"`
	SpeakerMention string   `json:"speaker_mention"`
	InHeadline     bool     `json:"in_headline"`
}

type DateMention struct {
	Start int     `json:"start"`
	End   int     `json:"end"`
	Text  string  `json:"text"`
	Value *string `json:"value"` // ISO; intervals "a/b"; nil when unresolvable
	Grain string  `json:"grain"`
}

// Repairs counts what the library changed before reading (not part of warta/1).
type Repairs struct {
	InvalidUTF8Replaced int
	MojibakeRepaired    int
}

type Result struct {
	Schema       string        `json:"schema"`
	Article      Article       `json:"article"`
	Entities     []Entity      `json:"entities"`
	Summits      []Summit      `json:"summits"`
	Attributions []Attribution `json:"attributions"`
	Dates        []DateMention `json:"dates"`
	Repairs      Repairs       `json:"-"`
}
