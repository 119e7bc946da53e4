import { type ChildProcess, spawn } from 'node:child_process';
import { repoRoot } from './stack.ts';

/**
 * Runs a long-lived process of the stack in the foreground of this launcher: its
 * output is passed on, a stop signal is forwarded to it, and the launcher ends with it.
 */
export function runInForeground(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { cwd: repoRoot, env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => child.kill(signal));
  }
  child.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}
