-- wrk script for scripts/load.sh --target attestations: POST /v1/attestations, one new paper
-- attestation per request (a GP consultation, 101010, fee 18.85, DMG holder), each with its
-- own idempotency key and sticker number built from the run, the wrk thread and a counter.
-- Environment: SECU_LOAD_TOKEN (a clerk's bearer token), SECU_LOAD_NISS (the members' NISS,
-- comma-separated), SECU_LOAD_RUN (a number that makes keys and stickers unique to the run).
-- At the end prints "load_attestations: <n> 201, <m> other" (counted from every thread).
local token = os.getenv("SECU_LOAD_TOKEN")
local run = tonumber(os.getenv("SECU_LOAD_RUN") or "0")
local niss = {}
for n in string.gmatch(os.getenv("SECU_LOAD_NISS") or "", "[0-9]+") do niss[#niss + 1] = n end

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
  threads[#threads + 1] = thread
end

counter, created, other = 0, 0, 0  -- globals: done() reads them with thread:get

function init(args)
  assert(#niss > 0, "SECU_LOAD_NISS is empty")
end

-- The day of 2024 numbered d (0-based), plus `plus` days, as YYYY-MM-DD.
local function day(d, plus)
  return os.date("%Y-%m-%d", os.time({year = 2024, month = 1, day = 1 + d + plus, hour = 12}))
end

function request()
  -- k numbers the attestations of the run across threads (thread tid takes k = counter*64 + tid):
  -- member k mod #niss, a care day of 2024 that differs for each of a member's attestations.
  local k = counter * 64 + tid
  counter = counter + 1
  local d = math.floor(k / #niss) % 366
  local body = string.format(
    '{"idempotency_key":"load-%d-%d-%d","niss":"%s","form":"paper","sticker_number":"%04d%02d%08d",' ..
    '"received_on":"%s","lines":[{"date":"%s","code":"101010","fee_charged":"18.85",' ..
    '"provider":{"kind":"gp","conventioned":true,"holds_dmg":true}}]}',
    run, tid, counter, niss[k % #niss + 1], run % 10000, tid, counter, day(d, 10), day(d, 0))
  return wrk.format("POST", "/v1/attestations",
                    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end

function response(status, headers, body)
  if status == 201 then created = created + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local c, o = 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    o = o + t:get("other")
  end
  io.write(string.format("load_attestations: %d 201, %d other\n", c, o))
end
