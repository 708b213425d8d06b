import { Algorithm, hash, verify } from '@node-rs/argon2';
import { UsageError } from '../../errors/errors.js';

/**
 * Argon2id with OWASP's first recommended configuration (Password Storage Cheat Sheet,
 * "Argon2id"): 19 MiB of memory (m = 19456 KiB), 2 iterations, 1 degree of parallelism.
 * The hash is stored as a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`), so a
 * later change of parameters still verifies the old hashes.
 */
export const ARGON2_OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * The shortest password accepted: 15 characters, NIST SP 800-63B-4's minimum for a password
 * used as the only factor (§3.1.1.2), as Baromètre's are (it has no second factor).
 */
export const PASSWORD_MIN_LENGTH = 15;

/** The longest password accepted: NIST SP 800-63B asks to allow at least 64; the cap only bounds the work of hashing. */
export const PASSWORD_MAX_LENGTH = 1024;

/**
 * Refuses a password shorter than {@link PASSWORD_MIN_LENGTH} or longer than
 * {@link PASSWORD_MAX_LENGTH} characters (Unicode code points, as NIST SP 800-63B counts
 * them). No composition rule (digits, symbols): NIST advises against them.
 */
export function checkPassword(password: string): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    throw new UsageError({
      en: `The password has ${length} characters; it needs at least ${PASSWORD_MIN_LENGTH} (a few words make a good one).`,
      fr: `Le mot de passe a ${length} caractères ; il en faut au moins ${PASSWORD_MIN_LENGTH} (quelques mots en font un bon).`,
    });
  }
  if (length > PASSWORD_MAX_LENGTH) {
    throw new UsageError({
      en: `The password has ${length} characters; at most ${PASSWORD_MAX_LENGTH} are accepted.`,
      fr: `Le mot de passe a ${length} caractères ; au plus ${PASSWORD_MAX_LENGTH} sont acceptés.`,
    });
  }
}

/**
 * The Argon2id hash of a password ({@link ARGON2_OPTIONS}), after {@link checkPassword}. The
 * password is put in Unicode NFKC form first (NIST SP 800-63B), so that `é` typed as one
 * character or as `e` and an accent is the same password.
 */
export async function hashPassword(password: string): Promise<string> {
  checkPassword(password);
  return hash(password.normalize('NFKC'), ARGON2_OPTIONS);
}

/** Whether `password` matches the stored Argon2id `passwordHash` (false for a hash that does not parse). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize('NFKC'));
  } catch {
    return false;
  }
}

let decoy: Promise<string> | undefined;

/**
 * Spends the time a password check takes, against a hash of no account: a sign-in with an
 * unknown e-mail address then takes as long as one with a known address and a wrong
 * password, so timing does not tell which addresses have accounts (OWASP Authentication
 * Cheat Sheet, "Authentication Responses").
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoy ??= hash('decoy password of no account', ARGON2_OPTIONS);
  await verifyPassword(await decoy, password);
  return false;
}
