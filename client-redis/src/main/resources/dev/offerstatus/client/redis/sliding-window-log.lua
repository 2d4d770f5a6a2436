-- One permit of the client's sliding-window log (SlidingWindowRateLimiter), run atomically.
--
-- KEYS[1]  the log: start times (microseconds, newest first) of the last max(perSecond, perMinute)
--          calls of one app's operation, in increasing order of start
-- KEYS[2]  the hold: set when the log was lost (Redis restarted or flushed); nothing starts before
-- ARGV     perSecond (0: none), perMinute (0: none; not both 0), secondLength, minuteLength (microseconds, margins
--          included), maxAhead (microseconds), known (the newest start this caller was granted, 0
--          if none), now ('' = the Redis server's clock)
-- Returns  {granted (1 or 0), wait (microseconds until the start, or until asking again), start,
--           lost (1 when this call found the log lost and set the hold), now}
local now
if ARGV[7] ~= '' then
  now = tonumber(ARGV[7])
else
  local time = redis.call('TIME')
  now = tonumber(time[1]) * 1000000 + tonumber(time[2])
end
local perSecond, perMinute = tonumber(ARGV[1]), tonumber(ARGV[2])
local secondLength, minuteLength = tonumber(ARGV[3]), tonumber(ARGV[4])
local maxAhead, known = tonumber(ARGV[5]), tonumber(ARGV[6])
local longest, capacity = secondLength, perSecond
if perMinute > 0 then
  longest = minuteLength
  if perMinute > capacity then capacity = perMinute end
end

local newest = redis.call('LINDEX', KEYS[1], 0)
newest = newest and tonumber(newest)
local hold = redis.call('GET', KEYS[2])
hold = hold and tonumber(hold)

-- This caller was granted a start the log no longer holds, within the longest window: the log was
-- lost. Every start granted before it is at most maxAhead after now, so nothing may start before
-- now + maxAhead + longest.
local lost = 0
if known > 0 and known + longest > now and (not newest or newest < known)
    and (not hold or hold < known + longest) then
  lost = 1
  hold = now + maxAhead + longest
  redis.call('SET', KEYS[2], string.format('%.0f', hold),
    'PX', math.ceil((hold - now + longest) / 1000) + 1)
end

-- The earliest start at or after now that both windows allow: starts are handed out in increasing
-- order, so the n-th newest start is the oldest one a window of capacity n still counts.
local start = now
if newest and newest > start then start = newest end
if hold and hold > start then start = hold end
local function earliest(n, length, candidate)
  local oldest = redis.call('LINDEX', KEYS[1], n - 1)
  if oldest then
    local free = tonumber(oldest) + length
    if free > candidate then return free end
  end
  return candidate
end
if perSecond > 0 then start = earliest(perSecond, secondLength, start) end
if perMinute > 0 then start = earliest(perMinute, minuteLength, start) end

if start - now > maxAhead then
  return {0, start - now - maxAhead, start, lost, now}
end
local size = redis.call('LPUSH', KEYS[1], string.format('%.0f', start))
-- Never shorter than it was: another process may check a larger window on the same log.
local keep = capacity
if size - 1 > keep then keep = size - 1 end
redis.call('LTRIM', KEYS[1], 0, keep - 1)
redis.call('PEXPIRE', KEYS[1], math.ceil((start - now + longest) / 1000) + 1)
return {1, start - now, start, lost, now}
