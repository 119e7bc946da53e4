import { describe, expect, it } from 'vitest';
import { summariseBody } from './body-summary.ts';

describe('summariseBody', () => {
  it('redacts secret-looking keys, cuts long strings and long arrays', () => {
    const body = [
      {
        channel: 'URL',
        url: `https://example.test/${'x'.repeat(200)}`,
        headers: { Authorization: 'Basic abc' },
        password: 'p',
      },
      ...Array.from({ length: 9 }, (_, i) => ({ channel: 'EMAIL', subject: `s${i}` })),
    ];
    const s = summariseBody(body) as unknown[];
    expect(s).toHaveLength(6);
    expect(s[5]).toBe('…5 more');
    const first = s[0] as Record<string, unknown>;
    expect(first.headers).toBe('[redacted]');
    expect(first.password).toBe('[redacted]');
    expect(String(first.url)).toMatch(/…\(221\)$/);
  });

  it('redacts device PACs and keys in a registration', () => {
    expect(summariseBody({ prefix: 'p', ids: [{ id: '1', pk: 'secret' }] })).toEqual({
      prefix: 'p',
      ids: [{ id: '1', pk: '[redacted]' }],
    });
  });
});
