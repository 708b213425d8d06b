import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

/** A message the test server took: the envelope and the raw message. */
export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/** An SMTP server of a test, listening on 127.0.0.1. */
export interface TestSmtpServer {
  port: number;
  /** What it took, in order. */
  received: ReceivedMail[];
  /** Stops listening (once; later calls do nothing). */
  close(): Promise<void>;
}

/** An in-process SMTP server on 127.0.0.1 (no TLS, sign-in optional), as `options` say. */
export async function startSmtpServer(options: SMTPServerOptions = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8').on('data', (chunk: string) => {
        raw += chunk;
      });
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw,
        });
        callback();
      });
    },
    ...options,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  let closed: Promise<void> | undefined;
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    close: () => (closed ??= new Promise<void>((resolve) => server.close(() => resolve()))),
  };
}

/**
 * The plain-text part of a raw message as nodemailer writes it (quoted-printable or base64,
 * UTF-8), decoded: what a recipient reads.
 */
export function plainTextOf(raw: string): string {
  const part = /Content-Type: text\/plain[^\r\n]*\r?\nContent-Transfer-Encoding: ([\w-]+)\r?\n\r?\n([\s\S]*?)\r?\n(?:--|$)/i.exec(raw);
  if (part === null) throw new Error('The message has no text/plain part.');
  const [, encoding, body] = part as unknown as [string, string, string];
  const text =
    encoding.toLowerCase() === 'base64'
      ? Buffer.from(body, 'base64').toString('utf8')
      : encoding.toLowerCase() === 'quoted-printable'
        ? quotedPrintable(body)
        : body;
  return text.replaceAll('\r\n', '\n');
}

/** Quoted-printable text (RFC 2045 §6.7) decoded as UTF-8: soft line breaks joined, `=XX` bytes put back. */
function quotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let index = 0; index < joined.length; index += 1) {
    const hex = joined.slice(index + 1, index + 3);
    if (joined[index] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      index += 2;
    } else bytes.push(...Buffer.from(joined[index]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}
