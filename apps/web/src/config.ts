import { z } from 'zod';

// The one place that reads build-time environment variables (biome: noProcessEnv).
// The console is served by the BFF on the same origin, so the API base defaults to
// the page's own origin; an override exists only for unusual deployments.
// The BFF's CSP has no 'unsafe-eval': zod would probe `new Function` (a reported
// violation) before falling back. This module parses first, so it says so here.
z.config({ jitless: true });

const Config = z.object({
  apiBaseUrl: z.string().default(''),
  appName: z.string().default('Sigfox fleet console'),
});

export type Config = z.infer<typeof Config>;

export const config: Config = Config.parse({
  apiBaseUrl: import.meta.env.VITE_API_BASE_URL,
  appName: import.meta.env.VITE_APP_NAME,
});
