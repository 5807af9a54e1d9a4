import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** The lock file's name inside the data folder. */
export const LOCK_FILE_NAME = 'dev-stack.lock';

/** Another running stack holds the data folder. */
export class DataDirectoryInUseError extends Error {
  constructor(
    readonly dataDirectory: string,
    readonly ownerPid: number,
  ) {
    super(
      `The data folder ${dataDirectory} is in use by another local stack (pid ${ownerPid}): ` +
        'DynamoDB Local must not open it twice. Stop that stack, or give this one a folder of ' +
        'its own with DEVPORTAL_DATA_DIR=<folder> (and other ports with PORT and SANDBOX_PORT).',
    );
    this.name = 'DataDirectoryInUseError';
  }
}

/** A held lock; `release` removes the file if it is still this process's. */
export interface DataDirectoryLock {
  release(): Promise<void>;
}

/**
 * Takes `dataDirectory` for this process: creates `dev-stack.lock` with this process's pid,
 * exclusively. A lock whose pid no longer runs (a stack killed without its shutdown) is stale and
 * taken over; one whose pid runs refuses with {@link DataDirectoryInUseError}.
 */
export async function lockDataDirectory(dataDirectory: string): Promise<DataDirectoryLock> {
  await mkdir(dataDirectory, { recursive: true });
  const path = join(dataDirectory, LOCK_FILE_NAME);
  const owner = String(process.pid);
  for (;;) {
    try {
      const file = await open(path, 'wx', 0o600);
      await file.writeFile(owner);
      await file.close();
      return {
        async release() {
          if ((await readFile(path, 'utf8').catch(() => '')) === owner) await rm(path);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
      throw new DataDirectoryInUseError(dataDirectory, holder);
    }
    // Stale (its process is gone) or unreadable (a crash mid-write): remove it and try again.
    await rm(path, { force: true });
  }
}

/** Whether a process with this pid exists (signal 0 checks without sending anything). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
