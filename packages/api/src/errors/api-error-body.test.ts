import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { CallbackCreation } from '../schemas/callback-definitions.ts';
import { DeviceTypeEdit } from '../schemas/device-types.ts';
import { MessageListQuery } from '../schemas/messages.ts';
import { DeviceRegistration } from '../schemas/registration.ts';
import { ApiErrorBody, toApiErrorBody } from './api-error-body.ts';

function errorOf(schema: z.ZodType, value: unknown): z.ZodError {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a validation error');
  return result.error;
}

describe('toApiErrorBody', () => {
  it('names the field by its dotted path, in the field and in the message', () => {
    const body = toApiErrorBody(
      errorOf(DeviceTypeEdit, { id: 'deadbeef0486300cbebef070', keepAlive: 100 }),
      'body',
    );
    expect(body.errors).toEqual([
      { field: 'keepAlive', message: 'keepAlive: must be 0 (inactive) or at least 1800 seconds' },
    ]);
    expect(body.message).toBe('Invalid body: keepAlive: must be 0 (inactive) or at least 1800 seconds');
    expect(ApiErrorBody.parse(body)).toEqual(body);
  });

  it('uses array indexes and header names in paths', () => {
    const reg = toApiErrorBody(errorOf(DeviceRegistration, { ids: [{ id: 'C031', pk: 'zz' }] }), 'body');
    expect(reg.errors?.map((e) => e.field)).toEqual(['ids.0.pk']);
    const def = {
      channel: 'URL',
      callbackType: 0,
      callbackSubtype: 2,
      url: 'http://h.example/',
      httpMethod: 'GET',
      headers: { 'X Token': 'x' },
    };
    expect(toApiErrorBody(errorOf(CallbackCreation, [def]), 'body').errors?.map((e) => e.field)).toEqual([
      '0.headers.X Token',
    ]);
  });

  it('reports each unknown query parameter as its own field', () => {
    const body = toApiErrorBody(errorOf(MessageListQuery, { foo: '1', bar: '2' }), 'query');
    expect(body.errors).toEqual([
      { field: 'foo', message: 'foo: unknown query parameter' },
      { field: 'bar', message: 'bar: unknown query parameter' },
    ]);
    expect(body.message).toBe('Invalid query parameter: foo: unknown query parameter (and 1 more)');
  });

  it('names the part itself when the whole value is wrong', () => {
    expect(toApiErrorBody(errorOf(CallbackCreation, { channel: 'URL' }), 'body').errors?.[0]?.field).toBe(
      'body',
    );
  });
});

describe('ApiErrorBody', () => {
  it('requires a message and well-formed errors', () => {
    expect(ApiErrorBody.safeParse({ message: 'Not found' }).success).toBe(true);
    expect(ApiErrorBody.safeParse({ errors: [] }).success).toBe(false);
    expect(ApiErrorBody.safeParse({ message: 'x', errors: [{ field: 'a' }] }).success).toBe(false);
  });
});
