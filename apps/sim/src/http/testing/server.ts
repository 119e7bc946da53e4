import type { Credentials, Simulator, SimulatorOptions } from '../../index.ts';
import { createSimulator } from '../../index.ts';

/** 20 November 2026, 00:00 UTC: a fixed "now" so every test world is the same. */
export const TEST_NOW = Date.UTC(2026, 10, 20);

export interface TestResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON; undefined for an empty body. */
  json: unknown;
}

export interface TestClient {
  request(method: string, path: string, init?: { body?: unknown; rawBody?: string }): Promise<TestResponse>;
  get(path: string): Promise<TestResponse>;
  post(path: string, body?: unknown): Promise<TestResponse>;
}

export interface TestServer {
  sim: Simulator;
  url: string;
  /** A client with the root group's credentials. */
  api: TestClient;
  as(credentials: Credentials | { login: string; password: string } | null): TestClient;
  close(): Promise<void>;
}

export const basic = (c: { login: string; password: string }): string =>
  `Basic ${Buffer.from(`${c.login}:${c.password}`).toString('base64')}`;

/** A small seeded world in memory, served over real HTTP on a free port. */
export async function startTestServer(options: Partial<SimulatorOptions> = {}): Promise<TestServer> {
  const sim = createSimulator({
    db: ':memory:',
    seed: 7,
    devices: 60,
    historyDays: 4,
    now: TEST_NOW,
    ...options,
  });
  const server = await sim.listen(0);
  const as: TestServer['as'] = (credentials) => {
    const request: TestClient['request'] = async (method, path, init = {}) => {
      const headers: Record<string, string> = {};
      if (credentials !== null) headers.authorization = basic(credentials);
      let body: string | undefined = init.rawBody;
      if (init.body !== undefined) body = JSON.stringify(init.body);
      if (body !== undefined) headers['content-type'] = 'application/json';
      const url = path.startsWith('http') ? path : `${server.url}${path}`;
      const res = await fetch(url, { method, headers, body });
      const text = await res.text();
      return {
        status: res.status,
        headers: res.headers,
        text,
        json: text === '' ? undefined : JSON.parse(text),
      };
    };
    return {
      request,
      get: (path) => request('GET', path),
      post: (path, body) => request('POST', path, body === undefined ? {} : { body }),
    };
  };
  return {
    sim,
    url: server.url,
    api: as(sim.credentials),
    as,
    close: async () => {
      await server.close();
      sim.close();
    },
  };
}
