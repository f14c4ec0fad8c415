import type { Deps } from '../deps.ts';
import { addDays } from '../../domain/progress/index.ts';
import { followUpLabelSv, type Cadence } from '../../domain/follow-up.ts';

/**
 * Follow-ups not yet approved whose due date (the yearly summary: end of
 * February) is two weeks away or past: the kommun's coordinators are told,
 * once for "soon" and once for "overdue".
 */
export async function sendFollowUpDueReminders(deps: Deps, today: string): Promise<{ sent: number }> {
  const due = await deps.db
    .selectFrom('follow_ups as f')
    .innerJoin('promise_sets as p', 'p.id', 'f.promise_set_id')
    .select(['f.id', 'f.cadence', 'f.period_from', 'f.due_date', 'f.promise_set_id', 'p.title'])
    .where('f.status', 'in', ['draft', 'reviewed'])
    .where('f.due_date', '<=', addDays(today, 14))
    .execute();
  let sent = 0;
  for (const f of due) {
    const stage = f.due_date! < today ? 'overdue' : 'soon';
    const coordinators = await deps.db
      .selectFrom('users')
      .innerJoin('memberships as m', 'm.user_id', 'users.id')
      .select(['users.id', 'users.email'])
      .distinct()
      .where('m.role', '=', 'coordinator')
      .where('users.notify_reminders', '=', true)
      .where('users.disabled_at', 'is', null)
      .where('m.organisation_id', 'in', (eb) =>
        eb
          .selectFrom('promise_set_municipalities')
          .select('organisation_id')
          .where('promise_set_id', '=', f.promise_set_id),
      )
      .execute();
    const label = followUpLabelSv(f.cadence as Cadence, f.period_from);
    for (const c of coordinators) {
      const key = `followup-${stage}:${f.id}:${c.id}`;
      const fresh = await deps.db
        .insertInto('reminders_sent')
        .values({ key })
        .onConflict((oc) => oc.column('key').doNothing())
        .returning('key')
        .executeTakeFirst();
      if (!fresh) continue;
      await deps.mailer.send({
        to: c.email,
        subject:
          stage === 'overdue' ? `Uppföljningen är försenad: ${label}` : `Uppföljningen ska vara klar ${f.due_date}`,
        text: [
          `${f.title ?? 'Medborgarlöftet'} – ${label}.`,
          '',
          stage === 'overdue'
            ? `Uppföljningen skulle ha varit godkänd senast ${f.due_date}.`
            : `Uppföljningen ska vara godkänd senast ${f.due_date}.`,
          '',
          `${deps.config.publicBaseUrl}/app/uppfoljning`,
        ].join('\n'),
      });
      sent++;
    }
  }
  return { sent };
}
