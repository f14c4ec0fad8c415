/**
 * Password reset end to end through a real SMTP server on 127.0.0.1: the
 * app's own nodemailer mailer delivers, the test reads what arrived.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { createMailer } from '../src/mail/mailer.ts';
import { DEMO_PASSWORD } from '../src/app/demo/seed.ts';
import { DEMO, signIn, startTestApp, type TestContext } from './helpers.ts';

const PUBLIC_BASE_URL = 'http://lofte.test.example';
const MAIL_FROM = 'Medborgarlöften <noreply@lofte.test.example>';

interface ReceivedMail {
  envelopeTo: string[];
  headers: Map<string, string>;
  text: string;
}

/** RFC 2047 encoded words, as nodemailer writes non-ASCII subjects. */
function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_all, kind: string, data: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : decodeQuotedPrintable(data.replace(/_/g, ' ')),
  );
}

function decodeQuotedPrintable(data: string): string {
  const soft = data.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i] ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Just enough MIME for a single-part text mail: headers, then the body in its transfer encoding. */
function parseMail(raw: string, envelopeTo: string[]): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of raw
    .slice(0, split)
    .replace(/\r\n[ \t]+/g, ' ')
    .split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).trim().toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  const body = raw.slice(split + 4);
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : body;
  return { envelopeTo, headers, text };
}

describe('password reset by e-mail through a real SMTP server', () => {
  let ctx: TestContext;
  let smtp: SMTPServer;
  let inbox: ReceivedMail[];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      // The built-in certificate is self-signed; nodemailer would try to upgrade to it and refuse.
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          inbox.push(
            parseMail(
              Buffer.concat(chunks).toString('utf8'),
              session.envelope.rcptTo.map((r) => r.address),
            ),
          );
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const address = smtp.server.address();
    if (!address || typeof address === 'string') throw new Error('SMTP server has no port');
    const smtpUrl = `smtp://127.0.0.1:${address.port}`;
    ctx = await startTestApp({
      env: { SMTP_URL: smtpUrl, MAIL_FROM, PUBLIC_BASE_URL },
      mailer: createMailer(smtpUrl, MAIL_FROM, () => {}),
    });
  });

  beforeEach(() => {
    inbox = [];
  });

  afterAll(async () => {
    await ctx?.close();
    await new Promise<void>((resolve) => smtp?.close(resolve));
  });

  const requestReset = (email: string) =>
    ctx.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email } });
  const confirm = (token: string, password: string) =>
    ctx.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset/confirm', payload: { token, password } });
  const login = (email: string, password: string) =>
    ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

  it('mails a link that sets a new password once, and the old password stops working', async () => {
    const elsewhere = await signIn(ctx.app, DEMO.kalixCoordinator);

    expect((await requestReset('Samordnare.Kalix@demo.medborgarlofte.se')).statusCode).toBe(202);
    expect(inbox).toHaveLength(1);
    const mail = inbox[0]!;
    expect(mail.envelopeTo).toEqual([DEMO.kalixCoordinator]);
    expect(mail.headers.get('to')).toContain(DEMO.kalixCoordinator);
    expect(mail.headers.get('subject')).toBe('Återställ ditt lösenord – Medborgarlöften');
    expect(mail.text).toContain('Hej Karin Lind!');
    const link = /(\S+\/app\/nytt-losenord\?token=\S+)/.exec(mail.text)?.[1];
    expect(link?.startsWith(`${PUBLIC_BASE_URL}/app/nytt-losenord?token=`)).toBe(true);
    const token = new URL(link ?? '').searchParams.get('token') ?? '';

    const tooShort = await confirm(token, 'kort');
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json()).toMatchObject({ code: 'validation_failed' });
    expect((await login(DEMO.kalixCoordinator, DEMO_PASSWORD)).statusCode).toBe(200);

    expect((await confirm(token, 'ett-nytt-bra-losenord')).statusCode).toBe(204);
    const old = await login(DEMO.kalixCoordinator, DEMO_PASSWORD);
    expect(old.statusCode).toBe(401);
    expect(old.json()).toMatchObject({ code: 'invalid_credentials' });
    expect((await login(DEMO.kalixCoordinator, 'ett-nytt-bra-losenord')).statusCode).toBe(200);
    expect((await elsewhere.request('GET', '/api/v1/auth/session')).statusCode).toBe(401);

    const reused = await confirm(token, 'ett-tredje-losenord');
    expect(reused.statusCode).toBe(400);
    expect(reused.json()).toMatchObject({ code: 'invalid_token' });
    expect((await login(DEMO.kalixCoordinator, 'ett-tredje-losenord')).statusCode).toBe(401);
    expect((await login(DEMO.kalixCoordinator, 'ett-nytt-bra-losenord')).statusCode).toBe(200);
  });

  it('answers an unknown address exactly like a known one and sends it nothing', async () => {
    const unknown = await requestReset('ingen.alls@kommun.example.se');
    // A real mail sent afterwards marks the point by which any mail for the unknown address would have arrived.
    const known = await requestReset(DEMO.haparandaCoordinator);
    expect(unknown.statusCode).toBe(202);
    expect(unknown.json()).toEqual(known.json());
    expect(inbox.map((m) => m.envelopeTo)).toEqual([[DEMO.haparandaCoordinator]]);
  });
});
