// The route handlers (internal to the server layer; routes.cc lists them).
#pragma once

#include "server/routes.h"

namespace secu::server::handlers {

// Evaluation (handlers_eval.cc).
void eval(const Api& api, const httplib::Request& req, httplib::Response& res);
void calculate(const Api& api, const httplib::Request& req, httplib::Response& res);
void trace(const Api& api, const httplib::Request& req, httplib::Response& res);
void schema(const Api& api, const httplib::Request& req, httplib::Response& res);

// Parameters (handlers_params.cc).
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

}  // namespace secu::server::handlers
