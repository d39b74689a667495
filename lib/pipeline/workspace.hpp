// The per-article buffers an extract() call fills, kept for the next call.
//
// A long body's token list, fold arena, token facts, sentence and date lists are tens of MB; allocated afresh on every
// call they are mapped and zeroed page by page each time. A Workspace keeps their capacity between
// calls (see WorkspacePool) and lends them to the call's Document, emptied.
#pragma once

#include <cstddef>
#include <vector>

#include "attributions/attribution_finder.hpp"
#include "dates/date_finder.hpp"
#include "entities/entity_recognizer.hpp"
#include "entities/entity_table.hpp"
#include "entities/token_facts.hpp"
#include "layout/article_layout_reader.hpp"
#include "pipeline/document.hpp"
#include "summits/summit_finder.hpp"
#include "text/token.hpp"

namespace warta::detail {

struct Workspace {
  Tokens tokens;
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<TokenizedRange> date_ranges;  // the paragraphs the dates stage reads
  std::vector<DateFinding> date_findings;   // what it finds there
  std::vector<TokenFact> token_facts;       // the entity stage's facts, one per token
  // The memory of the entity stage's table (its records too, refilled by the next call: their lists
  // keep their memory) and of its work lists, between calls.
  EntityTable entity_table;
  EntityBuffers entity_buffers;
  AttributionBuffers attribution_buffers;
  SummitBuffers summit_buffers;
  LayoutBuffers layout_buffers;  // blocks: the memory of the Document's layout blocks, between calls

  // What the buffers hold on to: their capacity, whatever their size.
  std::size_t capacity_bytes() const noexcept;
  // Frees every buffer.
  void release() noexcept;
};

// Lends a workspace's buffers, emptied, to a Document for one call, and takes them back when the
// call ends — also when a stage throws, so a workspace never loses its buffers to an error.
class DocumentLoan {
 public:
  DocumentLoan(Workspace& ws, Document& doc) noexcept;
  ~DocumentLoan();
  DocumentLoan(const DocumentLoan&) = delete;
  DocumentLoan& operator=(const DocumentLoan&) = delete;

 private:
  Workspace& ws_;
  Document& doc_;
};

}  // namespace warta::detail
