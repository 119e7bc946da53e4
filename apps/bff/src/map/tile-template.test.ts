import { describe, expect, it } from 'vitest';
import { tileOrigin, tileTemplateProblem } from './tile-template.ts';

describe('tile URL templates', () => {
  it.each([
    ['https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', 'https://*.tile.openstreetmap.org'],
    ['https://tiles.example.com:8443/{z}/{x}/{y}.png', 'https://tiles.example.com:8443'],
    ['https://Tiles.Example.com:443/{z}/{x}/{y}{r}.png?style=light', 'https://tiles.example.com'],
    ['http://127.0.0.1:8081/t/{z}/{y}/{x}', 'http://127.0.0.1:8081'],
  ])('accepts %s, images from %s', (template, origin) => {
    expect(tileTemplateProblem(template)).toBeUndefined();
    expect(tileOrigin(template)).toBe(origin);
  });

  it.each([
    ['ftp://tiles.example.com/{z}/{x}/{y}', 'absolute http'],
    ['//tiles.example.com/{z}/{x}/{y}', 'absolute http'],
    ['https://tiles.example.com/{z}/{x}.png', 'must contain {y}'],
    ['https://u:p@tiles.example.com/{z}/{x}/{y}', 'credentials'],
    ['https://tiles.example.com/{z}/{x}/{y}#top', 'fragment'],
    ['https://tile-{s}.example.com/{z}/{x}/{y}', 'host name'],
    ['https://{s}.com/{z}/{x}/{y}', 'host name'],
    ['https://tiles.example.com/{s}/{z}/{x}/{y}', 'must not use {s}'],
    ['https://tiles.example.com/{z}/{x}/{y}?key={apikey}', 'must not use {apikey}'],
    ['https://tiles.example.com/{z}/{x}/{y}}', 'unmatched brace'],
    ["https://tiles.example.com/{z}/{x}/{y}'; script-src *", 'spaces'],
    ['https://tiles.example.com;x/{z}/{x}/{y}', 'host name'],
    ['https://tiles.example.com:99999/{z}/{x}/{y}', 'host name'],
    ['https://[::1]/{z}/{x}/{y}', 'host name'],
  ])('refuses %s (%s)', (template, problem) => {
    expect(tileTemplateProblem(template)).toContain(problem);
  });
});
