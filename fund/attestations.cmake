# fund/attestations: attestation intake (paper with its sticker number, or eAttest) decided
# line by line by rules/healthcare, the MAF counters, the due payment.
secu_fund_part(attestations
  SOURCES attestation_intake.cc attestation_decide.cc attestations.cc attestation_read.cc attestation_pay.cc maf_counters.cc
          attestation_redecide.cc
  DEPS secu_rules secu_explain nlohmann_json::nlohmann_json
  TESTS attestations_test.cc)
