import { describe, expect, expectTypeOf, it } from 'vitest';
import { endpoints } from '../catalogue/endpoints.ts';
import type { Device } from '../schemas/devices.ts';
import type { MessagePage } from '../schemas/messages.ts';
import { createClient } from './client.ts';
import { ApiError, NetworkError, RequestValidationError, ResponseValidationError } from './errors.ts';
import type { CallArgs, FetchLike } from './types.ts';

interface Sent {
  url: string;
  method: string | undefined;
  body: unknown;
  headers: Record<string, string>;
}

/** A fetch stub that records requests and answers from a queue. */
function stub(...answers: (Response | Error)[]) {
  const sent: Sent[] = [];
  const fetch: FetchLike = async (url, init) => {
    sent.push({
      url,
      method: init.method,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      headers: init.headers as Record<string, string>,
    });
    const answer = answers.shift();
    if (answer === undefined) throw new Error('unexpected request');
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { fetch, sent };
}

const json = (value: unknown, status = 200) =>
  new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } });

const device = { id: '002C', type: '4d3091a05ee16b3cc86699ab', last: 1343321977, state: 0 };
const deviceTypeId = 'deadbeef0486300cbebef070';

describe('call', () => {
  it('builds the URL, sends headers, and returns the validated, typed response', async () => {
    const { fetch, sent } = stub(json(device));
    const client = createClient({ baseUrl: 'http://bff.test/', fetch, headers: { 'x-csrf': 't' } });
    const result = await client.call(endpoints.getDevice, { params: { id: '002C' } });
    expectTypeOf(result).toEqualTypeOf<Device>();
    expect(result).toEqual(device);
    expect(sent[0]).toMatchObject({ url: 'http://bff.test/api/devices/002C', method: 'GET' });
    expect(sent[0]?.headers).toMatchObject({ accept: 'application/json', 'x-csrf': 't' });
  });

  it('serialises the validated query, defaults included', async () => {
    const { fetch, sent } = stub(json({ data: [] }));
    const client = createClient({ baseUrl: '', fetch });
    const page = await client.call(endpoints.listDeviceMessages, {
      params: { id: '2c' },
      query: { before: 1338803969 },
    });
    expectTypeOf(page).toEqualTypeOf<MessagePage>();
    expect(sent[0]?.url).toBe('/api/devices/2c/messages?limit=100&offset=0&before=1338803969');
  });

  it('sends the body as JSON and resolves to undefined for an empty-body endpoint', async () => {
    const { fetch, sent } = stub(new Response(null, { status: 200 }));
    const client = createClient({ baseUrl: '', fetch });
    const result = await client.call(endpoints.editDeviceType, { body: { id: deviceTypeId, keepAlive: 0 } });
    expect(result).toBeUndefined();
    expect(sent[0]).toMatchObject({ method: 'POST', body: { id: deviceTypeId, keepAlive: 0 } });
    expect(sent[0]?.headers['content-type']).toBe('application/json');
  });

  it('refuses invalid input before sending, with the 400 body shape', async () => {
    const { fetch, sent } = stub();
    const client = createClient({ baseUrl: '', fetch });
    const error = await client
      .call(endpoints.editDeviceType, { body: { id: deviceTypeId, keepAlive: 60 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).body.errors?.[0]?.field).toBe('keepAlive');
    await expect(client.call(endpoints.getDevice, { params: { id: 'nothex' } })).rejects.toMatchObject({
      where: 'params',
    });
    expect(sent).toHaveLength(0);
  });

  it('throws ApiError with the parsed error body on a non-2xx answer', async () => {
    const body = { message: 'Invalid body', errors: [{ field: 'name', message: 'name: taken' }] };
    const { fetch } = stub(json(body, 400), new Response('Bad gateway', { status: 502 }));
    const client = createClient({ baseUrl: '', fetch });
    const first = await client.call(endpoints.getDevice, { params: { id: '1' } }).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(ApiError);
    expect(first).toMatchObject({ status: 400, body, message: 'Invalid body', endpoint: 'getDevice' });
    const second = await client.call(endpoints.getDevice, { params: { id: '1' } }).catch((e: unknown) => e);
    expect(second).toMatchObject({ status: 502, body: undefined });
  });

  it('throws ResponseValidationError naming the endpoint and the bad field', async () => {
    const { fetch } = stub(json({ ...device, state: 9 }), new Response('<html>', { status: 200 }));
    const client = createClient({ baseUrl: '', fetch });
    const error = await client.call(endpoints.getDevice, { params: { id: '1' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({ endpoint: 'getDevice', path: 'state' });
    await expect(client.call(endpoints.getDevice, { params: { id: '1' } })).rejects.toThrow(/not JSON/);
  });

  it('wraps transport failures in NetworkError, but lets an abort through', async () => {
    const abort = new AbortController();
    abort.abort();
    const aborted = new DOMException('aborted', 'AbortError');
    const { fetch } = stub(new TypeError('fetch failed'), aborted);
    const client = createClient({ baseUrl: '', fetch });
    await expect(client.call(endpoints.getDevice, { params: { id: '1' } })).rejects.toBeInstanceOf(
      NetworkError,
    );
    const error = await client
      .call(endpoints.getDevice, { params: { id: '1' }, signal: abort.signal })
      .catch((e: unknown) => e);
    expect(error).toBe(aborted);
  });
});

describe('call types', () => {
  it('makes the input optional only when the endpoint needs none', async () => {
    expectTypeOf<CallArgs<typeof endpoints.getDevice>['length']>().toEqualTypeOf<1>();
    expectTypeOf<CallArgs<typeof endpoints.listDeviceTypes>['length']>().toEqualTypeOf<0 | 1>();
    const { fetch, sent } = stub(json({ data: [] }));
    await createClient({ baseUrl: '', fetch }).call(endpoints.listDeviceTypes);
    expect(sent[0]?.url).toBe('/api/devicetypes');
  });
});

describe('follow', () => {
  const next =
    'https://backend.sigfox.com/api/devices/002C/messages?limit=100&before=1338803969&cursor=abc_-1';

  it('requests the path and query of next from its own base URL and validates the page', async () => {
    const { fetch, sent } = stub(json({ data: [] }));
    const client = createClient({ baseUrl: 'http://bff.test', fetch, headers: { authorization: 'Basic x' } });
    const page = await client.follow(endpoints.listDeviceMessages, next);
    expect(page).toEqual({ data: [] });
    expect(sent[0]?.url).toBe(
      'http://bff.test/api/devices/002C/messages?limit=100&before=1338803969&cursor=abc_-1',
    );
  });

  it('accepts a relative next URL and a base URL with a path prefix', async () => {
    const { fetch, sent } = stub(json({ data: [] }));
    const client = createClient({ baseUrl: 'http://bff.test/upstream', fetch });
    await client.follow(
      endpoints.listDevices,
      `/upstream/api/devicetypes/${deviceTypeId}/devices?offset=100`,
    );
    expect(sent[0]?.url).toBe(`http://bff.test/upstream/api/devicetypes/${deviceTypeId}/devices?offset=100`);
  });

  it('refuses a next URL of another endpoint or with refused parameters, without sending', async () => {
    const { fetch, sent } = stub();
    const client = createClient({ baseUrl: '', fetch });
    await expect(
      client.follow(endpoints.listDeviceMessages, '/api/devices/002C/locations'),
    ).rejects.toMatchObject({
      path: 'paging.next',
    });
    await expect(
      client.follow(endpoints.listDeviceMessages, '/api/devices/002C/messages?offset=6000'),
    ).rejects.toBeInstanceOf(ResponseValidationError);
    expect(sent).toHaveLength(0);
  });

  it('validates the followed page with the endpoint schema', async () => {
    const { fetch } = stub(json({ data: [{ device: '002C', time: -1, data: '' }] }));
    const client = createClient({ baseUrl: '', fetch });
    await expect(client.follow(endpoints.listDeviceMessages, next)).rejects.toMatchObject({
      path: 'data.0.time',
    });
  });
});
