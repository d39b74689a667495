#include "report.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "text_fields.hpp"

namespace warta::bench {
namespace {

// Issue 8's targets (and those of issues 4, 5 and 6 the benchmark measures).
constexpr double kBaselineRatioTarget = 0.25;
constexpr double kTwoThreadSpeedupTarget = 1.8;
constexpr double kConstructionTargetMs = 20;
constexpr double kLinearityTarget = 11;
constexpr double kSummitShareTarget = 0.15;
constexpr double kDateSpeedupTarget = 1000;

struct SummitCost {
  double seconds = 0;
  double share_of_full = 0;  // of the whole pipeline's time
  double added = 0;          // relative to the pipeline without summits
};

std::optional<SummitCost> summit_cost(const CorpusSection& c) {
  for (const StageRow& row : c.stages) {
    if (row.name != "+summits") continue;
    const double full = c.stages.back().rate.seconds;
    const double without = full - row.increment_seconds;
    return SummitCost{row.increment_seconds, full > 0 ? row.increment_seconds / full : 0,
                      without > 0 ? row.increment_seconds / without : 0};
  }
  return std::nullopt;
}

const ScalingRow* scaling_at(const CorpusSection& c, unsigned threads) {
  for (const ScalingRow& row : c.scaling)
    if (row.threads == threads) return &row;
  return nullptr;
}

const char* verdict(bool met) { return met ? "met" : "MISSED"; }

void print_rate_row(std::ostream& out, std::string_view name, const Rate& r, std::string_view extra) {
  fmt::print(out, "  {:<22} {:>9.3f} s {:>9.2f} MB/s {:>10.0f} art/s  {}\n", name, r.seconds, r.mb_per_s,
             r.articles_per_s, extra);
}

void print_corpus(const Report& report, const CorpusSection& c, std::ostream& out) {
  fmt::print(out, "corpus: {} articles, {:.1f} MB (text + title) from {} file(s); loaded in {:.2f} s, RSS {:.0f} MiB\n",
             c.articles, c.bytes / 1e6, c.files.size(), c.load_seconds, c.rss_after_load_mib);
  fmt::print(out, "single thread (extract + to_json per article; best of {}):\n", report.repeat);
  print_rate_row(out, "baseline (decode+count)", c.baseline, fmt::format("{} words", c.baseline_words));
  if (c.wc)
    print_rate_row(out, "/usr/bin/wc -w", *c.wc,
                   fmt::format("{} words; pipeline = {:.2f}x wc", c.wc_words, c.full.mb_per_s / c.wc->mb_per_s));
  for (const StageRow& row : c.stages)
    print_rate_row(out, row.name, row.rate,
                   row.name == "layout" ? std::string() : fmt::format("+{:.3f} s", row.increment_seconds));
  print_rate_row(out, "full pipeline", c.full,
                 fmt::format("{:.3f}x baseline (target >= {}: {})", c.full.mb_per_s / c.baseline.mb_per_s,
                             kBaselineRatioTarget, verdict(c.full.mb_per_s >= kBaselineRatioTarget * c.baseline.mb_per_s)));
  if (const auto s = summit_cost(c))
    fmt::print(out, "  summits: {:.3f} s = {:.1f}% of the full pipeline, +{:.1f}% over the pipeline without them "
                    "(target <= {:.0f}%: {})\n",
               s->seconds, 100 * s->share_of_full, 100 * s->added, 100 * kSummitShareTarget,
               verdict(s->added <= kSummitShareTarget));
  fmt::print(out, "  latency per article: p50 {:.3f} ms, p99 {:.3f} ms, max {:.3f} ms; errors: {}\n",
             c.latency_p50_ms, c.latency_p99_ms, c.latency_max_ms, c.errors);
  fmt::print(out, "scaling (one Engine shared by every thread):\n");
  for (const ScalingRow& row : c.scaling)
    print_rate_row(out, fmt::format("{} thread(s)", row.threads), row.rate,
                   fmt::format("{:.2f}x, CPU time {:.2f}x one thread's, output {}", row.speedup, row.cpu_ratio,
                               row.identical ? "identical" : "DIFFERS"));
  if (const ScalingRow* two = scaling_at(c, 2))
    fmt::print(out, "  2 threads: {:.2f}x one thread (target >= {}: {})\n", two->speedup, kTwoThreadSpeedupTarget,
               verdict(two->speedup >= kTwoThreadSpeedupTarget && two->identical));
}

void print_dates(const DatesSection& d, std::ostream& out) {
  fmt::print(out, "date normalization ({} cases):\n", d.cases);
  fmt::print(out, "  warta       {:>12.0f} expressions/s ({} normalized in {:.3f} s; {} of one round dated)\n",
             d.warta.per_second(), d.warta.expressions, d.warta.seconds, d.warta.with_value);
  if (d.dateparser) {
    const DateThroughput& p = *d.dateparser;
    const double ratio = p.per_second() > 0 ? d.warta.per_second() / p.per_second() : 0;
    fmt::print(out, "  dateparser  {:>12.0f} expressions/s ({} in {:.3f} s after {:.3f} s start-up; {} dated)\n",
               p.per_second(), p.expressions, p.seconds, p.startup_seconds, p.with_value);
    fmt::print(out, "  warta is {:.0f}x faster (target >= {:.0f}x: {})\n", ratio, kDateSpeedupTarget,
               verdict(ratio >= kDateSpeedupTarget));
  }
}

}  // namespace

void print_table(const Report& report, std::ostream& out) {
  fmt::print(out, "warta-bench ({} hardware threads; load average {:.2f} before, {:.2f} after)\n",
             report.hardware_threads, report.load_before, report.load_after);
  fmt::print(out, "engine construction: median {:.2f} ms of {} (target <= {:.0f} ms: {})\n",
             report.construction_median_ms, report.construction_ms.size(), kConstructionTargetMs,
             verdict(report.construction_median_ms <= kConstructionTargetMs));
  if (report.corpus) print_corpus(report, *report.corpus, out);
  if (report.dates) print_dates(*report.dates, out);
  if (!report.linearity.rows.empty()) {
    fmt::print(out, "linear cost (full pipeline, one body; steady state: best of calls in a row):\n");
    for (const LinearityRow& row : report.linearity.rows)
      fmt::print(out, "  {:<8} 1 MB {:>8.3f} s   10 MB {:>8.3f} s   ratio {:.2f} (target <= {:.0f}: {})\n", row.variant,
                 row.small_seconds, row.large_seconds, row.ratio(), kLinearityTarget,
                 verdict(row.ratio() <= kLinearityTarget));
    for (const LinearityRow& row : report.linearity.rows)
      fmt::print(out, "  {:<8} into a reused result: 1 MB {:>8.3f} s   10 MB {:>8.3f} s   ratio {:.2f} ({})\n", row.variant,
                 row.small_reused_seconds, row.large_reused_seconds, row.reused_ratio(),
                 verdict(row.reused_ratio() <= kLinearityTarget));
    for (const LinearityRow& row : report.linearity.rows)
      fmt::print(out, "  {:<8} kernel time {:.3f} s / {:.3f} s, page faults {} / {}; ratio without kernel time {:.2f}\n",
                 row.variant, row.small_system_seconds, row.large_system_seconds, row.small_faults, row.large_faults,
                 row.user_ratio());
    for (const LinearityRow& row : report.linearity.rows)
      fmt::print(out, "  {:<8} first call after the other size: 1 MB {:.3f} s, 10 MB {:.3f} s, ratio {:.2f}\n",
                 row.variant, row.small_first_seconds, row.large_first_seconds, row.first_call_ratio());
    std::string curve;
    for (const SizePoint& p : report.linearity.prose_curve)
      curve += fmt::format("{}{:g} MB {:.1f}", curve.empty() ? "" : ", ", p.megabytes, p.seconds_per_mb() * 1e3);
    fmt::print(out, "  prose, ms per MB by body size: {}\n", curve);
  }
  fmt::print(out, "peak RSS of warta-bench: {:.1f} MiB (corpus held in memory, linearity bodies)\n", report.peak_rss_mib);
}

namespace {

std::string rate_json(const Rate& r) {
  return fmt::format(R"({{"seconds": {:.6f}, "mb_per_s": {:.3f}, "articles_per_s": {:.1f}}})", r.seconds, r.mb_per_s,
                     r.articles_per_s);
}

std::string dates_json(const DateThroughput& d) {
  return fmt::format(
      R"({{"expressions": {}, "seconds": {:.6f}, "startup_seconds": {:.6f}, "per_second": {:.1f}, "dated_per_round": {}}})",
      d.expressions, d.seconds, d.startup_seconds, d.per_second(), d.with_value);
}

template <class T, class F>
std::string json_list(const std::vector<T>& items, F&& item_json) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + item_json(items[i]);
  return out + "]";
}

std::string corpus_json(const CorpusSection& c) {
  std::string out = "{\"files\": " + json_list(c.files, [](const std::string& f) { return json_quote(f); });
  out += fmt::format(R"(, "articles": {}, "bytes": {}, "load_seconds": {:.3f}, "rss_after_load_mib": {:.1f})",
                     c.articles, c.bytes, c.load_seconds, c.rss_after_load_mib);
  out += fmt::format(R"(, "baseline": {}, "baseline_words": {}, "full": {}, "ratio_to_baseline": {:.4f})",
                     rate_json(c.baseline), c.baseline_words, rate_json(c.full), c.full.mb_per_s / c.baseline.mb_per_s);
  if (c.wc)
    out += fmt::format(R"(, "wc": {}, "wc_words": {}, "ratio_to_wc": {:.4f})", rate_json(*c.wc), c.wc_words,
                       c.full.mb_per_s / c.wc->mb_per_s);
  out += ", \"stages\": " + json_list(c.stages, [](const StageRow& r) {
           return fmt::format(R"({{"name": {}, "rate": {}, "increment_seconds": {:.6f}}})", json_quote(r.name),
                              rate_json(r.rate), r.increment_seconds);
         });
  if (const auto s = summit_cost(c))
    out += fmt::format(R"(, "summits": {{"seconds": {:.6f}, "share_of_full": {:.4f}, "added_over_rest": {:.4f}}})",
                       s->seconds, s->share_of_full, s->added);
  out += fmt::format(R"(, "latency_ms": {{"p50": {:.4f}, "p99": {:.4f}, "max": {:.4f}}}, "errors": {})",
                     c.latency_p50_ms, c.latency_p99_ms, c.latency_max_ms, c.errors);
  out += ", \"scaling\": " + json_list(c.scaling, [](const ScalingRow& r) {
           return fmt::format(R"({{"threads": {}, "rate": {}, "speedup": {:.3f}, "cpu_ratio": {:.3f}, "identical": {}}})",
                              r.threads, rate_json(r.rate), r.speedup, r.cpu_ratio, r.identical);
         });
  return out + "}";
}

}  // namespace

