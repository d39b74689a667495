// Clocks, peak memory and summary statistics shared by every benchmark section.
#pragma once

#include <chrono>
#include <cstddef>
#include <vector>

namespace warta::bench {

using Clock = std::chrono::steady_clock;

inline double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// CPU time (user + system) this process has used so far, every thread included.
double cpu_seconds();

// Kernel-side cost charged to the calling thread so far: system CPU time and minor page faults
// (fresh pages the kernel had to map and zero).
struct KernelCost {
  double system_seconds = 0;
  long minor_faults = 0;
};
KernelCost thread_kernel_cost();

// Peak resident set size of this process so far, in MiB (getrusage ru_maxrss).
double peak_rss_mib();

// The system's 1-minute load average (0 when unknown).
double load_average();

// The q-quantile (0..1) of the samples, nearest-rank; the vector is reordered.
double quantile(std::vector<double>& samples, double q);

inline double median(std::vector<double> samples) { return quantile(samples, 0.5); }

}  // namespace warta::bench
