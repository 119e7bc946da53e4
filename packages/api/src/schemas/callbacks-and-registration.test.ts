import { describe, expect, it } from 'vitest';
import { CallbackEnableQuery, CallbackList, CreatedCallbackIds } from './callback-list.ts';
import { DeviceRegistration } from './registration.ts';

const listed = {
  id: 'deadbeeffacecafebabecafe',
  channel: 'URL',
  callbackType: 0,
  payloadConfig: 'int1::uint:8 int2::uint:8',
  callbackSubtype: 2,
  urlPattern: 'http://myserver.com/sigfox/callback',
  httpMethod: 'POST',
  headers: { key1: 'value1', key2: 'value2' },
  enabled: true,
  sendDuplicate: false,
  dead: false,
  downlinkHook: false,
};

describe('CallbackList', () => {
  it('groups callbacks by data, service and error, with urlPattern, id, dead and downlinkHook', () => {
    const list = CallbackList.parse({
      data: [
        listed,
        { ...listed, channel: 'BATCH_URL', headers: undefined, linePattern: '{device};{data};' },
      ],
      service: [{ ...listed, callbackType: 1, callbackSubtype: 0, httpMethod: 'GET' }],
      error: [],
    });
    expect(list.data[1]).toMatchObject({ channel: 'BATCH_URL', linePattern: '{device};{data};' });
  });

  it('refuses a listed callback without urlPattern or without dead', () => {
    const { urlPattern: _, ...noPattern } = listed;
    expect(CallbackList.safeParse({ data: [noPattern], service: [], error: [] }).success).toBe(false);
    const { dead: __, ...noDead } = listed;
    expect(CallbackList.safeParse({ data: [noDead], service: [], error: [] }).success).toBe(false);
  });

  it('answers creation with an array of object ids', () => {
    expect(CreatedCallbackIds.safeParse(['57285afd061b7015ef7d39b4']).success).toBe(true);
    expect(CreatedCallbackIds.safeParse(['57285afd']).success).toBe(false);
  });

  it('requires enabled=true|false to enable or disable', () => {
    expect(CallbackEnableQuery.parse({ enabled: 'false' })).toEqual({ enabled: false });
    expect(CallbackEnableQuery.safeParse({}).success).toBe(false);
  });
});

describe('DeviceRegistration', () => {
  it('accepts the curl example of the reference', () => {
    const body = { prefix: 'test-device-', ids: [{ id: 'C031', pk: '16b3cc86699ab4d3091a05ee' }] };
    expect(DeviceRegistration.parse(body)).toEqual(body);
  });

  it('refuses a non-hex device id and a malformed pk, naming the entry', () => {
    const result = DeviceRegistration.safeParse({
      prefix: 'p',
      ids: [
        { id: 'C031', pk: '16b3cc86699ab4d3091a05ee' },
        { id: 'G031', pk: 'xyz' },
      ],
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['ids.1.id', 'ids.1.pk']);
  });

  it('refuses an empty list and a device listed twice', () => {
    expect(DeviceRegistration.safeParse({ prefix: 'p', ids: [] }).success).toBe(false);
    const pk = '16b3cc86699ab4d3091a05ee';
    const twice = DeviceRegistration.safeParse({
      ids: [
        { id: 'c031', pk },
        { id: '0C031', pk },
      ],
    });
    expect(twice.error?.issues.map((i) => i.path.join('.'))).toEqual(['ids.1.id']);
  });
});
