// Institutions and rule citations, as data (data/institutions/, data/citations/).
//
//   SECU_TRY(LawData data, LawData::load("data"));
//   const Institution* inami = data.institution("inami");
//   const core::Citation* c = data.citation("sickness.employee.waiting_period.2013");
#pragma once

#include <array>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/citation.h"
#include "core/lang.h"
#include "core/result.h"
#include "law/parameters.h"

namespace secu::law {

/// A competent institution and how to reach it (the seeds' annex).
struct Institution {
  std::string id;
  std::string kind;
  std::array<std::string, 4> name;          // en, fr, nl, de ("" where unknown)
  std::array<std::string, 4> abbreviation;  // en, fr, nl, de
  std::string street, postcode, city;
  std::vector<std::string> phone, email, website;
  core::Citation source;
  /// The name in `lang` (fr, nl, en).
  const std::string& name_in(core::Lang lang) const { return name[static_cast<std::size_t>(lang)]; }
  /// The abbreviation in `lang`, else the French one, else "".
  const std::string& abbreviation_in(core::Lang lang) const;
};

/// Everything under data/: parameters, institutions, citations.
class LawData {
 public:
  /// Loads data/params, data/institutions and data/citations below `data_dir`.
  static core::Result<LawData> load(const std::string& data_dir);

  const Parameters& params() const { return params_; }
  /// The same data with a reform on top.
  LawData with(const Reform& reform) const;
  const Institution* institution(std::string_view id) const;
  const core::Citation* citation(std::string_view id) const;
  std::vector<const Institution*> institutions() const;
  const std::map<std::string, core::Citation, std::less<>>& citations() const { return *citations_; }

 private:
  Parameters params_;
  std::shared_ptr<const std::map<std::string, Institution, std::less<>>> institutions_;
  std::shared_ptr<const std::map<std::string, core::Citation, std::less<>>> citations_;
};

/// Parses one institution file (id must equal the file's base name).
core::Result<Institution> parse_institution(std::string_view text, const std::string& file, std::string_view id);
/// Parses one citations file into `out`.
core::Status parse_citations(std::string_view text, const std::string& file,
                             std::map<std::string, core::Citation, std::less<>>& out);

}  // namespace secu::law
