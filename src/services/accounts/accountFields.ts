import { UsageError } from '../../errors/errors.js';
import { ROLES, type Role } from '../../store/accounts/memberships.js';

/** The longest e-mail address accepted (RFC 5321's path limit, as commonly applied). */
const EMAIL_MAX_LENGTH = 254;

/**
 * An e-mail address as given, trimmed; refused unless it has one `@` with text on both sides,
 * no space or control character, and at most 254 characters. Nothing is sent to it: it is
 * the account's name.
 */
export function parseEmail(text: string): string {
  const email = text.trim();
  if (email.length > EMAIL_MAX_LENGTH || !/^[^\s@\p{Cc}]+@[^\s@\p{Cc}]+$/u.test(email)) {
    throw new UsageError({
      en: `${JSON.stringify(text.slice(0, 80))} is not an e-mail address.`,
      fr: `${JSON.stringify(text.slice(0, 80))} n'est pas une adresse e-mail.`,
    });
  }
  return email;
}

/** A role name, refused unless it is admin, editor or viewer. */
export function parseRole(text: string | undefined): Role {
  const role = ROLES.find((known) => known === text);
  if (role === undefined) {
    throw new UsageError({
      en: `The role ${JSON.stringify(text ?? '')} is not one of ${ROLES.join(', ')}.`,
      fr: `Le rôle ${JSON.stringify(text ?? '')} n'est pas l'un de ${ROLES.join(', ')}.`,
    });
  }
  return role;
}

/** A display name: the one given, trimmed (1–100 characters, no control character), else the part of the e-mail address before `@`. */
export function parseDisplayName(text: string | undefined, email: string): string {
  const name = (text ?? email.slice(0, email.indexOf('@'))).trim();
  if (name.length === 0 || name.length > 100 || /\p{Cc}/u.test(name)) {
    throw new UsageError({
      en: 'The display name must have 1 to 100 characters, without control characters.',
      fr: 'Le nom affiché doit avoir de 1 à 100 caractères, sans caractère de contrôle.',
    });
  }
  return name;
}

/** A new workspace's name, trimmed: 1–64 characters, without control characters. */
export function parseWorkspaceName(text: string): string {
  const name = text.trim();
  if (name.length === 0 || name.length > 64 || /\p{Cc}/u.test(name)) {
    throw new UsageError({
      en: `The workspace name ${JSON.stringify(text.slice(0, 80))} must have 1 to 64 characters, without control characters.`,
      fr: `Le nom d'espace de travail ${JSON.stringify(text.slice(0, 80))} doit avoir de 1 à 64 caractères, sans caractère de contrôle.`,
    });
  }
  return name;
}

/**
 * What `check` returns; a UsageError it throws comes out again starting with `field`, the
 * name of the JSON body's field the value came from (`email: "x" is not an e-mail address.`).
 */
export function namingField<T>(field: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError({ en: `${field}: ${error.message}`, fr: `${field} : ${error.inFrench()}` });
    throw error;
  }
}
