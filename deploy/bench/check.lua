-- wrk script for deploy/bench/check.sh: POST /api/v1/checks with a random seeded subscriber's
-- manage token; half the values are published phone numbers (index < PUBLISHED), half never were.
local published = tonumber(os.getenv("PUBLISHED") or "1000")
local subscribers = tonumber(os.getenv("SUBSCRIBERS") or "10000")

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed or os.time())
end

function request()
  local index
  if math.random() < 0.5 then index = math.random(0, published - 1) else index = math.random(500000, 999999) end
  local body = string.format('{"type":"PHONE","value":"07400 %06d"}', index)
  local headers = {
    ["Content-Type"] = "application/json",
    ["X-Manage-Token"] = "bench-manage-" .. math.random(0, subscribers - 1),
  }
  return wrk.format("POST", "/api/v1/checks", headers, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("CHECK rps=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d socket_errors=%d\n",
      summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
      latency:percentile(99) / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
