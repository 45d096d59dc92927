import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { err, ok, type Result } from '@stepdown/core';
import { BREACHED_PASSWORDS } from './breached-passwords.js';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>;

/** scrypt cost (N = 2^15, r = 8, p = 1: OWASP's minimum recommendation) and output length. */
const COST = { N: 2 ** 15, r: 8, p: 1, keyLength: 32, maxmem: 64 * 1024 * 1024 } as const;
export const PASSWORD_LENGTH = { min: 10, max: 200 } as const;

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64url: the parameters travel with the hash. */
export const hashPassword = async (password: string): Promise<string> => {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, COST.keyLength, { N: COST.N, r: COST.r, p: COST.p, maxmem: COST.maxmem });
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
};

export const verifyPassword = async (password: string, stored: string): Promise<boolean> => {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: COST.maxmem,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
};

/** Length and a breached-password list, as NIST SP 800-63B advises; no composition rules. */
export const checkPasswordPolicy = (password: string, email: string): Result<true> => {
  if (password.length < PASSWORD_LENGTH.min || password.length > PASSWORD_LENGTH.max) {
    return err('PASSWORD_LENGTH', `A password needs ${PASSWORD_LENGTH.min} to ${PASSWORD_LENGTH.max} characters.`, {
      field: 'password',
      expected: `${PASSWORD_LENGTH.min}–${PASSWORD_LENGTH.max} characters; a few words make a strong one`,
    });
  }
  const lower = password.toLowerCase();
  if (
    BREACHED_PASSWORDS.has(lower) ||
    lower === email.trim().toLowerCase() ||
    lower.includes(email.split('@')[0]?.toLowerCase() || '\u0000')
  ) {
    return err('PASSWORD_BREACHED', 'That password is too common or too easy to guess.', {
      field: 'password',
      expected: 'a password that is not on lists of leaked passwords and is not your email',
    });
  }
  return ok(true);
};
