import { describe, expect, it } from 'vitest';
import { DeviceType, DeviceTypeEdit, DeviceTypeList, DeviceTypeListQuery } from './device-types.ts';

const id = 'deadbeef0486300cbebef070';

/** Field paths of the issues of a failed edit. */
function problems(body: unknown): string[] {
  const result = DeviceTypeEdit.safeParse(body);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe('DeviceTypeEdit', () => {
  it('accepts the reference example', () => {
    const body = {
      id,
      name: 'dtname',
      description: 'the description',
      keepAlive: 3000,
      alertEmail: 'alert@email.com',
      payloadType: 'None',
      downlinkMode: 0,
      downlinkDataString: 'deadbeefcafebabe',
    };
    expect(DeviceTypeEdit.parse(body)).toEqual(body);
  });

  it('requires only id: absent fields are left unchanged', () => {
    expect(problems({ id })).toEqual([]);
    expect(problems({ name: 'x' })).toEqual(['id']);
    expect(problems({ id: 'nothex' })).toEqual(['id']);
  });

  it('refuses unknown fields', () => {
    expect(problems({ id, colour: 'red' })).toEqual(['']);
  });

  it('accepts keepAlive 0 or at least 1800 seconds and refuses 1 to 1799', () => {
    expect(problems({ id, keepAlive: 0 })).toEqual([]);
    expect(problems({ id, keepAlive: 1800 })).toEqual([]);
    expect(problems({ id, keepAlive: 1799 })).toEqual(['keepAlive']);
    expect(problems({ id, keepAlive: 1 })).toEqual(['keepAlive']);
    expect(problems({ id, keepAlive: 1800.5 })).toEqual(['keepAlive']);
    expect(DeviceTypeEdit.safeParse({ id, keepAlive: 100 }).error?.issues[0]?.message).toMatch(
      /at least 1800/,
    );
  });

  it('accepts the four payload types and refuses others', () => {
    for (const payloadType of ['None', 'String']) expect(problems({ id, payloadType })).toEqual([]);
    expect(problems({ id, payloadType: 'Custom', payloadConfig: 'a::uint:8' })).toEqual([]);
    expect(problems({ id, payloadType: 'Geolocation', geolocPayloadConfigId: id })).toEqual([]);
    expect(problems({ id, payloadType: 'Binary' })).toEqual(['payloadType']);
  });

  it('requires payloadConfig for Custom and checks it with the payload parser', () => {
    expect(problems({ id, payloadType: 'Custom' })).toEqual(['payloadConfig']);
    expect(problems({ id, payloadType: 'Custom', payloadConfig: 'a::uint:65' })).toEqual(['payloadConfig']);
  });

  it('requires geolocPayloadConfigId for Geolocation', () => {
    expect(problems({ id, payloadType: 'Geolocation' })).toEqual(['geolocPayloadConfigId']);
  });

  it('refuses payloadConfig or geolocPayloadConfigId with another payload type', () => {
    expect(problems({ id, payloadType: 'None', payloadConfig: 'a::uint:8' })).toEqual(['payloadConfig']);
    expect(problems({ id, payloadType: 'String', geolocPayloadConfigId: id })).toEqual([
      'geolocPayloadConfigId',
    ]);
  });

  it('accepts a valid alert email and refuses an invalid one', () => {
    expect(problems({ id, alertEmail: 'ops@example.org' })).toEqual([]);
    expect(problems({ id, alertEmail: 'ops@' })).toEqual(['alertEmail']);
  });

  it('accepts downlinkMode 0 or 1 only', () => {
    expect(problems({ id, downlinkMode: 1 })).toEqual([]);
    expect(problems({ id, downlinkMode: 2 })).toEqual(['downlinkMode']);
  });

  it('checks downlinkDataString as 8 bytes with direct-mode variables', () => {
    expect(problems({ id, downlinkDataString: '{time}{tapId}{rssi}' })).toEqual([]);
    expect(problems({ id, downlinkDataString: 'deadbeef' })).toEqual(['downlinkDataString']);
  });
});

describe('DeviceType responses', () => {
  it('parses the list example of the reference', () => {
    const list = DeviceTypeList.parse({
      data: [
        {
          id: '4d3091a05ee16b3cc86699ab',
          name: 'Sigfox test device',
          group: '4d39a4c9e03e6b3c430e2188',
          description: 'Little things in the black boxes',
          keepAlive: 7200,
          payloadType: 'None',
          contract: '523b1d10d777d3f5ae038a02',
        },
      ],
    });
    expect(list.data[0]?.keepAlive).toBe(7200);
  });

  it('refuses a device type without its group', () => {
    expect(DeviceType.safeParse({ id, name: 'x' }).success).toBe(false);
  });

  it('takes includeSubGroups as true/false and contractInfoId as an object id', () => {
    expect(DeviceTypeListQuery.parse({ includeSubGroups: 'true', contractInfoId: id })).toEqual({
      includeSubGroups: true,
      contractInfoId: id,
    });
    expect(DeviceTypeListQuery.safeParse({ includeSubGroups: 'maybe' }).success).toBe(false);
    expect(DeviceTypeListQuery.safeParse({ limit: '10' }).success).toBe(false);
  });
});
