/**
 * Debian's Chromium, as the tests and the bench launch it: Playwright cannot download
 * its own here, and the machine has no GPU, no sandbox support and a small /dev/shm.
 */
export const chromiumPath = '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
