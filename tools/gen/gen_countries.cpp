// gen_countries: writes lib/lexicon/data/countries.tsv to stdout.
//
// Source: CLDR territory names as shipped in ICU (Unicode licence):
//   - canonical  = Indonesian ("id") display name of every ISO 3166-1 region
//                  ICU knows (icu::Locale::getISOCountries()),
//   - aliases    = the CLDR Indonesian "short" and "variant" forms, the part
//                  in parentheses of a display name ("Myanmar (Burma)"), and
//                  the English display name,
//   - overlay    = lib/lexicon/data/countries_overlay.tsv (curated): extra
//                  aliases, Wikidata QID, canonical override, kind.
//
// Usage: gen_countries <countries_overlay.tsv>
// Output is deterministic (sorted by ISO code) and independent of the locale
// of the machine running it.
//
// Overlay format (TAB separated, '#' comments):
//   CODE  ALIASES  KB_ID  CANONICAL_OVERRIDE  KIND
// ALIASES is '|' separated; an alias written "-X" removes X from the
// generated aliases (for English names that collide with common words or
// person names, e.g. "-Jordan"). KIND is "country" or "territory"; regions
// not listed in the overlay (or with empty KIND) are "territory".

#include <unicode/locid.h>
#include <unicode/udata.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Overlay {
    std::vector<std::string> aliases;
    std::set<std::string> removed;
    std::string qid;
    std::string canonical;
    std::string kind;
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

std::string to_utf8(const icu::UnicodeString& u) {
    std::string out;
    u.toUTF8String(out);
    return out;
}

// "Myanmar (Burma)" -> {"Myanmar", "Burma"}; "Aotearoa (Selandia Baru)" ->
// {"Aotearoa", "Selandia Baru"}.
std::pair<std::string, std::string> split_paren(const std::string& s) {
    const auto open = s.find(" (");
    if (open == std::string::npos || s.back() != ')') return {s, {}};
    return {s.substr(0, open), s.substr(open + 2, s.size() - open - 3)};
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    std::size_t pos = 0;
    while ((pos = s.find(from, pos)) != std::string::npos) {
        s.replace(pos, from.size(), to);
        pos += to.size();
    }
    return s;
}

// Reads a table like "Countries%short" from the ICU region tree for `locale`.
std::map<std::string, std::string> read_region_table(const char* locale, const char* table) {
    std::map<std::string, std::string> out;
    UErrorCode err = U_ZERO_ERROR;
    const std::string tree = std::string(U_ICUDATA_NAME) + U_TREE_SEPARATOR_STRING + "region";
    UResourceBundle* rb = ures_open(tree.c_str(), locale, &err);
    if (U_FAILURE(err)) return out;
    UResourceBundle* t = ures_getByKey(rb, table, nullptr, &err);
    if (U_SUCCESS(err)) {
        while (ures_hasNext(t)) {
            UResourceBundle* item = ures_getNextResource(t, nullptr, &err);
            if (U_FAILURE(err)) break;
            int32_t len = 0;
            const UChar* s = ures_getString(item, &len, &err);
            if (U_SUCCESS(err)) out[ures_getKey(item)] = to_utf8(icu::UnicodeString(s, len));
            ures_close(item);
        }
        ures_close(t);
    }
    ures_close(rb);
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: gen_countries <countries_overlay.tsv>\n";
        return 2;
    }
    std::map<std::string, Overlay> overlay;
    {
        std::ifstream in(argv[1]);
        if (!in) {
            std::cerr << "gen_countries: cannot open " << argv[1] << "\n";
            return 1;
        }
        std::string line;
        int lineno = 0;
        while (std::getline(in, line)) {
            ++lineno;
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (trim(line).empty() || line[0] == '#') continue;
            auto f = split(line, '\t');
            f.resize(5);
            const std::string code = trim(f[0]);
            if (code.size() != 2) {
                std::cerr << argv[1] << ":" << lineno << ": bad code '" << code << "'\n";
                return 1;
            }
            Overlay& o = overlay[code];
            for (const auto& a0 : split(f[1], '|')) {
                const std::string a = trim(a0);
                if (a.empty()) continue;
                if (a[0] == '-') o.removed.insert(a.substr(1));
                else o.aliases.push_back(a);
            }
            o.qid = trim(f[2]);
            o.canonical = trim(f[3]);
            o.kind = trim(f[4]);
        }
    }

    const auto id_short = read_region_table("id", "Countries%short");
    const auto id_variant = read_region_table("id", "Countries%variant");
    const icu::Locale id("id");
    const icu::Locale en("en");

    std::vector<std::string> codes;
    for (const char* const* c = icu::Locale::getISOCountries(); *c; ++c) codes.emplace_back(*c);
    std::sort(codes.begin(), codes.end());

    std::cout << "# countries.tsv -- generated by tools/gen/gen_countries.cpp from CLDR (via ICU "
              << U_ICU_VERSION << ")\n"
              << "# and lib/lexicon/data/countries_overlay.tsv. Do not edit; edit the overlay and\n"
              << "# run the regenerate-countries target.\n"
              << "# TYPE\tNAME\tALIASES\tKB_ID\tCOUNTRY\tATTRS\n";

    for (const auto& code : codes) {
        icu::UnicodeString u_id, u_en;
        const icu::Locale region("", code.c_str());
        region.getDisplayCountry(id, u_id);
        region.getDisplayCountry(en, u_en);
        const std::string name_id = to_utf8(u_id);
        const std::string name_en = to_utf8(u_en);
        if (name_id == code || name_id.empty()) continue;  // unknown to CLDR

        const auto ov_it = overlay.find(code);
        const Overlay empty;
        const Overlay& ov = ov_it == overlay.end() ? empty : ov_it->second;

        std::vector<std::string> cands;
        auto [base, paren] = split_paren(name_id);
        // "Hong Kong DAK Tiongkok" -> "Hong Kong"
        const auto dak = base.find(" DAK ");
        if (dak != std::string::npos) {
            cands.push_back(base);
            base = base.substr(0, dak);
        }
        const std::string canonical = ov.canonical.empty() ? base : ov.canonical;
        cands.push_back(base);
        if (!paren.empty()) cands.push_back(paren);
        for (const auto* table : {&id_short, &id_variant}) {
            const auto it = table->find(code);
            if (it == table->end()) continue;
            auto [b, p] = split_paren(it->second);
            cands.push_back(b);
            if (!p.empty()) cands.push_back(p);
        }
        for (const auto& a : ov.aliases) cands.push_back(a);
        {
            auto [b, p] = split_paren(name_en);
            const auto sar = b.find(" SAR ");
            if (sar != std::string::npos) b = b.substr(0, sar);
            b = replace_all(b, " & ", " and ");
            if (b.rfind("St. ", 0) == 0) b = "Saint " + b.substr(4);
            cands.push_back(b);
            if (!p.empty()) cands.push_back(p);
        }

        std::vector<std::string> aliases;
        std::set<std::string> seen{canonical};
        for (const auto& c : cands) {
            if (c.empty() || ov.removed.count(c) || !seen.insert(c).second) continue;
            aliases.push_back(c);
        }

        std::string joined;
        for (const auto& a : aliases) {
            if (!joined.empty()) joined += '|';
            joined += a;
        }
        const std::string kind = ov.kind.empty() ? "territory" : ov.kind;
        std::cout << "GPE\t" << canonical << '\t' << joined << '\t' << ov.qid << '\t' << code
                  << "\tkind=" << kind << '\n';
    }
    return 0;
}
