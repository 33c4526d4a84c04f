-- wrk script for scripts/load.sh: POST a situation (the file named by $SECU_LOAD_BODY) to /v1/eval.
local f = assert(io.open(os.getenv("SECU_LOAD_BODY"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
