-- wrk script for the benchmarks: each connection sends the request paths of a file in turn
-- (wrk -s bench/urls.lua … http://HOST:PORT -- PATH_FILE) and, at the end, one line in the format of
-- bench/Load.java: requests, errors (non-2xx/3xx answers, failed connects, reads, writes and timeouts),
-- throughput and the p50, p95, p99 and max latency in milliseconds.
local paths = {}
local next_path = 0

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  -- threads start at different places, so that all paths are in flight from the start
  next_path = math.random(#paths) - 1
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format("requests=%d errors=%d throughput=%.0f/s p50=%.1f p95=%.1f p99=%.1f max=%.1f\n",
    summary.requests, errors, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
