// Decision: what secu says about one benefit or right for one person on a date.
//
// status (entitled / not entitled / cannot tell yet, with the missing facts, most
// decisive first), amounts with units, a schedule of periods with the payer, reasons with
// citations, obligations with computed deadlines, the competent institutions, and on
// request the trace of named steps and parameter versions.
//
// Texts are messages (a catalog key and arguments), rendered in a language only at the
// edge (explain/render.h), so one decision serves en, fr and nl.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/citation.h"
#include "core/date.h"
#include "core/money.h"

namespace secu::explain {

enum class Status { entitled, not_entitled, cannot_tell };
std::string_view to_string(Status s);

/// The period an amount is for.
enum class Per { day, week, month, quarter, year, once };
std::string_view to_string(Per p);

/// A catalog key used as an argument (rendered in the same language).
struct Key {
  std::string key;
  friend bool operator==(const Key&, const Key&) = default;
};

/// A named argument of a message.
struct Arg {
  std::string name;
  std::variant<core::Money, core::Date, core::Rate, std::int64_t, std::string, Key> value;
  friend bool operator==(const Arg&, const Arg&) = default;
};

/// A text: a catalog key (data/messages) and its named arguments.
struct Message {
  std::string key;
  std::vector<Arg> args;
  friend bool operator==(const Message&, const Message&) = default;
};

/// A rule applied, with the sentence of the law it implements.
struct Reason {
  std::string rule;  // citation id (data/citations) or parameter id
  Message text;
  core::Citation cite;
};

/// A fact that would settle the decision, as a question to ask.
struct MissingFact {
  std::string fact;  // JSON pointer into the situation
  Message question;
};

/// A named amount.
struct Amount {
  std::string name;
  Message label;
  core::Money value;
  Per per = Per::day;
  bool at_least = false;  // the law may raise it (a minimum not in the data)
};

/// A stretch of the schedule: who pays how much per unit, from when to when.
struct Period {
  core::DayRange days;
  std::string payer;  // institution id (data/institutions)
  core::Money amount;
  Per per = Per::day;
  Message basis;            // e.g. "60 % of the capped daily wage"
  std::int32_t benefit_days = 0;  // days paid in a 6-day week, when paid per day
  bool at_least = false;
  bool amount_known = true;  // false: the payer and dates are known, the amount is not
  bool open_end = false;     // true: runs on from days.first with no end known yet
};

/// An open period from `from`, paid by `payer` per `per`, whose amount is not known (the
/// basis says why): the payer and the start are known, the end and the amount are not.
inline Period unknown_amount_from(core::Date from, std::string payer, Per per, Message basis) {
  Period pd;
  pd.days = {from, from};
  pd.payer = std::move(payer);
  pd.per = per;
  pd.basis = std::move(basis);
  pd.amount_known = false;
  pd.open_end = true;
  return pd;
}

/// What the person must do, by when, and where.
struct Obligation {
  Message text;
  std::optional<core::Date> deadline;
  std::string institution;
  core::Citation cite;
};

/// A named intermediate value, with the parameter version that produced it.
struct TraceStep {
  std::string name;
  std::string value;
  std::string parameter;  // id, when the value is a parameter
  std::optional<core::Date> since;
  std::string source;
};

/// The answer about one benefit or right.
struct Decision {
  std::string benefit;  // e.g. "sickness.employee"
  std::string person;   // the person's id in the situation
  std::string subject;  // what it is about, when more precise: a JSON pointer (an attestation line)
  Status status = Status::cannot_tell;
  Message summary;
  std::vector<Amount> amounts;
  std::vector<Period> schedule;
  std::vector<Reason> reasons;
  std::vector<MissingFact> missing;
  std::vector<Obligation> obligations;
  std::optional<Obligation> appeal;  // how to contest this decision, and by when
  std::vector<std::string> institutions;
  std::vector<TraceStep> trace;
};

}  // namespace secu::explain
