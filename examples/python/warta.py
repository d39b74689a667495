"""warta — structured facts from Indonesian online news, for Python (ctypes over libwarta_c).

    import warta
    engine = warta.Engine()                      # build once, share across threads
    result = engine.extract(text, published="2024-06-19")
    for entity in result.entities:
        for m in entity.mentions:
            assert text[m.start:m.end] == m.text  # str indexes when you pass a str

Offsets: the C library reports UTF-8 byte offsets. When `text` is a `str`, every offset in the
result is converted to a `str` index (code points), so `text[start:end]` is what it names. When
`text` is `bytes`, offsets stay byte offsets into those bytes.

Threads: an Engine is immutable; `extract` may run on many threads at once. The library is loaded
with ctypes.CDLL, which releases the GIL during each call, so extraction runs in parallel.

The library is found through the environment variable WARTA_LIBRARY (a path to libwarta_c.so),
else in a build directory of this source tree, else on the system library path.

Standard library only.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import glob
import os
from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence, Union

__all__ = [
    "Engine", "WartaError", "Result", "Article", "Dateline", "Entity", "Summit", "SummitOutcome",
    "SummitMilestone", "Attribution", "DateMention", "Span", "TextSpan", "Repairs", "Lexicon",
    "library_version",
]

# ---- status codes and flags (warta.h) -------------------------------------------------------

OK = 0
ERR_INVALID_ARGUMENT = 1
ERR_INVALID_UTF8 = 2
ERR_LEXICON = 3
ERR_IO = 4
ERR_INTERNAL = 5
ERR_OUT_OF_MEMORY = 6
ERR_OUT_OF_RANGE = 7

_LEXICON_FILE = 0
_LEXICON_BUFFER = 1
_INVALID_UTF8 = {"reject": 0, "replace": 1}
_STAGES = {"entities": 1, "dates": 2, "summits": 4, "attributions": 8}

# ---- the C structs --------------------------------------------------------------------------

_size_t = ctypes.c_size_t
_str = ctypes.c_char_p
_str_array = ctypes.POINTER(ctypes.c_char_p)
_int_array = ctypes.POINTER(ctypes.c_int)


class _CSpan(ctypes.Structure):
    _fields_ = [("start", _size_t), ("end", _size_t)]


class _CTextSpan(ctypes.Structure):
    _fields_ = [("start", _size_t), ("end", _size_t), ("text", ctypes.POINTER(ctypes.c_char)),
                ("text_len", _size_t)]


class _CLexiconSource(ctypes.Structure):
    _fields_ = [("kind", ctypes.c_int), ("data", ctypes.c_void_p), ("size", _size_t), ("name", _str)]


class _CInput(ctypes.Structure):
    _fields_ = [("text", ctypes.c_void_p), ("text_len", _size_t),
                ("title", ctypes.c_void_p), ("title_len", _size_t),
                ("published", ctypes.c_void_p), ("published_len", _size_t),
                ("body_only", ctypes.c_int)]


class _CArticle(ctypes.Structure):
    _fields_ = [
        ("title", _str), ("has_title_span", ctypes.c_int), ("title_span", _CSpan),
        ("lead", _str), ("has_lead_span", ctypes.c_int), ("lead_span", _CSpan),
        ("outlet", _str),
        ("has_dateline", ctypes.c_int), ("dateline_text", _str), ("dateline_place", _str),
        ("dateline_span", _CSpan),
        ("published", _str), ("published_time", _str),
        ("authors", _str_array), ("author_count", _size_t),
        ("editors", _str_array), ("editor_count", _size_t),
        ("related", _str_array), ("related_count", _size_t),
        ("related_spans", ctypes.POINTER(_CSpan)),
        ("paragraphs", ctypes.POINTER(_CSpan)), ("paragraph_count", _size_t),
        ("sentences", ctypes.POINTER(_CSpan)), ("sentence_count", _size_t),
    ]


class _CEntity(ctypes.Structure):
    _fields_ = [
        ("id", ctypes.c_int), ("type", ctypes.c_int), ("type_name", _str), ("name", _str),
        ("mentions", ctypes.POINTER(_CTextSpan)), ("mention_count", _size_t),
        ("titles", _str_array), ("title_count", _size_t),
        ("country", _str), ("kb_id", _str),
    ]


class _COutcome(ctypes.Structure):
    _fields_ = [("kind", _str), ("text", _str), ("signatories", _int_array), ("signatory_count", _size_t)]


class _CMilestone(ctypes.Structure):
    _fields_ = [("kind", _str), ("has_n", ctypes.c_int), ("n", ctypes.c_int), ("text", _str)]


class _CSummit(ctypes.Structure):
    _fields_ = [
        ("id", ctypes.c_int), ("kind", ctypes.c_int), ("kind_name", _str),
        ("status", ctypes.c_int), ("status_name", _str),
        ("participants", _int_array), ("participant_count", _size_t),
        ("host", _int_array), ("host_count", _size_t),
        ("visitors", _int_array), ("visitor_count", _size_t),
        ("location", ctypes.c_int), ("date", _str), ("date_text", _str),
        ("topics", _str_array), ("topic_count", _size_t),
        ("evidence", ctypes.POINTER(_CSpan)), ("evidence_count", _size_t),
        ("delegation", _int_array), ("delegation_count", _size_t),
        ("outcomes", ctypes.POINTER(_COutcome)), ("outcome_count", _size_t),
        ("milestones", ctypes.POINTER(_CMilestone)), ("milestone_count", _size_t),
        ("mode", _str_array), ("mode_count", _size_t),
        ("cameo", _str),
    ]


class _CAttribution(ctypes.Structure):
    _fields_ = [
        ("id", ctypes.c_int), ("source", ctypes.c_int), ("source_text", _str),
        ("has_source_span", ctypes.c_int), ("source_span", _CSpan),
        ("cue", _str), ("kind", ctypes.c_int), ("kind_name", _str),
        ("content", _CTextSpan), ("via", ctypes.c_int), ("via_text", _str),
        ("speaker_mention", _str), ("in_headline", ctypes.c_int),
    ]


class _CDate(ctypes.Structure):
    _fields_ = [("text", _CTextSpan), ("value", _str), ("grain", _str)]


class _CRepairs(ctypes.Structure):
    _fields_ = [("invalid_utf8_replaced", _size_t), ("mojibake_repaired", _size_t)]


# ---- loading the library --------------------------------------------------------------------

def _candidate_paths() -> List[str]:
    env = os.environ.get("WARTA_LIBRARY")
    if env:
        return [env]
    source_root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    found = sorted(glob.glob(os.path.join(source_root, "build*", "capi", "libwarta_c.so*")))
    system = ctypes.util.find_library("warta_c")
    return found + ([system] if system else [])


def _load() -> ctypes.CDLL:
    candidates = _candidate_paths()
    errors = []
    for path in candidates:
        try:
            return ctypes.CDLL(path)  # CDLL, not PyDLL: the GIL is released during calls
        except OSError as e:
            errors.append(f"{path}: {e}")
    raise ImportError("libwarta_c not found; set WARTA_LIBRARY to its path"
                      + ("".join("\n  " + e for e in errors)))


_lib = _load()

_P = ctypes.POINTER
_c_void_pp = _P(ctypes.c_void_p)


def _declare(name: str, restype, *argtypes) -> None:
    fn = getattr(_lib, name)
    fn.restype = restype
    fn.argtypes = list(argtypes)


_declare("warta_status_str", _str, ctypes.c_int)
_declare("warta_version", _str)
_declare("warta_error_free", None, ctypes.c_void_p)
_declare("warta_error_status", ctypes.c_int, ctypes.c_void_p)
_declare("warta_error_message", _str, ctypes.c_void_p)
_declare("warta_error_byte_offset", ctypes.c_int64, ctypes.c_void_p)
_declare("warta_error_line", ctypes.c_int64, ctypes.c_void_p)
_declare("warta_engine_free", None, ctypes.c_void_p)
_declare("warta_engine_config_new", ctypes.c_int, _c_void_pp)
_declare("warta_engine_config_free", None, ctypes.c_void_p)
_declare("warta_engine_config_add_lexicon", ctypes.c_int, ctypes.c_void_p, _P(_CLexiconSource))
_declare("warta_engine_config_set_builtin_lexicons", ctypes.c_int, ctypes.c_void_p, ctypes.c_int)
_declare("warta_engine_config_set_workspace_retention", ctypes.c_int, ctypes.c_void_p, _size_t)
_declare("warta_engine_new_with_config", ctypes.c_int, _c_void_pp, ctypes.c_void_p, _c_void_pp)
_declare("warta_options_new", ctypes.c_int, _c_void_pp)
_declare("warta_options_free", None, ctypes.c_void_p)
_declare("warta_options_set_invalid_utf8", ctypes.c_int, ctypes.c_void_p, ctypes.c_int)
_declare("warta_options_set_repair_mojibake", ctypes.c_int, ctypes.c_void_p, ctypes.c_int)
_declare("warta_options_set_stages", ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_int)
_declare("warta_extract", ctypes.c_int, _c_void_pp, ctypes.c_void_p, _P(_CInput), ctypes.c_void_p,
         _c_void_pp)
_declare("warta_result_free", None, ctypes.c_void_p)
# char** out: a c_void_p so the pointer can be handed back to warta_string_free unchanged.
_declare("warta_result_json", ctypes.c_int, _c_void_pp, ctypes.c_void_p, ctypes.c_int)
_declare("warta_string_free", None, ctypes.c_void_p)
for _kind in ("entity", "summit", "attribution", "date"):
    _declare(f"warta_result_{_kind}_count", _size_t, ctypes.c_void_p)
_declare("warta_result_article", ctypes.c_int, _P(_CArticle), ctypes.c_void_p)
_declare("warta_result_entity", ctypes.c_int, _P(_CEntity), ctypes.c_void_p, _size_t)
_declare("warta_result_summit", ctypes.c_int, _P(_CSummit), ctypes.c_void_p, _size_t)
_declare("warta_result_attribution", ctypes.c_int, _P(_CAttribution), ctypes.c_void_p, _size_t)
_declare("warta_result_date", ctypes.c_int, _P(_CDate), ctypes.c_void_p, _size_t)
_declare("warta_result_repairs", ctypes.c_int, _P(_CRepairs), ctypes.c_void_p)
_declare("warta_utf8_codepoint_offsets", ctypes.c_int, _P(_size_t), ctypes.c_void_p, _size_t)


def library_version() -> str:
    """The version of the libwarta_c actually loaded."""
    return _lib.warta_version().decode()


# ---- errors ---------------------------------------------------------------------------------

class WartaError(Exception):
    """A failed call. `status` is a warta.h status code; `byte_offset` is the first invalid byte
    (invalid UTF-8), `offset` the same position as a str index when the input was a str; `line`
    is the line of a bad user lexicon."""

    def __init__(self, status: int, message: str, byte_offset: Optional[int] = None,
                 offset: Optional[int] = None, line: Optional[int] = None):
        super().__init__(message)
        self.status = status
        self.status_name = _lib.warta_status_str(status).decode()
        self.message = message
        self.byte_offset = byte_offset
        self.offset = offset
        self.line = line

    def __str__(self) -> str:
        return f"{self.status_name}: {self.message}"


def _raise_for(status: int, err: ctypes.c_void_p, to_index: Optional[Callable[[int], int]] = None):
    if err.value is None:
        raise WartaError(status, _lib.warta_status_str(status).decode())
    try:
        message = _lib.warta_error_message(err).decode("utf-8", "replace")
        byte_offset = _lib.warta_error_byte_offset(err)
        line = _lib.warta_error_line(err)
    finally:
        _lib.warta_error_free(err)
    byte_offset = None if byte_offset < 0 else byte_offset
    offset = byte_offset
    if byte_offset is not None and to_index is not None:
        offset = to_index(byte_offset)
    raise WartaError(status, message, byte_offset, offset, None if line < 0 else line)


def _check(status: int, what: str) -> None:
    if status != OK:
        raise WartaError(status, f"{what} failed")


# ---- results --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class TextSpan:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Dateline:
    text: str
    place: Optional[str]
    span: Span


@dataclass(frozen=True)
class Article:
    title: Optional[str]
    title_span: Optional[Span]
    lead: Optional[str]
    lead_span: Optional[Span]
    outlet: Optional[str]
    dateline: Optional[Dateline]
    published: Optional[str]
    published_time: Optional[str]
    authors: List[str]
    editors: List[str]
    related: List[str]
    related_spans: List[Span]
    paragraphs: List[Span]
    sentences: List[Span]


@dataclass(frozen=True)
class Entity:
    id: int
    type: str                     # PERSON | GPE | LOC | ORG | MEDIA
    name: str
    mentions: List[TextSpan]
    titles: List[str]
    country: Optional[str]
    kb_id: Optional[str]


@dataclass(frozen=True)
class SummitOutcome:
    kind: str
    text: str
    signatories: List[int]


@dataclass(frozen=True)
class SummitMilestone:
    kind: str
    n: Optional[int]
    text: str


@dataclass(frozen=True)
class Summit:
    id: int
    kind: str                     # visit | meeting | summit | call
    status: str                   # occurred | planned
    participants: List[int]       # entity ids
    host: List[int]
    visitors: List[int]
    location: Optional[int]
    date: Optional[str]
    date_text: Optional[str]
    topics: List[str]
    evidence: List[Span]
    delegation: List[int]
    outcomes: List[SummitOutcome]
    milestones: List[SummitMilestone]
    mode: List[str]
    cameo: Optional[str]


@dataclass(frozen=True)
class Attribution:
    id: int
    source: Optional[int]         # entity id
    source_text: str
    source_span: Optional[Span]
    cue: Optional[str]
    kind: str                     # direct | indirect
    content: TextSpan
    via: Optional[int]
    via_text: Optional[str]
    speaker_mention: str
    in_headline: bool


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: Optional[str]          # ISO; intervals "a/b"
    grain: str


@dataclass(frozen=True)
class Repairs:
    invalid_utf8_replaced: int
    mojibake_repaired: int


@dataclass(frozen=True)
class Result:
    article: Article
    entities: List[Entity]
    summits: List[Summit]
    attributions: List[Attribution]
    dates: List[DateMention]
    repairs: Repairs
    json: str                     # warta/1 (byte offsets, as the contract says) when asked for, else ""


@dataclass(frozen=True)
class Lexicon:
    """A user lexicon (TSV, docs/lexicons.md): `path` to a file, or `data` in memory."""
    path: Optional[str] = None
    data: Optional[Union[str, bytes]] = None
    name: str = ""


# ---- conversion from the C view -------------------------------------------------------------

def _s(b: Optional[bytes]) -> Optional[str]:
    return None if b is None else b.decode("utf-8", "replace")


def _strings(array, count: int) -> List[str]:
    return [array[i].decode("utf-8", "replace") for i in range(count)]


def _ints(array, count: int) -> List[int]:
    return [array[i] for i in range(count)]


def _opt_id(value: int) -> Optional[int]:
    return None if value < 0 else value


class _Offsets:
    """Byte offset -> index in the caller's string (identity for bytes and ASCII text)."""

    def __init__(self, data: bytes, as_str: bool):
        self._table = None
        if as_str and not data.isascii():
            table = (_size_t * (len(data) + 1))()
            _check(_lib.warta_utf8_codepoint_offsets(table, data, len(data)), "warta_utf8_codepoint_offsets")
            self._table = table

    def __call__(self, byte_offset: int) -> int:
        return byte_offset if self._table is None else self._table[byte_offset]

    def span(self, s: _CSpan) -> Span:
        return Span(self(s.start), self(s.end))

    def text_span(self, t: _CTextSpan) -> TextSpan:
        return TextSpan(self(t.start), self(t.end), ctypes.string_at(t.text, t.text_len).decode("utf-8", "replace"))

    def spans(self, array, count: int) -> List[Span]:
        return [self.span(array[i]) for i in range(count)]


