import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './config.ts';
import { startSimulator } from './sim-child.ts';

describe('the embedded simulator child', () => {
  it('starts the simulator CLI, reads its credentials, removes the file, and stops it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sfc-simchild-'));
    const sim = await startSimulator(repoRoot, dataDir, { devices: 20, timeoutMs: 60_000 });
    try {
      expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const auth = `Basic ${Buffer.from(`${sim.login}:${sim.password}`).toString('base64')}`;
      const res = await fetch(`${sim.url}/api/devicetypes?includeSubGroups=true`, {
        headers: { authorization: auth },
      });
      expect(res.status).toBe(200);
      expect(existsSync(join(dataDir, 'sim.db'))).toBe(true);
    } finally {
      await sim.stop();
    }
    await expect(fetch(`${sim.url}/api/devicetypes`)).rejects.toThrow();
  }, 60_000);
});
