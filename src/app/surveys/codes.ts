/**
 * Single-use codes for the letters of a postal sample. Only their hashes
 * are stored, so the list handed out now (CSV for the letter merge, or a
 * printable page) is the only place the codes exist; a lost list is
 * replaced by a new batch.
 */
import { randomBytes } from 'node:crypto';
import type { Deps } from '../deps.ts';
import { writeAudit } from '../audit.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { conflict } from '../../domain/errors.ts';
import { codeFromRandom, formatCode } from '../../domain/surveys/codes.ts';
import { csvDocument } from '../../domain/csv.ts';
import { codeHash } from './answer.ts';
import { insertCodeHashes, lastCodeBatch, lockedSurveyStatus } from './queries/codes.ts';
import { publicUrl, surveyFor } from './store.ts';
import type { CodeBatch } from '../../contracts/surveys.ts';

export type { CodeBatch } from '../../contracts/surveys.ts';

function freshCodes(count: number): string[] {
  const codes = new Set<string>();
  let pool = randomBytes(count * 16);
  let at = 0;
  const next = () => {
    if (at >= pool.length) {
      pool = randomBytes(count * 16);
      at = 0;
    }
    return pool[at++]!;
  };
  while (codes.size < count) codes.add(codeFromRandom(next));
  return [...codes];
}

type Trx = Deps['db'];

/**
 * Stores the hashes; a code that an earlier batch already holds (about one
 * in ten million per pair) is swapped for a fresh one, so every letter's
 * code is unique.
 */
async function storeCodes(trx: Trx, surveyId: string, batch: number, codes: string[]): Promise<string[]> {
  const out: string[] = [];
  let pending = codes;
  while (pending.length) {
    const slice = pending.slice(0, 1000);
    pending = pending.slice(1000);
    const stored = await insertCodeHashes(
      trx,
      surveyId,
      batch,
      slice.map((c) => codeHash(surveyId, c)),
    );
    const kept = slice.filter((c) => stored.has(codeHash(surveyId, c)));
    out.push(...kept);
    if (kept.length < slice.length)
      pending.push(...freshCodes(slice.length - kept.length).filter((c) => !out.includes(c)));
  }
  return out;
}

export async function generateCodes(deps: Deps, actor: Actor, surveyId: string, count: number): Promise<CodeBatch> {
  const survey = await surveyFor(deps, actor, surveyId, true);
  if (survey.access !== 'codes') {
    throw conflict(
      'Enkäten besvaras via öppen länk; välj svar med koder innan den publiceras',
      'The survey is answered by open link, not codes',
    );
  }
  if (survey.status === 'closed') throw conflict('Enkäten är stängd', 'The survey is closed');
  const result = await deps.db.transaction().execute(async (trx) => {
    // Mailings made at the same moment take turns on the survey's row, so each gets its own batch number; a close meanwhile wins.
    if ((await lockedSurveyStatus(trx, surveyId)) === 'closed')
      throw conflict('Enkäten är stängd', 'The survey is closed');
    const batch = (await lastCodeBatch(trx, surveyId)) + 1;
    const codes = await storeCodes(trx, surveyId, batch, freshCodes(count));
    await writeAudit(trx, actor, {
      action: 'survey.codes_generate',
      entityType: 'survey',
      entityId: surveyId,
      organisationId: survey.municipalityId,
      after: { batch, count },
    });
    return { batch, codes };
  });
  return { batch: result.batch, codes: result.codes.map(formatCode), url: publicUrl(deps, survey) };
}

/** The address that opens the survey with the code filled in (for a QR code on the letter). */
export function codeSlipUrl(batch: Pick<CodeBatch, 'url'>, code: string): string {
  return `${batch.url}?kod=${code.replace('-', '')}`;
}

/** For the letter merge: one row per letter with the code and the link that fills it in. */
export function codesCsv(batch: CodeBatch): string {
  const rows = [
    ['nummer', 'kod', 'adress', 'adress_med_kod'],
    ...batch.codes.map((code, i) => [String(i + 1), code, batch.url, codeSlipUrl(batch, code)]),
  ];
  return csvDocument(rows);
}
