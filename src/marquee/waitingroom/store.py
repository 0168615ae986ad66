"""The waiting room's state in Redis (B6): gates, tickets, the admission pointer and the
counters the rate controller reads.

Every web worker (or a restarted one) sees the same queue because nothing lives in a
process: each operation is one Lua script, atomic in Redis. Keys, under
``settings.MARQUEE_WAITINGROOM_PREFIX``:

- ``gates``: hash, showtime ID → gate ID (a gate covers one showtime or a whole on-sale);
- ``gate:<g>``: hash, the gate's state: ``on``, ``mode`` (staff/auto), ``rate``
  (admissions per second), ``admitted`` (the admission pointer, a float), ``last`` (when
  the pointer last moved), ``showtimes``;
- ``seq:<g>``: the arrival counter; a member's ticket is its value when they arrived;
- ``tickets:<g>``: hash, member ID → ``"<seq>"`` or ``"<seq>:<pass issued at>"``. The
  only member data here, a bare row ID with no other item, is dropped when staff close
  the gate and in any case a day after the last arrival (``TICKET_TTL``);
- ``demand:<showtime>:<second>``: seat-map requests in one second (auto gating);
- ``m:hold:<g>:<window>`` (histogram of hold latencies, queueing included),
  ``m:wait:<g>:<window>`` (histogram of the time admitted members' requests waited in
  the server's backlog before a worker took them), ``m:done:<g>:<second>`` (completed
  bookings), ``m:crowd:<g>:<window>`` (the waiting crowd's backlog waits: arrivals and
  polls, which may hold the rate, never cut it): the controller's inputs; all expiring
  after a minute;
- ``ctl:<g>``: the controller's turn (``SET NX PX``: one worker per period).

Admission is a pointer, not a list walk: everyone whose ticket is at or below
``floor(admitted)`` is in, so admission follows arrival order by construction. Each
status poll moves the pointer by ``rate × elapsed`` (elapsed capped at one second, so an
idle gate banks no burst), never past the last ticket.
"""

from __future__ import annotations

import functools
import time

from django.conf import settings

TICKET_TTL = 86400

JOIN = """
local t = redis.call('HGET', KEYS[1], ARGV[1])
if t then
  local seq, issued = string.match(t, '^(%d+):?([%d.]*)$')
  if issued == '' or tonumber(ARGV[2]) <= tonumber(issued) + tonumber(ARGV[3]) then
    return {tonumber(seq), 0}
  end
end
local seq = redis.call('INCR', KEYS[2])
redis.call('HSET', KEYS[1], ARGV[1], tostring(seq))
redis.call('EXPIRE', KEYS[1], ARGV[4])
redis.call('EXPIRE', KEYS[2], ARGV[4])
return {seq, 1}
"""

# KEYS: gate hash, seq, tickets[, controller lock, wait histogram]. ARGV: member ('' =
# none), now[, lock period in ms (0: no controller turn asked), wait bucket ('': none),
# histogram TTL]. The optional part is the fast path's (``fastpath.py``): one round trip
# records the poll's queueing time (the crowd's histogram) and tells the caller whether
# the controller's turn is theirs.
STATUS = """
local on = redis.call('HGET', KEYS[1], 'on')
if on ~= '1' then return {'off'} end
local turn = 0
if KEYS[5] and ARGV[4] ~= '' then
  redis.call('HINCRBY', KEYS[5], ARGV[4], 1)
  redis.call('EXPIRE', KEYS[5], ARGV[5])
end
if KEYS[4] and tonumber(ARGV[3]) > 0 then
  if redis.call('SET', KEYS[4], '1', 'NX', 'PX', ARGV[3]) then turn = 1 end
end
local now = tonumber(ARGV[2])
local last = tonumber(redis.call('HGET', KEYS[1], 'last') or ARGV[2])
local rate = tonumber(redis.call('HGET', KEYS[1], 'rate') or '1')
local admitted = tonumber(redis.call('HGET', KEYS[1], 'admitted') or '0')
local seq = tonumber(redis.call('GET', KEYS[2]) or '0')
local elapsed = math.min(1.0, math.max(0.0, now - last))
admitted = math.min(seq, admitted + rate * elapsed)
redis.call('HSET', KEYS[1], 'admitted', tostring(admitted), 'last', tostring(now))
local mine = -1
local issued = ''
if ARGV[1] ~= '' then
  local t = redis.call('HGET', KEYS[3], ARGV[1])
  if t then
    local s, i = string.match(t, '^(%d+):?([%d.]*)$')
    mine = tonumber(s)
    issued = i
    if mine <= math.floor(admitted) and issued == '' then
      redis.call('HSET', KEYS[3], ARGV[1], s .. ':' .. ARGV[2])
      issued = ARGV[2]
    end
  end
end
return {'on', mine, tostring(admitted), tostring(rate), seq, issued, turn}
"""

# KEYS: gates hash, demand key. ARGV: showtime, threshold, now, initial rate, prefix.
CHECK = """
local g = redis.call('HGET', KEYS[1], ARGV[1])
if g then return g end
local threshold = tonumber(ARGV[2])
if threshold <= 0 then return false end
local n = redis.call('INCR', KEYS[2])
if n == 1 then redis.call('EXPIRE', KEYS[2], 5) end
if n <= threshold then return false end
g = 's' .. ARGV[1]
redis.call('HSET', KEYS[1], ARGV[1], g)
redis.call('HSET', ARGV[5] .. 'gate:' .. g, 'on', '1', 'mode', 'auto', 'rate', ARGV[4],
           'last', ARGV[3], 'showtimes', ARGV[1])
return g
"""


class Unavailable(Exception):
    """No Redis configured or reachable: the waiting room cannot be switched on."""


def configured() -> bool:
    return bool(settings.MARQUEE_REDIS_URL)


@functools.cache
def _client(url: str):
    import redis

    return redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=1,
                                decode_responses=True)


def client():
    if not configured():
        raise Unavailable("대기열은 Redis(MARQUEE_REDIS_URL)가 있어야 켤 수 있습니다.")
    return _client(settings.MARQUEE_REDIS_URL)


@functools.cache
def _script(url: str, source: str):
    return _client(url).register_script(source)


def run(source: str, keys: list[str], args: list) -> object:
    client()
    return _script(settings.MARQUEE_REDIS_URL, source)(keys=keys, args=args)


def key(*parts) -> str:
    return settings.MARQUEE_WAITINGROOM_PREFIX + ":".join(str(p) for p in parts)


def now() -> float:
    return time.time()
