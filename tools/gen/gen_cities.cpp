// gen_cities: writes lib/lexicon/data/cities.tsv to stdout.
//
// Source: the GeoNames city table (CC-BY-4.0, geonames.org) as packaged by
// Debian in libgeonames0 / libgeonames-dev (queried through its C API), and
// the Indonesian names from libgeonames-common
// (/usr/share/locale/id/LC_MESSAGES/geonames.mo, msgid = geonameid), parsed
// directly here so the output does not depend on the build machine's locale.
//
// Selection: every city with population >= 100000, plus every city named in
// the overlay (capitals and other cities Indonesian news mention). Indonesian
// places are skipped: they are curated in indonesia_regions.tsv (GeoNames'
// English forms such as "South Tangerang" or "Jambi City" are not what
// Indonesian media write).
//
// Usage: gen_cities <cities_overlay.tsv> [geonames-id.mo]
//
// Overlay format (TAB separated, '#' comments):
//   KEY  ALIASES  KB_ID  CANONICAL_OVERRIDE  FLAGS
// KEY is a geonameid ("524901") or "CC:GeoNames name" ("RU:Moscow"; the most
// populous match wins). ALIASES is '|' separated, "-X" removes a generated
// alias. FLAGS: "capital" marks a national capital (always included); "skip"
// drops the city (a city-state duplicating its country, or a city whose name is
// far more often something else in Indonesian news, e.g. Toyota).
//
// Note: libgeonames itself is GPL-3; it is only used at generation time (this
// program is a developer tool, not part of the warta library). The emitted
// data is GeoNames data, CC-BY-4.0, attributed in NOTICE.

#include <geonames.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace {

struct City {
    std::string id, name, cc;
    std::uint32_t pop = 0;
};

struct Overlay {
    std::vector<std::string> aliases;
    std::set<std::string> removed;
    std::string qid, canonical, flags;
    bool used = false;
};

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
        if (c == sep) {
            out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    out.push_back(cur);
    return out;
}

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos) return {};
    const auto e = s.find_last_not_of(" \t\r");
    return s.substr(b, e - b + 1);
}

