import pg from 'pg';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import type { SessionUser } from '../../common/context.js';

/** The channel the `SessionChangeNotices` migration's triggers notify on. */
export const SESSION_CHANGES = 'session_change';
/** How the listening connection shows in `pg_stat_activity`. */
export const SESSION_NOTICES_CLIENT = 'tracker-session-notices';
/** Sessions remembered at most; past it the oldest remembered goes first. */
const MAX_SESSIONS = 10_000;
const RETRY_FIRST_MS = 500;
const RETRY_MAX_MS = 30_000;

/** A session as PostgreSQL last answered it. Instants in epoch milliseconds. */
export interface KnownSession {
  user: SessionUser;
  lastSeenAt: number;
  expiresAt: number;
}

/** Which sessions a change concerns: one, all of one account's, or every one. */
export type SessionScope = { sessionId: number } | { userId: number } | 'all';

/**
 * The sessions this process has recently found valid, so that a request need not ask PostgreSQL
 * (a round trip per request, the largest fixed cost of a small answer; README, "Performance").
 * PostgreSQL stays the only truth: a session is served from here only while it was confirmed there
 * less than a minute ago (the interval at which `last_seen_at` is written anyway), and only while
 * this process is LISTENing to the notices the database sends at every commit that ends a session
 * or changes its account (`SessionChangeNotices` migration), whichever replica or script made it.
 * Without that connection nothing is served from here. A change made by this process is forgotten
 * here as soon as it commits (`onCommit`), so a logout refuses the token at once on the replica
 * that made it, and on the others as soon as the notice arrives (milliseconds).
 */
export class SessionCache {
  private readonly known = new Map<string, KnownSession>();
  /** Moves on at every change heard: a lookup that began before one must not remember its answer. */
  private generation = 0;
  /** The connection being opened or listening; `listener` once its LISTEN is in place. */
  private current: pg.Client | undefined;
  private listener: pg.Client | undefined;
  private retryMs = RETRY_FIRST_MS;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;

  private constructor(
    private readonly db: DataSource | undefined,
    private readonly log: Logger | undefined,
  ) {}

  /** A cache that remembers nothing: every lookup asks PostgreSQL (scripts, benches of one request). */
  static off(): SessionCache {
    return new SessionCache(undefined, undefined);
  }

  /** Starts listening to the database's session notices; serves nothing until the first LISTEN is in place. */
  static async listen(db: DataSource, log: Logger): Promise<SessionCache> {
    const cache = new SessionCache(db, log);
    await cache.connect();
    return cache;
  }

  get listening(): boolean {
    return this.listener !== undefined;
  }

  /** The session behind a token hash, if PostgreSQL confirmed it within `freshForMs` of `now`. */
  lookup(tokenHash: string, now: number, freshForMs: number): SessionUser | undefined {
    if (!this.listener) return undefined;
    const session = this.known.get(tokenHash);
    if (!session) return undefined;
    const age = now - session.lastSeenAt;
    if (age >= 0 && age < freshForMs && now < session.expiresAt) return session.user;
    this.known.delete(tokenHash);
    return undefined;
  }

  /** A mark to give `remember` for an answer read after taking it. */
  mark(): number {
    return this.generation;
  }

  /** Remembers what PostgreSQL answered, unless a change was heard since the lookup began (`mark`). */
  remember(tokenHash: string, session: KnownSession, mark: number): void {
    if (!this.listener || mark !== this.generation) return;
    if (this.known.size >= MAX_SESSIONS) this.known.delete(this.known.keys().next().value!);
    this.known.set(tokenHash, session);
  }

  /** Forgets the sessions a committed change concerns. */
  forget(scope: SessionScope): void {
    this.generation++;
    if (scope === 'all') return this.known.clear();
    for (const [hash, { user }] of this.known) {
      if ('sessionId' in scope ? user.sessionId === scope.sessionId : user.id === scope.userId) this.known.delete(hash);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.current;
    this.current = this.listener = undefined;
    this.forget('all');
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (!this.db || this.stopped) return;
    // TypeORM types its pg pool as `any`; it is pg's Pool, whose options name the same server.
    const pool = (this.db.driver as PostgresDriver).master as pg.Pool;
    const client = new pg.Client({ ...pool.options, application_name: SESSION_NOTICES_CLIENT });
    this.current = client;
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    client.on('notification', ({ channel, payload }) => {
      if (channel === SESSION_CHANGES) this.forget(scopeOf(payload));
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${SESSION_CHANGES}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.current !== client) return;
    // Whatever changed while nobody listened is unknown here: start from nothing.
    this.forget('all');
    this.listener = client;
    this.retryMs = RETRY_FIRST_MS;
  }

  /** The notices may have stopped: serve nothing from memory until listening again. */
  private lost(client: pg.Client, error?: unknown): void {
    if (this.current !== client) return;
    this.current = undefined;
    this.listener = undefined;
    this.forget('all');
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    this.log?.warn({ err: error, retryInMs: this.retryMs }, 'session notices lost; sessions read from the database until they are back');
    this.retry = setTimeout(() => void this.connect(), this.retryMs);
    this.retry.unref();
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
  }
}

/** A notice's payload as a scope; anything unexpected forgets everything (the safe reading). */
export function scopeOf(payload: string | undefined): SessionScope {
  const match = /^(session|user):(\d+)$/.exec(payload ?? '');
  if (!match) return 'all';
  const id = Number(match[2]);
  return match[1] === 'session' ? { sessionId: id } : { userId: id };
}
