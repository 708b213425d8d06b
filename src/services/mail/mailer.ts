import { createTransport } from 'nodemailer';
import { LocalisedError, UsageError } from '../../errors/errors.js';

/** One message: plain text always, HTML as its alternative when given. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/**
 * A message the mail server did not take: refused (`permanent` when its reply was a 5xx
 * other than 503, so sending it again would be refused again), or no server reached.
 */
export class MailError extends LocalisedError {
  override readonly name = 'MailError';
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

/** How the mailer reaches its server. */
export interface MailerSettings {
  /** `smtp://user:password@host:587` (STARTTLS when the server offers it) or `smtps://…:465` (TLS from the start). */
  url: string;
  /** The sender, `Name <address>` or an address. */
  from: string;
  /** Milliseconds to connect, then to get the greeting, and of silence during a send: 10 000. */
  timeoutMs?: number;
}

/** Sends messages through one SMTP server (docs/architecture.md, "Mail"). */
export interface Mailer {
  readonly from: string;
  /** Sends `message` from {@link from}; resolves with the server's message id, or rejects with a {@link MailError}. */
  sendMail(message: MailMessage): Promise<{ messageId: string }>;
  /** Closes the connections kept open between messages. */
  close(): void;
}

/** The SMTP URL's schemes: plain with STARTTLS, or TLS. */
const SMTP_SCHEMES = ['smtp:', 'smtps:'];

/**
 * A mailer over the SMTP server `settings.url`, or a UsageError naming the variable at fault
 * (the URL's password is never quoted). Connections are pooled (two at most) and reused
 * between messages; attachments from files or URLs are refused, since nothing sent here has any.
 */
export function createMailer(settings: MailerSettings): Mailer {
  let url: URL;
  try {
    url = new URL(settings.url);
  } catch {
    throw new UsageError('BAROMETRE_SMTP_URL is not a URL: write it smtp://user:password@host:587 or smtps://user:password@host:465.');
  }
  if (!SMTP_SCHEMES.includes(url.protocol) || url.hostname === '') {
    throw new UsageError(`BAROMETRE_SMTP_URL must start with smtp:// or smtps:// and name a host, not ${url.protocol}//${url.host}.`);
  }
  if (!/^[^\r\n<>]*<?[^\s@<>]+@[^\s@<>]+>?$/.test(settings.from)) {
    throw new UsageError(`BAROMETRE_MAIL_FROM ${JSON.stringify(settings.from)} is not an address like "Baromètre <surveys@example.com>".`);
  }
  const timeout = settings.timeoutMs ?? 10_000;
  const transport = createTransport({
    url: settings.url,
    pool: true,
    maxConnections: 2,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const server = url.host;
  return {
    from: settings.from,
    async sendMail(message) {
      try {
        const info = await transport.sendMail({ from: settings.from, ...message });
        return { messageId: info.messageId };
      } catch (error) {
        throw mailError(error, server);
      }
    },
    close: () => transport.close(),
  };
}

/** The mailer the environment configures: BAROMETRE_SMTP_URL and BAROMETRE_MAIL_FROM, or null when the first is unset (mail is off). */
export function mailerFromEnvironment(env: NodeJS.ProcessEnv = process.env): Mailer | null {
  const url = env.BAROMETRE_SMTP_URL;
  if (url === undefined || url === '') return null;
  const from = env.BAROMETRE_MAIL_FROM;
  if (from === undefined || from === '')
    throw new UsageError('BAROMETRE_SMTP_URL is set but BAROMETRE_MAIL_FROM is not: set the sender, like "Baromètre <surveys@example.com>".');
  return createMailer({ url, from });
}

/** The properties nodemailer adds to its errors that say what happened. */
interface SmtpFailure {
  code?: string;
  originalCode?: string;
  response?: string;
  responseCode?: number;
  permanent?: boolean;
}

/** One sentence for a failed send: the server's reply when it gave one, else why it could not be reached. */
function mailError(error: unknown, server: string): MailError {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as SmtpFailure;
  if (failure.responseCode !== undefined) {
    const reply = (failure.response ?? String(failure.responseCode)).replace(/\s+/g, ' ').trim();
    const what = failure.code === 'EAUTH' ? 'refused the user name and password of BAROMETRE_SMTP_URL' : 'refused the message';
    return new MailError(`The mail server ${server} ${what}: ${reply}`, failure.permanent ?? false);
  }
  const reason = failure.originalCode ?? failure.code ?? (error instanceof Error ? error.message : String(error));
  return new MailError(`The mail server ${server} could not be reached: ${reason}.`, false);
}
