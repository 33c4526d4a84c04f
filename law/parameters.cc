#include "law/parameters.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "law/parameter_loader.h"
#include "law/yaml_read.h"

namespace secu::law {

namespace fs = std::filesystem;
using core::ErrorCode;
using core::fail;

namespace {

std::string id_of(const fs::path& dir, const fs::path& file) {
  std::string rel = fs::relative(file, dir).replace_extension().generic_string();
  std::replace(rel.begin(), rel.end(), '/', '.');
  return rel;
}

core::Error out_of_range(const Parameter& p, core::Date d) {
  return core::Error{ErrorCode::out_of_range,
                     fmt::format("no value of {} on {}: the data covers it from {}{}", p.id, d.iso(),
                                 p.entries.front().start.iso(),
                                 p.entries.back().value ? "" : " until " + p.entries.back().start.iso()),
                     p.id};
}

}  // namespace

core::Result<Parameters> Parameters::load(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return fail(ErrorCode::not_found, "parameter directory not found", dir);
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".yaml") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<Parameter> params;
  params.reserve(files.size());
  for (const auto& f : files) {
    SECU_TRY(std::string text, yaml::read_file(f.string()));
    SECU_TRY(Parameter p, parse_parameter(text, id_of(dir, f), f.string()));
    params.push_back(std::move(p));
  }
  return from(std::move(params));
}

core::Result<Parameters> Parameters::from(std::vector<Parameter> params) {
  auto map = std::make_shared<Map>();
  for (auto& p : params) {
    std::string id = p.id;
    if (!map->emplace(id, std::move(p)).second) return fail(ErrorCode::invalid_argument, "parameter defined twice", id);
  }
  Parameters out;
  out.base_ = std::move(map);
  return out;
}

Parameters Parameters::with(const Reform& reform) const {
  auto merged = overlay_ ? std::make_shared<Map>(*overlay_) : std::make_shared<Map>();
  for (const auto& [id, entries] : reform.changes) {
    const Parameter* current = find(id);
    if (!current || entries.empty()) continue;
    Parameter p = *current;
    const core::Date from = entries.front().start;
    std::erase_if(p.entries, [&](const Entry& e) { return e.start >= from; });
    p.entries.insert(p.entries.end(), entries.begin(), entries.end());
    merged->insert_or_assign(id, std::move(p));
  }
  Parameters out = *this;
  out.overlay_ = std::move(merged);
  return out;
}

const Parameter* Parameters::find(std::string_view id) const {
  if (overlay_) {
    if (auto it = overlay_->find(id); it != overlay_->end()) return &it->second;
  }
  if (!base_) return nullptr;
  auto it = base_->find(id);
  return it == base_->end() ? nullptr : &it->second;
}

std::vector<const Parameter*> Parameters::all() const {
  std::vector<const Parameter*> out;
  if (!base_) return out;
  for (const auto& [id, p] : *base_) out.push_back(find(id));
  return out;
}

std::size_t Parameters::size() const { return base_ ? base_->size() : 0; }

core::Result<Fetched<const Value*>> Parameters::at(std::string_view id, core::Date d) const {
  const Parameter* p = find(id);
  if (!p) return fail(ErrorCode::not_found, "unknown parameter", std::string(id));
  const Entry* e = p->entry_at(d);
  if (!e) return std::unexpected(out_of_range(*p, d));
  return Fetched<const Value*>{&*e->value, p, e};
}

core::Result<Fetched<Number>> Parameters::scalar(std::string_view id, core::Date d) const {
  SECU_TRY(auto f, at(id, d));
  const auto* n = std::get_if<Number>(f.value);
  if (!n) return fail(ErrorCode::internal, "parameter is not a scalar", std::string(id));
  return Fetched<Number>{*n, f.param, f.entry};
}

core::Result<Fetched<core::Money>> Parameters::money(std::string_view id, core::Date d) const {
  SECU_TRY(auto f, scalar(id, d));
  if (!is_money(f.param->unit)) return fail(ErrorCode::internal, "parameter is not an amount", std::string(id));
  SECU_TRY(core::Money m, f.value.money());
  return Fetched<core::Money>{m, f.param, f.entry};
}

core::Result<Fetched<core::Rate>> Parameters::rate(std::string_view id, core::Date d) const {
  SECU_TRY(auto f, scalar(id, d));
  if (f.param->unit != Unit::percent) return fail(ErrorCode::internal, "parameter is not a percentage", std::string(id));
  return Fetched<core::Rate>{f.value.percent(), f.param, f.entry};
}

core::Result<Fetched<std::int64_t>> Parameters::integer(std::string_view id, core::Date d) const {
  SECU_TRY(auto f, scalar(id, d));
  if (is_money(f.param->unit) || f.param->unit == Unit::percent)
    return fail(ErrorCode::internal, "parameter is not a count", std::string(id));
  auto i = f.value.integer();  // a fractional number of years asked as a whole number: bad data
  if (!i) return fail(ErrorCode::invalid_argument, i.error().message, std::string(id));
  return Fetched<std::int64_t>{*i, f.param, f.entry};
}