void print_json(const Report& report, std::ostream& out) {
  std::string json = fmt::format(
      R"({{"hardware_threads": {}, "load_before": {:.2f}, "load_after": {:.2f}, "repeat": {}, "construction_ms": {{"median": {:.3f}, "all": [{:.3f}]}})",
      report.hardware_threads, report.load_before, report.load_after, report.repeat, report.construction_median_ms, fmt::join(report.construction_ms, ", "));
  if (report.corpus) json += ", \"corpus\": " + corpus_json(*report.corpus);
  if (report.dates) {
    const DatesSection& d = *report.dates;
    json += fmt::format(R"(, "dates": {{"cases": {}, "warta": {})", d.cases, dates_json(d.warta));
    if (d.dateparser)
      json += fmt::format(R"(, "dateparser": {}, "speedup": {:.1f})", dates_json(*d.dateparser),
                          d.warta.per_second() / d.dateparser->per_second());
    json += "}";
  }
  if (!report.linearity.rows.empty()) {
    json += ", \"linearity\": " + json_list(report.linearity.rows, [](const LinearityRow& r) {
              return fmt::format(
                  R"({{"variant": {}, "seconds_1mb": {:.6f}, "seconds_10mb": {:.6f}, "ratio": {:.3f}, )"
                  R"("system_seconds_1mb": {:.6f}, "system_seconds_10mb": {:.6f}, "page_faults_1mb": {}, )"
                  R"("page_faults_10mb": {}, "ratio_without_kernel": {:.3f}, "first_call_seconds_1mb": {:.6f}, )"
                  R"("first_call_seconds_10mb": {:.6f}, "first_call_ratio": {:.3f}, "reused_seconds_1mb": {:.6f}, )"
                  R"("reused_seconds_10mb": {:.6f}, "reused_ratio": {:.3f}}})",
                  json_quote(r.variant), r.small_seconds, r.large_seconds, r.ratio(), r.small_system_seconds,
                  r.large_system_seconds, r.small_faults, r.large_faults, r.user_ratio(), r.small_first_seconds,
                  r.large_first_seconds, r.first_call_ratio(), r.small_reused_seconds, r.large_reused_seconds,
                  r.reused_ratio());
            });
    json += ", \"prose_seconds_per_mb\": " + json_list(report.linearity.prose_curve, [](const SizePoint& p) {
              return fmt::format(R"({{"megabytes": {:g}, "seconds_per_mb": {:.6f}}})", p.megabytes, p.seconds_per_mb());
            });
  }
  json += fmt::format(R"(, "peak_rss_mib": {:.1f}}})", report.peak_rss_mib);
  out << json << '\n';
}

}  // namespace warta::bench
