import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { test as base, expect } from '@playwright/test';
import { logInToConsole } from '../fixtures/log-in.ts';
import { readSimCredentials } from '../stack/sim-credentials.ts';
import { files, repoRoot, tsxBin, users } from '../stack/stack.ts';

/*
 * A deployment with internet configures a tile server (CONSOLE_MAP_TILE_URL). This
 * test runs a second BFF of the stack so configured, with a loopback "tile server" on
 * another origin, and checks that the map shows its tiles, that the CSP lets exactly
 * that host through, and that nothing else leaves the console's origin.
 */

/** A 256×256 grey PNG, built by hand: one IDAT of unfiltered rows. */
function greyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = (crcTable[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(256, 0);
  header.writeUInt32BE(256, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc(256 * 257, 0xc8);
  for (let y = 0; y < 256; y++) rows[y * 257] = 0; // filter byte: none
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  const port = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

interface TiledConsole {
  url: string;
  tileOrigin: string;
  tilesServed: () => string[];
}

const test = base.extend<{ tiled: TiledConsole }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's needs from this pattern; it needs none
  tiled: async ({}, use) => {
    const png = greyPng();
    const served: string[] = [];
    const tiles = createServer((req, res) => {
      served.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' }).end(png);
    });
    const tileOrigin = `http://127.0.0.1:${await listen(tiles)}`;
    const port = await freePort();
    const data = mkdtempSync(join(tmpdir(), 'sfc-e2e-tiles-'));
    const sim = readSimCredentials();
    const bff: ChildProcess = spawn(tsxBin, ['apps/bff/src/main.ts'], {
      cwd: repoRoot,
      stdio: 'ignore',
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        SIGFOX_API_URL: sim.url,
        SIGFOX_API_LOGIN: sim.login,
        SIGFOX_API_PASSWORD: sim.password,
        CONSOLE_DATA_DIR: data,
        CONSOLE_WEB_DIR: files.webDist,
        CONSOLE_ADMIN_PASSWORD: users.editor.password,
        CONSOLE_ACCESS_LOG: 'false',
        CONSOLE_MAP_TILE_URL: `${tileOrigin}/tiles/{z}/{x}/{y}.png`,
        CONSOLE_MAP_TILE_ATTRIBUTION: 'Tiles of the test server',
      },
    });
    const url = `http://127.0.0.1:${port}`;
    await expect
      .poll(async () => (await fetch(`${url}/readyz`).catch(() => undefined))?.status, { timeout: 30_000 })
      .toBe(200);
    try {
      await use({ url, tileOrigin, tilesServed: () => [...served] });
    } finally {
      bff.kill('SIGTERM');
      await new Promise((resolve) => tiles.close(resolve));
      rmSync(data, { recursive: true, force: true });
    }
  },
});

test('with a tile server configured, the map shows its tiles and its host is the only one allowed', async ({
  browser,
  tiled,
}) => {
  const context = await browser.newContext({ baseURL: tiled.url });
  const elsewhere: string[] = [];
  context.on('request', (request) => {
    const origin = new URL(request.url()).origin;
    if (origin !== tiled.url && origin !== tiled.tileOrigin) elsewhere.push(request.url());
  });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) violations.push(m.text());
  });
  const basemap: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('countries-50m')) basemap.push(r.url());
  });

  await logInToConsole(page, users.editor.username, users.editor.password);
  const csp = (await page.request.get('/readyz')).headers()['content-security-policy'] ?? '';
  expect(csp).toContain(`img-src 'self' data: blob: ${tiled.tileOrigin}`);
  expect(csp).not.toContain('https:');

  await page.goto('/map');
  const map = page.getByRole('region', { name: 'Fleet map' });
  await expect(
    map.locator(`img.leaflet-tile-loaded[src^="${tiled.tileOrigin}/tiles/"]`).first(),
  ).toBeVisible();
  await expect(map.getByText('Tiles of the test server')).toBeVisible();
  expect(tiled.tilesServed().length).toBeGreaterThan(0);
  expect(tiled.tilesServed().every((path) => /^\/tiles\/\d+\/\d+\/\d+\.png$/.test(path))).toBe(true);
  // The offline basemap is for deployments without tiles: not downloaded here.
  expect(basemap).toEqual([]);
  expect(violations).toEqual([]);
  expect(elsewhere).toEqual([]);
  await context.close();
});
