import { type ChildProcess, spawn } from 'node:child_process';
import { repoRoot } from './stack.ts';

/**
 * Runs a long-lived process of the stack in the foreground of this launcher: its
 * output is passed on, a stop signal is forwarded to it, and the launcher ends with
 * it, saying how (a process stopped by someone else explains the failures that follow).
 */
export function runInForeground(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): ChildProcess {
  const child = spawn(command, args, { cwd: repoRoot, env, stdio: 'inherit' });
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopping = true;
      child.kill(signal);
    });
  }
  child.once('exit', (code, signal) => {
    if (!stopping) process.stderr.write(`${name} exited on its own (code ${code}, signal ${signal})\n`);
    process.exit(code ?? (signal ? 1 : 0));
  });
  return child;
}
