/** Drill-down of one commitment: its periods with requirement and result, and its logged activities. */
import { useI18n } from '../i18n/i18n.tsx';
import type { Bucket, OverviewCommitment } from '../api/overview.ts';
import type { Messages } from '../i18n/sv.ts';
import { partStatus } from '../../domain/progress/figure.ts';
import { statusWord } from '../../domain/progress/status.ts';
import { todayIso } from '../ui/dates.ts';
import { useActivities } from '../api/activities.ts';
import { TableScroll } from '../ui/TableScroll.tsx';
import { bucketName } from './progress-text.ts';

/** A part's status in the one vocabulary: a running part is on track or behind by its pace, like the card. */
function partWord(b: Bucket, t: Messages, lang: 'sv' | 'en'): string {
  if (b.status === 'upcoming') return t.overview.bucketStatus.upcoming;
  return statusWord(partStatus(b, todayIso()), lang);
}

function Buckets({ c }: { c: OverviewCommitment }) {
  const { t, lang } = useI18n();
  const o = t.overview;
  if (!c.buckets.length) return <p>{o.noBuckets}</p>;
  return (
    <TableScroll label={o.bucketsCaption}>
      <table className="ds-table" data-border>
        <caption>{o.bucketsCaption}</caption>
        <thead>
          <tr>
            {[o.period, o.required, o.done, o.bucketStatusColumn].map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {c.buckets.map((b) => (
            <tr key={b.from} aria-current={c.current?.from === b.from ? 'true' : undefined}>
              <th scope="row">
                {bucketName(b, c.target, t)}
                <span className="muted small block">
                  {b.from} – {b.to}
                </span>
              </th>
              <td>{b.required}</td>
              <td>{b.done}</td>
              <td>
                <span className="bucket-status" data-status={b.status}>
                  {partWord(b, t, lang)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Activities({ commitmentId }: { commitmentId: string }) {
  const { t } = useI18n();
  const o = t.overview;
  const list = useActivities({ commitmentId, limit: 100 });
  if (list.isPending) return <p>{t.loading}</p>;
  if (!list.data?.length) return <p>{o.noActivities}</p>;
  const a = t.activities;
  return (
    <TableScroll label={o.activitiesCaption}>
      <table className="ds-table" data-border>
        <caption className="ds-sr-only">{o.activitiesCaption}</caption>
        <thead>
          <tr>
            {[a.date, a.quantity, a.note, a.createdBy].map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list.data.map((act) => (
            <tr key={act.id}>
              <td className="nowrap">{act.date}</td>
              <td>{act.quantity}</td>
              <td>{act.note ?? t.none}</td>
              <td>{act.createdBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function CommitmentDetail({ c }: { c: OverviewCommitment }) {
  const { t } = useI18n();
  return (
    <div className="commitment-detail" role="region" aria-label={t.overview.detailsFor(c.text)}>
      <Buckets c={c} />
      <h4 className="ds-heading" data-size="2xs">
        {t.overview.activitiesHeading}
      </h4>
      <Activities commitmentId={c.id} />
    </div>
  );
}
