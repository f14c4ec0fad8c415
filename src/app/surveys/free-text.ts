/**
 * The coding view of free-text answers, for the working group only
 * (survey.manage): the original text with personal data flagged, the
 * redacted text, suggested categories and the codes set so far.
 */
import type { Deps } from '../deps.ts';
import { writeAudit } from '../audit.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { AppError } from '../../domain/errors.ts';
import { suggestCategories } from '../../domain/surveys/coding.ts';
import type { FreeText, FreeTextItem, TextCodesInput, TextCodesResult } from '../../contracts/surveys.ts';
import { findPersonalData, redact } from '../../domain/surveys/redaction.ts';
import { knownNamesFor } from './known-names.ts';
import { loadResponses, setTextCode, storedAnswerCount } from './queries/texts.ts';
import { pendingCount } from './queries/batches.ts';
import { surveyFor } from './store.ts';

export type { FreeText, FreeTextItem } from '../../contracts/surveys.ts';

export async function listFreeText(
  deps: Deps,
  actor: Actor,
  id: string,
  filter: { questionId?: string; uncoded?: boolean } = {},
): Promise<FreeText> {
  const survey = await surveyFor(deps, actor, id, true);
  const textQuestions = survey.questions.filter(
    (q) => q.kind === 'text' && (!filter.questionId || q.id === filter.questionId),
  );
  // Only stored answers can be coded: a waiting one has no lasting id until its batch is stored (batches.ts).
  const [responses, waiting, keep] = await Promise.all([
    loadResponses(deps.db, survey.id, false),
    pendingCount(deps.db, survey.id),
    knownNamesFor(deps.db, survey.municipalityId),
  ]);
  const items: FreeTextItem[] = [];
  for (const q of textQuestions) {
    for (const r of responses) {
      const text = r.answers[q.id];
      if (typeof text !== 'string' || !text) continue;
      const categories = r.codes?.[q.id] ?? [];
      if (filter.uncoded && categories.length) continue;
      items.push({
        responseId: r.id,
        questionId: q.id,
        text,
        redacted: redact(text, { keep }).text,
        personalData: findPersonalData(text, { keep }),
        suggestions: suggestCategories(text, survey.categories),
        categories,
      });
    }
  }
  return {
    categories: survey.categories,
    questions: textQuestions.map((q) => ({ id: q.id, text: q.text })),
    items,
    waiting,
  };
}

export async function setTextCodes(
  deps: Deps,
  actor: Actor,
  id: string,
  input: TextCodesInput,
): Promise<TextCodesResult> {
  const survey = await surveyFor(deps, actor, id, true);
  const keys = new Set(survey.categories.map((c) => c.key));
  const textIds = new Set(survey.questions.filter((q) => q.kind === 'text').map((q) => q.id));
  const bad = input.items.filter((i) => !textIds.has(i.questionId) || i.categories.some((c) => !keys.has(c)));
  if (bad.length) {
    throw new AppError(
      'validation_failed',
      'Okänd fritextfråga eller kategori',
      'Unknown free-text question or category',
      { items: bad.map((b) => ({ responseId: b.responseId, questionId: b.questionId })) },
    );
  }
  const ids = [...new Set(input.items.map((i) => i.responseId))];
  await deps.db.transaction().execute(async (trx) => {
    if ((await storedAnswerCount(trx, survey.id, ids)) !== ids.length) {
      throw new AppError(
        'validation_failed',
        'Ett eller flera svar hör inte till enkäten',
        'One or more answers do not belong to the survey',
      );
    }
    for (const item of input.items)
      await setTextCode(trx, { ...item, categories: [...new Set(item.categories)] }, deps.now());
    await writeAudit(trx, actor, {
      action: 'survey.code_text',
      entityType: 'survey',
      entityId: survey.id,
      organisationId: survey.municipalityId,
      after: { items: input.items.map((i) => ({ questionId: i.questionId, categories: i.categories })) },
    });
  });
  return { updated: input.items.length };
}