def _article(c: _CArticle, at: _Offsets) -> Article:
    dateline = None
    if c.has_dateline:
        dateline = Dateline(_s(c.dateline_text) or "", _s(c.dateline_place), at.span(c.dateline_span))
    return Article(
        title=_s(c.title), title_span=at.span(c.title_span) if c.has_title_span else None,
        lead=_s(c.lead), lead_span=at.span(c.lead_span) if c.has_lead_span else None,
        outlet=_s(c.outlet), dateline=dateline,
        published=_s(c.published), published_time=_s(c.published_time),
        authors=_strings(c.authors, c.author_count), editors=_strings(c.editors, c.editor_count),
        related=_strings(c.related, c.related_count),
        related_spans=at.spans(c.related_spans, c.related_count),
        paragraphs=at.spans(c.paragraphs, c.paragraph_count),
        sentences=at.spans(c.sentences, c.sentence_count))


def _entity(c: _CEntity, at: _Offsets) -> Entity:
    return Entity(id=c.id, type=_s(c.type_name), name=_s(c.name),
                  mentions=[at.text_span(c.mentions[i]) for i in range(c.mention_count)],
                  titles=_strings(c.titles, c.title_count), country=_s(c.country), kb_id=_s(c.kb_id))


def _summit(c: _CSummit, at: _Offsets) -> Summit:
    outcomes = [SummitOutcome(_s(o.kind), _s(o.text), _ints(o.signatories, o.signatory_count))
                for o in (c.outcomes[i] for i in range(c.outcome_count))]
    milestones = [SummitMilestone(_s(m.kind), m.n if m.has_n else None, _s(m.text))
                  for m in (c.milestones[i] for i in range(c.milestone_count))]
    return Summit(
        id=c.id, kind=_s(c.kind_name), status=_s(c.status_name),
        participants=_ints(c.participants, c.participant_count), host=_ints(c.host, c.host_count),
        visitors=_ints(c.visitors, c.visitor_count), location=_opt_id(c.location),
        date=_s(c.date), date_text=_s(c.date_text), topics=_strings(c.topics, c.topic_count),
        evidence=at.spans(c.evidence, c.evidence_count),
        delegation=_ints(c.delegation, c.delegation_count), outcomes=outcomes, milestones=milestones,
        mode=_strings(c.mode, c.mode_count), cameo=_s(c.cameo))


