#include "sim/simulate.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <optional>
#include <queue>
#include <thread>

#include "rules/registry.h"
#include "sim/cost.h"
#include "sim/population_csv.h"

namespace secu::sim {

namespace {

using core::Money;

// Statistical bands (not law): the ages Belgian statistics publish.
constexpr std::array<std::pair<int, std::string_view>, 8> kAgeBands{{
    {0, "0-17"}, {18, "18-24"}, {25, "25-34"}, {35, "35-44"}, {45, "45-54"}, {55, "55-64"}, {65, "65-74"}, {75, "75+"}}};

std::string_view region_name(const std::optional<rules::Region>& r) {
  if (!r) return "unknown";
  switch (*r) {
    case rules::Region::flanders: return "flanders";
    case rules::Region::wallonia: return "wallonia";
    case rules::Region::brussels: return "brussels";
    case rules::Region::east_belgium: return "east_belgium";
  }
  return "unknown";
}

std::string_view age_band(const rules::Person& p, core::Date at) {
  if (!p.birth_date || at < *p.birth_date) return "unknown";
  const int age = core::age_on(*p.birth_date, at);
  std::string_view band = kAgeBands.front().second;
  for (const auto& [from, name] : kAgeBands)
    if (age >= from) band = name;
  return band;
}

/// One benefit of one person, under the law and the reform.
struct Item {
  std::string benefit;
  std::string person;   // the person's id in the situation
  std::string subject;  // what the decision is about, when more precise (a child's event)
  std::string_view region, age, family;
  Cell cell{};
  Money employer{};
  bool unknown = false;
};

/// What one household gave.
struct Result {
  std::string id;
  std::size_t line = 0;
  std::int64_t persons = 0;
  Money income{};
  Money law_total{};
  Money reform_total{};
  std::vector<Item> items;
  std::optional<BadRow> bad;
};

const rules::Person* person_of(const rules::Situation& s, const std::string& id) {
  for (const rules::Person& p : s.persons)
    if (p.id == id) return &p;
  return nullptr;
}

/// Costs each decision; `reform` false fills the law's side of the items, true the reform's.
core::Status add_decisions(const rules::Situation& s, const rules::Context& ctx, core::DayRange year, bool reform,
                           Result& out) {
  SECU_TRY(auto decisions, rules::evaluate_all(s, ctx));
  for (const explain::Decision& d : decisions) {
    const Cost c = cost_of(d, year);
    const bool recipient = d.status == explain::Status::entitled && (c.public_cost > Money{} || c.unknown_amount);
    if (!recipient && c.employer_cost == Money{}) continue;
    // One item per benefit, person and subject, law and reform sides together: two spells of
    // one person in the year make one recipient with the cost of both; a child benefit counts
    // each child (its subject is the child's event).
    auto it = std::find_if(out.items.begin(), out.items.end(), [&](const Item& i) {
      return i.benefit == d.benefit && i.person == d.person && i.subject == d.subject;
    });
    if (it == out.items.end()) {
      const rules::Person* p = person_of(s, d.person);
      it = out.items.insert(out.items.end(),
                            Item{.benefit = d.benefit,
                                 .person = d.person,
                                 .subject = d.subject,
                                 .region = region_name(p ? p->region : std::nullopt),
                                 .age = p ? age_band(*p, ctx.at) : "unknown",
                                 .family = p && p->family_situation ? rules::to_string(*p->family_situation) : "unknown"});
    }
    if (reform) {
      it->cell.reform_recipients = std::max<std::int64_t>(it->cell.reform_recipients, recipient ? 1 : 0);
      it->cell.reform_cost += c.public_cost;
      out.reform_total += c.public_cost;
    } else {
      it->cell.recipients = std::max<std::int64_t>(it->cell.recipients, recipient ? 1 : 0);
      it->cell.cost += c.public_cost;
      it->employer += c.employer_cost;
      it->unknown = it->unknown || c.unknown_amount;
      out.law_total += c.public_cost;
    }
  }
  return {};
}

Result evaluate(const Pending& row, const Options& o, core::DayRange year, const law::LawData& law, const law::LawData* reform) {
  Result r;
  const std::size_t line = row.line;
  r.line = line;
  if (row.bad) {
    r.bad = row.bad;
    return r;
  }
  auto h = read_row(row.json, line);
  if (!h) {
    r.bad = row.origin ? relocate(h.error(), *row.origin) : h.error();
    return r;
  }
  r.id = h->id;
  r.persons = static_cast<std::int64_t>(h->situation.persons.size());
  r.income = household_income(h->situation, o.at);
  const rules::Context ctx{.law = law, .at = o.at, .trace = false};
  if (auto done = add_decisions(h->situation, ctx, year, false, r); !done) {
    r.bad = BadRow{line, 0, done.error().field, done.error().message};
    return r;
  }
  if (reform) {
    const rules::Context rctx{.law = *reform, .at = o.at, .trace = false};
    if (auto done = add_decisions(h->situation, rctx, year, true, r); !done) {
      r.bad = BadRow{line, 0, done.error().field, "under the reform: " + done.error().message};
      return r;
    }
  }
  return r;
}

/// A population in blocks of households, JSON Lines or CSV (by `format`, or for `automatic`
/// by the first non-blank character: '{' for JSON Lines).
class Reader {
 public:
  Reader(std::istream& in, Format format) : lines_(in) {
    bool csv = format == Format::csv;
    if (format == Format::automatic) {
      while (in && in.peek() != EOF && std::isspace(in.peek())) in.get();
      csv = in.peek() != '{' && in.peek() != EOF;
    }
    if (csv) table_.emplace(in);
  }
  core::Result<bool> next(std::vector<Pending>& rows, std::size_t max) {
    if (table_) return table_->next(rows, max);
    rows.clear();
    if (!lines_.next(text_, numbers_, max)) return false;
    for (std::size_t i = 0; i < text_.size(); ++i) rows.push_back(Pending{.json = std::move(text_[i]), .line = numbers_[i]});
    return true;
  }
  std::uint64_t bytes() const { return table_ ? table_->bytes() : lines_.bytes(); }

