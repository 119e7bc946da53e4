import { describe, expect, it } from 'vitest';
import { paths, safeNext } from './paths.ts';

describe('paths', () => {
  it('writes view state into the search and leaves defaults out', () => {
    expect(paths.deviceTypes.list({ includeSubGroups: true })).toBe('/device-types?includeSubGroups=true');
    expect(paths.deviceTypes.list({ includeSubGroups: false })).toBe('/device-types');
    expect(paths.deviceTypes.detail('abc', 'devices', { snr: 2 })).toBe('/device-types/abc/devices?snr=2');
    expect(paths.login('/groups?x=1')).toBe('/login?next=%2Fgroups%3Fx%3D1');
  });

  it('only returns to paths of this app after login', () => {
    expect(safeNext('/device-types/1/settings')).toBe('/device-types/1/settings');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
