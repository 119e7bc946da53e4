import { describe, expect, it } from 'vitest';
import { type CallbackTemplates, findTemplateProblems } from './template-problems.ts';

const uplink: CallbackTemplates = { callbackType: 0, callbackSubtype: 2, channel: 'URL' };

describe('findTemplateProblems', () => {
  it('accepts a valid DATA callback with custom variables', () => {
    const problems = findTemplateProblems({
      ...uplink,
      url: 'https://example.com/{device}?t={time}',
      headers: { 'X-Seq': '{seqNumber}' },
      bodyTemplate:
        '{"device": "{device}", "temp": {customData#temp}, "ok": {customData#ok}, "s": "{customData#s}"}',
      contentType: 'application/json',
      payloadConfig: 'temp::int:16 ok::bool:0 s::char:2',
    });
    expect(problems).toEqual([]);
  });

  it('reports unknown variables for the callback kind', () => {
    expect(findTemplateProblems({ ...uplink, url: 'https://x/{ack}' })).toEqual([
      { field: 'url', message: 'unknown variable {ack} for DATA/UPLINK callbacks' },
    ]);
    expect(findTemplateProblems({ ...uplink, callbackSubtype: 3, url: 'https://x/{ack}' })).toEqual([]);
    expect(
      findTemplateProblems({
        callbackType: 1,
        callbackSubtype: 0,
        channel: 'EMAIL',
        subject: '{temp}',
        message: '{data}',
      }),
    ).toEqual([{ field: 'message', message: 'unknown variable {data} for SERVICE/STATUS callbacks' }]);
  });

  it('reports an invalid type/subtype pair', () => {
    expect(findTemplateProblems({ callbackType: 2, callbackSubtype: 2, channel: 'URL' })[0]?.field).toBe(
      'callbackSubtype',
    );
  });

  it('reports custom variables outside DATA callbacks or naming no field', () => {
    const service = findTemplateProblems({
      callbackType: 2,
      channel: 'URL',
      url: 'https://x/{customData#a}',
    });
    expect(service).toEqual([
      { field: 'url', message: '{customData#a}: custom variables exist only in DATA callbacks' },
    ]);
    const missing = findTemplateProblems({
      ...uplink,
      url: 'https://x/{customData#b}',
      payloadConfig: 'a::uint:8',
    });
    expect(missing).toEqual([
      { field: 'url', message: '{customData#b}: the payloadConfig has no field "b"' },
    ]);
    const none = findTemplateProblems({ ...uplink, url: 'https://x/{customData#b}' });
    expect(none[0]?.message).toMatch(/no payloadConfig/);
  });

  it('reports a broken payloadConfig with its column', () => {
    const problems = findTemplateProblems({
      ...uplink,
      url: 'https://x/{customData#a}',
      payloadConfig: 'a::uint:8 b::bool:9',
    });
    expect(problems).toEqual([{ field: 'payloadConfig', message: expect.stringContaining('column 19') }]);
  });

  it('reports a payloadConfig on a non-DATA callback', () => {
    const problems = findTemplateProblems({
      callbackType: 1,
      callbackSubtype: 0,
      channel: 'URL',
      payloadConfig: 'a::uint:8',
    });
    expect(problems.map((problem) => problem.field)).toEqual(['payloadConfig']);
  });

  it('reports variables in header names and checks header values', () => {
    const problems = findTemplateProblems({ ...uplink, headers: { 'X-{device}': 'v', 'X-Ok': '{nope}' } });
    expect(problems).toEqual([
      { field: 'headers.X-{device}', message: 'variables are not allowed in header names' },
      { field: 'headers.X-Ok', message: 'unknown variable {nope} for DATA/UPLINK callbacks' },
    ]);
  });

  it('reports a JSON body that breaks once rendered', () => {
    const unquoted = findTemplateProblems({
      ...uplink,
      bodyTemplate: '{"device": {device}}',
      contentType: 'application/json',
    });
    expect(unquoted).toEqual([
      { field: 'bodyTemplate', message: expect.stringMatching(/not valid JSON.*"device": BEEF01/) },
    ]);
    const text = findTemplateProblems({
      ...uplink,
      bodyTemplate: '{"s": {customData#s}}',
      contentType: 'application/json; charset=utf-8',
      payloadConfig: 's::char:3',
    });
    expect(text.map((problem) => problem.field)).toEqual(['bodyTemplate']);
  });

  it('does not check JSON for other content types', () => {
    expect(
      findTemplateProblems({ ...uplink, bodyTemplate: 'device={device}', contentType: 'text/plain' }),
    ).toEqual([]);
  });

  it('checks BATCH_URL line patterns and refuses variables in their url', () => {
    const problems = findTemplateProblems({
      ...uplink,
      channel: 'BATCH_URL',
      url: 'https://x/{device}',
      linePattern: '{device};{oops}',
    });
    expect(problems.map((problem) => problem.field)).toEqual(['url', 'linePattern']);
  });
});
