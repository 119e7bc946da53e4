import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DeviceTypeList } from '@sfc/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from './http/testing/samples.ts';
import { fixtureOf } from './http/testing/samples.ts';
import type { TestServer } from './http/testing/server.ts';
import { startTestServer, TEST_NOW } from './http/testing/server.ts';

const run = promisify(execFile);
let t: TestServer;
let f: Fixture;

beforeAll(async () => {
  t = await startTestServer();
  f = fixtureOf(t.sim.db, TEST_NOW);
});
afterAll(() => t.close());

/** The curl examples of the reference ("Using the API from the command line with curl"), host changed. */
describe('the reference curl examples', () => {
  it('Get request: curl -u login:password .../api/devicetypes', async () => {
    // The root credentials, as the simulator prints them on start.
    const { login, password, groupId } = t.sim.credentials;
    const { stdout } = await run('curl', ['-s', '-u', `${login}:${password}`, `${t.url}/api/devicetypes`]);
    const list = DeviceTypeList.parse(JSON.parse(stdout));
    expect(list.data.map((x) => x.name)).toContain('Sigfox test device');
    expect(list.data.every((x) => x.group === groupId)).toBe(true);
  });

  it('Post request: registers devices with {prefix, ids: [{id, pk}]}', async () => {
    const { login, password } = t.sim.credentials;
    const body = `{
"prefix" : "test-device-",
   "ids" : [
        { "id" : "C031", "pk":
"16b3cc86699ab4d3091a05ee" }
   ]
}`;
    const { stdout } = await run('curl', [
      '-s',
      '-o',
      '/dev/null',
      '-w',
      '%{http_code}',
      '-u',
      `${login}:${password}`,
      '-H',
      'Content-Type: application/json',
      `${t.url}/api/devicetypes/${f.typeId}`,
      '-d',
      body,
    ]);
    expect(stdout).toBe('200');
    expect((await t.api.get('/api/devices/C031')).json).toMatchObject({
      name: 'test-device-C031',
      type: f.typeId,
    });
  });
});
