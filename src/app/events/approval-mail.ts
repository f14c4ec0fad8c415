/**
 * Consumer: the approved follow-up report (PDF and CSV attached) to the
 * recipients named on it, once each. Only the approval that completed both
 * parties' signatures records the event, so the report goes out once.
 */
import type { Consumer } from './consumer.ts';
import { loadFollowUp } from '../follow-ups/view.ts';
import { followUpAttachments } from '../follow-ups/attachments.ts';
import { followUpReportInput } from '../follow-ups/report-data.ts';

const PARTY_SV: Record<string, string> = { polisen: 'Polisen', kommunen: 'kommunen' };

export const approvalMail: Consumer = {
  name: 'approval-mail',
  kinds: ['follow_up.approved'],
  async handle(deps, event, context) {
    const f = await loadFollowUp(deps.db, event.subjectId);
    if (!f?.recipients.length) return;
    const attachments = await followUpAttachments(await followUpReportInput(deps.db, f, 'internal'));
    const approvedBy = f.approvals.map((a) => `${a.by} (${PARTY_SV[a.party] ?? a.party})`).join(', ');
    const title = f.promiseSetTitle ?? 'Medborgarlöfte';
    const text = [
      `Uppföljningen av ${f.promiseSetTitle ?? 'medborgarlöftet'} för ${f.label.toLowerCase()} är godkänd av ${approvedBy}.`,
      '',
      f.summary ?? '',
      '',
      'Rapporten finns bifogad.',
    ].join('\n');
    for (const to of f.recipients) {
      await context.once(to, () =>
        deps.mailer.send({ to, subject: `Uppföljning godkänd: ${title} – ${f.label}`, text, attachments }),
      );
    }
  },
};
