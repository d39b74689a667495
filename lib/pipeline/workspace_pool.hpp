// Workspaces shared by the calls of one Engine.
//
// The Engine is immutable for its callers and shared by threads; this pool is the one piece of
// state its calls share. A call takes an idle workspace (or a new one) under a short lock, owns it
// alone while it runs, and gives it back under another. Bounded: at most `max_idle` workspaces
// wait in the pool, and a workspace whose buffers hold more than `retention_bytes` frees them
// before it is pooled, so an Engine keeps at most max_idle * retention_bytes between calls.
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <vector>

#include "pipeline/workspace.hpp"

namespace warta::detail {

class WorkspacePool {
 public:
  WorkspacePool(std::size_t retention_bytes, std::size_t max_idle);

  // A workspace for one call, given back to its pool when the lease ends.
  class Lease {
   public:
    Lease(WorkspacePool& pool, std::unique_ptr<Workspace> ws) noexcept : pool_(pool), ws_(std::move(ws)) {}
    ~Lease() { pool_.give_back(std::move(ws_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;

    Workspace& operator*() const noexcept { return *ws_; }
    Workspace* operator->() const noexcept { return ws_.get(); }

   private:
    WorkspacePool& pool_;
    std::unique_ptr<Workspace> ws_;
  };

  Lease lend();
  // Bytes held by the idle workspaces (their buffers' capacity).
  std::size_t idle_bytes() const;

  // Idle workspaces kept for an Engine: two per hardware thread, at least two.
  static std::size_t default_max_idle() noexcept;

 private:
  void give_back(std::unique_ptr<Workspace> ws) noexcept;

  const std::size_t retention_bytes_;
  const std::size_t max_idle_;
  mutable std::mutex mutex_;
  std::vector<std::unique_ptr<Workspace>> idle_;  // capacity max_idle_: giving back never allocates
};

}  // namespace warta::detail
