-- wrk script: POST /api/v1/releases with 10 tracks, each request a new release (no UPC, which is optional and unique
-- per organization; ISRCs are not unique, each request still gets its own). The API key comes from the environment:
--   BENCH_KEY=... wrk -t2 -c64 -d15s -s bench/post-release.lua http://127.0.0.1:18280
-- An Idempotency-Key per request (BENCH_IDEMPOTENCY=on) measures the path of the SDK, which sends one on every POST.
local key = os.getenv("BENCH_KEY") or error("set BENCH_KEY to an API key with the write scope")
local idempotent = os.getenv("BENCH_IDEMPOTENCY") == "on"
local counter = 0
local threads = 0
thread_id = 0 -- a global: setup sets it in each thread's own Lua state

function setup(thread)
  thread:set("thread_id", threads)
  threads = threads + 1
end

local function body(n)
  local tracks = {}
  for i = 1, 10 do
    tracks[i] = string.format(
      '{"title":"Track %d","isrc":"QZ%s%02d%05d","duration_ms":%d,"explicit":%s}',
      i, string.char(65 + thread_id % 26, 65 + math.floor(n / 100000) % 26, 65 + i), i % 100, n % 100000,
      180000 + i * 1000, i % 3 == 0 and "true" or "false")
  end
  return string.format(
    '{"title":"Bench release %d-%d","artist_name":"Bench Artist","label":"Bench Records","release_date":"2026-12-04",'
      .. '"genre":"Jazz","territories":["US","GB","DE"],"tracks":[%s]}',
    thread_id, n, table.concat(tracks, ","))
end

function request()
  counter = counter + 1
  local headers = { ["Content-Type"] = "application/json", ["X-API-Key"] = key }
  if idempotent then
    headers["Idempotency-Key"] = string.format("bench-%d-%d-%d", os.time(), thread_id, counter)
  end
  return wrk.format("POST", "/api/v1/releases", headers, body(counter))
end
