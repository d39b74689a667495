package warta

import (
	"errors"
	"os"
	"strings"
	"sync"
	"testing"
)

func readArticle(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("../../data/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func newEngine(t *testing.T) *Engine {
	t.Helper()
	e, err := New(EngineOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.Close)
	return e
}

func TestExtractOffsetsIndexTheInput(t *testing.T) {
	text := readArticle(t)
	r, err := newEngine(t).Extract(text)
	if err != nil {
		t.Fatal(err)
	}
	if r.Schema != "warta/1" {
		t.Errorf("schema %q", r.Schema)
	}
	if len(r.Entities) == 0 || len(r.Dates) == 0 {
		t.Fatalf("expected entities and dates, got %d and %d", len(r.Entities), len(r.Dates))
	}
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			if text[m.Start:m.End] != m.Text {
				t.Errorf("mention %q at [%d,%d) reads %q", m.Text, m.Start, m.End, text[m.Start:m.End])
			}
		}
	}
	for _, d := range r.Dates {
		if text[d.Start:d.End] != d.Text {
			t.Errorf("date %q at [%d,%d) reads %q", d.Text, d.Start, d.End, text[d.Start:d.End])
		}
	}
}

func TestHints(t *testing.T) {
	r, err := newEngine(t).Extract("Presiden Joko Widodo tiba di Beijing kemarin.",
		Title("Jokowi Tiba di Beijing"), Published("2024-06-19"), BodyOnly())
	if err != nil {
		t.Fatal(err)
	}
	if r.Article.Title == nil || *r.Article.Title != "Jokowi Tiba di Beijing" {
		t.Errorf("title %v", r.Article.Title)
	}
}

func TestInvalidUTF8IsAnErrorWithOffset(t *testing.T) {
	text := "Presiden Joko Widodo \xff tiba."
	_, err := newEngine(t).Extract(text)
	var werr *Error
	if !errors.As(err, &werr) {
		t.Fatalf("want *Error, got %v", err)
	}
	if werr.Status != StatusInvalidUTF8 || werr.ByteOffset != int64(strings.IndexByte(text, 0xff)) {
		t.Errorf("got status %d offset %d", werr.Status, werr.ByteOffset)
	}
}

func TestReplaceInvalidUTF8(t *testing.T) {
	r, err := newEngine(t).Extract(readArticle(t)+"Harga naik \xff persen.\n", ReplaceInvalidUTF8())
	if err != nil {
		t.Fatal(err)
	}
	if r.Repairs.InvalidUTF8Replaced < 1 {
		t.Errorf("repairs %+v", r.Repairs)
	}
}

func TestSkipStages(t *testing.T) {
	r, err := newEngine(t).Extract(readArticle(t), SkipStages(StageDates|StageAttributions))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Dates) != 0 || len(r.Attributions) != 0 {
		t.Errorf("skipped stages produced %d dates, %d attributions", len(r.Dates), len(r.Attributions))
	}
}

func TestMissingLexiconFile(t *testing.T) {
	_, err := New(EngineOptions{Lexicons: []Lexicon{{Path: "/nonexistent/lexicon.tsv"}}})
	var werr *Error
	if !errors.As(err, &werr) || werr.Status != StatusIO {
		t.Fatalf("want an IO error, got %v", err)
	}
}

// A buffer lexicon without the built-in ones, in an engine that keeps no work buffers between
// calls: only the user's entry carries a KB id, and the article reads the same call after call.
func TestBufferLexiconAndNoRetention(t *testing.T) {
	tsv := []byte("ORG\tKoperasi Sinar Tani Makmur\tKSTM\tQ999999001\tID\t\n")
	e, err := New(EngineOptions{
		Lexicons:                []Lexicon{{Data: tsv, Name: "test"}},
		NoBuiltinLexicons:       true,
		WorkspaceRetentionBytes: -1,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	text := "Koperasi Sinar Tani Makmur bekerja sama dengan Kementerian Pertanian di Jakarta."
	r, err := e.Extract(text)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, ent := range r.Entities {
		if ent.KBID != nil {
			ids = append(ids, *ent.KBID)
		}
	}
	if len(ids) != 1 || ids[0] != "Q999999001" {
		t.Errorf("KB ids %v, want [Q999999001]", ids)
	}
	first, err := e.ExtractJSON(readArticle(t), false)
	if err != nil {
		t.Fatal(err)
	}
	if again, err := e.ExtractJSON(readArticle(t), false); err != nil || again != first {
		t.Errorf("second extraction differs (err %v)", err)
	}
}

func TestGoroutinesShareOneEngine(t *testing.T) {
	engine := newEngine(t)
	text := readArticle(t)
	want, err := engine.ExtractJSON(text, false)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	mismatches := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				got, err := engine.ExtractJSON(text, false)
				if err != nil || got != want {
					mu.Lock()
					mismatches++
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	if mismatches != 0 {
		t.Errorf("%d extractions differ", mismatches)
	}
}

func TestCloseTwiceThenExtract(t *testing.T) {
	e, err := New(EngineOptions{})
	if err != nil {
		t.Fatal(err)
	}
	e.Close()
	e.Close()
	if _, err := e.Extract("Presiden tiba."); !errors.Is(err, ErrClosed) {
		t.Errorf("want ErrClosed, got %v", err)
	}
}
