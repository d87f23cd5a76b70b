-- wrk script for deploy/bench/intake.sh: POST /api/v1/reports with a realistic report: an account of
-- about 2 KB, three identifiers (a phone number, an email address, a username on a platform), a
-- location, a perpetrator description and consents, each request with different values.
local words = { "he", "booked", "an", "outcall", "through", "the", "site", "and", "arrived", "late", "then",
  "refused", "to", "pay", "when", "asked", "became", "aggressive", "pushed", "me", "against", "door", "took",
  "my", "phone", "left", "in", "a", "grey", "car", "after", "about", "twenty", "minutes", "said", "would",
  "come", "back", "with", "friends", "shouted", "names", "at", "hotel", "reception", "called" }

local threads = {}

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
  table.insert(threads, thread)
end

statuses = {}

function response(status, headers, body)
  if status >= 300 then statuses[status] = (statuses[status] or 0) + 1 end
end

function init(args)
  math.randomseed(seed or os.time())
end

local function account()
  local parts, size = {}, 0
  while size < 2000 do
    local w = words[math.random(#words)]
    parts[#parts + 1] = w
    size = size + #w + 1
  end
  return table.concat(parts, " ") .. "."
end

function request()
  local n = math.random(0, 999999)
  local body = string.format(
    '{"categories":["PHYSICAL_ASSAULT","ROBBERY"],"account":"%s","occurredAt":{"date":"%s"},'
      .. '"area":"metropolitan","setting":"OUTCALL","locationText":"A hotel near the station",'
      .. '"identifiers":[{"type":"PHONE","value":"07700 9%05d"},{"type":"EMAIL","value":"client%d@example.com"},'
      .. '{"type":"USERNAME","value":"punter%d","platform":"AdultWork"}],'
      .. '"consents":{"alertOthers":true,"policeIntel":false,"policeContactMe":false,"supportContactMe":false,'
      .. '"research":false},"language":"en"}',
    account(), os.date("!%Y-%m-%d", os.time() - 86400), n % 100000, n, n)
  return wrk.format("POST", "/api/v1/reports", { ["Content-Type"] = "application/json" }, body)
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout
  io.write(string.format("INTAKE rps=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d\n",
      summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
      latency:percentile(99) / 1000, errors))
  local seen = {}
  for _, t in ipairs(threads) do
    for status, n in pairs(t:get("statuses")) do seen[status] = (seen[status] or 0) + n end
  end
  for status, n in pairs(seen) do io.write(string.format("INTAKE status %d: %d\n", status, n)) end
end
