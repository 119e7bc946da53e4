import { describe, expect, it } from 'vitest';
import { checkTarget, isLoopbackHost } from './loopback.ts';

describe('isLoopbackHost', () => {
  it.each(['localhost', 'LOCALHOST', 'api.localhost', '127.0.0.1', '127.255.3.4', '[::1]'])(
    'accepts %s',
    (h) => {
      expect(isLoopbackHost(h)).toBe(true);
    },
  );

  it.each(['myserver.com', '10.0.0.1', '128.0.0.1', '[::2]', 'localhost.evil.com', '127.0.0.1.nip.io'])(
    'refuses %s',
    (h) => {
      expect(isLoopbackHost(h)).toBe(false);
    },
  );
});

describe('checkTarget', () => {
  it('normalises IPv4 shorthands through the URL parser', () => {
    expect(checkTarget('http://127.1:8080/x', false).ok).toBe(true);
  });

  it('refuses a non-local host unless allowed', () => {
    expect(checkTarget('http://myserver.com/cb', false)).toEqual({
      ok: false,
      info: 'delivery to non-local hosts is disabled',
    });
    expect(checkTarget('http://myserver.com/cb', true).ok).toBe(true);
  });

  it('refuses other protocols and unparsable URLs', () => {
    expect(checkTarget('file:///etc/passwd', true)).toEqual({
      ok: false,
      info: 'Unsupported protocol: file:',
    });
    expect(checkTarget('not a url', true).ok).toBe(false);
  });
});
