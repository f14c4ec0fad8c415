import { describe, expect, it } from 'vitest';
import { readPainting } from './charts-read.ts';
import { situationForPrint } from './situation-audience.ts';
import { SOURCE_COLORS } from './situation-chart.ts';
import { SECRECY_HEADING, SITUATION_HEADINGS_SV } from './situation-content.ts';
import { FREE_TEXT, SECRET, kalixSituation, part, problem } from './situation-fixtures.ts';
import { renderSituationDocx, renderSituationPdf } from './situation-report.ts';
import { paragraphs, readDocx, readPdf, xmlText } from './test-read.ts';

const generatedAt = new Date('2024-03-05T10:00:00Z');
const PUBLIC = { kommunName: 'Kalix', audience: 'public', generatedAt } as const;
const INTERNAL = { kommunName: 'Kalix', audience: 'internal', generatedAt } as const;
const INTERNAL_MARK = 'INTERN – får inte spridas utanför arbetsgruppen';

function inOrder(text: string, parts: string[]): void {
  const positions = parts.map((part) => text.indexOf(part));
  for (const [index, part] of parts.entries()) expect(positions[index], part).toBeGreaterThanOrEqual(0);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
}

/** Every part of the Word file as raw text (XML, relationships, the chart's SVG), and the visible text. */
async function docxEverything(
  options: typeof PUBLIC | typeof INTERNAL,
  view = kalixSituation(),
): Promise<{ raw: string; text: string }> {
  const parts = readDocx(await renderSituationDocx(view, options));
  const textual = Object.entries(parts).filter(([name]) => !name.endsWith('.png'));
  return { raw: textual.map(([, xml]) => xml).join('\n'), text: textual.map(([, xml]) => xmlText(xml)).join(' ') };
}

describe('situationForPrint', () => {
  it('drops police parts and evidence, recomputes scores and order from what remains', () => {
    const print = situationForPrint(kalixSituation(), 'public');
    expect(print.problems.map((p) => [p.rank, p.label, p.score])).toEqual([
      [1, 'Trafik', 9.5],
      [2, 'Skadegörelse', 1],
      [3, 'Ordningsstörningar', 5],
      [4, 'Narkotika', 3],
    ]);
    expect(print.problems.find((p) => p.label === 'Skadegörelse')?.scoreRank).toBe(4);
    for (const p of print.problems) {
      expect(p.parts.every((x) => x.source !== 'police')).toBe(true);
      expect(p.evidence).toEqual([]);
    }
    expect(print.weights.map((w) => w.source)).toEqual(['survey', 'dialogue', 'est', 'events']);
    expect(print.police).toBeNull();
  });

  it('keeps open descriptions for the internal version, and police material only when the view was built with it', () => {
    const internal = situationForPrint(kalixSituation(), 'internal');
    expect(internal.problems.flatMap((p) => p.evidence.map((e) => e.description))).toContain(FREE_TEXT);
    expect(JSON.stringify(internal.problems)).not.toContain(SECRET);
    expect(JSON.stringify(internal.police)).toContain(SECRET);
    expect(situationForPrint(kalixSituation({ confidentialIncluded: false }), 'internal').police).toBeNull();
  });

  it('keeps a police-only problem that people prioritised or ranked, without its police points', () => {
    const view = kalixSituation({
      problems: [
        problem('vald', 'Våld', {
          parts: [part('police', 9, 1, 1)],
          prioritised: true,
          evidence: [{ source: 'police', description: SECRET, points: 9 }],
        }),
      ],
    });
    const print = situationForPrint(view, 'public');
    expect(print.problems.map((p) => [p.label, p.score, p.parts.length])).toEqual([['Våld', 0, 0]]);
  });
});