def _attribution(c: _CAttribution, at: _Offsets) -> Attribution:
    return Attribution(
        id=c.id, source=_opt_id(c.source), source_text=_s(c.source_text) or "",
        source_span=at.span(c.source_span) if c.has_source_span else None,
        cue=_s(c.cue), kind=_s(c.kind_name), content=at.text_span(c.content),
        via=_opt_id(c.via), via_text=_s(c.via_text), speaker_mention=_s(c.speaker_mention) or "",
        in_headline=bool(c.in_headline))


def _date(c: _CDate, at: _Offsets) -> DateMention:
    t = at.text_span(c.text)
    return DateMention(t.start, t.end, t.text, _s(c.value), _s(c.grain))


def _items(result, kind: str, struct, convert, at: _Offsets) -> list:
    count = getattr(_lib, f"warta_result_{kind}_count")(result)
    accessor = getattr(_lib, f"warta_result_{kind}")
    out = []
    for i in range(count):
        c = struct()
        _check(accessor(ctypes.byref(c), result, i), f"warta_result_{kind}")
        out.append(convert(c, at))
    return out


def _json(result, pretty: bool) -> str:
    out = ctypes.c_void_p()
    _check(_lib.warta_result_json(ctypes.byref(out), result, int(pretty)), "warta_result_json")
    try:
        return ctypes.string_at(out).decode("utf-8")
    finally:
        _lib.warta_string_free(out)


