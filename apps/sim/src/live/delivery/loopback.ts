/**
 * The delivery guard: by default the simulator only calls loopback hosts, so seeded
 * or user-entered callback URLs (myserver.com, ...) never leak traffic off the machine.
 */
export function isLoopbackHost(hostname: string): boolean {
  // WHATWG URL keeps IPv6 hosts bracketed and normalises IPv4 shorthands (127.1, 0x7f.1).
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host === '[::1]' || host === '::1') return true;
  const octets = host.split('.');
  if (octets.length !== 4 || !octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255)) return false;
  return octets[0] === '127';
}

export type UrlCheck = { ok: true; url: URL } | { ok: false; info: string };

/** Parses a rendered callback URL and applies the loopback rule. */
export function checkTarget(rendered: string, allowNonLocal: boolean): UrlCheck {
  let url: URL;
  try {
    url = new URL(rendered);
  } catch {
    return { ok: false, info: `Invalid URL: ${rendered}` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, info: `Unsupported protocol: ${url.protocol}` };
  }
  if (!allowNonLocal && !isLoopbackHost(url.hostname)) {
    return { ok: false, info: 'delivery to non-local hosts is disabled' };
  }
  return { ok: true, url };
}
