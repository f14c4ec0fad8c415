/**
 * Every Word export read back as XML, for what a kommun needs to publish it
 * as it is: Swedish as the document language, the title in the file's
 * properties, real Title/Heading paragraphs without a skipped level, a
 * header row marked on every data table (so Word repeats it and a screen
 * reader names the columns), and alternative text on every chart.
 */
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ActionPlanView } from '../contracts/action-plans.ts';
import { renderActionPlanDocx } from './action-plan-report.ts';
import { kalixReportInput } from './follow-up-fixtures.ts';
import { renderFollowUpDocx } from './follow-up-report.ts';
import { renderImplementationPlanDocx } from './implementation-plan.ts';
import { renderPromiseSetDocx } from './promise-docx.ts';
import { kalixSituation } from './situation-fixtures.ts';
import { renderSituationDocx } from './situation-report.ts';
import { kalixDocument } from './test-fixtures.ts';
import { paragraphs, readDocx, xmlText } from './test-read.ts';

const generatedAt = new Date('2024-03-05T10:00:00Z');
const LEVEL: Record<string, number> = { Title: 0, Heading1: 1, Heading2: 2, Heading3: 3 };

type DocxRead = { problems: string[]; headings: string[]; tables: string[]; alts: string[] };

/** Lists what a Word file lacks; `layoutTables` tables (e.g. the signature grid) need no header row. */
function checkDocx(bytes: Buffer, layoutTables = 0): DocxRead {
  const parts = readDocx(bytes);
  const problems: string[] = [];
  const styles = parts['word/styles.xml'] ?? '';
  const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
  if (!/<w:lang w:val="sv-SE"/.test(defaults)) problems.push('document language is not sv-SE');
  const foreign = [...(parts['word/document.xml'] ?? '').matchAll(/<w:lang w:val="([^"]+)"/g)].filter(
    (m) => m[1] !== 'sv-SE',
  );
  if (foreign.length > 0) problems.push(`runs in another language: ${foreign.map((m) => m[1]).join(', ')}`);
  if (!/<dc:title>[^<]+<\/dc:title>/.test(parts['docProps/core.xml'] ?? '')) problems.push('no title');
  const body = parts['word/document.xml'] ?? '';
  const headings = paragraphs(body).filter((p) => p.style !== null && p.style in LEVEL);
  let previous = -1;
  for (const heading of headings) {
    const level = LEVEL[heading.style ?? ''] ?? 0;
    if (level > previous + 1) problems.push(`${heading.style} "${heading.text}" skips a level`);
    previous = level;
  }
  if (headings[0]?.style !== 'Title') problems.push('the document does not open with its Title');
  const tables = [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
  const withoutHeader = tables.filter((t) => !/<w:tr>(?:(?!<\/w:tr>)[\s\S])*?<w:tblHeader\/>/.test(t));
  if (withoutHeader.length !== layoutTables)
    problems.push(`${withoutHeader.length} tables without a header row, ${layoutTables} expected`);
  const drawings = [...body.matchAll(/<wp:docPr [^>]*>/g)].map((m) => m[0]);
  const alts = drawings.map((d) => /descr="([^"]*)"/.exec(d)?.[1] ?? '');
  if (alts.some((alt) => alt.trim().length < 20)) problems.push('a picture without alternative text');
  return {
    problems,
    headings: headings.map((h) => `${h.style} ${h.text}`),
    tables: tables.map((t) => xmlText(/<w:tr>[\s\S]*?<\/w:tr>/.exec(t)?.[0] ?? '')),
    alts,
  };
}

