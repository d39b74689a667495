// "Roy, sapaan akrab Rolliansyah", "Rolliansyah yang akrab disapa Roy": the words after a person's
// name that say another name of the same person follows. Looked for as each person's candidate is
// made, while the tokens after it are in cache; the grouping step links the two names at the end.
#pragma once

#include <cstdint>
#include <string_view>

#include "pipeline/document.hpp"

namespace warta::detail {

struct NicknameCue {
  std::uint32_t candidate = 0;  // the person's candidate
  std::uint32_t other = 0;      // the token where the other name would start
  bool named_after = false;     // "X, sapaan akrab Y": Y is the name, X the nickname
};

// The cue after a name that ends before token `k`, if there is one: `other` and `named_after` of
// `cue` are set.
inline bool nickname_cue_at(const Document& doc, std::uint32_t k, NicknameCue& cue) {
  const auto& toks = doc.tokens.list;
  const auto fold_is = [&](std::uint32_t at, std::string_view w) { return at < toks.size() && doc.fold(at) == w; };
  if (k < toks.size() && doc.token_text(k) == ",") ++k;
  cue.named_after = false;
  if (fold_is(k, "sapaan") || fold_is(k, "panggilan")) {
    cue.named_after = true;
  } else {
    if (fold_is(k, "yang") || fold_is(k, "atau")) ++k;
    if (fold_is(k, "akrab") || fold_is(k, "biasa")) ++k;
    if (!fold_is(k, "disapa") && !fold_is(k, "dipanggil")) return false;
  }
  ++k;
  if (fold_is(k, "akrab") || fold_is(k, "akrabnya")) ++k;
  if (k < toks.size() && toks[k].has(tokflag::quote)) ++k;
  cue.other = k;
  return true;
}

}  // namespace warta::detail
