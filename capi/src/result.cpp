// Result accessors and the JSON form.
#include <cstring>

#include "guard.hpp"
#include "result_view.hpp"
#include "warta/json.hpp"

namespace {

using warta::capi::guarded;
using warta::capi::require;

template <class T>
int copy_at(T* out, const warta_result* result, const std::vector<T> warta_result::*items, std::size_t index) {
  return guarded(nullptr, [&] {
    require(out != nullptr, "out is NULL");
    require(result != nullptr, "result is NULL");
    const auto& v = result->*items;
    require(index < v.size(), "index out of range", WARTA_ERR_OUT_OF_RANGE);
    *out = v[index];
  });
}

}  // namespace

extern "C" {

void warta_result_free(warta_result* result) { delete result; }

size_t warta_result_entity_count(const warta_result* r) { return r ? r->entities.size() : 0; }
size_t warta_result_summit_count(const warta_result* r) { return r ? r->summits.size() : 0; }
size_t warta_result_attribution_count(const warta_result* r) { return r ? r->attributions.size() : 0; }
size_t warta_result_date_count(const warta_result* r) { return r ? r->dates.size() : 0; }

int warta_result_article(warta_article* out, const warta_result* result) {
  return guarded(nullptr, [&] {
    require(out != nullptr && result != nullptr, "out or result is NULL");
    *out = result->article;
  });
}

int warta_result_entity(warta_entity* out, const warta_result* result, size_t index) {
  return copy_at(out, result, &warta_result::entities, index);
}

int warta_result_summit(warta_summit* out, const warta_result* result, size_t index) {
  return copy_at(out, result, &warta_result::summits, index);
}

int warta_result_attribution(warta_attribution* out, const warta_result* result, size_t index) {
  return copy_at(out, result, &warta_result::attributions, index);
}

int warta_result_date(warta_date* out, const warta_result* result, size_t index) {
  return copy_at(out, result, &warta_result::dates, index);
}

int warta_result_repairs(warta_repairs* out, const warta_result* result) {
  return guarded(nullptr, [&] {
    require(out != nullptr && result != nullptr, "out or result is NULL");
    *out = {result->result.repairs.invalid_utf8_replaced, result->result.repairs.mojibake_repaired};
  });
}

int warta_result_json(char** out, const warta_result* result, int pretty) {
  return guarded(nullptr, [&] {
    require(out != nullptr, "out is NULL");
    *out = nullptr;
    require(result != nullptr, "result is NULL");
    warta::JsonOptions options;
    options.pretty = pretty != 0;
    const std::string json = warta::to_json(result->result, options);
    char* copy = new char[json.size() + 1];
    std::memcpy(copy, json.c_str(), json.size() + 1);
    *out = copy;
  });
}

void warta_string_free(char* str) { delete[] str; }

}  // extern "C"
