// A partner's CI job after `npm install @devportal/bank-sandbox @devportal/sber-client
// @devportal/digest`: the sandbox started with its installed command on a free port, then the
// journey of the sandbox README's "In a partner's CI" section (copied into readme-journey.ts by
// the smoke test from the installed README) run against it. Nothing leaves the machine.
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { promisify } from 'node:util';

const sandboxProcess = spawn(
  process.execPath,
  ['node_modules/.bin/bank-sandbox', '--port', '0', '--transition-delays', '50', '--quiet'],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const exited = once(sandboxProcess, 'exit');
try {
  let banner = '';
  const sandboxUrl = await new Promise<string>((resolve, reject) => {
    sandboxProcess.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      banner += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(banner)?.[1];
      if (url) resolve(url);
    });
    sandboxProcess.once('exit', (code) => reject(new Error(`bank-sandbox exited ${code}`)));
  });
  const { stdout } = await promisify(execFile)(process.execPath, ['build/readme-journey.js'], {
    env: { ...process.env, BANK_SANDBOX_URL: sandboxUrl },
    encoding: 'utf8',
  });
  const journey = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');

  sandboxProcess.kill('SIGTERM');
  const [sandboxExitCode] = await exited;
  console.log(JSON.stringify({ ok: true, ...journey, sandboxExitCode }));
} finally {
  if (sandboxProcess.exitCode === null) sandboxProcess.kill('SIGKILL');
}
