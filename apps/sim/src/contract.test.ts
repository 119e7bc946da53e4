import { ApiErrorBody, endpointList, pathParamNames } from '@sfc/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from './http/testing/samples.ts';
import { fixtureOf, samples } from './http/testing/samples.ts';
import type { TestServer } from './http/testing/server.ts';
import { startTestServer, TEST_NOW } from './http/testing/server.ts';

/*
 * Every catalogue entry, every method and path it is served on: the answer parses
 * with the entry's response schema. The samples are typed by the catalogue, so a new
 * endpoint cannot be left out.
 */
let t: TestServer;
let f: Fixture;

beforeAll(async () => {
  t = await startTestServer();
  f = fixtureOf(t.sim.db, TEST_NOW);
});
afterAll(() => t.close());

describe('contract: every endpoint of the catalogue', () => {
  it.each(endpointList)('%s answers what its response schema describes', async (name, endpoint) => {
    const sample = samples[name](f);
    const res = await t.api.request(sample.method, sample.path, { body: sample.body });
    expect(res.status, res.text).toBe(200);
    if (endpoint.response === null) {
      expect(res.text).toBe('');
      return;
    }
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const parsed = endpoint.response.safeParse(res.json);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    // No property is written with a null value (reference: "If a property has no value, it won't appear").
    expect(res.text).not.toContain(':null');
  });

  it.each(endpointList)('%s is served on every documented method and alias', async (name, endpoint) => {
    const sample = samples[name](f);
    const methods = [endpoint.method, ...(endpoint.alsoMethods ?? [])];
    const aliases = endpoint.aliases ?? [];
    for (const method of methods) {
      if (endpoint.mutation && method === sample.method) continue; // already exercised above
      const res = await t.api.request(method, sample.path, { body: sample.body });
      expect(res.status, `${method} ${sample.path}`).toBe(200);
    }
    for (const alias of aliases) {
      // Same parameters, in the same order, on the alias template.
      const values = sample.path.split('?')[0]?.split('/') ?? [];
      const template = endpoint.path.split('/');
      const params = Object.fromEntries(
        template.flatMap((part, i) => (part.startsWith('{') ? [[part.slice(1, -1), values[i] ?? '']] : [])),
      );
      expect(Object.keys(params)).toEqual(pathParamNames(alias));
      const path = alias.replace(/\{(\w+)\}/g, (_, p: string) => String(params[p]));
      const res = await t.api.request(endpoint.method, path);
      expect(res.status, path).toBe(200);
      expect(endpoint.response?.safeParse(res.json).success).toBe(true);
    }
  });

  it.each(endpointList)('%s answers 401 in the error shape without credentials', async (name) => {
    const sample = samples[name](f);
    const res = await t.as(null).request(sample.method, sample.path, { body: sample.body });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Basic realm="Sigfox API"');
    expect(ApiErrorBody.safeParse(res.json).success).toBe(true);
  });
});
