/**
 * The kommun's imported surveys from outside, one table per source and
 * year: whose figure, the item as the source writes it, the value with its
 * measure, the answers and the uncertainty, and the lägesbild category.
 */
import { useState } from 'react';
import { formatDateTime, fromApi, useI18n, type Lang, type Localized } from '../i18n/i18n.tsx';
import type { Messages } from '../i18n/sv.ts';
import { ApiError } from '../api/client.ts';
import { settle } from '../api/settle.ts';
import {
  useDeleteOutsideSurvey,
  useOutsideSurveys,
  type OutsideImportView,
  type OutsideResultView,
} from '../api/outside-surveys.ts';
import { PROBLEM_CATEGORIES } from '../../domain/dialogues/categories.ts';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';
import { Notice } from '../ui/Notice.tsx';
import { Loading, LoadError } from '../ui/QueryState.tsx';
import { TableScroll } from '../ui/TableScroll.tsx';

const num = (n: number, lang: Lang) =>
  n.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 2 });

function categoryName(key: string | null, lang: Lang): string | null {
  const c = PROBLEM_CATEGORIES.find((x) => x.key === key);
  return c ? (lang === 'en' ? c.labelEn : c.label) : null;
}

function ResultRow({ r }: { r: OutsideResultView }) {
  const { t, lang } = useI18n();
  const o = t.outside;
  const place = r.areaName === null ? o.wholeKommun : `${r.areaName}${o.levelSuffix[r.level] ?? ''}`;
  return (
    <tr>
      <td>{place}</td>
      <td>{r.item}</td>
      <td>{num(r.value, lang)}</td>
      <td>{r.answers === null ? o.notGiven : num(r.answers, lang)}</td>
      <td>{r.ciLow === null || r.ciHigh === null ? o.notGiven : `${num(r.ciLow, lang)}–${num(r.ciHigh, lang)}`}</td>
      <td>{categoryName(r.category, lang) ?? o.noCategory}</td>
    </tr>
  );
}

function ImportTable({ imp, onRemove }: { imp: OutsideImportView; onRemove: (what: string) => void }) {
  const { t } = useI18n();
  const o = t.outside;
  const what = o.caption(o.sources[imp.source], imp.year);
  const measure = o.measures[imp.results[0]?.measure ?? ''] ?? '';
  return (
    <section aria-label={what} className="outside-import">
      <h4 className="ds-heading" data-size="2xs">
        {what}
      </h4>
      <p className="muted small">{o.meta(imp.fileName, imp.importedBy, formatDateTime(imp.importedAt))}</p>
      <TableScroll label={what}>
        <table className="ds-table" data-border>
          <caption>{measure ? `${what} (${measure})` : what}</caption>
          <thead>
            <tr>
              <th scope="col">{o.place}</th>
              <th scope="col">{o.item}</th>
              <th scope="col">{o.value}</th>
              <th scope="col">{o.answers}</th>
              <th scope="col">{o.interval}</th>
              <th scope="col">{o.category}</th>
            </tr>
          </thead>
          <tbody>
            {imp.results.map((r) => (
              <ResultRow key={r.id} r={r} />
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ConfirmButton label={o.removeLabel(what)} question={o.removeConfirm(what)} onConfirm={() => onRemove(what)}>
        {o.remove}
      </ConfirmButton>
    </section>
  );
}

export function OutsideSurveyList({ kommun }: { kommun: string }) {
  const { t, lang } = useI18n();
  const list = useOutsideSurveys(kommun);
  const remove = useDeleteOutsideSurvey(kommun);
  const [notice, setNotice] = useState<{ text: Localized; color: 'success' | 'warning' } | null>(null);
  if (list.isPending) return <Loading />;
  if (list.error) return <LoadError error={list.error} />;
  const onRemove = (imp: OutsideImportView) => (what: string) =>
    settle(
      remove,
      { year: imp.year, source: imp.source },
      () => setNotice({ text: (tt: Messages) => tt.outside.removed(what), color: 'success' }),
      (error) =>
        setNotice(
          error instanceof ApiError
            ? { text: fromApi({ message: error.message, messageEn: error.messageEn }), color: 'warning' }
            : null,
        ),
    );
  return (
    <>
      <Notice color={notice?.color}>{notice ? notice.text(t, lang) : null}</Notice>
      {list.data.imports.length === 0 ? (
        <p>{t.outside.none}</p>
      ) : (
        list.data.imports.map((imp) => <ImportTable key={imp.id} imp={imp} onRemove={onRemove(imp)} />)
      )}
    </>
  );
}
