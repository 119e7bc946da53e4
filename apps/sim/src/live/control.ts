import { type ApiErrorBody, toApiErrorBody } from '@sfc/api';
import { type Context, Hono } from 'hono';
import { basicAuth } from 'hono/basic-auth';
import { z } from 'zod';
import type { Live } from './live.ts';

/** A whole simulated year at most per call, so a typo cannot freeze the server. */
const MAX_ADVANCE_SEC = 366 * 86_400;

const AdvanceBody = z.strictObject({ seconds: z.number().min(0).max(MAX_ADVANCE_SEC) });
/** Uplink payload 0 to 12 bytes (domain-notes, "Radio facts"). */
const EmitBody = z.strictObject({
  data: z
    .string()
    .regex(/^(?:[0-9a-fA-F]{2}){0,12}$/, 'must be 0 to 12 bytes of hex')
    .optional(),
  ack: z.boolean().optional(),
});
const DEVICE_ID = /^[0-9A-Fa-f]{1,8}$/;

type Verify = (login: string, password: string) => boolean;

const fail = (c: Context, status: 400 | 404, body: ApiErrorBody) => c.json(body, status);

/** Reads an optional JSON body; `{}` when empty. */
async function jsonBody(
  c: Context,
  required: boolean,
): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const text = await c.req.text();
  if (text.trim() === '' && !required) return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const notJson: ApiErrorBody = {
  message: 'Invalid body: must be JSON',
  errors: [{ field: 'body', message: 'body: must be JSON' }],
};

/**
 * The control API for tests and demos, under /_sim: never part of the endpoint
 * catalogue, so the console's proxy cannot reach it. Root-group Basic credentials only.
 * The server mounts it (at `/`) only when control is enabled.
 */
export function createControlRoutes(live: Live, verify: Verify): Hono {
  const app = new Hono().basePath('/_sim');
  app.use(
    '*',
    basicAuth({
      verifyUser: (login, password) => verify(login, password),
      realm: 'Sigfox simulator control',
      invalidUserMessage: { message: 'Authentication required: HTTP Basic credentials of the root group' },
    }),
  );

  app.get('/clock', (c) =>
    c.json({ now: live.clock.now(), speed: live.clock.speed, running: live.clock.running }),
  );

  app.post('/clock/advance', async (c) => {
    const body = await jsonBody(c, true);
    if (!body.ok) return fail(c, 400, notJson);
    const parsed = AdvanceBody.safeParse(body.value);
    if (!parsed.success) return fail(c, 400, toApiErrorBody(parsed.error, 'body'));
    return c.json(await live.advance(parsed.data.seconds * 1000));
  });

  app.post('/devices/:id/messages', async (c) => {
    const id = c.req.param('id');
    if (!DEVICE_ID.test(id)) return fail(c, 400, badId(id));
    const body = await jsonBody(c, false);
    if (!body.ok) return fail(c, 400, notJson);
    const parsed = EmitBody.safeParse(body.value);
    if (!parsed.success) return fail(c, 400, toApiErrorBody(parsed.error, 'body'));
    const { data, ack } = parsed.data;
    let emitted: Awaited<ReturnType<Live['emitNow']>>;
    try {
      emitted = await live.emitNow(id, {
        ...(data === undefined ? {} : { data }),
        ...(ack === undefined ? {} : { ack }),
      });
    } catch (error) {
      // The radio model cannot make this device's messages (e.g. a device type unknown to the world).
      return c.json(
        { message: `device ${id} cannot send: ${error instanceof Error ? error.message : String(error)}` },
        409,
      );
    }
    if (emitted === undefined) return fail(c, 404, { message: `device ${id} not found` });
    return c.json({
      ...emitted.message,
      downlink: emitted.message.downlink === true,
      cbStatus: emitted.cbStatus,
    });
  });

  for (const action of ['silence', 'resume'] as const) {
    app.post(`/devices/:id/${action}`, (c) => {
      const id = c.req.param('id');
      if (!DEVICE_ID.test(id)) return fail(c, 400, badId(id));
      if (!live[action](id)) return fail(c, 404, { message: `device ${id} not found` });
      return c.json({ id: id.toUpperCase(), silent: action === 'silence', now: live.clock.now() });
    });
  }

  app.get('/outbox', (c) => c.json({ data: live.outbox() }));
  return app;
}

function badId(id: string): ApiErrorBody {
  const message = 'id: must be 1 to 8 hexadecimal digits';
  return {
    message: `Invalid path parameter: ${message} (got ${JSON.stringify(id)})`,
    errors: [{ field: 'id', message }],
  };
}