bool Parameters::category_is_null(std::string_view id, core::Date d, std::string_view category) const {
  const Parameter* p = find(id);
  const Entry* e = p ? p->entry_at(d) : nullptr;
  if (!e || !e->value) return false;
  const auto* values = std::get_if<CategoryValues>(&*e->value);
  if (!values) return false;
  for (const auto& [name, value] : *values)
    if (name == category) return !value;
  return false;
}

core::Result<Fetched<core::Money>> Parameters::money_in(std::string_view id, core::Date d, std::string_view category) const {
  SECU_TRY(auto f, at(id, d));
  const auto* cv = std::get_if<CategoryValues>(f.value);
  if (!cv || !is_money(f.param->unit)) return fail(ErrorCode::internal, "parameter is not an amount by category", std::string(id));
  for (const auto& [name, value] : *cv) {
    if (name != category) continue;
    if (!value) return fail(ErrorCode::out_of_range, fmt::format("no value of {} for {} on {}", id, category, d.iso()), std::string(id));
    SECU_TRY(core::Money m, value->money());
    return Fetched<core::Money>{m, f.param, f.entry};
  }
  return fail(ErrorCode::internal, fmt::format("unknown category '{}'", category), std::string(id));
}

core::Result<Fetched<core::Rate>> Parameters::rate_in(std::string_view id, core::Date d, std::string_view category) const {
  SECU_TRY(auto f, at(id, d));
  const auto* cv = std::get_if<CategoryValues>(f.value);
  if (!cv || f.param->unit != Unit::percent) return fail(ErrorCode::internal, "parameter is not a percentage by category", std::string(id));
  for (const auto& [name, value] : *cv) {
    if (name != category) continue;
    if (!value) return fail(ErrorCode::out_of_range, fmt::format("no value of {} for {} on {}", id, category, d.iso()), std::string(id));
    return Fetched<core::Rate>{value->percent(), f.param, f.entry};
  }
  return fail(ErrorCode::internal, fmt::format("unknown category '{}'", category), std::string(id));
}

core::Result<Fetched<std::int64_t>> Parameters::integer_in(std::string_view id, core::Date d, std::string_view category) const {
  SECU_TRY(auto f, at(id, d));
  const auto* cv = std::get_if<CategoryValues>(f.value);
  if (!cv || is_money(f.param->unit) || f.param->unit == Unit::percent)
    return fail(ErrorCode::internal, "parameter is not a count by category", std::string(id));
  for (const auto& [name, value] : *cv) {
    if (name != category) continue;
    if (!value) return fail(ErrorCode::out_of_range, fmt::format("no value of {} for {} on {}", id, category, d.iso()), std::string(id));
    auto i = value->integer();
    if (!i) return fail(ErrorCode::invalid_argument, i.error().message, std::string(id));
    return Fetched<std::int64_t>{*i, f.param, f.entry};
  }
  return fail(ErrorCode::internal, fmt::format("unknown category '{}'", category), std::string(id));
}

namespace {
const Bracket* bracket_for(const std::vector<Bracket>& scale, std::int64_t key) {
  const Bracket* found = nullptr;
  for (const auto& b : scale)
    if (b.from <= key) found = &b;
  return found;
}
}  // namespace

core::Result<Fetched<core::Money>> Parameters::money_on_date_scale(std::string_view id, core::Date d, core::Date key) const {
  SECU_TRY(auto f, at(id, d));
  const auto* scale = std::get_if<std::vector<Bracket>>(f.value);
  if (!scale || !f.param->scale_on_date || !is_money(f.param->unit))
    return fail(ErrorCode::internal, "parameter is not an amount scale on dates", std::string(id));
  const Bracket* b = bracket_for(*scale, key.days_since_epoch());
  if (!b || !b->value)
    return fail(ErrorCode::out_of_range,
                fmt::format("{} as published on {} has no value for {}", id, f.entry->start.iso(), key.iso()), std::string(id));
  SECU_TRY(core::Money m, b->value->money());
  return Fetched<core::Money>{m, f.param, f.entry};
}

core::Result<Fetched<Number>> Parameters::number_on_scale(std::string_view id, core::Date d, Number key) const {
  SECU_TRY(auto f, at(id, d));
  const auto* scale = std::get_if<std::vector<Bracket>>(f.value);
  if (!scale || f.param->scale_on_date) return fail(ErrorCode::internal, "parameter is not a numeric scale", std::string(id));
  const Bracket* b = bracket_for(*scale, key.micro());
  if (!b || !b->value) return fail(ErrorCode::out_of_range, fmt::format("{} has no value for {}", id, key.text()), std::string(id));
  return Fetched<Number>{*b->value, f.param, f.entry};
}

}  // namespace secu::law
