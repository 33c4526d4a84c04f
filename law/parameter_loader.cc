#include "law/parameter_loader.h"

#include <algorithm>

#include <fmt/format.h>

namespace secu::law {

using core::ErrorCode;
using yaml::error_at;
using yaml::Where;

namespace {

core::Result<Number> number_of(const YAML::Node& n, const Where& w, Unit unit) {
  if (!n.IsScalar()) return std::unexpected(error_at(w, "expected a number"));
  if (unit == Unit::boolean) {
    if (n.Scalar() == "true") return Number::from_micro(Number::kScale);
    if (n.Scalar() == "false") return Number::from_micro(0);
    return std::unexpected(error_at(w, "expected true or false"));
  }
  auto num = Number::parse(n.Scalar());
  if (!num) return std::unexpected(error_at(w, num.error().message));
  if (is_money(unit) && num->micro() % 100 != 0)
    return std::unexpected(error_at(w, "an amount in EUR has at most 4 decimals"));
  if (unit == Unit::percent && num->micro() % 100 != 0)
    return std::unexpected(error_at(w, "a percentage has at most 4 decimals"));
  if (is_whole(unit) && num->micro() % Number::kScale != 0)
    return std::unexpected(error_at(w, "a number of " + std::string(to_string(unit)) + " is a whole number"));
  return *num;
}

core::Result<CategoryValues> categories_of(const YAML::Node& n, const Where& w, const Parameter& p) {
  if (!n.IsMap()) return std::unexpected(error_at(w, "expected a map of category: value"));
  CategoryValues out;
  for (const auto& cat : p.categories) {
    const YAML::Node v = n[cat];
    if (!v) return std::unexpected(error_at(w.at(cat), "category missing (write null when not known)"));
    if (v.IsNull()) { out.emplace_back(cat, std::nullopt); continue; }
    SECU_TRY(Number num, number_of(v, w.at(cat), p.unit));
    out.emplace_back(cat, num);
  }
  for (const auto& kv : n) {
    const std::string key = kv.first.Scalar();
    if (std::find(p.categories.begin(), p.categories.end(), key) == p.categories.end())
      return std::unexpected(error_at(w.at(key), "unknown category (declare it in 'categories')"));
  }
  return out;
}

core::Result<std::int64_t> threshold_of(const YAML::Node& n, const Where& w, const Parameter& p) {
  if (p.scale_on_date) {
    SECU_TRY(core::Date d, yaml::date_of(n, w));
    return static_cast<std::int64_t>(d.days_since_epoch());
  }
  SECU_TRY(Number num, number_of(n, w, p.scale_unit.value_or(Unit::count)));
  return num.micro();
}

core::Result<std::vector<Bracket>> brackets_of(const YAML::Node& n, const Where& w, const Parameter& p) {
  if (!n.IsSequence() || n.size() == 0) return std::unexpected(error_at(w, "expected a list of {from, value}"));
  std::vector<Bracket> out;
  for (std::size_t i = 0; i < n.size(); ++i) {
    const Where wi = w.at(std::to_string(i));
    SECU_RETURN_IF_ERROR(yaml::only_keys(n[i], wi, {"from", "value"}));
    if (!n[i]["from"] || !n[i]["value"]) return std::unexpected(error_at(wi, "a bracket needs 'from' and 'value'"));
    SECU_TRY(std::int64_t from, threshold_of(n[i]["from"], wi.at("from"), p));
    std::optional<Number> value;
    if (!n[i]["value"].IsNull()) {
      SECU_TRY(value, number_of(n[i]["value"], wi.at("value"), p.unit));
    }
    if (!out.empty() && from <= out.back().from) return std::unexpected(error_at(wi.at("from"), "brackets must ascend"));
    out.push_back({from, value});
  }
  return out;
}

core::Result<Value> value_of(const YAML::Node& n, const Where& w, const Parameter& p) {
  switch (p.kind) {
    case Kind::scalar: {
      SECU_TRY(Number num, number_of(n, w, p.unit));
      return Value(num);
    }
    case Kind::by_category: {
      SECU_TRY(CategoryValues cv, categories_of(n, w, p));
      return Value(std::move(cv));
    }
    case Kind::scale: {
      SECU_TRY(std::vector<Bracket> b, brackets_of(n, w, p));
      return Value(std::move(b));
    }
  }
  return std::unexpected(error_at(w, "unknown kind"));
}

core::Result<Entry> entry_of(const YAML::Node& n, const Where& w, const Parameter& p, core::Date start) {
  Entry e{start, std::nullopt, {}};
  if (n.IsNull()) return e;
  SECU_RETURN_IF_ERROR(yaml::only_keys(n, w, {"value", "source", "note"}));
  if (!n["value"]) return std::unexpected(error_at(w, "'value' is required (write the whole entry as null to end the parameter)"));
  SECU_TRY(Value v, value_of(n["value"], w.at("value"), p));
  e.value = std::move(v);
  SECU_TRY(e.source, yaml::citation_of(n["source"], w.at("source")));
  SECU_TRY(std::string note, yaml::optional_string(n, "note", w));
  if (!note.empty()) e.source.note = e.source.note.empty() ? note : e.source.note + " " + note;
  return e;
}

core::Status header_of(const YAML::Node& root, const Where& w, Parameter& p) {
  SECU_RETURN_IF_ERROR(yaml::only_keys(root, w, {"description", "label", "unit", "kind", "categories", "scale_on", "values"}));
  SECU_TRY(p.description, yaml::required_string(root, "description", w));
  const YAML::Node label = root["label"];
  SECU_RETURN_IF_ERROR(yaml::only_keys(label, w.at("label"), {"en", "fr", "nl", "de"}));
  SECU_TRY(p.label[0], yaml::required_string(label, "en", w.at("label")));
  SECU_TRY(p.label[1], yaml::required_string(label, "fr", w.at("label")));
  SECU_TRY(p.label[2], yaml::required_string(label, "nl", w.at("label")));
  SECU_TRY(std::string unit, yaml::required_string(root, "unit", w));
  auto u = parse_unit(unit);
  if (!u) return std::unexpected(error_at(w.at("unit"), "unknown unit '" + unit + "' (see docs/data-format.md)"));
  p.unit = *u;
  SECU_TRY(std::string kind, yaml::optional_string(root, "kind", w));
  if (kind.empty() || kind == "scalar") p.kind = Kind::scalar;
  else if (kind == "by_category") p.kind = Kind::by_category;
  else if (kind == "scale") p.kind = Kind::scale;
  else return std::unexpected(error_at(w.at("kind"), "expected scalar, by_category or scale"));
  return {};
}

core::Status kind_details(const YAML::Node& root, const Where& w, Parameter& p) {
  const YAML::Node cats = root["categories"];
  if (p.kind == Kind::by_category) {
    if (!cats || !cats.IsSequence() || cats.size() == 0)
      return std::unexpected(error_at(w.at("categories"), "by_category needs a list of categories"));
    for (const auto& c : cats) {
      if (!c.IsScalar() || c.Scalar().empty()) return std::unexpected(error_at(w.at("categories"), "expected names"));
      p.categories.push_back(c.Scalar());
    }
  } else if (cats) {
    return std::unexpected(error_at(w.at("categories"), "only a by_category parameter has categories"));
  }
  SECU_TRY(std::string scale_on, yaml::optional_string(root, "scale_on", w));
  if (p.kind != Kind::scale) {
    if (!scale_on.empty()) return std::unexpected(error_at(w.at("scale_on"), "only a scale has scale_on"));
    return {};
  }
  if (scale_on.empty()) return std::unexpected(error_at(w.at("scale_on"), "a scale needs scale_on (a unit or 'date')"));
  if (scale_on == "date") { p.scale_on_date = true; return {}; }
  p.scale_unit = parse_unit(scale_on);
  if (!p.scale_unit) return std::unexpected(error_at(w.at("scale_on"), "unknown unit '" + scale_on + "'"));
  return {};
}

}  // namespace

core::Status parse_values(const YAML::Node& values, const Where& w, Parameter& p) {
  if (!values || !values.IsMap() || values.size() == 0)
    return std::unexpected(error_at(w, "expected a map of start date: value (at least one)"));
  for (const auto& kv : values) {
    const Where we = w.at(kv.first.Scalar());
    SECU_TRY(core::Date start, yaml::date_of(kv.first, we));
    if (!p.entries.empty() && start <= p.entries.back().start)
      return std::unexpected(error_at(we, "dates must be in ascending order, each once"));
    SECU_TRY(Entry e, entry_of(kv.second, we, p, start));
    p.entries.push_back(std::move(e));
  }
  if (!p.entries.front().value) return std::unexpected(error_at(w, "the first value cannot be null"));
  return {};
}

core::Result<Parameter> parse_parameter(std::string_view text, std::string id, std::string file) {
  SECU_TRY(YAML::Node root, yaml::parse_text(text, file));
  Parameter p;
  p.id = std::move(id);
  p.file = file;
  const Where w{std::move(file), ""};
  try {
    SECU_RETURN_IF_ERROR(header_of(root, w, p));
    SECU_RETURN_IF_ERROR(kind_details(root, w, p));
    SECU_RETURN_IF_ERROR(parse_values(root["values"], w.at("values"), p));
  } catch (const YAML::Exception& e) {
    return std::unexpected(error_at(w, std::string("malformed YAML structure: ") + e.what()));
  }
  return p;
}

}  // namespace secu::law
