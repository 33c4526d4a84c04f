# fund/users: users, roles, argon2id passwords and session tokens (libsodium).
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
secu_fund_part(users
  SOURCES users.cc
  DEPS PkgConfig::SODIUM fmt::fmt
  TESTS users_test.cc)
