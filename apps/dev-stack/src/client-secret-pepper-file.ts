import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { newPepperSecret } from '@devportal/portal-domain';

/**
 * The local stack's Client Secret pepper, kept in `path` and made on first use: under the data
 * directory it outlives restarts with the hashes it keyed; without one it lives in a throwaway
 * directory, so every run has its own. Readable by its owner only.
 */
export async function pepperSecretFromFile(path: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, newPepperSecret(), { mode: 0o600, flag: 'wx' }).catch(
    (error: NodeJS.ErrnoException) => {
      // Made by an earlier run (or another process first): use that one.
      if (error.code !== 'EEXIST') throw error;
    },
  );
  return (await readFile(path, 'utf8')).trim();
}
