/**
 * Promise importer: the plain text of a real medborgarlöfte document (from
 * a web page, a Word file via docx-text.ts, or a PDF's text) becomes a
 * `medborgarlofte/v1` PromiseDocument draft, following the reading rules in
 * docs/promise-format.md ("How a document is read"). Pure: no I/O.
 *
 * Choices:
 * - Bad input throws `ImportError` with a machine `code`, a Swedish
 *   `message` and an English `messageEn`: 'empty' (empty or only
 *   whitespace), 'too_large' (over 5 MB of UTF-8 text), 'binary' (NUL bytes
 *   or more than 10 % control characters).
 * - A readable text without any commitment is not an error: the document
 *   comes back with empty `focusAreas` and the warning "Inga löften
 *   hittades …" (saying so when the text reads as news about a signing), so a user can still see what was read. Callers that need
 *   commitments call `assertHasCommitments(doc)`, which throws
 *   `ImportError('no_promises')`.
 * - Anything the importer leaves out or is unsure of is named in `warnings`
 *   (Swedish), never dropped silently.
 */
import { PROMISE_FORMAT, type PromiseDocument } from '../promise-document.ts';
import { parseBlocks } from './blocks.ts';
import { noPromisesMessage } from './clauses.ts';
import { readCommitments } from './commitments.ts';
import { ImportError, checkInput } from './errors.ts';
import { readMunicipalities, readPoliceArea, readTitle } from './meta.ts';
import { readPromisePeriod } from './promise-period.ts';
import { readSections } from './sections.ts';
import { readSignatures } from './signatures.ts';
import { outline } from './structure.ts';
import { repairPageText } from './page-text.ts';
import { excerpt, toLines } from './text.ts';

export { ImportError, MAX_TEXT_BYTES, type ImportErrorCode } from './errors.ts';
export { hasVagueVerb } from './quality.ts';

function agreementWarnings(agreements: string[]): string[] {
  const first = agreements[0];
  if (first === undefined) return [];
  return [
    `Texten innehåller en samverkansöverenskommelse ("${excerpt(first, 70)}"); den är inte medborgarlöftet, och dess punkter, period och avsnitt togs inte med.`,
  ];
}

export function importPromiseText(text: string): PromiseDocument {
  checkInput(text);
  const lines = repairPageText(toLines(text));
  const blocks = parseBlocks(lines);
  const doc = outline(blocks);
  const title = readTitle(blocks);
  const commitments = readCommitments(doc);
  const signatures = readSignatures(lines);
  const period = readPromisePeriod(doc, commitments.scopeHeading, { title, signedAt: signatures.signedAt });
  const sections = readSections(lines, doc);
  const flat = lines.join('\n');
  const municipalities = readMunicipalities(flat, [title ?? '']);
  const warnings = [
    ...commitments.warnings,
    ...agreementWarnings(doc.agreements),
    ...period.warnings,
    ...signatures.warnings,
    ...sections.warnings,
    ...municipalities.warnings,
  ];
  const count = commitments.focusAreas.reduce((n, area) => n + area.commitments.length, 0);
  if (count === 0) warnings.unshift(noPromisesMessage(lines));
  const unassigned = commitments.focusAreas
    .flatMap((a) => a.commitments)
    .filter((c) => c.responsible.length === 0).length;
  if (unassigned > 0)
    warnings.push(`${unassigned} av ${count} ${count === 1 ? 'åtagande' : 'åtaganden'} saknar utpekad ansvarig part.`);
  return {
    format: PROMISE_FORMAT,
    title,
    municipalities: municipalities.municipalities,
    policeArea: readPoliceArea(flat),
    period: period.period,
    signedAt: signatures.signedAt,
    signatories: signatures.signatories,
    focusAreas: commitments.focusAreas,
    sections: sections.sections,
    warnings: [...new Set(warnings)],
  };
}

/** Throws ImportError('no_promises') when the document holds no commitment. */
export function assertHasCommitments(doc: PromiseDocument): void {
  if (!doc.focusAreas.some((a) => a.commitments.length > 0)) throw new ImportError('no_promises');
}
