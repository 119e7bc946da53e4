import { describe, expect, it } from 'vitest';
import { CallbackErrorListQuery, CallbackErrorPage } from './callback-errors.ts';
import { Consumption, daysInYear } from './consumptions.ts';
import { CoverageQuery, CoverageRedundancy } from './coverage.ts';
import { GeolocConfigList, GeolocConfigQuery } from './geoloc-configs.ts';
import { GroupListQuery, GroupPage } from './groups.ts';
import { ErrorEventPage, WarnEventPage } from './status-events.ts';
import { UserListQuery, UserPage } from './users.ts';

const root = {
  id: 'babecafebabecafebabecafe',
  name: 'Root',
  nameCI: 'root',
  description: 'Master Group',
  path: [],
  billable: false,
};

describe('groups and users', () => {
  it('parses a group page and refuses an unknown parentId format', () => {
    expect(GroupPage.parse({ data: [{ ...root, bssId: 'bss-4686131845' }] }).data[0]?.bssId).toBe(
      'bss-4686131845',
    );
    expect(GroupListQuery.safeParse({ parentId: 'root' }).success).toBe(false);
  });

  it('parses the user example with roles', () => {
    const page = UserPage.parse({
      data: [
        {
          firstName: 'Michel',
          lastName: 'Dupont',
          email: 'michel.dupont@sigfox.com',
          timezone: 'Europe/Paris',
          creationTime: 1392812363644,
          creationDate: 'Wed Feb 19 13:19:23 CET 2014',
          lastLogin: 1448351837467,
          lastLoginDate: 'Tue Nov 24 08:57:17 CET 2015',
          userRoles: [{ group: root, customRole: { id: '51d19e7ce4b067e859e4c2c1', name: 'SUPPORT CORP' } }],
        },
      ],
      paging: { next: 'https://127.0.0.1:8080/api/users?limit=3&offset=6' },
    });
    expect(page.data[0]?.userRoles[0]?.customRole.name).toBe('SUPPORT CORP');
  });

  it('requires groupId to list users', () => {
    expect(UserListQuery.safeParse({}).success).toBe(false);
    expect(UserListQuery.safeParse({ groupId: root.id }).success).toBe(true);
  });
});

describe('status events', () => {
  const event = { time: 1381410600026, message: 'down', deviceTypeId: '5256c4d6c9a871b80f5a2e50' };
  const callbacks = [
    { url: 'http://host/path?id=0235&time=1381410600', status: 600, info: 'Connection refused: host/path' },
    { subject: 'some subject', message: 'some messages', status: 200 },
  ];

  it('parses error events with deviceId and warn events with deviceIds', () => {
    const errors = ErrorEventPage.parse({
      data: [{ ...event, deviceId: '0235', severity: 'ERROR', callbacks }],
    });
    expect(errors.data[0]?.callbacks).toEqual(callbacks);
    const warns = WarnEventPage.parse({
      data: [{ ...event, deviceIds: ['0235', '023A'], severity: 'WARN' }],
    });
    expect(warns.data[0]?.deviceIds).toEqual(['0235', '023A']);
  });

  it('refuses a warn event in an error page', () => {
    expect(
      ErrorEventPage.safeParse({ data: [{ ...event, deviceIds: ['0235'], severity: 'WARN' }] }).success,
    ).toBe(false);
  });
});

describe('callback errors', () => {
  it('parses HTTP and email failures of the reference example', () => {
    const common = {
      deviceType: '4fe9cc70e4b014be5cc90246',
      time: 1381766225,
      data: '3b3616201e100000',
      snr: 10.5,
    };
    const page = CallbackErrorPage.parse({
      data: [
        {
          ...common,
          device: '00A1',
          status: 600,
          message: 'Connection refused',
          callback: {
            url: 'http://host/single',
            headers: { Authorization: 'Basic x' },
            method: 'POST',
            body: 'a=1',
          },
          parameters: { time: 1381766225, duplicate: false, station: '001F', snr: 10.5 },
        },
        { ...common, device: '00A1', status: 600, callback: { subject: '00A1', message: 'x' } },
      ],
    });
    expect(page.data).toHaveLength(2);
  });

  it('takes hexId as a device id and refuses a malformed one', () => {
    expect(CallbackErrorListQuery.safeParse({ hexId: '00A1', since: '1381766000000' }).success).toBe(true);
    expect(CallbackErrorListQuery.safeParse({ hexId: '00Z1' }).success).toBe(false);
  });
});

describe('consumptions', () => {
  const days = (n: number) => Array.from({ length: n }, () => ({ frameCount: 3, downlinkFrameCount: 0 }));

  it('holds one record per day: 365, or 366 in a leap year', () => {
    expect(daysInYear(2024)).toBe(366);
    expect(daysInYear(1900)).toBe(365);
    expect(Consumption.safeParse({ id: '002C_2023', consumptions: days(365) }).success).toBe(true);
    expect(Consumption.safeParse({ id: '002C_2024', consumptions: days(366) }).success).toBe(true);
    expect(Consumption.safeParse({ id: '002C_2024', consumptions: days(365) }).success).toBe(false);
  });

  it('refuses an id that is not {device}_{year}', () => {
    expect(Consumption.safeParse({ id: '002C-2023', consumptions: days(365) }).success).toBe(false);
  });
});

describe('coverage', () => {
  it('defaults mode to INDOOR and accepts the three modes', () => {
    expect(CoverageQuery.parse({ lat: '43.6', lng: '1.44' })).toEqual({
      lat: 43.6,
      lng: 1.44,
      mode: 'INDOOR',
    });
    for (const mode of ['OUTDOOR', 'INDOOR', 'UNDERGROUND']) {
      expect(CoverageQuery.safeParse({ lat: 0, lng: 0, mode }).success).toBe(true);
    }
    expect(CoverageQuery.safeParse({ lat: 0, lng: 0, mode: 'indoor' }).success).toBe(false);
  });

  it('accepts lat -90..90 and lng -180..180, requires both, refuses beyond', () => {
    expect(CoverageQuery.safeParse({ lat: '-90', lng: '180' }).success).toBe(true);
    expect(CoverageQuery.safeParse({ lat: '90.01', lng: '0' }).success).toBe(false);
    expect(CoverageQuery.safeParse({ lat: '0', lng: '-180.01' }).success).toBe(false);
    expect(CoverageQuery.safeParse({ lat: '0' }).success).toBe(false);
  });

  it('answers a redundancy of 0 to 3', () => {
    expect(CoverageRedundancy.parse({ redundancy: 3 })).toEqual({ redundancy: 3 });
    expect(CoverageRedundancy.safeParse({ redundancy: 4 }).success).toBe(false);
  });
});

describe('geoloc configs', () => {
  it('is a bare array, and requires groupId', () => {
    const list = [{ id: '521f7cf3e4b56d12a7b82ac4', name: 'Sigfox', groupName: 'Sigfox' }];
    expect(GeolocConfigList.parse(list)).toEqual(list);
    expect(GeolocConfigList.safeParse({ data: list }).success).toBe(false);
    expect(GeolocConfigQuery.safeParse({}).success).toBe(false);
  });
});
