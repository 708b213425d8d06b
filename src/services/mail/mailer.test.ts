import { afterEach, describe, expect, it } from 'vitest';
import type { SMTPServerOptions } from 'smtp-server';
import { UsageError } from '../../errors/errors.js';
import { startSmtpServer as startTestSmtpServer, type TestSmtpServer } from '../../test-support/smtpServer.js';
import { createMailer, MailError, type Mailer, mailerFromEnvironment } from './mailer.js';

let server: TestSmtpServer | undefined;
let mailer: Mailer | undefined;
afterEach(async () => {
  mailer?.close();
  await server?.close();
  server = undefined;
  mailer = undefined;
});

/** The test's SMTP server, closed after the test. */
async function startSmtpServer(options: SMTPServerOptions = {}): Promise<TestSmtpServer> {
  server = await startTestSmtpServer(options);
  return server;
}

describe('the mailer', () => {
  it('sends a message with its sender, recipient, subject and both bodies, signing in with the URL’s user', async () => {
    const logins: string[] = [];
    const { port, received } = await startSmtpServer({
      authOptional: false,
      onAuth(auth, _session, callback) {
        logins.push(`${auth.username}:${auth.password}`);
        return auth.password === 's3cret' ? callback(null, { user: auth.username }) : callback(new Error('Invalid username or password'));
      },
    });
    mailer = createMailer({ url: `smtp://ana:s3cret@127.0.0.1:${port}`, from: 'Baromètre <surveys@shop.example>' });
    const sent = await mailer.sendMail({ to: 'marie@client.example', subject: 'Votre avis compte', text: 'Bonjour Marie', html: '<p>Bonjour Marie</p>' });
    expect(sent.messageId).toMatch(/^<.+@.+>$/);
    expect(logins).toEqual(['ana:s3cret']);
    expect(received).toHaveLength(1);
    const [message] = received;
    expect(message).toMatchObject({ from: 'surveys@shop.example', to: ['marie@client.example'] });
    expect(message!.raw).toMatch(/^From: =\?UTF-8\?Q\?Barom=C3=A8tre\?= <surveys@shop\.example>$/m);
    expect(message!.raw).toMatch(/^To: marie@client\.example$/m);
    expect(message!.raw).toMatch(/^Subject: Votre avis compte$/m);
    expect(message!.raw).toMatch(/^Message-ID: /m);
    expect(message!.raw).toMatch(/^Content-Type: multipart\/alternative;/m);
    expect(message!.raw).toContain('Bonjour Marie');
    expect(message!.raw).toContain('<p>Bonjour Marie</p>');
  });

  it('rejects with one sentence when the server refuses the recipient, the message or the sign-in', async () => {
    const { port } = await startSmtpServer({
      onRcptTo(address, _session, callback) {
        if (address.address.startsWith('nobody@')) {
          const refusal = new Error('5.1.1 No such user here') as Error & { responseCode: number };
          refusal.responseCode = 550;
          return callback(refusal);
        }
        return callback();
      },
      onAuth: (_auth, _session, callback) => callback(new Error('Invalid username or password')),
    });
    mailer = createMailer({ url: `smtp://127.0.0.1:${port}`, from: 'surveys@shop.example' });
    const refused = mailer.sendMail({ to: 'nobody@client.example', subject: 'x', text: 'x' });
    await expect(refused).rejects.toThrow(MailError);
    await expect(refused).rejects.toMatchObject({
      message: `The mail server 127.0.0.1:${port} refused the message: 550 5.1.1 No such user here`,
      permanent: true,
    });
    mailer.close();
    mailer = createMailer({ url: `smtp://ana:wrong@127.0.0.1:${port}`, from: 'surveys@shop.example' });
    await expect(mailer.sendMail({ to: 'marie@client.example', subject: 'x', text: 'x' })).rejects.toThrow(
      `The mail server 127.0.0.1:${port} refused the user name and password of BAROMETRE_SMTP_URL: 535 Invalid username or password`,
    );
  });

  it('rejects with one sentence, and without the password, when no server answers', async () => {
    const { port } = await startSmtpServer();
    await server?.close();
    mailer = createMailer({ url: `smtp://ana:s3cret@127.0.0.1:${port}`, from: 'surveys@shop.example' });
    const failed = mailer.sendMail({ to: 'marie@client.example', subject: 'x', text: 'x' });
    await expect(failed).rejects.toMatchObject({
      name: 'MailError',
      message: `The mail server 127.0.0.1:${port} could not be reached: ECONNREFUSED.`,
      permanent: false,
    });
  });

  it('is configured by BAROMETRE_SMTP_URL and BAROMETRE_MAIL_FROM, and off without the URL', () => {
    expect(mailerFromEnvironment({})).toBeNull();
    expect(mailerFromEnvironment({ BAROMETRE_SMTP_URL: '' })).toBeNull();
    mailer = mailerFromEnvironment({ BAROMETRE_SMTP_URL: 'smtp://127.0.0.1:2525', BAROMETRE_MAIL_FROM: 'surveys@shop.example' }) ?? undefined;
    expect(mailer?.from).toBe('surveys@shop.example');
    for (const [env, refusal] of [
      [{ BAROMETRE_SMTP_URL: 'smtp://127.0.0.1:2525' }, /BAROMETRE_MAIL_FROM is not/],
      [{ BAROMETRE_SMTP_URL: 'mail.example.com:587', BAROMETRE_MAIL_FROM: 'a@b.example' }, /must start with smtp:\/\/ or smtps:\/\//],
      [
        { BAROMETRE_SMTP_URL: 'http://ana:s3cret@mail.example.com', BAROMETRE_MAIL_FROM: 'a@b.example' },
        /must start with smtp:\/\/ or smtps:\/\/ and name a host, not http:\/\/mail\.example\.com\.$/,
      ],
      [{ BAROMETRE_SMTP_URL: 'smtp://mail.example.com', BAROMETRE_MAIL_FROM: 'surveys' }, /BAROMETRE_MAIL_FROM "surveys" is not an address/],
      [{ BAROMETRE_SMTP_URL: 'smtp://mail.example.com', BAROMETRE_MAIL_FROM: 'a@b.example\r\nBcc: x@y.example' }, /is not an address/],
    ] as const) {
      expect(() => mailerFromEnvironment(env), JSON.stringify(env)).toThrow(UsageError);
      expect(() => mailerFromEnvironment(env), JSON.stringify(env)).toThrow(refusal);
    }
  });
});
