import { describe, expect, it } from 'vitest';
import { endpointList, endpointName, endpoints } from './endpoints.ts';
import { matchPath, pathParamNames } from './paths.ts';

/** Every endpoint of the reference: name, method, path (the brief and the reference sections). */
const expected = [
  ['listGroups', 'GET', '/api/groups'],
  ['getGroup', 'GET', '/api/groups/{id}'],
  ['listDeviceTypes', 'GET', '/api/devicetypes'],
  ['editDeviceType', 'POST', '/api/devicetypes/edit'],
  ['listGeolocConfigs', 'GET', '/api/devicetypes/geolocs-config'],
  ['getDeviceType', 'GET', '/api/devicetypes/{id}'],
  ['registerDevices', 'POST', '/api/devicetypes/{id}'],
  ['createCallbacks', 'POST', '/api/devicetypes/{id}/callbacks/new'],
  ['listCallbacks', 'POST', '/api/devicetypes/{id}/callbacks'],
  ['deleteCallback', 'POST', '/api/devicetypes/{id}/callbacks/{callbackId}/delete'],
  ['enableCallback', 'POST', '/api/devicetypes/{id}/callbacks/{callbackId}/enable'],
  ['selectDownlinkCallback', 'POST', '/api/devicetypes/{id}/callbacks/{callbackId}/downlink'],
  ['listDeviceTypeErrorEvents', 'GET', '/api/devicetypes/{id}/status/error'],
  ['listDeviceTypeWarnEvents', 'GET', '/api/devicetypes/{id}/status/warn'],
  ['listDeviceTypeMessages', 'GET', '/api/devicetypes/{id}/messages'],
  ['disengageSequenceNumber', 'GET', '/api/devicetypes/{id}/disengage'],
  ['listDevices', 'GET', '/api/devicetypes/{id}/devices'],
  ['getDevice', 'GET', '/api/devices/{id}'],
  ['getDeviceTokenState', 'GET', '/api/devices/{id}/token-state'],
  ['listDeviceMessages', 'GET', '/api/devices/{id}/messages'],
  ['listDeviceLocations', 'GET', '/api/devices/{id}/locations'],
  ['listDeviceErrorEvents', 'GET', '/api/devices/{id}/status/error'],
  ['listDeviceWarnEvents', 'GET', '/api/devices/{id}/status/warn'],
  ['getDeviceNetworkState', 'GET', '/api/devices/{id}/networkstate'],
  ['getDeviceMessageMetric', 'GET', '/api/devices/{id}/messages/metric'],
  ['getDeviceConsumptions', 'GET', '/api/device/{id}/consumptions/{year}'],
  ['listCallbackErrors', 'GET', '/api/callbacks/messages/error'],
  ['getCoverageRedundancy', 'GET', '/api/coverages/redundancy'],
  ['listUsers', 'GET', '/api/users'],
] as const;

describe('endpoint catalogue', () => {
  it('holds exactly the endpoints of the reference, with their methods and paths', () => {
    expect(endpointList.map(([name, e]) => [name, e.method, e.path])).toEqual(expected);
  });

  it('declares one params schema key per {name} of each path', () => {
    for (const [name, endpoint] of endpointList) {
      const keys = Object.keys(endpoint.params.shape).sort();
      expect({ name, keys }).toEqual({ name, keys: pathParamNames(endpoint.path).sort() });
      for (const alias of endpoint.aliases ?? []) expect(pathParamNames(alias).sort()).toEqual(keys);
    }
  });

  it('marks state-changing endpoints as mutations, the GET disengage included, the POST list excluded', () => {
    const mutations = endpointList.filter(([, e]) => e.mutation).map(([name]) => name);
    expect(mutations.sort()).toEqual(
      [
        'createCallbacks',
        'deleteCallback',
        'disengageSequenceNumber',
        'editDeviceType',
        'enableCallback',
        'registerDevices',
        'selectDownlinkCallback',
      ].sort(),
    );
  });

  it('serves the callback list by GET too, and consumptions under the plural path too', () => {
    expect(endpoints.listCallbacks.alsoMethods).toEqual(['GET']);
    expect(endpoints.getDeviceConsumptions.aliases).toEqual(['/api/devices/{id}/consumptions/{year}']);
  });

  it('gives each paged endpoint the documented unit of before/since', () => {
    const units = Object.fromEntries(
      endpointList.filter(([, e]) => e.paging !== undefined).map(([name, e]) => [name, e.paging?.timeUnit]),
    );
    expect(units).toEqual({
      listGroups: null,
      listDevices: null,
      listUsers: null,
      listDeviceTypeMessages: 's',
      listDeviceMessages: 's',
      listDeviceLocations: 's',
      listDeviceTypeErrorEvents: 'ms',
      listDeviceTypeWarnEvents: 'ms',
      listDeviceErrorEvents: 'ms',
      listDeviceWarnEvents: 'ms',
      listCallbackErrors: 'ms',
    });
  });

  it('lists a literal path before any template of the same method that its path would match', () => {
    endpointList.forEach(([name, endpoint], index) => {
      if (pathParamNames(endpoint.path).length > 0) return;
      const shadowing = endpointList
        .slice(0, index)
        .filter(([, e]) => e.method === endpoint.method && matchPath(e.path, endpoint.path) !== null);
      expect({ name, shadowing }).toEqual({ name, shadowing: [] });
    });
  });

  it('gives every paged endpoint limit, offset 0..5000 and cursor, and before/since only with a time unit', () => {
    for (const [name, endpoint] of endpointList) {
      if (endpoint.paging === undefined) continue;
      const query = endpoint.query;
      const required = name === 'listUsers' ? { groupId: 'babecafebabecafebabecafe' } : {};
      const accepts = (q: Record<string, string>) => query?.safeParse({ ...required, ...q }).success;
      expect({ name, ok: accepts({ limit: '1', offset: '5000', cursor: 'abc' }) }).toEqual({
        name,
        ok: true,
      });
      expect({ name, ok: accepts({ offset: '5001' }) }).toEqual({ name, ok: false });
      const timed = endpoint.paging.timeUnit !== null;
      expect({ name, ok: accepts({ before: '1', since: '0' }) }).toEqual({ name, ok: timed });
    }
  });

  it('gives no paging parameters to unpaged endpoints', () => {
    for (const [name, endpoint] of endpointList) {
      if (endpoint.paging !== undefined || endpoint.query === undefined) continue;
      const parsed = endpoint.query.safeParse({ limit: '1' });
      expect({ name, ok: parsed.success }).toEqual({ name, ok: false });
    }
  });

  it('finds the name of a catalogue entry', () => {
    expect(endpointName(endpoints.getDevice)).toBe('getDevice');
  });
});
