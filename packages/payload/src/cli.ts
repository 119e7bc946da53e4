import { runCli } from './cli-run.ts';

// Entry point: `pnpm --silent payload <command> ...` from the repo root, or `tsx packages/payload/src/cli.ts`.
const outcome = runCli(process.argv.slice(2));
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.code;
