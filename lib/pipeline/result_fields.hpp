// Writing a Result's text fields over what an earlier result left there, in the memory it holds
// (see Engine::extract into a Result): every stage that writes into the result uses these, so an
// optional text read again keeps its string instead of freeing and allocating one.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace warta::detail {

// The text of an optional field, written in the string it may hold from an earlier result.
inline void assign_text(std::optional<std::string>& field, std::string_view text) {
  if (field) {
    field->assign(text);
  } else {
    field.emplace(text);
  }
}

// The same for a field the result leaves out (null) when the text is empty.
inline void assign_text_or_none(std::optional<std::string>& field, std::string_view text) {
  if (text.empty()) {
    field.reset();
  } else {
    assign_text(field, text);
  }
}

}  // namespace warta::detail