# ---- the engine -----------------------------------------------------------------------------

def _utf8(value: Union[str, bytes]) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else bytes(value)


class Engine:
    """An extraction engine: build once, then call `extract` from any number of threads."""

    def __init__(self, lexicons: Sequence[Lexicon] = (), builtin_lexicons: bool = True,
                 workspace_retention_bytes: Optional[int] = None):
        """workspace_retention_bytes bounds the work buffers one idle set keeps between calls (at
        most two sets per hardware thread; a set that grew past it is freed when its call ends).
        None: the library's default (256 MiB); 0 keeps nothing."""
        self._handle = ctypes.c_void_p()
        config = ctypes.c_void_p()
        _check(_lib.warta_engine_config_new(ctypes.byref(config)), "warta_engine_config_new")
        try:
            for lex in lexicons:
                if (lex.path is None) == (lex.data is None):
                    raise ValueError("a Lexicon needs exactly one of path and data")
                data = _utf8(lex.path if lex.path is not None else lex.data)
                if lex.path is not None:
                    data += b"\0"
                source = _CLexiconSource()
                source.kind = _LEXICON_FILE if lex.path is not None else _LEXICON_BUFFER
                source.data = ctypes.cast(ctypes.c_char_p(data), ctypes.c_void_p)
                source.size = len(data)
                source.name = _utf8(lex.name or lex.path or "")
                # The config copies the path or bytes during this call.
                _check(_lib.warta_engine_config_add_lexicon(config, ctypes.byref(source)),
                       "warta_engine_config_add_lexicon")
            _check(_lib.warta_engine_config_set_builtin_lexicons(config, int(builtin_lexicons)),
                   "warta_engine_config_set_builtin_lexicons")
            if workspace_retention_bytes is not None:
                if workspace_retention_bytes < 0:
                    raise ValueError("workspace_retention_bytes must be >= 0")
                _check(_lib.warta_engine_config_set_workspace_retention(config, workspace_retention_bytes),
                       "warta_engine_config_set_workspace_retention")
            err = ctypes.c_void_p()
            status = _lib.warta_engine_new_with_config(ctypes.byref(self._handle), config, ctypes.byref(err))
            if status != OK:
                _raise_for(status, err)
        finally:
            _lib.warta_engine_config_free(config)

    def close(self) -> None:
        """Frees the engine now (also done when it is garbage collected). Not while extracting."""
        handle, self._handle = self._handle, ctypes.c_void_p()
        if handle.value is not None:
            _lib.warta_engine_free(handle)

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self) -> None:
        if _lib is not None:
            self.close()

    def extract(self, text: Union[str, bytes], title: Optional[Union[str, bytes]] = None,
                published: Optional[str] = None, body_only: bool = False, *,
                invalid_utf8: str = "reject", repair_mojibake: bool = True,
                stages: Optional[Sequence[str]] = None, with_json: bool = False,
                pretty_json: bool = False) -> Result:
        """Reads one article.

        text: the article (str, or UTF-8 bytes as scraped); title: given separately (then `text`
        is the body); published: "2024-06-19" or "2024-06-19T10:00", anchors relative dates;
        body_only: no header layout. invalid_utf8: "reject" (WartaError) or "replace" (bytes
        input only can be invalid). stages: the stages to run (default all of "entities",
        "dates", "summits", "attributions"). with_json: also fill Result.json (warta/1).
        Offsets are str indexes for str input, byte offsets for bytes input.
        """
        if self._handle.value is None:
            raise ValueError("engine is closed")
        data = _utf8(text)
        at = _Offsets(data, isinstance(text, str))
        c_input = _CInput()
        buffers = [ctypes.create_string_buffer(data, len(data) + 1)]
        c_input.text = ctypes.addressof(buffers[0])
        c_input.text_len = len(data)
        for name, value in (("title", title), ("published", published)):
            if value is not None:
                raw = _utf8(value)
                buffers.append(ctypes.create_string_buffer(raw, len(raw) + 1))
                setattr(c_input, name, ctypes.addressof(buffers[-1]))
                setattr(c_input, name + "_len", len(raw))
        c_input.body_only = int(bool(body_only))

        options = self._options(invalid_utf8, repair_mojibake, stages)
        result = ctypes.c_void_p()
        err = ctypes.c_void_p()
        try:
            status = _lib.warta_extract(ctypes.byref(result), self._handle, ctypes.byref(c_input), options,
                                        ctypes.byref(err))
        finally:
            _lib.warta_options_free(options)
        if status != OK:
            _raise_for(status, err, at)
        try:
            article = _CArticle()
            _check(_lib.warta_result_article(ctypes.byref(article), result), "warta_result_article")
            repairs = _CRepairs()
            _check(_lib.warta_result_repairs(ctypes.byref(repairs), result), "warta_result_repairs")
            return Result(
                article=_article(article, at),
                entities=_items(result, "entity", _CEntity, _entity, at),
                summits=_items(result, "summit", _CSummit, _summit, at),
                attributions=_items(result, "attribution", _CAttribution, _attribution, at),
                dates=_items(result, "date", _CDate, _date, at),
                repairs=Repairs(repairs.invalid_utf8_replaced, repairs.mojibake_repaired),
                json=_json(result, pretty_json) if with_json else "")
        finally:
            _lib.warta_result_free(result)

    def extract_json(self, text: Union[str, bytes], title=None, published=None, body_only=False,
                     pretty: bool = False, **options) -> str:
        """The warta/1 JSON document for one article (byte offsets, as the contract says)."""
        return self.extract(text, title, published, body_only, with_json=True, pretty_json=pretty,
                            **options).json

    @staticmethod
    def _options(invalid_utf8: str, repair_mojibake: bool, stages: Optional[Sequence[str]]) -> ctypes.c_void_p:
        if invalid_utf8 not in _INVALID_UTF8:
            raise ValueError(f"invalid_utf8 must be one of {sorted(_INVALID_UTF8)}")
        off = 0
        if stages is not None:
            unknown = set(stages) - set(_STAGES)
            if unknown:
                raise ValueError(f"unknown stages {sorted(unknown)}; known: {sorted(_STAGES)}")
            off = sum(flag for name, flag in _STAGES.items() if name not in stages)
        options = ctypes.c_void_p()
        _check(_lib.warta_options_new(ctypes.byref(options)), "warta_options_new")
        try:
            _check(_lib.warta_options_set_invalid_utf8(options, _INVALID_UTF8[invalid_utf8]), "set_invalid_utf8")
            _check(_lib.warta_options_set_repair_mojibake(options, int(repair_mojibake)), "set_repair_mojibake")
            if off:
                _check(_lib.warta_options_set_stages(options, off, 0), "set_stages")
        except BaseException:
            _lib.warta_options_free(options)
            raise
        return options
