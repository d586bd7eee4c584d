import { spawn } from 'node:child_process';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command (no shell), collecting its output; rejects only if it cannot start or times out.
 * The commands run here (vite, npm, tar, tsc, node) are single processes: killing the child on
 * timeout ends it, and staying in Vitest's process group lets Ctrl-C end it too.
 */
export function run(command: string, args: string[], options: { cwd: string; timeoutMs: number; env?: NodeJS.ProcessEnv }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${describe(command, args)} timed out after ${options.timeoutMs / 1000}s in ${options.cwd}\n${tail(stdout, stderr)}`));
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`${describe(command, args)} could not start: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}

/** Like run, but rejects with the command and the end of its output when it exits non-zero. */
export async function runOrThrow(command: string, args: string[], options: { cwd: string; timeoutMs: number; env?: NodeJS.ProcessEnv }): Promise<RunResult> {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    throw new Error(`${describe(command, args)} exited with ${result.code} in ${options.cwd}\n${tail(result.stdout, result.stderr)}`);
  }
  return result;
}

const describe = (command: string, args: string[]) => `\`${[command, ...args].join(' ')}\``;

export function tail(stdout: string, stderr: string, lines = 60): string {
  const last = (text: string) => text.trimEnd().split('\n').slice(-lines).join('\n');
  return [stdout.trim() && `--- stdout (end) ---\n${last(stdout)}`, stderr.trim() && `--- stderr (end) ---\n${last(stderr)}`].filter(Boolean).join('\n');
}
