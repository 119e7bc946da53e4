import { describe, expect, it } from 'vitest';
import { runPayloadTool } from './run-payload-tool.ts';

describe('runPayloadTool', () => {
  it('decodes a payload with a config and gives the bit layout', () => {
    const result = runPayloadTool('litres::uint:16 alarm::bool:7', '01f480');
    expect(result.kind).toBe('decoded');
    if (result.kind !== 'decoded') return;
    expect(result.values).toEqual([
      ['litres', '500'],
      ['alarm', 'true'],
    ]);
    expect(result.layout.map((f) => f.cells.length)).toEqual([16, 1]);
  });

  it('reports a config error at its column, located on its line', () => {
    const result = runPayloadTool('a::uint:8\nb::nope:8', '00');
    expect(result.kind).toBe('config-error');
    if (result.kind !== 'config-error') return;
    expect(result.lineNumber).toBe(2);
    expect(result.line).toBe('b::nope:8');
    expect(result.line.slice(result.lineColumn - 1)).toMatch(/^nope/);
  });

  it('keeps the layout when only the hex is wrong', () => {
    const result = runPayloadTool('a::uint:8', 'zz');
    expect(result.kind).toBe('hex-error');
  });
});
