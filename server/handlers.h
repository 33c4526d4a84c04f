// The route handlers (internal to the server layer; routes.cc lists them).
#pragma once

#include <vector>

#include "server/routes.h"

namespace secu::server::handlers {

// Evaluation (handlers_eval.cc).
void eval(const Api& api, const httplib::Request& req, httplib::Response& res);
void calculate(const Api& api, const httplib::Request& req, httplib::Response& res);
void trace(const Api& api, const httplib::Request& req, httplib::Response& res);
void schema(const Api& api, const httplib::Request& req, httplib::Response& res);

// Parameters and institutions (handlers_params.cc).
void institutions(const Api& api, const httplib::Request& req, httplib::Response& res);
void params(const Api& api, const httplib::Request& req, httplib::Response& res);
void param(const Api& api, const httplib::Request& req, httplib::Response& res);
void openfisca_parameters(const Api& api, const httplib::Request& req, httplib::Response& res);
void openfisca_parameter(const Api& api, const httplib::Request& req, httplib::Response& res);

// Operations and documentation (handlers_meta.cc).
void health(const Api& api, const httplib::Request& req, httplib::Response& res);
void ready(const Api& api, const httplib::Request& req, httplib::Response& res);
void metrics(const Api& api, const httplib::Request& req, httplib::Response& res);
void openapi(const Api& api, const httplib::Request& req, httplib::Response& res);
void docs(const Api& api, const httplib::Request& req, httplib::Response& res);

// The back office, each part's routes beside its handlers (handlers_<part>.cc).
std::vector<Route> auth_routes();        // login, logout, me, users, audit log
std::vector<Route> member_routes();      // members, affiliations, dependants, insurability, stored decisions
std::vector<Route> files_routes();       // incapacity and maternity files, their events, benefits due
std::vector<Route> payment_routes();     // payment batches, their SEPA files and the bank's report, payments
std::vector<Route> appeal_routes();      // appeals against decisions, their deadline and outcome
std::vector<Route> attestation_routes(); // attestations of care: intake, reading back, MAF counters
std::vector<Route> web_routes();         // the web page (/, /app/{file}) and its texts (/v1/messages)
std::vector<Route> simulations_routes(); // population simulations as background jobs, public

}  // namespace secu::server::handlers
