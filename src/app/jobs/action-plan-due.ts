import type { Deps } from '../deps.ts';
import { planDueOn, planDueStage, REMINDER_DAYS_BEFORE } from '../../domain/action-plan.ts';

/**
 * The åtgärdsplan must be decided anew at least every fourth year (law
 * 2023:196). For each kommun's latest decided plan, its coordinators are told
 * "åtgärdsplanen behöver beslutas på nytt" once when the due day is eight
 * weeks away (REMINDER_DAYS_BEFORE) and once when it has passed. A plan
 * decided later for the kommun replaces the earlier one's reminders.
 */
export async function sendActionPlanDueReminders(deps: Deps, today: string): Promise<{ sent: number }> {
  const plans = await deps.db
    .selectFrom('action_plans')
    .select(['id', 'municipality_id', 'title', 'situation_year', 'decided_on'])
    .where('status', '=', 'decided')
    .orderBy('decided_on', 'desc')
    .execute();
  const latest = new Map<string, (typeof plans)[number]>();
  for (const plan of plans) if (!latest.has(plan.municipality_id)) latest.set(plan.municipality_id, plan);
  let sent = 0;
  for (const plan of latest.values()) {
    const stage = planDueStage(plan.decided_on!, today);
    if (stage === 'current') continue;
    const due = planDueOn(plan.decided_on!);
    const coordinators = await deps.db
      .selectFrom('users')
      .innerJoin('memberships as m', 'm.user_id', 'users.id')
      .select(['users.id', 'users.email'])
      .distinct()
      .where('m.role', '=', 'coordinator')
      .where('m.organisation_id', '=', plan.municipality_id)
      .where('users.notify_reminders', '=', true)
      .where('users.disabled_at', 'is', null)
      .execute();
    for (const c of coordinators) {
      const fresh = await deps.db
        .insertInto('reminders_sent')
        .values({ key: `action-plan-${stage}:${plan.id}:${c.id}`, sent_at: deps.now() })
        .onConflict((oc) => oc.column('key').doNothing())
        .returning('key')
        .executeTakeFirst();
      if (!fresh) continue;
      await deps.mailer.send({
        to: c.email,
        subject:
          stage === 'overdue'
            ? 'Åtgärdsplanen behöver beslutas på nytt – tiden har gått ut'
            : `Åtgärdsplanen behöver beslutas på nytt senast ${due}`,
        text: [
          `${plan.title} beslutades ${plan.decided_on}.`,
          '',
          stage === 'overdue'
            ? `Den skulle ha beslutats på nytt senast ${due}: lagen (2023:196) kräver ett nytt beslut minst vart fjärde år.`
            : `Den ska beslutas på nytt senast ${due} (om ${REMINDER_DAYS_BEFORE / 7} veckor eller mindre): lagen (2023:196) kräver ett nytt beslut minst vart fjärde år.`,
          '',
          `${deps.config.publicBaseUrl}/app/lagesbild/atgardsplan`,
        ].join('\n'),
      });
      sent++;
    }
  }
  return { sent };
}
