import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

export interface SpawnedWorker {
  process: ChildProcess;
  metricsPort: number;
  /** Everything the process wrote (JSON log lines). */
  output(): string;
  exited: Promise<number | null>;
}

/**
 * Starts `test/support/workerEntry.ts` as its own Node process and waits until it takes jobs.
 * NEWSBOT_PROFILE_WORKER=<dir> writes a V8 CPU profile of the worker there when it exits (used to profile the bench).
 */
export async function spawnWorker(env: Record<string, string>): Promise<SpawnedWorker> {
  const child = spawn(process.execPath, [...(process.env.NEWSBOT_PROFILE_WORKER ? ['--cpu-prof', `--cpu-prof-dir=${process.env.NEWSBOT_PROFILE_WORKER}`] : []), '--require', 'tsx/cjs', join(__dirname, 'workerEntry.ts')], {
    cwd: join(__dirname, '../..'),
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const deadline = Date.now() + 20_000;
  for (;;) {
    const ready = /\{"ready":true,"metricsPort":(\d+)\}/.exec(output);
    if (ready) return { process: child, metricsPort: Number(ready[1]), output: () => output, exited };
    if (child.exitCode !== null) throw new Error(`worker exited during start-up:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`worker did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
