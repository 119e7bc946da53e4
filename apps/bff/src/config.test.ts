import { describe, expect, it } from 'vitest';
import { loadConfig, repoRoot } from './config.ts';

describe('configuration', () => {
  it('has defaults: 127.0.0.1:8080, the embedded simulator, 10 s upstream timeout', () => {
    const c = loadConfig({});
    expect(c.host).toBe('127.0.0.1');
    expect(c.port).toBe(8080);
    expect(c.upstream).toEqual({ kind: 'embedded-simulator' });
    expect(c.upstreamTimeoutMs).toBe(10_000);
    expect(c.dataDir).toMatch(/\.data$/);
    expect(c.webDir).toMatch(/apps\/web\/dist$/);
  });

  it('takes relative data and web dirs from the repository root', () => {
    const c = loadConfig({ CONSOLE_DATA_DIR: 'var/data', CONSOLE_WEB_DIR: 'web' });
    expect(c.dataDir).toBe(`${repoRoot}/var/data`);
    expect(c.webDir).toBe(`${repoRoot}/web`);
  });

  it('reads a remote upstream with its credentials, without a trailing slash', () => {
    const c = loadConfig({
      SIGFOX_API_URL: 'https://backend.test/',
      SIGFOX_API_LOGIN: 'l',
      SIGFOX_API_PASSWORD: 'p',
    });
    expect(c.upstream).toEqual({ kind: 'remote', url: 'https://backend.test', login: 'l', password: 'p' });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ SIGFOX_API_URL: 'ftp://x' }, 'SIGFOX_API_URL'],
    [
      { SIGFOX_API_URL: 'https://u:p@backend.test', SIGFOX_API_LOGIN: 'l', SIGFOX_API_PASSWORD: 'p' },
      'SIGFOX_API_URL',
    ],
    [{ SIGFOX_API_URL: 'https://backend.test' }, 'SIGFOX_API_LOGIN'],
    [{ SIGFOX_API_URL: 'https://backend.test', SIGFOX_API_LOGIN: 'l' }, 'SIGFOX_API_PASSWORD'],
    [{ SIGFOX_API_LOGIN: 'l' }, 'SIGFOX_API_URL'],
    [{ UPSTREAM_TIMEOUT_MS: '0' }, 'UPSTREAM_TIMEOUT_MS'],
    [{ UPSTREAM_TIMEOUT_MS: '1.5' }, 'UPSTREAM_TIMEOUT_MS'],
    [{ SESSION_IDLE_MS: '10' }, 'SESSION_IDLE_MS'],
    [{ CONSOLE_ADMIN_PASSWORD: 'short' }, 'CONSOLE_ADMIN_PASSWORD'],
    [{ CONSOLE_TRUST_PROXY: 'yes' }, 'CONSOLE_TRUST_PROXY'],
    [
      { CONSOLE_MAP_TILE_URL: 'https://t.example.com/{z}/{x}.png', CONSOLE_MAP_TILE_ATTRIBUTION: 'a' },
      'CONSOLE_MAP_TILE_URL',
    ],
    [
      { CONSOLE_MAP_TILE_URL: 'https://u:p@t.example.com/{z}/{x}/{y}', CONSOLE_MAP_TILE_ATTRIBUTION: 'a' },
      'CONSOLE_MAP_TILE_URL',
    ],
    [{ CONSOLE_MAP_TILE_URL: 'https://t.example.com/{z}/{x}/{y}' }, 'CONSOLE_MAP_TILE_ATTRIBUTION'],
    [
      {
        CONSOLE_MAP_TILE_URL: 'https://t.example.com/{z}/{x}/{y}',
        CONSOLE_MAP_TILE_ATTRIBUTION: 'x'.repeat(301),
      },
      'CONSOLE_MAP_TILE_ATTRIBUTION',
    ],
    [
      {
        CONSOLE_MAP_TILE_URL: 'https://t.example.com/{z}/{x}/{y}',
        CONSOLE_MAP_TILE_ATTRIBUTION: '<img src=x>',
      },
      'CONSOLE_MAP_TILE_ATTRIBUTION',
    ],
    [
      {
        CONSOLE_MAP_TILE_URL: 'https://t.example.com/{z}/{x}/{y}',
        CONSOLE_MAP_TILE_ATTRIBUTION: 'a',
        CONSOLE_MAP_TILE_SUBDOMAINS: 'a-b',
      },
      'CONSOLE_MAP_TILE_SUBDOMAINS',
    ],
    [{ CONSOLE_MAP_TILE_ATTRIBUTION: 'a' }, 'CONSOLE_MAP_TILE_ATTRIBUTION'],
  ])('refuses %o naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(name);
  });

  it('has no map tiles by default, and reads a tile URL with its attribution and subdomains', () => {
    expect(loadConfig({}).map).toEqual({ tiles: null });
    const url = 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png';
    const c = loadConfig({
      CONSOLE_MAP_TILE_URL: url,
      CONSOLE_MAP_TILE_ATTRIBUTION: '© OpenStreetMap contributors',
    });
    expect(c.map.tiles).toEqual({ url, attribution: '© OpenStreetMap contributors', subdomains: 'abc' });
    const d = loadConfig({
      CONSOLE_MAP_TILE_URL: url,
      CONSOLE_MAP_TILE_ATTRIBUTION: 'a',
      CONSOLE_MAP_TILE_SUBDOMAINS: '1234',
    });
    expect(d.map.tiles?.subdomains).toBe('1234');
  });

  it('never puts the upstream password in its error messages', () => {
    const secret = 'super-secret-password';
    let message = '';
    try {
      loadConfig({ SIGFOX_API_URL: 'not a url', SIGFOX_API_LOGIN: 'l', SIGFOX_API_PASSWORD: secret });
    } catch (err) {
      message = String(err);
    }
    expect(message).toContain('SIGFOX_API_URL');
    expect(message).not.toContain(secret);
  });
});
