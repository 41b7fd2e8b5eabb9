-- wrk script for bench/web-load.sh: requests the paths listed in a file (one per line), in turn, and prints the
-- latency percentiles wrk does not (p95). Each wrk thread loads the list itself (threads share no Lua state).
local paths = {}
local next_path = 1

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  -- Threads start at different places in the list, so they do not ask for the same page at once.
  next_path = math.random(#paths)
end

function request()
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (status %d), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
