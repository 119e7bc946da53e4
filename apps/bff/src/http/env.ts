import type { UserRecord } from '../auth/users-store.ts';
import type { Session } from '../auth/sessions.ts';

/** What @hono/node-server passes as `c.env`; absent when a test calls `app.request` directly. */
export interface NodeBindings {
  incoming?: {
    url?: string;
    headers?: Record<string, string | string[] | undefined>;
    socket?: { remoteAddress?: string; encrypted?: boolean };
  };
  /** The Node response; headers set on it are merged into whatever the handler answers. */
  outgoing?: { setHeader(name: string, value: string): unknown };
}

export interface AppEnv {
  Bindings: NodeBindings | undefined;
  Variables: {
    session: Session | undefined;
    sessionId: string | undefined;
    user: UserRecord | undefined;
  };
}
