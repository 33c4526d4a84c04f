# fund/payments: payment batches with their SEPA files (pain.001 to the bank, the bank's
# pain.002 back; libxml2) and appeals against decisions.
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBXML2 REQUIRED IMPORTED_TARGET libxml-2.0)
secu_fund_part(payments
  SOURCES payments.cc sepa.cc appeals.cc
  DEPS PkgConfig::LIBXML2 nlohmann_json::nlohmann_json
  TESTS payments_test.cc sepa_test.cc appeals_test.cc)
