/** The genomförandeplan read-only: one table per focus area, with each target in words. */
import { useI18n } from '../../i18n/i18n.tsx';
import type { PlanCommitment, StoredPromiseSet } from '../../api/promises.ts';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { targetText } from '../target-text.ts';

const joined = (values: readonly string[] | undefined, none: string) => (values?.length ? values.join(', ') : none);

function Row({ c }: { c: PlanCommitment }) {
  const { t } = useI18n();
  const p = t.promisePage;
  const extra = [
    c.places.length ? `${p.places}: ${c.places.join(', ')}` : '',
    c.condition ? `${p.condition}: ${c.condition}` : '',
    c.owner ? `${p.owner}: ${c.owner}` : '',
  ].filter(Boolean);
  return (
    <tr>
      <td className="what-cell">
        <p className="commitment-text">{c.text}</p>
        {extra.map((line) => (
          <p key={line} className="muted small">
            {line}
          </p>
        ))}
      </td>
      <td>{targetText(c.target, t)}</td>
      <td>{c.when || t.none}</td>
      <td>{joined(c.partners, t.none)}</td>
      <td>{joined(c.responsible, t.none)}</td>
      <td>{joined(c.followUp, t.none)}</td>
    </tr>
  );
}

export function PlanView({ set }: { set: StoredPromiseSet }) {
  const { t } = useI18n();
  const p = t.promisePage;
  if (!set.focusAreas.length) return <p>{p.noFocusAreas}</p>;
  return (
    <>
      {set.focusAreas.map((area, i) => {
        const title = area.title || p.noAreaTitle;
        return (
          <section key={area.id ?? i} aria-labelledby={`area-${i}`}>
            <h3 id={`area-${i}`} className="ds-heading" data-size="xs">
              {title}
            </h3>
            {area.commitments.length === 0 ? (
              <p>{p.noCommitments}</p>
            ) : (
              <TableScroll label={p.planCaption(title)}>
                <table className="ds-table plan-table" data-border>
                  <caption className="ds-sr-only">{p.planCaption(title)}</caption>
                  <thead>
                    <tr>
                      {[p.what, p.target, p.when, p.partners, p.responsible, p.followUp].map((h) => (
                        <th scope="col" key={h}>
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {area.commitments.map((c, j) => (
                      <Row key={c.id ?? j} c={c} />
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </section>
        );
      })}
    </>
  );
}
