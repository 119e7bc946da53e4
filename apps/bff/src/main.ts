import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { ensureAdmin } from './auth/bootstrap-admin.ts';
import { ConfigError, loadConfig, repoRoot } from './config.ts';
import { type SimChild, startSimulator } from './sim-child.ts';
import { createPoolUpstream } from './upstream/pool-upstream.ts';

/** `pnpm start` runs this: configuration, the simulator when no upstream is set, the BFF. */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }

  let sim: SimChild | undefined;
  let target: { url: string; login: string; password: string };
  if (config.upstream.kind === 'remote') {
    target = config.upstream;
  } else {
    process.stderr.write('No SIGFOX_API_URL: starting the embedded simulator...\n');
    sim = await startSimulator(repoRoot, config.dataDir);
    target = sim;
  }
  const upstream = createPoolUpstream({
    ...target,
    timeoutMs: config.upstreamTimeoutMs,
    connections: config.upstreamConnections,
  });
  const app = createApp({ config, upstream });
  const admin = await ensureAdmin(app.users, config.adminPassword);

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    const lines = [
      `Sigfox console on http://${host}:${info.port}/`,
      `Upstream: ${sim ? 'embedded simulator' : new URL(target.url).origin}`,
    ];
    if (admin.created && admin.password) {
      lines.push(
        `Log in as "admin" with the generated password: ${admin.password}`,
        '(shown once; change it with `pnpm users set-password admin`)',
      );
    } else if (admin.created) {
      lines.push('Log in as "admin" with CONSOLE_ADMIN_PASSWORD.');
    } else {
      lines.push('Log in with a console user (`pnpm users list`).');
    }
    process.stderr.write(`${lines.join('\n')}\n`);
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await new Promise<void>((done) => {
      if ('closeAllConnections' in server) server.closeAllConnections();
      server.close(() => done());
    });
    await app.close();
    await upstream.close();
    await sim?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
