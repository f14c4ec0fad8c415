/**
 * The daily reminder job: e-mails the person answering for a commitment when
 * it turns at risk and 14 days before a bucket ends short of its
 * requirement, and sends coordinators a weekly digest on Mondays. Each
 * person can turn either off. Every mail is sent once (reminders_sent).
 */
import { spanWords } from '../../domain/progress/figure.ts';
import { statusWord } from '../../domain/progress/status.ts';
import type { Deps } from '../deps.ts';
import { addDays, isoWeek } from '../../domain/progress/index.ts';
import { overview, type Attention } from '../overview/overview.ts';
import { CLI_ACTOR } from '../audit.ts';

interface Recipient {
  id: string;
  email: string;
  name: string;
  notify_reminders: boolean;
  notify_digest: boolean;
}

async function markSent(deps: Deps, key: string): Promise<boolean> {
  const res = await deps.db
    .insertInto('reminders_sent')
    .values({ key })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  return !!res;
}

/** The owner when it names a user by e-mail, otherwise the coordinators of the set's kommuner. */
async function recipientsFor(deps: Deps, commitmentId: string): Promise<Recipient[]> {
  const c = await deps.db
    .selectFrom('commitments')
    .select(['owner', 'promise_set_id'])
    .where('id', '=', commitmentId)
    .executeTakeFirstOrThrow();
  const cols = ['users.id', 'users.email', 'users.name', 'users.notify_reminders', 'users.notify_digest'] as const;
  if (c.owner?.includes('@')) {
    const owner = await deps.db
      .selectFrom('users')
      .select(cols)
      .where('email', '=', c.owner.trim().toLowerCase())
      .where('disabled_at', 'is', null)
      .executeTakeFirst();
    if (owner) return [owner];
  }
  return deps.db
    .selectFrom('users')
    .innerJoin('memberships as m', 'm.user_id', 'users.id')
    .select(cols)
    .distinct()
    .where('m.role', '=', 'coordinator')
    .where('users.disabled_at', 'is', null)
    .where('m.organisation_id', 'in', (eb) =>
      eb
        .selectFrom('promise_set_municipalities')
        .select('organisation_id')
        .where('promise_set_id', '=', c.promise_set_id),
    )
    .execute();
}

function reminderText(a: Attention, closing: boolean, baseUrl: string): { subject: string; text: string } {
  // The figure the overview's card and attention list show, in the same words.
  const figure = `${a.done} av ${a.required} ${spanWords(a.span, 'sv')}`;
  const what = closing
    ? `Perioden slutar ${a.bucketEnds}: ${figure} hittills.`
    : `${statusWord('at_risk', 'sv')}: ${figure}.`;
  return {
    subject: closing ? 'Påminnelse: en period slutar snart' : 'Åtagande som ligger efter',
    text: [
      `"${a.text}"`,
      '',
      what,
      '',
      `Logga aktiviteter: ${baseUrl}/app/aktiviteter`,
      '',
      'Du kan stänga av påminnelser under Mina inställningar.',
    ].join('\n'),
  };
}

/** Which mails an attention item calls for today: "at risk" once per bucket, "closing" 14 days before a short bucket ends. */
function kindsFor(a: Attention, today: string): ('at_risk' | 'closing')[] {
  const kinds: ('at_risk' | 'closing')[] = [];
  if (a.reason === 'at_risk') kinds.push('at_risk');
  // Only a part still running can close; a part that ended short (missed) is past reminding.
  const running = a.bucketEnds !== null && a.bucketEnds >= today;
  if (running && a.bucketEnds! <= addDays(today, 14) && a.done < a.required) kinds.push('closing');
  return kinds;
}

export async function sendReminders(deps: Deps, today: string): Promise<{ sent: number }> {
  const { attention } = await overview(deps, CLI_ACTOR, { scopeOrgId: null, at: today });
  let sent = 0;
  for (const a of attention) {
    const kinds = kindsFor(a, today);
    if (!kinds.length) continue;
    const recipients = (await recipientsFor(deps, a.commitmentId)).filter((u) => u.notify_reminders);
    for (const kind of kinds) {
      for (const r of recipients) {
        if (!(await markSent(deps, `${kind}:${a.commitmentId}:${a.bucketEnds ?? ''}:${r.id}`))) continue;
        await deps.mailer.send({ to: r.email, ...reminderText(a, kind === 'closing', deps.config.publicBaseUrl) });
        sent++;
      }
    }
  }
  return { sent };
}

/** Mondays: each coordinator gets what needs attention in their kommuner. */
export async function sendWeeklyDigest(deps: Deps, today: string): Promise<{ sent: number }> {
  if (new Date(`${today}T00:00:00Z`).getUTCDay() !== 1) return { sent: 0 };
  const coordinators = await deps.db
    .selectFrom('users')
    .innerJoin('memberships as m', 'm.user_id', 'users.id')
    .select(['users.id', 'users.email', 'users.name', 'm.organisation_id'])
    .where('m.role', '=', 'coordinator')
    .where('users.notify_digest', '=', true)
    .where('users.disabled_at', 'is', null)
    .execute();
  let sent = 0;
  for (const c of coordinators) {
    const { attention, sets } = await overview(deps, CLI_ACTOR, { scopeOrgId: c.organisation_id, at: today });
    if (!sets.length) continue;
    if (!(await markSent(deps, `digest:${c.id}:${today.slice(0, 4)}-${isoWeek(today)}`))) continue;
    const lines = attention.length
      ? attention.map(
          (a) =>
            `• ${a.text.slice(0, 100)} — ${a.reason === 'bucket_closing' ? `perioden slutar ${a.bucketEnds}` : statusWord(a.reason, 'sv').toLowerCase()}: ${a.done} av ${a.required} ${spanWords(a.span, 'sv')}`,
        )
      : ['Inget åtagande ligger efter. Bra jobbat!'];
    await deps.mailer.send({
      to: c.email,
      subject: `Veckobrev: ${attention.length} åtaganden behöver uppmärksamhet`,
      text: [
        `Hej ${c.name}!`,
        '',
        ...lines,
        '',
        `Översikten: ${deps.config.publicBaseUrl}/app/`,
        '',
        'Du kan stänga av veckobrevet under Mina inställningar.',
      ].join('\n'),
    });
    sent++;
  }
  return { sent };
}
