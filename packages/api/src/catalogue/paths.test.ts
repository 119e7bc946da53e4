import { describe, expect, it } from 'vitest';
import { buildPath, matchPath, pathParamNames, toRoutePattern } from './paths.ts';

describe('buildPath', () => {
  it('fills each parameter', () => {
    expect(buildPath('/api/device/{id}/consumptions/{year}', { id: '002C', year: '2024' })).toBe(
      '/api/device/002C/consumptions/2024',
    );
  });

  it('percent-encodes parameters so they cannot add segments or a query', () => {
    expect(buildPath('/api/devices/{id}', { id: '../groups?x=1#' })).toBe(
      '/api/devices/..%2Fgroups%3Fx%3D1%23',
    );
  });

  it('throws on a missing parameter', () => {
    expect(() => buildPath('/api/devices/{id}', {})).toThrow(/missing parameter "id"/);
  });
});

describe('toRoutePattern and matchPath', () => {
  it('turns {name} into :name for Hono', () => {
    expect(toRoutePattern('/api/devices/{id}/messages')).toBe('/api/devices/:id/messages');
    expect(toRoutePattern('/api/devicetypes/{id}/callbacks/{callbackId}/enable')).toBe(
      '/api/devicetypes/:id/callbacks/:callbackId/enable',
    );
  });

  it('lists parameter names in order', () => {
    expect(pathParamNames('/api/devicetypes/{id}/callbacks/{callbackId}/delete')).toEqual([
      'id',
      'callbackId',
    ]);
  });

  it('matches a path and decodes its parameters, or answers null', () => {
    expect(matchPath('/api/devices/{id}/messages', '/api/devices/00%2C/messages')).toEqual({ id: '00,' });
    expect(matchPath('/api/devices/{id}/messages', '/api/devices/002C/locations')).toBeNull();
    expect(matchPath('/api/devices/{id}', '/api/devices/002C/messages')).toBeNull();
    expect(matchPath('/api/devices/{id}', '/api/devices/%E0%A4%A')).toBeNull();
  });
});
