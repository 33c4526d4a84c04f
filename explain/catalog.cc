#include "explain/catalog.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/args.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace secu::explain {

using core::ErrorCode;
using core::fail;
using core::Lang;

std::string_view to_string(Status s) {
  switch (s) {
    case Status::entitled: return "entitled";
    case Status::not_entitled: return "not_entitled";
    case Status::cannot_tell: return "cannot_tell";
  }
  return "?";
}

std::string_view to_string(Per p) {
  switch (p) {
    case Per::day: return "day";
    case Per::week: return "week";
    case Per::month: return "month";
    case Per::quarter: return "quarter";
    case Per::year: return "year";
    case Per::once: return "once";
  }
  return "?";
}

namespace {

constexpr const char* kLangFiles[] = {"en.json", "fr.json", "nl.json"};

core::Result<std::map<std::string, std::string, std::less<>>> parse_catalog(const std::string& text, const std::string& name) {
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return fail(ErrorCode::invalid_argument, "expected a JSON object of key: text", name);
  std::map<std::string, std::string, std::less<>> out;
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (!it.value().is_string()) return fail(ErrorCode::invalid_argument, "expected text", name + ": " + it.key());
    out.emplace(it.key(), it.value().get<std::string>());
  }
  return out;
}

std::string rate_text(core::Rate r, Lang lang) {
  std::string t = r.percent_text();
  if (lang != Lang::en) {
    for (char& c : t) if (c == '.') c = ',';
    return t + " %";
  }
  return t + "%";
}

}  // namespace

core::Result<Catalog> Catalog::from_json(const std::array<std::string, 3>& texts) {
  Catalog c;
  for (std::size_t i = 0; i < 3; ++i) {
    SECU_TRY(c.texts_[i], parse_catalog(texts[i], kLangFiles[i]));
  }
  return c;
}

core::Result<Catalog> Catalog::load(const std::string& dir) {
  namespace fs = std::filesystem;
  Catalog c;
  for (std::size_t i = 0; i < 3; ++i) {
    const fs::path lang_dir = fs::path(dir) / std::string(kLangFiles[i]).substr(0, 2);
    std::error_code ec;
    if (!fs::is_directory(lang_dir, ec)) return fail(ErrorCode::not_found, "message catalog folder not found", lang_dir.string());
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(lang_dir))
      if (e.path().extension() == ".json") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f);
      std::stringstream ss;
      ss << in.rdbuf();
      SECU_TRY(auto part, parse_catalog(ss.str(), f.string()));
      for (auto& [key, text] : part)
        if (!c.texts_[i].emplace(key, std::move(text)).second)
          return fail(ErrorCode::invalid_argument, "message key defined twice", f.string() + ": " + key);
    }
  }
  return c;
}

const std::string* Catalog::text(std::string_view key, Lang lang) const {
  const auto& m = texts_[static_cast<std::size_t>(lang)];
  auto it = m.find(key);
  return it == m.end() ? nullptr : &it->second;
}

std::string Catalog::date(core::Date d, Lang lang) const {
  const std::string* month = text("month." + std::to_string(d.month()), lang);
  const std::string name = month ? *month : fmt::format("{:02}", d.month());
  // A language may spell a day its own way ("day.1": "1er" in French).
  const std::string* day = text("day." + std::to_string(d.day()), lang);
  return fmt::format("{} {} {}", day ? *day : std::to_string(d.day()), name, d.year());
}

std::string Catalog::render(const Message& m, Lang lang) const {
  const std::string* t = text(m.key, lang);
  if (!t) return "⟦" + m.key + "⟧";
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const Arg& a : m.args) {
    std::string v = std::visit(
        [&](const auto& x) -> std::string {
          using T = std::decay_t<decltype(x)>;
          if constexpr (std::is_same_v<T, core::Money>) return core::format_money(x, lang, x.ten_thousandths() % 100 ? 4 : 2);
          else if constexpr (std::is_same_v<T, core::Date>) return date(x, lang);
          else if constexpr (std::is_same_v<T, core::Rate>) return rate_text(x, lang);
          else if constexpr (std::is_same_v<T, std::int64_t>) return std::to_string(x);
          else if constexpr (std::is_same_v<T, Key>) return render(Message{x.key, {}}, lang);
          else return x;
        },
        a.value);
    store.push_back(fmt::arg(a.name.c_str(), std::move(v)));
  }
  try {
    return fmt::vformat(*t, store);
  } catch (const fmt::format_error&) {
    return "⟦" + m.key + "⟧";
  }
}

std::vector<std::string> Catalog::missing_keys() const {
  std::vector<std::string> out;
  const char* names[] = {"en", "fr", "nl"};
  for (std::size_t a = 0; a < 3; ++a)
    for (std::size_t b = 0; b < 3; ++b)
      for (const auto& [key, text] : texts_[a])
        if (!texts_[b].contains(key)) out.push_back(std::string(names[b]) + ": " + key);
  return out;
}

}  // namespace secu::explain
