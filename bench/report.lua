-- wrk script for bench/run.sh: counts every response outside 2xx (wrk's own status
-- counter only sees codes > 399) and the page cache's answers (the X-Cache header: hit,
-- miss, or none when the page cache is off or the response is not a cached page), and
-- prints one JSON line with the run's figures. Latencies are in microseconds, as wrk
-- measures them. bench/mix.lua reuses it.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
  cache_hit = 0
  cache_miss = 0
  cache_none = 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
  local cache = headers["X-Cache"] or headers["x-cache"]
  if cache == "hit" then
    cache_hit = cache_hit + 1
  elseif cache == "miss" then
    cache_miss = cache_miss + 1
  else
    cache_none = cache_none + 1
  end
end

local function total(name)
  local sum = 0
  for _, thread in ipairs(threads) do
    sum = sum + (thread:get(name) or 0)
  end
  return sum
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "bytes": %d, "non2xx": %d, '
      .. '"connect_errors": %d, "read_errors": %d, "write_errors": %d, "timeouts": %d, '
      .. '"cache_hit": %d, "cache_miss": %d, "cache_none": %d, '
      .. '"latency_mean_us": %.1f, "latency_p50_us": %d, "latency_p90_us": %d, '
      .. '"latency_p99_us": %d, "latency_max_us": %d}\n',
    summary.requests, summary.duration, summary.bytes, total("non2xx"),
    e.connect, e.read, e.write, e.timeout,
    total("cache_hit"), total("cache_miss"), total("cache_none"),
    latency.mean, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max))
end
