/**
 * For the outbox tests: a real SMTP server on 127.0.0.1 that can be taken
 * down and brought back on the same port, a subscriber, and a follow-up of
 * Kalix's published promise set brought up to "approved".
 */
import { SMTPServer } from 'smtp-server';
import { DEMO, signIn, type Client, type TestContext } from '../helpers.ts';
import { kalixPromise } from '../activities/fixtures.ts';

export interface Received {
  to: string[];
  /** The whole message, quoted-printable undone (headers stay as sent). */
  raw: string;
}

/** Soft line breaks joined and =XX bytes decoded, read as UTF-8: enough for the single-part text mails sent here. */
function decodeQuotedPrintable(latin1: string): string {
  const joined = latin1.replace(/=\r?\n/g, '');
  return Buffer.from(
    joined.replace(/=([0-9A-F]{2})/g, (_all, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}

export interface Smtp {
  url: string;
  inbox: Received[];
  up(): Promise<void>;
  down(): Promise<void>;
}

export async function smtpServer(): Promise<Smtp> {
  const inbox: Received[] = [];
  let server: SMTPServer | null = null;
  let port = 0;
  const up = async () => {
    server = new SMTPServer({
      authOptional: true,
      // The built-in certificate is self-signed; nodemailer would try to upgrade to it and refuse.
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = decodeQuotedPrintable(Buffer.concat(chunks).toString('latin1'));
          inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    const s = server;
    await new Promise<void>((resolve) => s.listen(port, '127.0.0.1', resolve));
    const address = s.server.address();
    if (!address || typeof address === 'string') throw new Error('SMTP server has no port');
    port = address.port;
  };
  const down = async () => {
    const s = server;
    server = null;
    if (s) await new Promise<void>((resolve) => s.close(resolve));
  };
  await up();
  return {
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    inbox,
    up,
    down,
  };
}

const form = (ctx: TestContext, url: string, fields: Record<string, string>) =>
  ctx.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });

/** Subscribes and confirms with the link from the confirmation mail (`lastMailText` reads it wherever mails go). */
export async function subscribe(ctx: TestContext, email: string, lastMailText: () => string): Promise<void> {
  await form(ctx, '/prenumeration', { kommun: 'kalix', email, lang: 'sv' });
  const token = /bekrafta\?token=([A-Za-z0-9_-]+)/.exec(lastMailText())?.[1];
  if (!token) throw new Error('no confirmation link');
  const res = await form(ctx, '/prenumeration/bekrafta', { token });
  if (res.statusCode !== 200) throw new Error(`confirming: ${res.statusCode}`);
}

async function ok(res: Promise<{ statusCode: number; body: string; json: () => any }>): Promise<any> {
  const r = await res;
  if (r.statusCode >= 300) throw new Error(`${r.statusCode} ${r.body}`);
  return r.json();
}

export interface Kalix {
  officer: Client;
  coordinator: Client;
  setId: string;
  commitmentIds: string[];
}

/** Kalix's promise set, agreed and published, by the demo's officer. */
export async function publishedKalixSet(ctx: TestContext): Promise<Kalix> {
  const officer = await signIn(ctx.app, DEMO.officer);
  const coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  const set = await ok(officer.request('POST', '/api/v1/promise-sets', kalixPromise()));
  await ok(
    officer.request('POST', `/api/v1/promise-sets/${set.id}/agree`, {
      signatures: [
        { name: 'Birgitta Nyström', role: 'LPO-chef', party: 'polisen', signedAt: '2019-01-10' },
        { name: 'Karin Lind', role: 'KSO', party: 'kommunen', signedAt: '2019-01-10' },
      ],
    }),
  );
  await ok(officer.request('POST', `/api/v1/promise-sets/${set.id}/publish`));
  const commitmentIds = set.focusAreas[0].commitments.map((c: { id: string }) => c.id);
  return { officer, coordinator, setId: set.id, commitmentIds };
}

/** A follow-up of the set for the first half of 2019, reviewed and approved by both parties; returns its id. */
export async function approvedFollowUp(ctx: TestContext, k: Kalix, recipients: string[] = []): Promise<string> {
  const f = await ok(
    k.coordinator.request('POST', `/api/v1/promise-sets/${k.setId}/follow-ups`, {
      cadence: 'halfyear',
      year: 2019,
      index: 1,
    }),
  );
  await ok(k.coordinator.request('PUT', `/api/v1/follow-ups/${f.id}`, { summary: 'Det gick bra.', recipients }));
  await ok(k.coordinator.request('POST', `/api/v1/follow-ups/${f.id}/review`));
  await ok(k.officer.request('POST', `/api/v1/follow-ups/${f.id}/review`));
  await ok((await signIn(ctx.app, DEMO.lpoChief)).request('POST', `/api/v1/follow-ups/${f.id}/approve`));
  await ok((await signIn(ctx.app, DEMO.kalixLeader)).request('POST', `/api/v1/follow-ups/${f.id}/approve`));
  return f.id;
}

/** The outbox as the tests look at it, oldest first. */
export async function events(ctx: TestContext) {
  return ctx.deps.db
    .selectFrom('domain_events')
    .select(['kind', 'subject_id', 'payload', 'handled_at', 'attempts', 'last_error'])
    .orderBy('id')
    .execute();
}
