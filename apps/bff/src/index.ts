export { type AppOptions, type BffApp, createApp } from './app.ts';
export { type Config, ConfigError, loadConfig } from './config.ts';
export { createFetchUpstream } from './upstream/fetch-upstream.ts';
export { createPoolUpstream } from './upstream/pool-upstream.ts';
export type { Upstream, UpstreamRequest, UpstreamResponse } from './upstream/upstream.ts';
