// warta_result: a warta::Result plus the C view of it (the POD structs the accessors copy out and
// the pointer arrays they point into). Its pointers reach into `result`, so it is neither copied
// nor moved; a refill (warta_extract_into) writes `result` over and makes the view again, in the
// arrays the last view used.
#pragma once

#include <cstddef>
#include <vector>

#include "warta.h"
#include "warta/result.hpp"

struct warta_result {
  explicit warta_result(warta::Result&& r);
  warta_result(const warta_result&) = delete;
  warta_result& operator=(const warta_result&) = delete;

  // The view of `result` as it is now: call it after every change to `result`.
  void build_view();

  warta::Result result;

  warta_article article{};
  std::vector<warta_entity> entities;
  std::vector<warta_summit> summits;
  std::vector<warta_attribution> attributions;
  std::vector<warta_date> dates;

 private:
  // Backing arrays for the pointer + count fields above; each inner vector keeps its buffer.
  std::vector<std::vector<const char*>> string_arrays_;
  std::vector<std::vector<warta_span>> span_arrays_;
  std::vector<std::vector<warta_text_span>> text_span_arrays_;
  std::vector<std::vector<warta_summit_outcome>> outcome_arrays_;
  std::vector<std::vector<warta_summit_milestone>> milestone_arrays_;
  // How many of each list of arrays the view being built uses; those after are kept for the next.
  std::size_t strings_used_ = 0, spans_used_ = 0, text_spans_used_ = 0, outcomes_used_ = 0, milestones_used_ = 0;

  const char* const* strings(const std::vector<std::string>& v);
  const warta_span* spans(const std::vector<warta::Span>& v);
  const warta_text_span* text_spans(const std::vector<warta::TextSpan>& v);
  void build_article();
  warta_entity entity_view(const warta::Entity& e);
  warta_summit summit_view(const warta::Summit& s);
  warta_attribution attribution_view(const warta::Attribution& a);
};
