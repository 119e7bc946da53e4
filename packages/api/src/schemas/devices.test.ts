import { describe, expect, it } from 'vitest';
import { Device, DeviceListQuery, DevicePage, MessageMetric, NetworkState, TokenState } from './devices.ts';

const device = {
  id: '0B59',
  name: 'Test 0B59',
  type: '4d3091a05ee16b3cc86699ab',
  last: 0,
  averageSignal: 8.457,
  averageSnr: 8.457,
  averageRssi: -125.967,
  state: 0,
  lat: 43.45,
  lng: 1.54,
  computedLocation: { lat: 43.45, lng: 6.54, radius: 500 },
  activationTime: 1404096340556,
  pac: '545CB3B17AC98BA4',
  tokenType: 'CONTRACT',
  contractId: '7896541254789654aedfba4c',
  tokenEnd: 1449010800000,
  preventRenewal: false,
};

describe('Device', () => {
  it('parses the reference example, with a next page', () => {
    const next =
      'https://backend.sigfox.com/api/devicetypes/5256c4d6c9a871b80f5a2e50/devices?snr=1&limit=100&offset=100';
    const parsed = DevicePage.parse({ data: [device], paging: { next } });
    expect(parsed.data[0]).toEqual(device);
    expect(parsed.paging?.next).toBe(next);
  });

  it('accepts a last page without next', () => {
    expect(DevicePage.safeParse({ data: [], paging: {} }).success).toBe(true);
    expect(DevicePage.safeParse({ data: [] }).success).toBe(true);
  });

  it('accepts an absolute http(s) or root-relative next, and refuses other forms', () => {
    const next = (value: string) => DevicePage.safeParse({ data: [], paging: { next: value } }).success;
    expect(next('http://localhost:3000/api/devicetypes/x/devices?offset=100')).toBe(true);
    expect(next('/api/devicetypes/x/devices?cursor=abc')).toBe(true);
    expect(next('api/devicetypes/x/devices')).toBe(false);
    expect(next('//evil.example/api/devices')).toBe(false);
    expect(next('javascript:alert(1)')).toBe(false);
  });

  it('accepts lat -90..90 and lng -180..180 and refuses beyond', () => {
    expect(Device.safeParse({ ...device, lat: -90, lng: 180 }).success).toBe(true);
    expect(Device.safeParse({ ...device, lat: 90.5 }).success).toBe(false);
    expect(Device.safeParse({ ...device, lng: -180.5 }).success).toBe(false);
    expect(Device.safeParse({ ...device, computedLocation: { lat: 91, lng: 0, radius: 1 } }).success).toBe(
      false,
    );
  });

  it('refuses an unknown state and a device id that is not hex', () => {
    expect(Device.safeParse({ ...device, state: 5 }).success).toBe(false);
    expect(Device.safeParse({ ...device, id: 'XYZ' }).success).toBe(false);
  });
});

describe('DeviceListQuery', () => {
  it('accepts snr 1 to 4 and refuses 0 and 5', () => {
    expect(DeviceListQuery.parse({ snr: '1' })).toEqual({ snr: 1, limit: 100, offset: 0 });
    expect(DeviceListQuery.safeParse({ snr: '4' }).success).toBe(true);
    expect(DeviceListQuery.safeParse({ snr: '0' }).success).toBe(false);
    expect(DeviceListQuery.safeParse({ snr: '5' }).success).toBe(false);
  });

  it('refuses before/since, which the device list does not document', () => {
    expect(DeviceListQuery.safeParse({ before: '1' }).success).toBe(false);
  });
});

describe('device sub-resources', () => {
  it('parses the token state example and refuses an unknown detail message', () => {
    const state = {
      code: 1,
      detailMessage: 'Off contract',
      tokenType: 'CONTRACT',
      contractId: '7896541254789654aedfba4c',
      tokenEnd: 1418673953200,
    };
    expect(TokenState.parse(state)).toEqual(state);
    expect(TokenState.safeParse({ ...state, detailMessage: 'Fine' }).success).toBe(false);
  });

  it('parses network state OK/NOK only', () => {
    expect(NetworkState.parse({ networkStatus: 'NOK' })).toEqual({ networkStatus: 'NOK' });
    expect(NetworkState.safeParse({ networkStatus: 'OK|NOK' }).success).toBe(false);
  });

  it('parses the message metric example and refuses negative counts', () => {
    expect(MessageMetric.parse({ lastDay: 47, lastWeek: 276, lastMonth: 784 }).lastMonth).toBe(784);
    expect(MessageMetric.safeParse({ lastDay: -1, lastWeek: 0, lastMonth: 0 }).success).toBe(false);
  });
});
