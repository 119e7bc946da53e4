import type { Context } from 'hono';
import type { AppEnv } from './env.ts';
import { jsonError } from './json.ts';
import { header } from './headers.ts';

export type BodyResult = { ok: true; value: unknown; text: string } | { ok: false; response: Response };

/**
 * Reads a JSON request body: `application/json` only (a form post from another site
 * cannot send that type without a CORS preflight, which is refused), at most
 * `maxBytes` (413 beyond, RFC 9110 §15.5.14), parsed strictly.
 */
export async function readJsonBody(c: Context<AppEnv>, maxBytes: number): Promise<BodyResult> {
  const type = header(c, 'content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    return { ok: false, response: jsonError(415, 'The body must be application/json') };
  }
  const declared = header(c, 'content-length');
  if (declared !== undefined && Number(declared) > maxBytes) {
    return { ok: false, response: jsonError(413, `The body must be at most ${maxBytes} bytes`) };
  }
  const buffer = await readCapped(c.req.raw, maxBytes);
  if (buffer === undefined) {
    return { ok: false, response: jsonError(413, `The body must be at most ${maxBytes} bytes`) };
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buffer);
  try {
    return { ok: true, value: JSON.parse(text), text };
  } catch {
    return { ok: false, response: jsonError(400, 'The body is not valid JSON') };
  }
}

/**
 * True when the request carries a body. Over HTTP/1.1 a body is announced by
 * Content-Length or Transfer-Encoding (RFC 9112 §6.3), so the headers decide without
 * touching the stream; only an in-process Request (tests) is looked at further.
 */
export async function hasBody(c: Context<AppEnv>): Promise<boolean> {
  const length = header(c, 'content-length');
  if (length !== undefined) return length !== '0';
  if (header(c, 'transfer-encoding') !== undefined) return true;
  if (c.env?.incoming?.url !== undefined || !c.req.raw.body) return false;
  return (await readCapped(c.req.raw, 0)) === undefined;
}

/** Reads the stream, giving up (undefined) as soon as it passes the cap. */
async function readCapped(req: Request, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