describe('renderSituationPdf', () => {
  it('has the four parts the law asks for, in order, with their texts', async () => {
    const pdf = await readPdf(await renderSituationPdf(kalixSituation(), PUBLIC));
    expect(pdf.pages[0]).toContain('Lägesbild 2024 – Kalix kommun');
    inOrder(pdf.text, [
      SITUATION_HEADINGS_SV[0],
      'Anmälda brott i Kalix har legat stilla de senaste tre åren.',
      SITUATION_HEADINGS_SV[1],
      'Otryggheten kvällstid gör att äldre undviker centrum.',
      SITUATION_HEADINGS_SV[2],
      'Skolan rapporterar mer skadegörelse under våren.',
      SITUATION_HEADINGS_SV[3],
      'Narkotika och trafik är de problem som väger tyngst.',
      'Rangordning av problemen',
    ]);
  });

  it('ranks the problems in a table with score and evidence per source, and gives the reason for a move by hand', async () => {
    const pdf = await readPdf(await renderSituationPdf(kalixSituation(), PUBLIC));
    const table = pdf.text.slice(pdf.text.indexOf('Rang Problem Poäng Underlag per källa'));
    inOrder(table, [
      '1 Trafik 9,5 Trygghetsmätning: 1 underlag, 4,5 p EST-rapporter: 3 underlag, 3 p Polisens händelser: 20 underlag, 2 p',
      '2 (flyttad) Skadegörelse 1 EST-rapporter: 1 underlag, 1 p',
      '3 Ordningsstörningar 5 Dialoger och trygghetsvandringar: 2 underlag, 5 p',
      '4 Narkotika 3 Dialoger och trygghetsvandringar: 1 underlag, 3 p',
    ]);
    expect(pdf.text).toContain(
      'Skadegörelse: plats 2 i stället för plats 4 enligt poängen. Skäl: Klotter på skolan oroar föräldrarna mer än poängen visar.',
    );
    expect(pdf.text).toContain(
      'Vikter: Trygghetsmätning 1, Dialoger och trygghetsvandringar 1, EST-rapporter 0,5, Polisens händelser 0,1.',
    );
  });

  it('prints the cause analysis of each prioritised problem', async () => {
    const pdf = await readPdf(await renderSituationPdf(kalixSituation(), PUBLIC));
    inOrder(pdf.text, [
      'Orsaksanalys: Trafik',
      'Orsaker: situationell. Tidsperspektiv: kort sikt.',
      'Raksträckan genom Töre inbjuder till fortkörning.',
      'Orsaksanalys: Narkotika',
      'Orsaker: situationell och social. Tidsperspektiv: lång sikt.',
      'Unga saknar meningsfull fritid på kvällarna.',
    ]);
    expect(pdf.text).not.toContain('Orsaksanalys: Ordningsstörningar');
  });

  it('draws the scores as vector bars stacked by source, never with a police series', async () => {
    const bytes = await renderSituationPdf(kalixSituation(), INTERNAL);
    const painted = await readPainting(bytes);
    const first = painted[0];
    // Bars plus one legend key: Trafik has survey, est, events; est also for Skadegörelse.
    expect(first?.fills.get(SOURCE_COLORS.survey)).toBe(2);
    expect(first?.fills.get(SOURCE_COLORS.est)).toBe(3);
    expect(first?.fills.get(SOURCE_COLORS.dialogue)).toBe(3);
    expect(painted.some((p) => p.fills.has(SOURCE_COLORS.police))).toBe(false);
    expect(painted.every((p) => p.images === 0)).toBe(true);
    expect(bytes.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
  });

  it('marks the public version ÖPPEN VERSION on every page and leaves out police material and free text', async () => {
    const pdf = await readPdf(await renderSituationPdf(kalixSituation(), PUBLIC));
    for (const page of pdf.pages) expect(page).toContain('ÖPPEN VERSION');
    expect(pdf.text).not.toContain('INTERN');
    expect(pdf.text).not.toContain(SECRET);
    expect(pdf.text).not.toContain(FREE_TEXT);
    expect(pdf.text).not.toContain('Bråk vid kiosken');
    expect(pdf.text).not.toContain('Bedrägerier');
    expect(pdf.text).not.toContain('SEKRETESS');
    expect(pdf.text).not.toContain('Polisens underlag');
    expect(pdf.text).not.toMatch(/\b15\b/);
  });

  it('marks the internal version INTERN on every page, with free text, and police material only under SEKRETESS', async () => {
    const pdf = await readPdf(await renderSituationPdf(kalixSituation(), INTERNAL));
    for (const page of pdf.pages) expect(page).toContain(INTERNAL_MARK);
    expect(pdf.text).not.toContain('ÖPPEN VERSION');
    expect(pdf.text).toContain(FREE_TEXT);
    // The heading itself, followed by its banner (the analysis only points to it by name).
    const secrecyAt = pdf.text.indexOf(`${SECRECY_HEADING} SEKRETESS. Uppgifterna`);
    expect(secrecyAt).toBeGreaterThan(pdf.text.indexOf('Orsaksanalys: Narkotika'));
    expect(pdf.text.indexOf(SECRET)).toBeGreaterThan(secrecyAt);
    expect(pdf.text.slice(0, secrecyAt)).not.toContain(SECRET);
    expect(pdf.text.slice(0, secrecyAt)).not.toContain('Bedrägerier');
    const secrecy = pdf.text.slice(secrecyAt);
    expect(secrecy).toContain('1 Narkotika 15 2 underlag, 12 p × vikt 1 = 12');
    expect(secrecy).toContain('5 Bedrägerier 3 1 underlag, 3 p × vikt 1 = 3');
    expect(secrecy).toContain(`${SECRET}: handel vid busstationen`);
  });

  it('leaves police material out of an internal version whose view was not built with it, even if the view holds some', async () => {
    const pdf = await readPdf(await renderSituationPdf(kalixSituation({ confidentialIncluded: false }), INTERNAL));
    expect(pdf.text).toContain(INTERNAL_MARK);
    expect(pdf.text).toContain(FREE_TEXT);
    expect(pdf.text).not.toContain(SECRET);
    expect(pdf.text).not.toContain('SEKRETESS');
  });
});

describe('renderSituationDocx', () => {
  it('uses Heading styles for the parts of the law and has the ranking table', async () => {
    const parts = readDocx(await renderSituationDocx(kalixSituation(), PUBLIC));
    const body = parts['word/document.xml'] ?? '';
    const headings = paragraphs(body)
      .filter((p) => p.style === 'Heading1')
      .map((p) => p.text);
    expect(headings).toEqual([...SITUATION_HEADINGS_SV]);
    const level2 = paragraphs(body)
      .filter((p) => p.style === 'Heading2')
      .map((p) => p.text);
    expect(level2).toEqual(['Rangordning av problemen', 'Orsaksanalys: Trafik', 'Orsaksanalys: Narkotika']);
    const ranking = [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
      .map((m) => xmlText(m[0]))
      .find((t) => t.startsWith('RangProblemPoäng'));
    expect(ranking).toContain('2 (flyttad)Skadegörelse1');
    expect(xmlText(body)).toContain('Skäl: Klotter på skolan oroar föräldrarna mer än poängen visar.');
    expect(Object.keys(parts).some((name) => /^word\/media\/.+\.svg$/.test(name))).toBe(true);
  });

  it('never carries police material or free text in any part of the public file', async () => {
    const { raw, text } = await docxEverything(PUBLIC);
    expect(text).toContain('ÖPPEN VERSION');
    for (const secret of [SECRET, 'HEMLIGT', FREE_TEXT, 'Bedrägerier', 'SEKRETESS', 'sekretess)']) {
      expect(raw, secret).not.toContain(secret);
    }
  });

  it('puts police material in the internal file under a SEKRETESS heading, only when the view has it', async () => {
    const withPolice = readDocx(await renderSituationDocx(kalixSituation(), INTERNAL));
    const body = withPolice['word/document.xml'] ?? '';
    const headings = paragraphs(body).filter((p) => p.style === 'Heading1');
    expect(headings.map((p) => p.text)).toEqual([...SITUATION_HEADINGS_SV, SECRECY_HEADING]);
    expect(headings.at(-1)?.xml).toContain('<w:pageBreakBefore/>');
    const beforeSecrecy = body.slice(0, body.indexOf(SECRECY_HEADING));
    expect(beforeSecrecy).not.toContain(SECRET);
    expect(body.slice(body.indexOf(SECRECY_HEADING))).toContain(SECRET);
    const footer = Object.entries(withPolice).find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1] ?? '';
    expect(xmlText(footer)).toContain(INTERNAL_MARK);
    const without = await docxEverything(INTERNAL, kalixSituation({ confidentialIncluded: false }));
    expect(without.text).toContain(FREE_TEXT);
    expect(without.raw).not.toContain(SECRET);
  });
});
