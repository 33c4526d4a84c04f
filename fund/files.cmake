# fund/files: incapacity and maternity files, their events, the re-decision by the rules,
# and the daily benefits booked as due payments.
secu_fund_part(files
  SOURCES files.cc file_events.cc benefits_due.cc
  DEPS secu_fund_users nlohmann_json::nlohmann_json
  TESTS files_test.cc)
