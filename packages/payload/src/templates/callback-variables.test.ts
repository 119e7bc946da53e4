import { describe, expect, it } from 'vitest';
import { callbackVariables, variableKind } from './callback-variables.ts';

describe('callbackVariables', () => {
  it('lists the DATA/UPLINK variables and adds ack and longPolling for BIDIR', () => {
    const uplink = callbackVariables(0, 2);
    expect(uplink).toContain('deviceTypeId');
    expect(uplink).not.toContain('ack');
    expect(callbackVariables(0, 3)).toEqual([...(uplink ?? []), 'ack', 'longPolling']);
  });

  it('lists each SERVICE subtype and ERROR', () => {
    expect(callbackVariables(1, 0)).toContain('temp');
    expect(callbackVariables(1, 4)).toEqual([
      'device',
      'time',
      'infoCode',
      'infoMessage',
      'downlinkAck',
      'downlinkOverusage',
    ]);
    expect(callbackVariables(1, 5)).toContain('overRegulMsg');
    expect(callbackVariables(2)).toEqual(['device', 'time', 'info', 'severity']);
  });

  it.each([
    [0, 0],
    [0, undefined],
    [1, 2],
    [2, 0],
    [3, 2],
  ])('has no variables for type %s with subtype %s', (type, subtype) => {
    expect(callbackVariables(type, subtype)).toBeUndefined();
  });

  it('knows which variables are booleans, text or numbers', () => {
    expect([variableKind('duplicate'), variableKind('device'), variableKind('rssi')]).toEqual([
      'boolean',
      'text',
      'number',
    ]);
  });
});
