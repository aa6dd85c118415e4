import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { SESSION_NOTICES_CLIENT, SessionCache, scopeOf, type KnownSession } from '../../server/src/modules/auth/session-cache.js';
import { quietLog, startTestApi, type TestApi } from '../support/api.js';

/**
 * Issue 8: the sessions a replica remembers (`session-cache.ts`) are served only while confirmed by
 * PostgreSQL within the freshness given, before their end, and while the replica hears the
 * database's session notices; every change heard, or lost, forgets them.
 */

const NOW = Date.parse('2026-03-02T16:00:00.000Z');
const MINUTE = 60_000;
const known = (sessionId: number, userId: number, lastSeenAt = NOW): KnownSession => ({
  user: { id: userId, email: `user${userId}@test.example`, name: `User ${userId}`, role: Role.LEADERSHIP, sessionId },
  lastSeenAt,
  expiresAt: NOW + 12 * 60 * MINUTE,
});

let api: TestApi;
let cache: SessionCache;
beforeAll(async () => {
  api = await startTestApi();
  cache = await SessionCache.listen(api.db, quietLog);
});
afterAll(async () => {
  await cache.stop();
  await api.close();
});

describe('a remembered session is served only while PostgreSQL confirmed it within the freshness given, and before its end', () => {
  it('serves it within the minute, and no longer after', () => {
    cache.remember('a', known(1, 1), cache.mark());
    expect(cache.lookup('a', NOW + MINUTE - 1, MINUTE)?.sessionId).toBe(1);
    expect(cache.lookup('a', NOW + MINUTE, MINUTE)).toBeUndefined();
    // Forgotten once stale: a clock coming back does not revive it.
    expect(cache.lookup('a', NOW, MINUTE)).toBeUndefined();
  });

  it('serves nothing past the session end, or confirmed "later" than now', () => {
    cache.remember('b', { ...known(2, 2), expiresAt: NOW + 1000 }, cache.mark());
    expect(cache.lookup('b', NOW + 1000, MINUTE)).toBeUndefined();
    cache.remember('c', known(3, 3, NOW + 5000), cache.mark());
    expect(cache.lookup('c', NOW, MINUTE)).toBeUndefined();
  });

  it('does not remember an answer read before a change was heard', () => {
    const mark = cache.mark();
    cache.forget({ sessionId: 999 });
    cache.remember('d', known(4, 4), mark);
    expect(cache.lookup('d', NOW, MINUTE)).toBeUndefined();
  });
});

describe('a change forgets the sessions it concerns', () => {
  it('forgets one session, one account, or everything', () => {
    cache.remember('s10', known(10, 100), cache.mark());
    cache.remember('s11', known(11, 100), cache.mark());
    cache.remember('s12', known(12, 101), cache.mark());
    cache.forget({ sessionId: 10 });
    expect([cache.lookup('s10', NOW, MINUTE), cache.lookup('s11', NOW, MINUTE)?.sessionId]).toEqual([undefined, 11]);
    cache.forget({ userId: 100 });
    expect([cache.lookup('s11', NOW, MINUTE), cache.lookup('s12', NOW, MINUTE)?.sessionId]).toEqual([undefined, 12]);
    cache.forget('all');
    expect(cache.lookup('s12', NOW, MINUTE)).toBeUndefined();
  });

  it("reads the notices' payloads, and anything unexpected as everything", () => {
    expect(scopeOf('session:42')).toEqual({ sessionId: 42 });
    expect(scopeOf('user:7')).toEqual({ userId: 7 });
    for (const odd of ['all', '', undefined, 'session:', 'user:x', 'session:1; user:2']) expect(scopeOf(odd)).toBe('all');
  });
});

describe('nothing is served without the notices', () => {
  it('serves nothing from a cache that does not listen', () => {
    const off = SessionCache.off();
    off.remember('e', known(5, 5), off.mark());
    expect(off.lookup('e', NOW, MINUTE)).toBeUndefined();
  });

  it('stops serving as soon as its connection is lost, and listens again from nothing', async () => {
    expect(cache.listening).toBe(true);
    cache.remember('f', known(6, 6), cache.mark());
    await api.db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`, [SESSION_NOTICES_CLIENT]);
    await expect.poll(() => cache.listening, { timeout: 5_000, interval: 5 }).toBe(false);
    expect(cache.lookup('f', NOW, MINUTE)).toBeUndefined();
    await expect.poll(() => cache.listening, { timeout: 5_000, interval: 20 }).toBe(true);
    cache.remember('g', known(7, 7), cache.mark());
    expect(cache.lookup('g', NOW, MINUTE)?.sessionId).toBe(7);
  });
});
