#include "pipeline/workspace.hpp"

#include <string>

namespace warta::detail {
namespace {

template <class T>
std::size_t capacity_bytes_of(const std::vector<T>& v) noexcept {
  return v.capacity() * sizeof(T);
}

// A string keeps its first few bytes in itself; only a larger capacity is on the heap.
std::size_t capacity_bytes_of(const std::string& s) noexcept {
  return s.capacity() > std::string().capacity() ? s.capacity() + 1 : 0;
}

std::size_t capacity_bytes_of(const std::vector<std::string>& v) noexcept {
  std::size_t bytes = v.capacity() * sizeof(std::string);
  for (const std::string& s : v) bytes += capacity_bytes_of(s);
  return bytes;
}

// A record kept for its lists, and whatever the call left in it.
std::size_t capacity_bytes_of(const EntityRecord& r) noexcept {
  return sizeof(EntityRecord) + capacity_bytes_of(r.name) + capacity_bytes_of(r.titles) + capacity_bytes_of(r.roles) +
         capacity_bytes_of(r.country) + capacity_bytes_of(r.kb_id);
}

std::size_t capacity_bytes_of(const std::vector<EntityRecord>& records) noexcept {
  std::size_t bytes = (records.capacity() - records.size()) * sizeof(EntityRecord);
  for (const EntityRecord& r : records) bytes += capacity_bytes_of(r);
  return bytes;
}

}  // namespace

std::size_t Workspace::capacity_bytes() const noexcept {
  return capacity_bytes_of(tokens.list) + capacity_bytes_of(tokens.folded) + capacity_bytes_of(paragraphs) +
         capacity_bytes_of(sentences) + capacity_bytes_of(date_ranges) + capacity_bytes_of(date_findings) +
         capacity_bytes_of(token_facts) + capacity_bytes_of(entity_table.token_mention) +
         capacity_bytes_of(entity_table.mentions) + capacity_bytes_of(entity_table.entities) +
         entity_buffers.capacity_bytes() + attribution_buffers.capacity_bytes() +
         summit_buffers.capacity_bytes() + layout_buffers.capacity_bytes();
}

void Workspace::release() noexcept {
  // Swapped with empty ones: clear() and shrink_to_fit() may keep the storage.
  std::vector<Token>().swap(tokens.list);
  std::string().swap(tokens.folded);
  std::vector<Paragraph>().swap(paragraphs);
  std::vector<Sentence>().swap(sentences);
  std::vector<TokenizedRange>().swap(date_ranges);
  std::vector<DateFinding>().swap(date_findings);
  std::vector<TokenFact>().swap(token_facts);
  entity_table = EntityTable();
  entity_buffers = EntityBuffers();
  attribution_buffers = AttributionBuffers();
  summit_buffers = SummitBuffers();
  layout_buffers = LayoutBuffers();
}

DocumentLoan::DocumentLoan(Workspace& ws, Document& doc) noexcept : ws_(ws), doc_(doc) {
  ws.tokens.list.clear();
  ws.tokens.folded.clear();
  ws.paragraphs.clear();
  ws.sentences.clear();
  ws.date_ranges.clear();
  ws.date_findings.clear();
  doc.tokens = std::move(ws.tokens);
  doc.paragraphs = std::move(ws.paragraphs);
  doc.sentences = std::move(ws.sentences);
}

DocumentLoan::~DocumentLoan() {
  ws_.tokens = std::move(doc_.tokens);
  ws_.paragraphs = std::move(doc_.paragraphs);
  ws_.sentences = std::move(doc_.sentences);
}

}  // namespace warta::detail
