// Package warta reads Indonesian online news articles into structured facts: a cgo binding of
// libwarta_c (capi/warta.h).
//
//	engine, err := warta.New(warta.EngineOptions{})   // build once, share across goroutines
//	defer engine.Close()
//	result, err := engine.Extract(text, warta.Published("2024-06-19"))
//	for _, e := range result.Entities {
//		for _, m := range e.Mentions {
//			fmt.Println(text[m.Start:m.End] == m.Text) // byte offsets: Go strings index bytes
//		}
//	}
//
// Build with CGO_CFLAGS=-I<warta>/capi and CGO_LDFLAGS="-L<dir of libwarta_c.so>".
package warta

/*
#cgo LDFLAGS: -lwarta_c
#include <stdlib.h>
#include "warta.h"
*/
import "C"

import (
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"unsafe"
)

// Status codes (warta.h).
const (
	StatusInvalidArgument = int(C.WARTA_ERR_INVALID_ARGUMENT)
	StatusInvalidUTF8     = int(C.WARTA_ERR_INVALID_UTF8)
	StatusLexicon         = int(C.WARTA_ERR_LEXICON)
	StatusIO              = int(C.WARTA_ERR_IO)
	StatusInternal        = int(C.WARTA_ERR_INTERNAL)
	StatusOutOfMemory     = int(C.WARTA_ERR_OUT_OF_MEMORY)
	StatusOutOfRange      = int(C.WARTA_ERR_OUT_OF_RANGE)
)

// Error is a failed library call. ByteOffset is the first invalid byte of the input
// (StatusInvalidUTF8) and Line the line of a bad user lexicon (StatusLexicon); -1 otherwise.
type Error struct {
	Status     int
	Message    string
	ByteOffset int64
	Line       int64
}

func (e *Error) Error() string {
	return fmt.Sprintf("warta: %s: %s", C.GoString(C.warta_status_str(C.int(e.Status))), e.Message)
}

// ErrClosed is returned by Extract after Close.
var ErrClosed = errors.New("warta: engine is closed")

// errorFrom turns a status and the optional C error object into a Go error, freeing the object.
func errorFrom(status C.int, cerr *C.warta_error) error {
	if cerr == nil {
		return &Error{Status: int(status), Message: C.GoString(C.warta_status_str(status)), ByteOffset: -1, Line: -1}
	}
	defer C.warta_error_free(cerr)
	return &Error{
		Status:     int(status),
		Message:    C.GoString(C.warta_error_message(cerr)),
		ByteOffset: int64(C.warta_error_byte_offset(cerr)),
		Line:       int64(C.warta_error_line(cerr)),
	}
}

// Lexicon is a user lexicon in the lexicon TSV format: a file Path, or Data in memory.
type Lexicon struct {
	Path string
	Data []byte
	Name string
}

// EngineOptions configures New; the zero value means the built-in lexicons only.
type EngineOptions struct {
	Lexicons          []Lexicon
	NoBuiltinLexicons bool
	// WorkspaceRetentionBytes bounds the work buffers one idle set keeps between calls (the
	// engine keeps at most two sets per hardware thread; a set that grew past the bound is freed
	// when its call ends). 0 means the library's default (256 MiB); negative keeps nothing.
	WorkspaceRetentionBytes int64
}

// Engine is immutable once built: Extract may run on many goroutines at once.
type Engine struct {
	mu  sync.RWMutex // Extract holds it shared, Close exclusively
	ptr *C.warta_engine
}