// Minimal GNU .mo reader (both byte orders).
std::map<std::string, std::string> read_mo(const std::string& path) {
    std::map<std::string, std::string> out;
    std::ifstream in(path, std::ios::binary);
    if (!in) return out;
    const std::string d((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (d.size() < 28) return out;
    auto u32 = [&](std::size_t off, bool swap) -> std::uint32_t {
        if (off + 4 > d.size()) return 0;
        const auto* p = reinterpret_cast<const unsigned char*>(d.data() + off);
        return swap ? (std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | p[3])
                    : (std::uint32_t(p[3]) << 24 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[1]) << 8 | p[0]);
    };
    bool swap = false;
    if (u32(0, false) != 0x950412deu) {
        if (u32(0, true) != 0x950412deu) return out;
        swap = true;
    }
    const std::uint32_t n = u32(8, swap), orig = u32(12, swap), trans = u32(16, swap);
    for (std::uint32_t i = 0; i < n; ++i) {
        const std::uint32_t ol = u32(orig + 8 * i, swap), oo = u32(orig + 8 * i + 4, swap);
        const std::uint32_t tl = u32(trans + 8 * i, swap), to = u32(trans + 8 * i + 4, swap);
        if (std::size_t(oo) + ol > d.size() || std::size_t(to) + tl > d.size()) break;
        std::string key = d.substr(oo, ol), val = d.substr(to, tl);
        if (!key.empty()) out.emplace(std::move(key), std::move(val));
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3) {
        std::cerr << "usage: gen_cities <cities_overlay.tsv> [geonames.mo]\n";
        return 2;
    }
    const std::string mo_path = argc == 3 ? argv[2] : "/usr/share/locale/id/LC_MESSAGES/geonames.mo";
    const auto id_names = read_mo(mo_path);
    if (id_names.empty()) {
        std::cerr << "gen_cities: cannot read Indonesian GeoNames translations from " << mo_path << "\n";
        return 1;
    }

    std::map<std::string, Overlay> overlay;  // key as written
    {
        std::ifstream in(argv[1]);
        if (!in) {
            std::cerr << "gen_cities: cannot open " << argv[1] << "\n";
            return 1;
        }
        std::string line;
        while (std::getline(in, line)) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (trim(line).empty() || line[0] == '#') continue;
            auto f = split(line, '\t');
            f.resize(5);
            Overlay& o = overlay[trim(f[0])];
            for (const auto& a0 : split(f[1], '|')) {
                const std::string a = trim(a0);
                if (a.empty()) continue;
                if (a[0] == '-') o.removed.insert(a.substr(1));
                else o.aliases.push_back(a);
            }
            o.qid = trim(f[2]);
            o.canonical = trim(f[3]);
            o.flags = trim(f[4]);
        }
    }

    std::vector<City> cities;
    const int n = geonames_get_n_cities();
    for (int i = 0; i < n; ++i) {
        GeonamesCity* c = geonames_get_city(i);
        if (!c) continue;
        City city;
        const gchar* s = nullptr;
        g_variant_get_child(c, 0, "&s", &s);
        city.id = s;
        g_variant_get_child(c, 1, "&s", &s);
        city.name = s;
        g_variant_get_child(c, 4, "&s", &s);
        city.cc = s;
        g_variant_get_child(c, 7, "u", &city.pop);
        geonames_city_free(c);
        cities.push_back(std::move(city));
    }
    std::sort(cities.begin(), cities.end(), [](const City& a, const City& b) {
        if (a.cc != b.cc) return a.cc < b.cc;
        if (a.pop != b.pop) return a.pop > b.pop;
        if (a.name != b.name) return a.name < b.name;
        return a.id < b.id;
    });

    // Resolve overlay keys to geonameids.
    std::map<std::string, Overlay*> by_id;
    for (auto& [key, o] : overlay) {
        if (!key.empty() && std::all_of(key.begin(), key.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
            by_id[key] = &o;
            continue;
        }
        const auto colon = key.find(':');
        const std::string cc = key.substr(0, colon == std::string::npos ? 0 : colon);
        const std::string nm = colon == std::string::npos ? key : key.substr(colon + 1);
        const City* best = nullptr;
        for (const auto& c : cities)  // sorted by population within a country
            if (c.cc == cc && c.name == nm) {
                best = &c;
                break;
            }
        if (!best) {
            std::cerr << "gen_cities: warning: overlay key not found in GeoNames: " << key << "\n";
            continue;
        }
        if (by_id.count(best->id)) std::cerr << "gen_cities: warning: duplicate overlay for " << key << "\n";
        by_id[best->id] = &o;
    }

    std::cout << "# cities.tsv -- generated by tools/gen/gen_cities.cpp from GeoNames (CC-BY-4.0,\n"
              << "# https://www.geonames.org, via Debian libgeonames) and\n"
              << "# lib/lexicon/data/cities_overlay.tsv. Do not edit; edit the overlay and run the\n"
              << "# regenerate-cities target. Cities with population >= 100000 plus overlay cities;\n"
              << "# Indonesia is excluded (see indonesia_regions.tsv). ATTRS capital=1 marks capitals.\n"
              << "# TYPE\tNAME\tALIASES\tKB_ID\tCOUNTRY\tATTRS\n";

    for (const auto& c : cities) {
        const auto ov_it = by_id.find(c.id);
        Overlay* ov = ov_it == by_id.end() ? nullptr : ov_it->second;
        if (c.pop < 100000 && !ov) continue;
        if (ov && ov->flags.find("skip") != std::string::npos) continue;
        if (c.cc == "ID") continue;  // Indonesia is curated in indonesia_regions.tsv
        const auto tr = id_names.find(c.id);
        std::string canonical = tr != id_names.end() ? tr->second : c.name;
        if (ov && !ov->canonical.empty()) canonical = ov->canonical;

        std::vector<std::string> cands;
        if (tr != id_names.end()) cands.push_back(tr->second);
        cands.push_back(c.name);
        if (ov) cands.insert(cands.end(), ov->aliases.begin(), ov->aliases.end());
        std::set<std::string> seen{canonical};
        std::string joined;
        for (const auto& a : cands) {
            if (a.empty() || (ov && ov->removed.count(a)) || !seen.insert(a).second) continue;
            if (!joined.empty()) joined += '|';
            joined += a;
        }
        std::string attrs = "kind=city;pop=" + std::to_string(c.pop);
        if (ov && ov->flags.find("capital") != std::string::npos) attrs += ";capital=1";
        std::cout << "GPE\t" << canonical << '\t' << joined << '\t' << (ov ? ov->qid : std::string()) << '\t'
                  << c.cc << '\t' << attrs << '\n';
    }
    return 0;
}
