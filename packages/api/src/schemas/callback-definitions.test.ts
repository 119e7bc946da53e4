import { describe, expect, it } from 'vitest';
import { CallbackCreation, CallbackDefinition } from './callback-definitions.ts';

const url = {
  channel: 'URL',
  callbackType: 0,
  callbackSubtype: 2,
  url: 'http://myserver.com/sigfox/callback',
  httpMethod: 'POST',
  enabled: true,
  sendDuplicate: false,
  sendSni: false,
  payloadConfig: 'var1::bool:1',
  bodyTemplate: 'device: {device} / {customData#var1}',
  headers: { time: '{time}' },
  contentType: 'text/plain',
} as const;

const batch = {
  channel: 'BATCH_URL',
  callbackType: 0,
  callbackSubtype: 2,
  url: 'http://myserver.com/sigfox/callback/batch',
  linePattern: '{device};{data};',
  enabled: true,
  sendDuplicate: false,
  sendSni: false,
} as const;

const email = {
  channel: 'EMAIL',
  callbackType: 1,
  callbackSubtype: 0,
  subject: 'Status of {device}',
  recipient: 'ops@example.org',
  message: '{device} at {time}',
} as const;

/** Dotted paths of the issues of a failed definition. */
function problems(def: unknown): string[] {
  const result = CallbackDefinition.safeParse(def);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe('CallbackCreation', () => {
  it('accepts the reference example (a URL and a BATCH_URL definition)', () => {
    expect(CallbackCreation.safeParse([url, batch]).success).toBe(true);
  });

  it('refuses an empty array and a single object', () => {
    expect(CallbackCreation.safeParse([]).success).toBe(false);
    expect(CallbackCreation.safeParse(url).success).toBe(false);
  });

  it('reports the index of the bad definition in the path', () => {
    const result = CallbackCreation.safeParse([url, { ...email, recipient: 'nope' }]);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['1.recipient']);
  });
});

describe('channel union', () => {
  it('accepts each channel and refuses an unknown one', () => {
    expect(problems(email)).toEqual([]);
    expect(problems({ ...batch, channel: 'SMS' })).toEqual(['channel']);
  });

  it('refuses fields of another channel', () => {
    expect(problems({ ...batch, httpMethod: 'POST' })).toEqual(['']);
    expect(problems({ ...email, url: 'http://x.org' })).toEqual(['']);
  });

  it('requires the fields of each channel', () => {
    const { linePattern: _, ...noLine } = batch;
    expect(problems(noLine)).toEqual(['linePattern']);
    const { subject: __, ...noSubject } = email;
    expect(problems(noSubject)).toEqual(['subject']);
  });
});

describe('type and subtype', () => {
  it('accepts DATA with UPLINK 2 or BIDIR 3 and refuses other subtypes', () => {
    expect(problems({ ...batch, callbackSubtype: 3 })).toEqual([]);
    for (const callbackSubtype of [0, 4, 5])
      expect(problems({ ...batch, callbackSubtype })).toEqual(['callbackSubtype']);
  });

  it('accepts SERVICE with STATUS 0, ACKNOWLEDGE 4 or REPEATER 5 and refuses 2 and 3', () => {
    for (const callbackSubtype of [0, 4, 5]) expect(problems({ ...email, callbackSubtype })).toEqual([]);
    for (const callbackSubtype of [2, 3])
      expect(problems({ ...email, callbackSubtype })).toEqual(['callbackSubtype']);
  });

  it('accepts ERROR without a subtype and refuses one with a subtype', () => {
    const { callbackSubtype: _, ...noSubtype } = email;
    expect(problems({ ...noSubtype, callbackType: 2 })).toEqual([]);
    expect(problems({ ...email, callbackType: 2, callbackSubtype: 0 })).toEqual(['callbackSubtype']);
  });

  it('requires a subtype for DATA and SERVICE, and refuses unknown types', () => {
    const { callbackSubtype: _, ...noSubtype } = email;
    expect(problems(noSubtype)).toEqual(['callbackSubtype']);
    expect(problems({ ...email, callbackType: 3 })).toEqual(['callbackType']);
  });
});

