// `secu user add NAME --role ROLE [--db URL]` and `secu user list [--db URL]`: the back
// office's accounts, from the command line (the first admin, before anyone can log in).
// The password is read from $SECU_PASSWORD, else one line of standard input; never from
// the command line, where other users of the machine could read it (ps, shell history).
//
//   SECU_PASSWORD='correct horse battery' secu user add alice --role admin --db sqlite:fund.db
//   secu user list --db sqlite:fund.db
#pragma once

#include <string>

namespace secu::cli {

/// Creates the user (audit log: "user.create" by "system"); prints its id. Exit 2 for a
/// bad name, role or password, or a name taken; 3 for a database that cannot be opened.
int user_add(const std::string& url, const std::string& name, const std::string& role);

/// Prints the users, one a line: id, name, role (by name).
int user_list(const std::string& url);

}  // namespace secu::cli
