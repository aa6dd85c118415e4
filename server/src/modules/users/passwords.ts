import { Algorithm, hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { BadInputError } from '../../common/errors.js';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

// ~49,000 common passwords shipped by @zxcvbn-ts/language-common (lower case).
const COMMON = new Set((dictionary['passwords-common'] as string[]).map((password) => password.toLowerCase()));
const CONTROL = /[\u0000-\u001F\u007F]/;

/** Argon2id with the OWASP-recommended minimum cost (19 MiB, 2 passes). */
const ARGON2 = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * The password policy (CJIS IA-5, NIST 800-63B): 12 to 256 characters, any printable character
 * including spaces, never truncated or trimmed, not a common password; the reason is told.
 */
export function checkPasswordPolicy(password: unknown, field: string, context: { email?: string } = {}): string {
  if (typeof password !== 'string') throw new BadInputError(field, `${field} must be text`);
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) throw new BadInputError(field, `${field} needs at least ${MIN_PASSWORD_LENGTH} characters`);
  if (length > MAX_PASSWORD_LENGTH) throw new BadInputError(field, `${field} must be at most ${MAX_PASSWORD_LENGTH} characters`);
  if (CONTROL.test(password)) throw new BadInputError(field, `${field} contains control characters`);
  if (COMMON.has(password.toLowerCase())) {
    throw new BadInputError(field, `${field} is on a list of commonly used passwords; choose another`, { reason: 'COMMON_PASSWORD' });
  }
  if (new Set(password).size <= 2) throw new BadInputError(field, `${field} repeats too few characters; choose another`);
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && password.toLowerCase().includes(local)) {
    throw new BadInputError(field, `${field} must not contain the account's email name`);
  }
  return password;
}

export function commonPasswordCount(): number {
  return COMMON.size;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified against when the email is unknown, so the answer takes as long as for a real account.
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hash('decoy password that nobody has', ARGON2);
  return decoy;
}