 private:
  LineBlocks lines_;
  std::optional<CsvHouseholds> table_;
  std::vector<std::string> text_;
  std::vector<std::size_t> numbers_;
};

/// The deciles' inputs kept per household and per item until every income is known.
struct Kept {
  Money income{};
  Money law{};
  Money reform{};
};
struct KeptItem {
  std::uint32_t household = 0;
  std::uint32_t benefit = 0;
  Cell cell;
};

Money abs(Money m) { return m < Money{} ? -m : m; }

}  // namespace

Cell& Cell::operator+=(const Cell& o) {
  recipients += o.recipients;
  cost += o.cost;
  reform_recipients += o.reform_recipients;
  reform_cost += o.reform_cost;
  return *this;
}

Money household_income(const rules::Situation& s, core::Date at) {
  const core::YearMonth last = core::YearMonth::of(at).plus(-1);
  const core::YearMonth first = last.plus(-11);
  Money total{};
  for (const rules::Person& p : s.persons) {
    if (p.daily_wage) {
      std::int64_t days = 0;
      for (const rules::WorkMonth& m : p.work_months)
        if (first <= m.month && m.month <= last) days += m.days;
      total += *p.daily_wage * days;
    }
    if (p.quarterly_income) total += *p.quarterly_income * 4;
  }
  return total;
}

core::Result<Run> simulate(std::istream& in, const Options& o, const law::LawData& law, const law::LawData* reform) {
  Run run;
  run.year = {o.at, core::add_months(o.at, 12, core::EndOfMonth::clamp) - 1};
  run.with_reform = reform != nullptr;
  std::map<std::string, std::size_t> index;  // benefit id -> position in run.benefits
  std::vector<Kept> kept;
  std::vector<KeptItem> kept_items;
  auto smaller_change = [](const Change& a, const Change& b) { return abs(a.reform - a.law) > abs(b.reform - b.law); };
  std::priority_queue<Change, std::vector<Change>, decltype(smaller_change)> biggest(smaller_change);

  Reader reader(in, o.format);
  std::vector<Pending> rows;
  const unsigned threads = std::max(1u, o.threads);
  while (true) {
    SECU_TRY(bool more, reader.next(rows, o.block));
    if (!more) break;
    std::vector<Result> results(rows.size());
    std::atomic<std::size_t> next{0};
    {
      std::vector<std::jthread> workers;
      for (unsigned t = 0; t < threads; ++t)
        workers.emplace_back([&] {
          for (std::size_t i = next++; i < rows.size(); i = next++) results[i] = evaluate(rows[i], o, run.year, law, reform);
        });
    }
    for (Result& r : results) {
      if (r.bad) {
        run.bad_rows.push_back(std::move(*r.bad));
        continue;
      }
      const auto hh = static_cast<std::uint32_t>(kept.size());
      ++run.households;
      run.persons += r.persons;
      kept.push_back({r.income, r.law_total, r.reform_total});
      for (const Item& item : r.items) {
        auto [it, added] = index.try_emplace(item.benefit, run.benefits.size());
        if (added) run.benefits.push_back({.benefit = item.benefit});
        BenefitTotals& b = run.benefits[it->second];
        b.all += item.cell;
        b.employer_cost += item.employer;
        b.amount_unknown += item.unknown ? 1 : 0;
        b.by_region[std::string(item.region)] += item.cell;
        b.by_age_band[std::string(item.age)] += item.cell;
        b.by_family[std::string(item.family)] += item.cell;
        kept_items.push_back({hh, static_cast<std::uint32_t>(it->second), item.cell});
      }
      if (reform && r.law_total != r.reform_total) {
        biggest.push({r.id, r.line, r.law_total, r.reform_total});
        if (biggest.size() > o.biggest) biggest.pop();
      }
    }
    if (o.progress) o.progress(run.households + static_cast<std::int64_t>(run.bad_rows.size()), reader.bytes());
  }

  // Deciles: households ranked by income (then by order of reading), ten groups of equal size.
  std::vector<std::uint32_t> order(kept.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return kept[a].income < kept[b].income; });
  std::vector<std::uint8_t> decile(kept.size());
  for (std::size_t rank = 0; rank < order.size(); ++rank) {
    const auto d = static_cast<std::uint8_t>(rank * 10 / order.size());
    decile[order[rank]] = d;
    DecileChange& c = run.deciles[d];
    const Kept& k = kept[order[rank]];
    if (c.households == 0) c.income_floor = k.income;
    ++c.households;
    if (reform) {
      c.winners += k.reform > k.law ? 1 : 0;
      c.losers += k.reform < k.law ? 1 : 0;
      c.net += k.reform - k.law;
    }
  }
  for (const KeptItem& k : kept_items) run.benefits[k.benefit].by_decile[decile[k.household]] += k.cell;
  std::sort(run.benefits.begin(), run.benefits.end(), [](const auto& a, const auto& b) { return a.benefit < b.benefit; });
  std::sort(run.bad_rows.begin(), run.bad_rows.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
  while (!biggest.empty()) {
    run.biggest.push_back(biggest.top());
    biggest.pop();
  }
  std::reverse(run.biggest.begin(), run.biggest.end());
  return run;
}

core::Result<std::optional<Household>> find_household(std::istream& in, Format format, const std::string& id) {
  Reader reader(in, format);
  std::vector<Pending> rows;
  while (true) {
    SECU_TRY(bool more, reader.next(rows, 256));
    if (!more) return std::optional<Household>{};
    for (const Pending& row : rows) {
      if (row.bad) continue;
      auto h = read_row(row.json, row.line);
      if (h && h->id == id) return std::optional<Household>(std::move(*h));
    }
  }
}

}  // namespace secu::sim
