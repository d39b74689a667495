#include "linearity.hpp"

#include <algorithm>
#include <span>
#include <stdexcept>
#include <string_view>

#include "measure.hpp"

namespace warta::bench {
namespace {

constexpr std::string_view kTitle = "Jokowi dan Anwar Bahas Batas Laut di Istana Bogor";

constexpr std::string_view kProse[] = {
    "Presiden Joko Widodo bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim di Istana Bogor, Jawa Barat, "
    "Senin (8/1/2024). Kedua pemimpin membahas kerja sama ekonomi dan perbatasan, termasuk percepatan "
    "perundingan batas laut di Selat Malaka.",
    "Menteri Luar Negeri Retno Marsudi mengatakan pertemuan itu berlangsung hangat. Pemerintah menargetkan nilai "
    "perdagangan kedua negara naik menjadi 25 miliar dolar AS pada 2025, sementara Bank Indonesia memperkirakan "
    "pertumbuhan ekonomi mencapai 5,1 persen tahun ini.",
    "Sebelumnya, Anwar tiba di Bandara Halim Perdanakusuma, Jakarta, pada Minggu (7/1/2024) malam dan disambut "
    "oleh Menteri Sekretaris Negara Pratikno. Kunjungan ini merupakan lawatan resmi pertamanya ke Indonesia "
    "sejak dilantik pada November 2022.",
};

constexpr std::string_view kQuotes[] = {
    "\"Kami sepakat mempercepat perundingan batas laut,\" kata Jokowi. \"Tidak ada alasan untuk menunda,\" ujar "
    "Anwar. Retno mengatakan, \"Kedua negara ingin hasil yang adil.\"",
    "Menurut Retno, pertemuan berikutnya digelar Juni mendatang. \u201cIni langkah penting,\u201d tuturnya. "
    "\u2018Kami optimistis,\u2019 imbuh dia. Anwar menegaskan bahwa Malaysia siap membuka pasar lebih luas.",
    "\"Perdagangan harus tumbuh,\" ucap Anwar, seperti dikutip Antara. Jokowi: \"Kita kerja bersama.\" "
    "\u201cSaya yakin,\u201d katanya, \u201cpekan depan tim teknis bertemu lagi.\u201d",
};

// Paragraphs from `parts`, round robin, joined by `separator`, until `bytes` are reached.
std::string build_body(std::span<const std::string_view> parts, std::string_view separator, std::size_t bytes) {
  std::string body;
  body.reserve(bytes + 512);
  for (std::size_t i = 0; body.size() < bytes; ++i) {
    body += parts[i % parts.size()];
    body += separator;
  }
  return body;
}

// The bodies the linearity rows read: paragraphs of one kind, joined by a separator.
struct BodyKind {
  std::string_view name;
  std::span<const std::string_view> parts;
  std::string_view separator;
};

// "one-line": the prose with no line break at all, one paragraph of 1 or 10 MB.
const BodyKind kBodies[] = {{"prose", kProse, "\n\n"}, {"quotes", kQuotes, "\n\n"}, {"one-line", kProse, " "}};

const BodyKind& body_kind(std::string_view name) {
  for (const BodyKind& kind : kBodies)
    if (kind.name == name) return kind;
  throw std::invalid_argument("no body \"" + std::string(name) + "\" (prose, quotes or one-line)");
}

struct Run {
  double seconds = 0;
  KernelCost kernel;
};

// One call, into a fresh result, or into `reused` when given (the result of the calls before).
Run time_once(const warta::Engine& engine, const std::string& body, warta::Result* reused = nullptr) {
  const warta::Input input{.text = body, .title = kTitle, .published = "2024-01-08"};
  warta::Result fresh;
  warta::Result& result = reused != nullptr ? *reused : fresh;
  const KernelCost before = thread_kernel_cost();
  const auto start = Clock::now();
  if (reused != nullptr) {
    engine.extract(input, {}, result);
  } else {
    result = engine.extract(input);
  }
  Run run{.seconds = seconds_since(start)};
  const KernelCost after = thread_kernel_cost();
  run.kernel = {after.system_seconds - before.system_seconds, after.minor_faults - before.minor_faults};
  if (result.article.paragraphs.empty()) throw std::logic_error("a generated body produced no paragraphs");
  return run;
}

constexpr std::size_t kMB = 1'000'000;

// The best of `calls` calls in a row; `first` gets the first call's time.
Run best_in_a_row(const warta::Engine& engine, const std::string& body, int calls, double& first,
                  warta::Result* reused = nullptr) {
  Run best{.seconds = 1e300};
  for (int c = 0; c < calls; ++c) {
    const Run run = time_once(engine, body, reused);
    if (c == 0) first = run.seconds;
    if (run.seconds < best.seconds) best = run;
  }
  return best;
}

// Three rounds; in each, the 1 MB body four times in a row, then the 10 MB body twice, each into a
// fresh result and then into one result kept for the size's calls.
LinearityRow measure(const warta::Engine& engine, const BodyKind& kind) {
  constexpr int kRounds = 3, kSmallCalls = 4, kLargeCalls = 2;
  const std::string small = build_body(kind.parts, kind.separator, kMB);
  const std::string large = build_body(kind.parts, kind.separator, 10 * kMB);
  LinearityRow row{.variant = std::string(kind.name),
                   .small_seconds = 1e300,
                   .large_seconds = 1e300,
                   .small_first_seconds = 1e300,
                   .large_first_seconds = 1e300,
                   .small_reused_seconds = 1e300,
                   .large_reused_seconds = 1e300};
  for (int r = 0; r < kRounds; ++r) {
    double first = 0;
    if (const Run run = best_in_a_row(engine, small, kSmallCalls, first); run.seconds < row.small_seconds) {
      row.small_seconds = run.seconds;
      row.small_system_seconds = run.kernel.system_seconds;
      row.small_faults = run.kernel.minor_faults;
    }
    row.small_first_seconds = std::min(row.small_first_seconds, first);
    if (const Run run = best_in_a_row(engine, large, kLargeCalls, first); run.seconds < row.large_seconds) {
      row.large_seconds = run.seconds;
      row.large_system_seconds = run.kernel.system_seconds;
      row.large_faults = run.kernel.minor_faults;
    }
    row.large_first_seconds = std::min(row.large_first_seconds, first);
    warta::Result small_result, large_result;
    row.small_reused_seconds =
        std::min(row.small_reused_seconds, best_in_a_row(engine, small, kSmallCalls, first, &small_result).seconds);
    row.large_reused_seconds =
        std::min(row.large_reused_seconds, best_in_a_row(engine, large, kLargeCalls, first, &large_result).seconds);
  }
  return row;
}

// The prose at each size, called in a row until about 0.3 s are spent (at least three calls).
std::vector<SizePoint> prose_curve(const warta::Engine& engine) {
  std::vector<SizePoint> curve;
  for (const double mb : {0.25, 0.5, 1.0, 2.0, 4.0, 10.0}) {
    const BodyKind& prose = body_kind("prose");
    const std::string body = build_body(prose.parts, prose.separator, static_cast<std::size_t>(mb * kMB));
    double spent = 0, best = 1e300;
    for (int c = 0; c < 3 || spent < 0.3; ++c) {
      const double seconds = time_once(engine, body).seconds;
      spent += seconds;
      best = std::min(best, seconds);
    }
    curve.push_back({mb, best});
  }
  return curve;
}

}  // namespace

LinearitySection measure_linearity(const warta::Engine& engine) {
  LinearitySection section;
  for (const BodyKind& kind : kBodies) section.rows.push_back(measure(engine, kind));
  section.prose_curve = prose_curve(engine);
  return section;
}

std::vector<double> time_body_calls(const warta::Engine& engine, std::string_view variant, double megabytes,
                                    int calls) {
  const BodyKind& kind = body_kind(variant);
  if (!(megabytes > 0) || megabytes > 1000) throw std::invalid_argument("a body's size must be in (0, 1000] MB");
  const std::string body = build_body(kind.parts, kind.separator, static_cast<std::size_t>(megabytes * kMB));
  warta::Result result;
  std::vector<double> seconds;
  for (int c = 0; c < calls; ++c) seconds.push_back(time_once(engine, body, &result).seconds);
  return seconds;
}

}  // namespace warta::bench