describe('URL channel rules', () => {
  it('accepts GET, POST and PUT and refuses other methods', () => {
    const { bodyTemplate: _, ...noBody } = url;
    expect(problems({ ...noBody, httpMethod: 'GET' })).toEqual([]);
    expect(problems({ ...url, httpMethod: 'PUT' })).toEqual([]);
    expect(problems({ ...url, httpMethod: 'DELETE' })).toEqual(['httpMethod']);
  });

  it('allows bodyTemplate only for POST and PUT', () => {
    expect(problems({ ...url, httpMethod: 'GET' })).toEqual(['bodyTemplate']);
  });

  it('accepts the three content types, defaults to form encoding, refuses others', () => {
    const { contentType: _, ...noType } = url;
    expect(CallbackDefinition.parse(noType)).toMatchObject({
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(problems({ ...url, contentType: 'application/json', bodyTemplate: '{"d":"{device}"}' })).toEqual(
      [],
    );
    expect(problems({ ...url, contentType: 'application/xml' })).toEqual(['contentType']);
  });

  it('accepts http and https URLs with variables and refuses other schemes', () => {
    expect(problems({ ...url, url: 'https://h.example/cb?d={device}&x={customData#var1}' })).toEqual([]);
    expect(problems({ ...url, url: 'ftp://h.example/cb' })).toEqual(['url']);
    expect(problems({ ...url, url: '/relative' })).toEqual(['url']);
  });

  it('accepts valid header names with variables in values, and refuses variables or spaces in names', () => {
    expect(problems({ ...url, headers: { 'X-Token': 'abc {device}' } })).toEqual([]);
    expect(problems({ ...url, headers: { '{device}': 'x' } })).toEqual(['headers.{device}']);
    expect(problems({ ...url, headers: { 'X Token': 'x' } })).toEqual(['headers.X Token']);
    expect(problems({ ...url, headers: { 'X-Token': 'a\r\nInjected: 1' } })).toEqual(['headers.X-Token']);
  });

  it('defaults enabled to true and sendDuplicate to false', () => {
    const { enabled: _, sendDuplicate: __, ...rest } = batch;
    expect(CallbackDefinition.parse(rest)).toMatchObject({ enabled: true, sendDuplicate: false });
  });
});

describe('template variables (checked by @sfc/payload)', () => {
  it('accepts the variables of the callback kind and refuses others', () => {
    expect(problems({ ...email, message: 'battery {batt}' })).toEqual([]);
    expect(problems({ ...email, callbackSubtype: 4, message: 'battery {batt}' })).toEqual(['message']);
    expect(problems({ ...url, url: 'http://h.example/?a={ack}' })).toEqual(['url']);
  });

  it('refuses a custom variable the payloadConfig does not define', () => {
    expect(problems({ ...url, bodyTemplate: '{customData#var2}' })).toEqual(['bodyTemplate']);
  });

  it('names the header whose value holds an unknown variable, dots included', () => {
    expect(problems({ ...url, headers: { 'X.Token': '{nope}' } })).toEqual(['headers.X.Token']);
    const result = CallbackDefinition.safeParse({ ...url, headers: { 'X.Token': '{nope}' } });
    expect(result.error?.issues[0]?.path).toEqual(['headers', 'X.Token']);
  });

  it('refuses a JSON body that is not JSON once rendered', () => {
    expect(problems({ ...url, contentType: 'application/json', bodyTemplate: '{"d": {device}' })).toEqual([
      'bodyTemplate',
    ]);
  });
});

describe('EMAIL channel and payloadConfig', () => {
  it('refuses an invalid recipient', () => {
    expect(problems({ ...email, recipient: 'ops.example.org' })).toEqual(['recipient']);
  });

  it('checks payloadConfig with the payload parser', () => {
    expect(problems({ ...url, payloadConfig: 'var1::bool:9' })).toEqual(['payloadConfig']);
  });

  it('allows payloadConfig on DATA callbacks only', () => {
    expect(problems({ ...email, payloadConfig: 'a::uint:8' })).toEqual(['payloadConfig']);
  });
});
