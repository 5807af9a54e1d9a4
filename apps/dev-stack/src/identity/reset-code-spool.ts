import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { PasswordResetCodeSender } from './dev-identity-provider.js';

/**
 * A {@link PasswordResetCodeSender} for `pnpm start` without a mail server: each code is appended
 * to `filePath` (readable by this machine's user only), as a mail spool would keep it, and the
 * console says where, never the code itself.
 */
export function resetCodeSpool(
  filePath: string,
  announce: (line: string) => void,
): PasswordResetCodeSender {
  return async ({ email, code, expiresAt }) => {
    await mkdir(dirname(filePath), { recursive: true });
    await appendFile(
      filePath,
      `${new Date().toISOString()} to ${email}: password reset code ${code}, valid until ${expiresAt.toISOString()}\n`,
      { mode: 0o600 },
    );
    announce(`identity provider: a password reset code for ${email} is in ${filePath}`);
  };
}
