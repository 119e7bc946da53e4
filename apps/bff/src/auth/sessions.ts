import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const SessionRecord = z.object({
  username: z.string(),
  csrfToken: z.string(),
  createdAt: z.number(),
  lastSeenAt: z.number(),
});
export type Session = z.infer<typeof SessionRecord>;
const SessionsFile = z.object({ version: z.literal(1), sessions: z.record(z.string(), SessionRecord) });

export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
}

/**
 * Server-side sessions. Kept in memory and persisted to `<dataDir>/sessions.json`
 * (mode 0600) at every login and logout, so a restart keeps people logged in. The
 * file is keyed by the SHA-256 of the session id: reading it does not give a usable
 * cookie. Idle time is tracked in memory only; after a restart it counts from the
 * last login or logout that was written.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly file: string | undefined;

  constructor(
    dataDir: string | undefined,
    private readonly limits: SessionLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.file = dataDir === undefined ? undefined : join(dataDir, 'sessions.json');
    this.load();
  }

  /** A new session with a fresh random id (never reused across logins, OWASP session fixation). */
  create(username: string): { id: string; session: Session } {
    const id = randomBytes(32).toString('base64url');
    const t = this.now();
    const session: Session = {
      username,
      csrfToken: randomBytes(32).toString('base64url'),
      createdAt: t,
      lastSeenAt: t,
    };
    this.sweep();
    this.sessions.set(digest(id), session);
    this.persist();
    return { id, session };
  }

  /** The live session for a cookie value, touching its idle clock; undefined when unknown or expired. */
  get(id: string): Session | undefined {
    const key = digest(id);
    const session = this.sessions.get(key);
    if (!session) return undefined;
    const t = this.now();
    if (this.expired(session, t)) {
      this.sessions.delete(key);
      return undefined;
    }
    session.lastSeenAt = t;
    return session;
  }

  destroy(id: string): void {
    if (this.sessions.delete(digest(id))) this.persist();
  }

  private expired(s: Session, t: number): boolean {
    return t - s.lastSeenAt >= this.limits.idleMs || t - s.createdAt >= this.limits.absoluteMs;
  }

  private sweep(): void {
    const t = this.now();
    for (const [key, s] of this.sessions) if (this.expired(s, t)) this.sessions.delete(key);
  }

  private load(): void {
    if (!this.file) return;
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      return;
    }
    const parsed = SessionsFile.safeParse(JSON.parse(text));
    if (!parsed.success) return;
    for (const [key, s] of Object.entries(parsed.data.sessions)) this.sessions.set(key, s);
    this.sweep();
  }

  private persist(): void {
    if (!this.file) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ version: 1, sessions: Object.fromEntries(this.sessions) }), {
      mode: 0o600,
    });
    renameSync(tmp, this.file);
  }
}

function digest(id: string): string {
  return createHash('sha256').update(id).digest('base64url');
}
