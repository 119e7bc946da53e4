import { describe, expect, it } from 'vitest';
import { classifyPath } from './path-guard.ts';

describe('classifyPath', () => {
  it.each([
    ['/api/devices/00A1', 'reserved'],
    ['/auth/login', 'reserved'],
    ['/bff/audit?limit=1', 'reserved'],
    ['/healthz', 'reserved'],
    ['/', 'app'],
    ['/devices/00A1', 'app'],
    ['/assets/app-1.js', 'app'],
    ['/apix', 'app'],
  ])('%s is %s', (raw, kind) => {
    const path = raw.split('?')[0]!;
    expect(classifyPath(raw, path)).toBe(kind);
  });

  it.each([
    '/api/devices%2f00A1',
    '/api/%2e%2e/x',
    '/x/%2e%2e/api/devices',
    '/x/%252e%252e/api/devices',
    '/api/../x',
    '/%2561pi/devices',
    '/API/devices',
    '/Auth/login',
    '//api/devices',
    '/api//devices',
    '/api/devices/',
    '/api\\devices',
    '/api/devices\0',
    'http://evil.test/api/devices',
    `/api/devices/${'A'.repeat(300)}`,
  ])('refuses %s', (raw) => {
    expect(classifyPath(raw, raw.split('?')[0]!)).toBe('reject');
  });

  it('refuses a path that differs from what the router will see', () => {
    expect(classifyPath('/api/devices/00A1', '/api/devices/00A2')).not.toBe('reserved');
  });
});
