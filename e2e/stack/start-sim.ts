import { mkdirSync, rmSync } from 'node:fs';
import { runInForeground } from './children.ts';
import { files, stack, tsxBin } from './stack.ts';

/*
 * First process of the stack: the simulator on a fixed loopback port, in memory, with
 * a small fleet and the control API. Its clock stands still (`--no-live`): tests move
 * time through `/_sim/clock/advance` instead of waiting. The run directory starts
 * empty, so the console launcher only ever reads this run's credentials file.
 */
rmSync(stack.runDir, { recursive: true, force: true });
mkdirSync(stack.runDir, { recursive: true, mode: 0o700 });

runInForeground(
  'The simulator',
  tsxBin,
  [
    'apps/sim/src/cli.ts',
    '--memory',
    // The seeded world the tests name (groups, device types) comes from this seed.
    '--seed',
    '1',
    '--host',
    '127.0.0.1',
    '--port',
    String(stack.simPort),
    '--devices',
    String(stack.devices),
    '--no-live',
    '--enable-control',
    '--credentials-out',
    files.simCredentials,
  ],
  process.env,
);
