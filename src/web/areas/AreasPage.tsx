/**
 * Dialog och enkäter › Områden: a kommun's areas (the user's own kommun
 * first) with what uses each; coordinators add, rename, merge and delete
 * them. One error summary and one status message serve the whole page.
 */
import { useState, type FormEvent } from 'react';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { useCurrentUser } from '../auth/session.tsx';
import { useAreaMutations, useAreas, type AreaMutations } from '../api/areas.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { Loading, LoadError } from '../ui/QueryState.tsx';
import { KommunSelect, useKommunChoice } from '../ui/kommun-choice.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { Notice } from '../ui/Notice.tsx';
import { TextField } from '../ui/fields.tsx';
import { TableScroll } from '../ui/TableScroll.tsx';
import { useFocusLater } from '../ui/useFocusLater.ts';
import { fieldError, type FormError } from '../ui/form-errors.ts';
import { areaApiErrors, checkName } from './area-errors.ts';
import { AreaRow, LIST_HEADING_ID, type Report } from './AreaRow.tsx';

const NEW_NAME_ID = 'area-new-name';

function AddAreaForm({
  mutations,
  report,
  errors,
  focus,
}: {
  mutations: AreaMutations;
  report: Report;
  errors: readonly FormError[];
  focus: (id: string) => void;
}) {
  const { t } = useI18n();
  const a = t.areas;
  const [draft, setDraft] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { name, errors: found } = checkName(draft, NEW_NAME_ID);
    if (found.length) return report(null, found);
    mutations.add.mutate(name, {
      onSuccess: (area) => {
        setDraft('');
        report((t) => t.areas.added(area.name), []);
        focus(NEW_NAME_ID);
      },
      onError: (error) => report(null, areaApiErrors(error, NEW_NAME_ID)),
    });
  };
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="area-add-heading">
      <h2 id="area-add-heading" className="ds-heading" data-size="sm">
        {a.addHeading}
      </h2>
      <TextField
        id={NEW_NAME_ID}
        label={a.name}
        hint={a.nameHint}
        value={draft}
        maxLength={200}
        autoComplete="off"
        onChange={(e) => setDraft(e.target.value)}
        error={fieldError(errors, NEW_NAME_ID)}
      />
      <div className="button-row">
        <button
          type="submit"
          className="ds-button"
          data-variant="primary"
          aria-busy={mutations.add.isPending || undefined}
        >
          {a.add}
        </button>
      </div>
    </form>
  );
}

function KommunAreas({ kommun }: { kommun: string }) {
  const { t, lang } = useI18n();
  const a = t.areas;
  const areas = useAreas(kommun);
  const mutations = useAreaMutations(kommun);
  const focus = useFocusLater();
  const [notice, setNotice] = useState<Localized | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  // A function in setState would be taken as an updater: wrap it.
  const report: Report = (text, found) => {
    setNotice(() => text);
    setErrors(found);
  };
  if (areas.isPending) return <Loading />;
  if (areas.isError) return <LoadError error={areas.error} />;
  const { mayChange, areas: list } = areas.data;
  return (
    <>
      <Notice>{notice ? notice(t, lang) : null}</Notice>
      <ErrorSummary errors={errors} />
      {mayChange ? (
        <AddAreaForm mutations={mutations} report={report} errors={errors} focus={focus} />
      ) : (
        <p>{a.readOnly}</p>
      )}
      <section aria-labelledby={LIST_HEADING_ID}>
        <h2 id={LIST_HEADING_ID} className="ds-heading" data-size="sm" tabIndex={-1}>
          {a.listHeading(areas.data.kommun.name)}
        </h2>
        {mayChange && <p className="muted">{a.listNote}</p>}
        {list.length === 0 ? (
          <p>{a.none}</p>
        ) : (
          <TableScroll label={a.listHeading(areas.data.kommun.name)}>
            <table className="ds-table areas-table" data-border>
              <thead>
                <tr>
                  <th scope="col">{a.area}</th>
                  <th scope="col">{a.usedBy}</th>
                  {mayChange && <th scope="col">{a.actions}</th>}
                </tr>
              </thead>
              <tbody>
                {list.map((area) => (
                  <AreaRow
                    key={area.id}
                    area={area}
                    others={list.filter((o) => o.id !== area.id)}
                    mayChange={mayChange}
                    mutations={mutations}
                    report={report}
                    errors={errors}
                    focus={focus}
                  />
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </>
  );
}

export function AreasPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const kommun = useKommunChoice(user.memberships.map((m) => m.organisationId));
  return (
    <>
      <PageHeading>{t.areas.title}</PageHeading>
      <p>{t.areas.intro}</p>
      <div className="filters">
        <KommunSelect id="areas-kommun" choice={kommun} />
      </div>
      {kommun.isPending ? <Loading /> : kommun.code ? <KommunAreas key={kommun.code} kommun={kommun.code} /> : null}
    </>
  );
}
