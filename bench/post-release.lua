-- wrk script: POST /api/v1/releases, each request a fresh valid release with 10 tracks.
-- UPCs (12 digits, GS1 check digit) and ISRCs are unique per organization across the runs of one bench: the first
-- UPC digit and the first ISRC registrant letter come from BENCH_RUN (1-9), then the wrk thread, then a counter.
-- The API key comes with wrk's -H. BENCH_IDEMPOTENCY=on adds an Idempotency-Key to each request, as the SDK sends on
-- every POST.

local threads = 0

function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

local B36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

local function base36(n, width)
  local s = ""
  for _ = 1, width do
    local d = n % 36
    s = string.sub(B36, d + 1, d + 1) .. s
    n = math.floor(n / 36)
  end
  return s
end

local function upc(payload) -- payload: 11 digits; weights 3, 1, 3, ... from the right
  local sum = 0
  for i = 1, #payload do
    local digit = tonumber(string.sub(payload, #payload - i + 1, #payload - i + 1))
    sum = sum + (i % 2 == 1 and digit * 3 or digit)
  end
  return payload .. tostring((10 - sum % 10) % 10)
end

function init(args)
  n = 0
  run = tonumber(os.getenv("BENCH_RUN") or "1")
  registrant = string.sub(B36, 10 + run + 1, 10 + run + 1) .. base36(tid, 2)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  idempotent = os.getenv("BENCH_IDEMPOTENCY") == "on"
end

function request()
  n = n + 1
  local tracks = {}
  for k = 0, 9 do
    tracks[#tracks + 1] = string.format(
      '{"title":"Track %d","isrc":"QZ%s%07d","duration_ms":%d,"explicit":false}',
      k + 1, registrant, n * 10 + k, 180000 + k * 1000)
  end
  local body = string.format(
    '{"title":"Bench %d-%d-%d","artist_name":"Bench Artist","upc":"%s","release_date":"2026-12-04","tracks":[%s]}',
    run, tid, n, upc(string.format("%d%02d%08d", run, tid, n)), table.concat(tracks, ","))
  local headers = nil
  if idempotent then
    headers = { ["Idempotency-Key"] = string.format("bench-%d-%d-%d", run, tid, n) }
    for name, value in pairs(wrk.headers) do
      headers[name] = value
    end
  end
  return wrk.format(nil, nil, headers, body)
end
