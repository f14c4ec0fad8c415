/** A reviewed, approved or published follow-up as it reads: outcome and verdict per commitment, and the texts. */
import { useI18n } from '../i18n/i18n.tsx';
import type { FollowUp } from '../api/follow-ups.ts';
import { TableScroll } from '../ui/TableScroll.tsx';
import { ItemOutcome } from './ItemOutcome.tsx';
import { VerdictTag } from './FollowUpStatusTag.tsx';

export function FollowUpReadOnly({ followUp }: { followUp: FollowUp }) {
  const { t } = useI18n();
  const p = t.followUpPage;
  return (
    <>
      <h2 className="ds-heading" data-size="sm">
        {p.itemsHeading}
      </h2>
      <p className="muted">{p.readOnly}</p>
      <TableScroll label={p.itemsCaption}>
        <table className="ds-table" data-border>
          <caption>{p.itemsCaption}</caption>
          <thead>
            <tr>
              {[p.commitment, p.outcome, p.verdict, p.comment].map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {followUp.items.map((i) => (
              <tr key={i.commitmentId}>
                <th scope="row" className="break">
                  {i.text}
                  <span className="block small muted"> {i.focusArea}</span>
                </th>
                <td>
                  <ItemOutcome item={i} />
                </td>
                <td>
                  <VerdictTag verdict={i.verdict} />
                </td>
                <td className="break">{i.comment ?? t.none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h2 className="ds-heading" data-size="sm">
        {p.textsHeading}
      </h2>
      {(['summary', 'citizensSaid', 'nextSteps'] as const).map((k) => (
        <section key={k} aria-label={p[k]}>
          <h3 className="ds-heading" data-size="xs">
            {p[k]}
          </h3>
          <p className="prose">{followUp[k] ?? p.noText}</p>
        </section>
      ))}
    </>
  );
}
