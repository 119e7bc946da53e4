import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The architecture rules live in biome.json; these cases prove each one bites. Each
// probe file is linted in a scratch tree that mirrors the repo's layout and uses the
// repo's own biome.json, so the per-folder overrides apply exactly as they do here.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const biome = join(root, 'node_modules', '.bin', 'biome');
const scratch = mkdtempSync(join(tmpdir(), 'sfc-arch-'));
const config = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8')) as Record<string, unknown>;
writeFileSync(
  join(scratch, 'biome.json'),
  JSON.stringify({ ...config, $schema: undefined, vcs: { enabled: false } }),
);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function lint(path: string, source: string): string[] {
  const file = join(scratch, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source);
  const r = spawnSync(biome, ['lint', '--reporter=json', path], { cwd: scratch, encoding: 'utf8' });
  rmSync(file);
  const report = JSON.parse(r.stdout) as { diagnostics: { category: string }[] };
  return report.diagnostics.map((d) => d.category);
}

const importSim = "import { createSimulator } from '@sfc/sim';\nexport const s = createSimulator;\n";
const importBff = "import { createApp } from '@sfc/bff';\nexport const s = createApp;\n";
const RESTRICTED = 'lint/style/noRestrictedImports';

describe('architecture rules', () => {
  it('packages never import apps, by name or by relative path', () => {
    expect(lint('packages/payload/src/probe.ts', importSim)).toContain(RESTRICTED);
    expect(
      lint(
        'packages/api/src/probe.ts',
        "import { a } from '../../../apps/sim/src/index.ts';\nexport const b = a;\n",
      ),
    ).toContain(RESTRICTED);
  });

  it('no app imports another app', () => {
    expect(lint('apps/bff/src/probe.ts', importSim)).toContain(RESTRICTED);
    expect(lint('apps/sim/src/probe.ts', importBff)).toContain(RESTRICTED);
    expect(lint('apps/web/src/probe.tsx', importBff)).toContain(RESTRICTED);
  });

  it('lets only the map module import Leaflet', () => {
    const importLeaflet = "import { map } from 'leaflet';\nexport const m = map;\n";
    expect(lint('apps/web/src/features/fleet-map/probe.ts', importLeaflet)).toContain(RESTRICTED);
    expect(lint('apps/web/src/components/map/probe.ts', importLeaflet)).not.toContain(RESTRICTED);
  });

  it('lets BFF tests use the simulator as their upstream fixture', () => {
    expect(lint('apps/bff/src/probe.test.ts', importSim)).not.toContain(RESTRICTED);
  });

  it('reads environment variables only in config modules', () => {
    const env = 'export const port = process.env.PORT;\n';
    expect(lint('apps/bff/src/routes.ts', env)).toContain('lint/style/noProcessEnv');
    expect(lint('packages/api/src/probe.ts', env)).toContain('lint/style/noProcessEnv');
    expect(lint('apps/bff/src/config.ts', env)).not.toContain('lint/style/noProcessEnv');
  });

  it('marks type-only imports', () => {
    const src = "import { Endpoint } from './endpoint.ts';\nexport const f = (e: Endpoint) => e;\n";
    expect(lint('packages/api/src/probe.ts', src)).toContain('lint/style/useImportType');
  });
});