// New builds an engine. Free it with Close (a finalizer does it too, eventually).
func New(opts EngineOptions) (*Engine, error) {
	var config *C.warta_engine_config
	if status := C.warta_engine_config_new(&config); status != C.WARTA_OK {
		return nil, errorFrom(status, nil)
	}
	defer C.warta_engine_config_free(config)
	for _, lex := range opts.Lexicons {
		if (lex.Path == "") == (lex.Data == nil) {
			return nil, &Error{Status: StatusInvalidArgument, Message: "a Lexicon needs exactly one of Path and Data", ByteOffset: -1, Line: -1}
		}
		if status := addLexicon(config, lex); status != C.WARTA_OK {
			return nil, errorFrom(status, nil)
		}
	}
	if opts.NoBuiltinLexicons {
		C.warta_engine_config_set_builtin_lexicons(config, 0)
	}
	if opts.WorkspaceRetentionBytes != 0 {
		retention := opts.WorkspaceRetentionBytes
		if retention < 0 {
			retention = 0
		}
		C.warta_engine_config_set_workspace_retention(config, C.size_t(retention))
	}
	e := &Engine{}
	var cerr *C.warta_error
	if status := C.warta_engine_new_with_config(&e.ptr, config, &cerr); status != C.WARTA_OK {
		return nil, errorFrom(status, cerr)
	}
	runtime.SetFinalizer(e, (*Engine).Close)
	return e, nil
}

// addLexicon hands one lexicon to the config, which copies its path or bytes at once, so the C
// strings made here are freed on return.
func addLexicon(config *C.warta_engine_config, lex Lexicon) C.int {
	var source C.warta_lexicon_source
	if lex.Path != "" {
		source.kind = C.WARTA_LEXICON_FILE
		source.data = C.CString(lex.Path)
	} else {
		source.kind = C.WARTA_LEXICON_BUFFER
		source.data = (*C.char)(C.CBytes(lex.Data))
		source.size = C.size_t(len(lex.Data))
	}
	defer C.free(unsafe.Pointer(source.data))
	source.name = C.CString(lex.Name)
	defer C.free(unsafe.Pointer(source.name))
	return C.warta_engine_config_add_lexicon(config, &source)
}

// Close frees the engine; it waits for running extractions. Calling it again does nothing.
func (e *Engine) Close() {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.ptr != nil {
		C.warta_engine_free(e.ptr)
		e.ptr = nil
	}
	runtime.SetFinalizer(e, nil)
}

// Stage flags for SkipStages.
const (
	StageEntities     = int(C.WARTA_STAGE_ENTITIES)
	StageDates        = int(C.WARTA_STAGE_DATES)
	StageSummits      = int(C.WARTA_STAGE_SUMMITS)
	StageAttributions = int(C.WARTA_STAGE_ATTRIBUTIONS)
)

type extractConfig struct {
	title, published   *string
	bodyOnly           bool
	replaceInvalidUTF8 bool
	noMojibakeRepair   bool
	skipStages         int
}

// Option is a hint or setting for one Extract call.
type Option func(*extractConfig)

// Title gives the title separately; the text is then the body.
func Title(s string) Option { return func(c *extractConfig) { c.title = &s } }

// Published is the publication date ("2024-06-19" or "2024-06-19T10:00"); it anchors relative dates.
func Published(s string) Option { return func(c *extractConfig) { c.published = &s } }

// BodyOnly says the text has no header layout (a bare sentence or paragraph).
func BodyOnly() Option { return func(c *extractConfig) { c.bodyOnly = true } }

// ReplaceInvalidUTF8 reads invalid bytes as U+FFFD instead of failing.
func ReplaceInvalidUTF8() Option { return func(c *extractConfig) { c.replaceInvalidUTF8 = true } }

// NoMojibakeRepair leaves mis-decoded text ("â€œ") as it is.
func NoMojibakeRepair() Option { return func(c *extractConfig) { c.noMojibakeRepair = true } }

// SkipStages turns stages off (an OR of Stage* flags); their output stays empty.
func SkipStages(stages int) Option { return func(c *extractConfig) { c.skipStages |= stages } }

