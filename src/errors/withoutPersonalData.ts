/** What stands in the log for a value taken out of an engine's message. */
const HIDDEN = '…';

/**
 * The text with the values an engine's error message may quote taken out, for the server log
 * (OWASP ASVS 4.0.3 7.1.1–7.1.2: no personal data or credentials in logs): e-mail addresses,
 * quoted literals ('…', "…" holding a space, an @ or a digit — identifiers such as "responses"
 * stay), and PostgreSQL's key details `Key (email)=(a@b.fr)`. The query's name and the engine's
 * own words stay, so the log still says what failed.
 */
export function withoutPersonalData(text: string): string {
  return text
    .replace(/\)=\([^)]*\)/g, `)=(${HIDDEN})`)
    .replace(/'(?:[^']|'')*'/g, `'${HIDDEN}'`)
    .replace(/"([^"]*)"/g, (quoted, inner: string) => (/[\s@\d:]/.test(inner) ? `"${HIDDEN}"` : quoted))
    .replace(/[^\s@'"()<>,;:]+@[^\s@'"()<>,;:]+\.[^\s@'"()<>,;:]+/g, HIDDEN);
}
