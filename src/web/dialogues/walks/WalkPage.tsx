/**
 * Trygghetsvandringar › a walk: its steps, warnings and facts, and the form
 * of the step it is at (walk → follow-up meeting → close); open actions can
 * be marked done here and in Öppna åtgärder. Ändra corrects it, Ta bort deletes it.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n, type Localized } from '../../i18n/i18n.tsx';
import { useDialogue, type Dialogue } from '../../api/dialogues.ts';
import { focusPageHeading, PageHeading } from '../../ui/PageHeading.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { Loading, LoadError } from '../../ui/QueryState.tsx';
import { apiFormErrors, type FormError } from '../../ui/form-errors.ts';
import { useRouteNotice } from '../../ui/useRouteNotice.ts';
import { DialogueFacts } from '../DialoguePage.tsx';
import { FindingsTable } from '../FindingsTable.tsx';
import { DialogueActions, EditSection, useEditing } from '../DialogueActions.tsx';
import { useFocusLater } from '../../ui/useFocusLater.ts';
import { WalkSteps } from './WalkSteps.tsx';
import { RecordWalkForm } from './RecordWalkForm.tsx';
import { FollowUpMeetingForm } from './FollowUpMeetingForm.tsx';
import { CloseWalkButton, PlanNextWalk } from './WalkClosing.tsx';
import { MarkDoneButton } from './MarkDoneButton.tsx';

function Warnings({ walk }: { walk: Dialogue }) {
  const { t, pick } = useI18n();
  if (!walk.warnings.length) return null;
  return (
    <div className="ds-alert" data-color="warning">
      <h2 className="ds-heading" data-size="xs">
        {t.walkPage.warningsHeading}
      </h2>
      <ul>
        {walk.warnings.map((w) => (
          <li key={w.code}>{pick(w)}</li>
        ))}
      </ul>
    </div>
  );
}

function Findings({ walk, onNotice }: { walk: Dialogue; onNotice: (n: Localized) => void }) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<FormError[]>([]);
  if (!walk.findings.length) return <p>{t.walkPage.noFindings}</p>;
  const markable = walk.walk?.stage === 'aterkoppling' || walk.walk?.stage === 'klar';
  return (
    <>
      <ErrorSummary errors={errors} />
      <FindingsTable
        findings={walk.findings}
        caption={t.dialoguePage.findingsCaption(walk.findings.length)}
        rowAction={
          markable
            ? (f) =>
                f.action && !f.doneAt ? (
                  <MarkDoneButton
                    dialogueId={walk.id}
                    findingId={f.id}
                    what={f.action}
                    onDone={() => {
                      setErrors([]);
                      onNotice((tt) => tt.findings.markedDone);
                    }}
                    onError={(e) => setErrors(apiFormErrors(e))}
                  />
                ) : null
            : undefined
        }
      />
    </>
  );
}

function StepPanel({ walk, onNotice }: { walk: Dialogue; onNotice: (n: Localized) => void }) {
  const { t } = useI18n();
  const w = t.walkPage;
  const [errors, setErrors] = useState<FormError[]>([]);
  const stage = walk.walk?.stage ?? 'klar';
  const step = (n: Localized) => () => {
    onNotice(n);
    focusPageHeading();
  };
  return (
    <section aria-labelledby="step-heading" className="walk-step">
      <h2 id="step-heading" className="ds-heading" data-size="sm">
        {w.stepHeading[stage]}
      </h2>
      <p>{w.stepIntro[stage]}</p>
      {stage === 'formote' && <RecordWalkForm walk={walk} onDone={step((tt) => tt.walkPage.recorded)} />}
      {stage === 'vandring' && <FollowUpMeetingForm walk={walk} onDone={step((tt) => tt.walkPage.followedUp)} />}
      {stage === 'aterkoppling' && (
        <>
          <ErrorSummary errors={errors} />
          <CloseWalkButton walk={walk} onDone={step((tt) => tt.walkPage.closed)} onError={setErrors} />
        </>
      )}
      {stage === 'klar' && <PlanNextWalk walk={walk} />}
    </section>
  );
}

function View({ walk }: { walk: Dialogue }) {
  const { t, lang } = useI18n();
  const arrived = useRouteNotice<'planned'>();
  const [notice, setNotice] = useState<Localized | null>(() =>
    arrived ? (tt: typeof t) => tt.walkPage.planned : null,
  );
  const edit = useEditing(useFocusLater());
  const saved = () => {
    edit.saved();
    setNotice(() => (tt: typeof t) => tt.dialogueEdit.saved);
    focusPageHeading();
  };
  const head = (
    <>
      <p>
        <Link className="ds-link" to="/dialog/trygghetsvandringar">
          {t.planWalk.back}
        </Link>
      </p>
      <PageHeading>{walk.title}</PageHeading>
      <Notice>{notice ? notice(t, lang) : null}</Notice>
    </>
  );
  if (edit.editing)
    return (
      <>
        {head}
        <EditSection d={walk} onSaved={saved} onCancel={edit.close} />
      </>
    );
  return (
    <>
      {head}
      <DialogueActions
        d={walk}
        onEdit={() => {
          setNotice(null);
          edit.open();
        }}
      />
      {walk.walk && <WalkSteps stage={walk.walk.stage} />}
      <Warnings walk={walk} />
      <DialogueFacts d={walk} />
      {walk.walk && (
        <dl className="facts">
          <dt>{t.planWalk.preMeetingDate}</dt>
          <dd>{walk.walk.preMeetingDate ?? t.none}</dd>
          <dt>{t.planWalk.followUpDate}</dt>
          <dd>{walk.walk.followUpDate ?? t.none}</dd>
        </dl>
      )}
      <StepPanel walk={walk} onNotice={(n) => setNotice(() => n)} />
      <section aria-labelledby="walk-findings-heading">
        <h2 id="walk-findings-heading" className="ds-heading" data-size="sm">
          {t.dialoguePage.findingsHeading}
        </h2>
        <Findings walk={walk} onNotice={(n) => setNotice(() => n)} />
      </section>
    </>
  );
}

export function WalkPage() {
  const { id = '' } = useParams();
  const walk = useDialogue(id);
  if (walk.isPending) return <Loading />;
  if (walk.isError) return <LoadError error={walk.error} />;
  return <View key={walk.data.id} walk={walk.data} />;
}
