import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-run.ts';

describe('payload CLI', () => {
  it('decodes to one JSON object with JSON-safe values', () => {
    const outcome = runCli([
      'decode',
      'a::uint:64 f::float:32 s::char:2 x::bool:0',
      'ffffffffffffffff7fc00000410a',
    ]);
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toBe('');
    expect(JSON.parse(outcome.stdout)).toEqual({
      values: { a: '18446744073709551615', f: 'NaN', s: 'A\\x0a' },
      warnings: ['payload is 14 bytes; Sigfox uplinks carry at most 12', expect.stringContaining('"x"')],
    });
  });

  it('reports a config error with its column on stderr and exits 1', () => {
    const outcome = runCli(['decode', 'a::uint:8 b::bool:9', 'ff']);
    expect(outcome).toMatchObject({ code: 1, stdout: '' });
    expect(outcome.stderr).toContain('column 19');
    expect(outcome.stderr).toContain(`\n  ${' '.repeat(18)}^`);
  });

  it('reports bad hex and exits 1', () => {
    expect(runCli(['decode', 'a::uint:8', 'fff'])).toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringMatching(/odd number/),
    });
  });

  it('encodes JSON values, big integers as strings', () => {
    expect(runCli(['encode', 'a::uint:64 b::int:8', '{"a": "18446744073709551615", "b": -1}'])).toEqual({
      code: 0,
      stdout: 'ffffffffffffffffff\n',
      stderr: '',
    });
  });

  it('names the field a value does not fit', () => {
    const outcome = runCli(['encode', 'a::uint:8', '{"a": 256}']);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/field "a": 256 does not fit/);
    expect(runCli(['encode', 'a::uint:8', '{"a": null}']).stderr).toMatch(/field "a"/);
    expect(runCli(['encode', 'a::uint:8', '[1]']).stderr).toMatch(/JSON object/);
  });

  it('prints the layout as JSON', () => {
    const outcome = runCli(['layout', 'a::bool:7 b:1:uint:2:1']);
    const layout = JSON.parse(outcome.stdout) as { name: string; cells: unknown[] }[];
    expect(layout.map((field) => [field.name, field.cells.length])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('shows help and refuses bad usage with exit 2', () => {
    expect(runCli(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('decode') });
    expect(runCli([])).toMatchObject({ code: 2, stdout: '' });
    expect(runCli(['frobnicate'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown command'),
    });
    expect(runCli(['decode', 'a::uint:8'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('takes 2 arguments'),
    });
  });

  it('runs as a process from the repo root', () => {
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
    const ok = spawnSync(process.execPath, ['--import', 'tsx', cli, 'decode', 'a::uint:8', 'ff'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(ok.stdout).toBe('{"values":{"a":255},"warnings":[]}\n');
    expect(ok.status).toBe(0);
    const bad = spawnSync(process.execPath, ['--import', 'tsx', cli, 'decode', 'a::foo:8', 'ff'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/unknown type/);
  });
});
