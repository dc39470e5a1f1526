import * as argon2 from 'argon2';
import { createHash } from 'node:crypto';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/** argon2id with the library's defaults (64 MiB, 3 passes): slow for guessing, fine for a login. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/**
 * A value that changes whenever the account's password does: device cookies carry it, so that a password
 * change or reset also ends every device's standing (see LoginThrottleService).
 */
export function credentialStamp(user: { id: string; passwordHash: string }): string {
  return createHash('sha256').update(`${user.id}:${user.passwordHash}`).digest('base64url').slice(0, 22);
}

// Verifying against a real hash when the account does not exist keeps the answer time the same,
// so timing does not tell which e-mail addresses have accounts.
let decoyHash: Promise<string> | undefined;
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword('decoy password that matches nothing');
  await verifyPassword(await decoyHash, password);
  return false;
}
