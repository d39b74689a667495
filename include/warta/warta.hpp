// warta — read Indonesian online news articles into structured facts.
//
// Umbrella header. Quick start:
//   warta::Engine engine;                        // build once, share across threads
//   warta::Result r = engine.extract({.text = article_utf8});
//   std::string json = warta::to_json(r);        // warta/1
// All spans are half-open UTF-8 byte offsets into the input as given.
#pragma once

#include "warta/engine.hpp"
#include "warta/json.hpp"
#include "warta/jsonl.hpp"
#include "warta/result.hpp"
#include "warta/version.hpp"