// Extract reads one article. All offsets in the Result are byte offsets into text.
func (e *Engine) Extract(text string, opts ...Option) (*Result, error) {
	var result *Result
	err := e.extract(text, opts, func(r *C.warta_result) error {
		doc, err := resultJSON(r, false)
		if err != nil {
			return err
		}
		result = &Result{}
		if err := json.Unmarshal([]byte(doc), result); err != nil {
			return fmt.Errorf("warta: decoding warta/1: %w", err)
		}
		var repairs C.warta_repairs
		if status := C.warta_result_repairs(&repairs, r); status != C.WARTA_OK {
			return errorFrom(status, nil)
		}
		result.Repairs = Repairs{InvalidUTF8Replaced: int(repairs.invalid_utf8_replaced), MojibakeRepaired: int(repairs.mojibake_repaired)}
		return nil
	})
	return result, err
}

// ExtractJSON reads one article and returns its warta/1 JSON document.
func (e *Engine) ExtractJSON(text string, pretty bool, opts ...Option) (string, error) {
	var doc string
	err := e.extract(text, opts, func(r *C.warta_result) (err error) {
		doc, err = resultJSON(r, pretty)
		return err
	})
	return doc, err
}

func (e *Engine) extract(text string, opts []Option, read func(*C.warta_result) error) error {
	var cfg extractConfig
	for _, opt := range opts {
		opt(&cfg)
	}
	e.mu.RLock()
	defer e.mu.RUnlock()
	if e.ptr == nil {
		return ErrClosed
	}

	options, err := newOptions(cfg)
	if err != nil {
		return err
	}
	defer C.warta_options_free(options)

	// The input struct holds pointers, so it lives in C memory along with the copied strings.
	in := (*C.warta_input)(C.calloc(1, C.size_t(unsafe.Sizeof(C.warta_input{}))))
	if in == nil {
		return &Error{Status: StatusOutOfMemory, Message: "out of memory", ByteOffset: -1, Line: -1}
	}
	defer C.free(unsafe.Pointer(in))
	in.text = C.CString(text)
	in.text_len = C.size_t(len(text))
	defer C.free(unsafe.Pointer(in.text))
	if cfg.title != nil {
		in.title = C.CString(*cfg.title)
		in.title_len = C.size_t(len(*cfg.title))
		defer C.free(unsafe.Pointer(in.title))
	}
	if cfg.published != nil {
		in.published = C.CString(*cfg.published)
		in.published_len = C.size_t(len(*cfg.published))
		defer C.free(unsafe.Pointer(in.published))
	}
	if cfg.bodyOnly {
		in.body_only = 1
	}

	var r *C.warta_result
	var cerr *C.warta_error
	if status := C.warta_extract(&r, e.ptr, in, options, &cerr); status != C.WARTA_OK {
		return errorFrom(status, cerr)
	}
	defer C.warta_result_free(r)
	return read(r)
}

func newOptions(cfg extractConfig) (*C.warta_options, error) {
	var o *C.warta_options
	if status := C.warta_options_new(&o); status != C.WARTA_OK {
		return nil, errorFrom(status, nil)
	}
	mode := C.int(C.WARTA_INVALID_UTF8_REJECT)
	if cfg.replaceInvalidUTF8 {
		mode = C.WARTA_INVALID_UTF8_REPLACE
	}
	repair := C.int(1)
	if cfg.noMojibakeRepair {
		repair = 0
	}
	status := C.warta_options_set_invalid_utf8(o, mode)
	if status == C.WARTA_OK {
		status = C.warta_options_set_repair_mojibake(o, repair)
	}
	if status == C.WARTA_OK && cfg.skipStages != 0 {
		status = C.warta_options_set_stages(o, C.int(cfg.skipStages), 0)
	}
	if status != C.WARTA_OK {
		C.warta_options_free(o)
		return nil, errorFrom(status, nil)
	}
	return o, nil
}

func resultJSON(r *C.warta_result, pretty bool) (string, error) {
	var out *C.char
	p := C.int(0)
	if pretty {
		p = 1
	}
	if status := C.warta_result_json(&out, r, p); status != C.WARTA_OK {
		return "", errorFrom(status, nil)
	}
	defer C.warta_string_free(out)
	return C.GoString(out), nil
}

// Version is the version of the linked libwarta_c.
func Version() string { return C.GoString(C.warta_version()) }