function actionPlan(): ActionPlanView {
  const id = '00000000-0000-4000-8000-000000000002';
  return {
    id,
    municipalityId: id,
    situationYear: 2025,
    title: 'Åtgärdsplan Kalix 2026–2029',
    yearFrom: 2026,
    yearTo: 2029,
    status: 'draft',
    decidedBy: null,
    decidedOn: null,
    dueOn: null,
    dueStage: null,
    problems: [
      {
        category: 'trafik',
        label: 'Trafik',
        rank: 1,
        causeText: 'Buskörning.',
        linkSentence: 'Problemet Trafik besvaras av åtgärd 1.',
        commitments: [],
      },
    ],
    measures: [
      {
        id,
        number: 1,
        category: 'trafik',
        problemLabel: 'Trafik',
        text: 'Hastighetskontroller.',
        responsible: 'Polisen',
        partners: [],
        startsOn: null,
        endsOn: null,
        whenText: 'varje termin',
        followUp: 'Antal kontroller',
        commitment: null,
        shown: { text: 'Hastighetskontroller.', responsible: 'Polisen', followUp: 'Antal kontroller' },
      },
    ],
  };
}

describe('Word exports a kommun can publish as they are', () => {
  it('the uppföljning: headings in order, tables with header rows, the chart described in words', async () => {
    const read = checkDocx(await renderFollowUpDocx(kalixReportInput(), { generatedAt }));
    expect(read.problems).toEqual([]);
    expect(read.headings[1]).toBe('Heading1 Resultat i korthet');
    expect(read.tables[0]).toBe('ÅtagandeUtfallBedömningKommentar');
    expect(read.alts).toHaveLength(1);
    expect(read.alts[0]).toMatch(/^Andel av målet per löfte: löfte 1: 80 av 78/);
  });

  it('the lägesbild: every chart described, every table with a header row', async () => {
    const bytes = await renderSituationDocx(kalixSituation(), { kommunName: 'Kalix', audience: 'public', generatedAt });
    const read = checkDocx(bytes);
    expect(read.problems).toEqual([]);
    expect(read.alts.length).toBeGreaterThan(0);
    expect(read.alts.some((alt) => alt.startsWith('Poäng per problem'))).toBe(true);
  });

  it('the åtgärdsplan: Title, Heading1 and Heading2, the measures with their header row', async () => {
    const read = checkDocx(
      await renderActionPlanDocx(actionPlan(), {
        kommunName: 'Kalix',
        situationTexts: { crimeSurvey: null, consequences: null, otherInformation: null, analysis: null },
        generatedAt,
      }),
    );
    expect(read.problems).toEqual([]);
    expect(read.headings).toEqual([
      'Title Åtgärdsplan Kalix 2026–2029',
      'Heading1 1. Lägesbildens sammanfattning',
      'Heading2 Prioriterade problem',
      'Heading1 2. Åtgärder per prioriterat problem',
      'Heading2 Trafik',
      'Heading1 3. Beslut',
    ]);
    expect(read.tables).toEqual(['RangProblemOrsaksanalys', 'NrÅtgärdAnsvarigNärUppföljning']);
  });

  it('the medborgarlöfte and its genomförandeplan: the signature grid is the one table without a header', async () => {
    const promise = checkDocx(await renderPromiseSetDocx(kalixDocument({ status: 'draft' }), { generatedAt }), 1);
    expect(promise.problems).toEqual([]);
    expect(promise.headings[0]).toBe('Title Kalix – medborgarlöften');
    const plan = checkDocx(await renderImplementationPlanDocx(kalixDocument(), { generatedAt }));
    expect(plan.problems).toEqual([]);
    expect(plan.tables).toEqual(['VadNärSamverkanAnsvarigUppföljning']);
  });

  it('the check finds a table without a header row and a skipped heading level', () => {
    const fake = (body: string) => {
      const parts = { 'word/document.xml': body, 'word/styles.xml': '', 'docProps/core.xml': '' };
      const files = Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, new TextEncoder().encode(v)]));
      return checkDocx(Buffer.from(zipSync(files)));
    };
    const read = fake(
      '<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>T</w:t></w:r></w:p>' +
        '<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>H</w:t></w:r></w:p>' +
        '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
        '<wp:docPr id="1" name="Bild"/>',
    );
    expect(read.problems).toEqual([
      'document language is not sv-SE',
      'no title',
      'Heading2 "H" skips a level',
      '1 tables without a header row, 0 expected',
      'a picture without alternative text',
    ]);
  });
});
