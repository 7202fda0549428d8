-- wrk script for bench/intake.sh: every request is a POST /api/v1/reports with its own summary, so that no
-- two reports are alike; at the end one line in the format of bench/urls.lua (errors count non-2xx answers).
local counter = 0
local tag = ""

function init(args)
  tag = (args[1] or "run") .. "-" .. tostring(math.random(1000000))
end

function request()
  counter = counter + 1
  local body = string.format('{"reporter":"bench-%s","summary":"Phishing report %s-%d",' ..
    '"body":"Received a mail asking to log in at hxxp://example[.]test/%d"}', tag, tag, counter, counter)
  -- a headers table replaces wrk.headers (the -H options, with the token), so they are copied into it
  local headers = {["Content-Type"] = "application/json"}
  for name, value in pairs(wrk.headers) do
    headers[name] = value
  end
  return wrk.format("POST", "/api/v1/reports", headers, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format("requests=%d errors=%d throughput=%.0f/s p50=%.1f p95=%.1f p99=%.1f max=%.1f\n",
    summary.requests, errors, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
