/** docs/lagesbild-metod.md: its worked example and its published mapping tables are what the code computes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { categoryLabel } from '../dialogues/categories.ts';
import { CRIME_CATEGORIES } from '../statistics/categories.ts';
import {
  CRIME_CATEGORY_RULES,
  EVENT_CATEGORY_TO_PROBLEM,
  EXCLUDED_EVENT_TYPES,
  mapCrimeCategory,
  type Mapped,
} from './source-mapping.ts';
import { DEFAULT_WEIGHTS, EVIDENCE_SOURCES, SOURCE_SV } from './scoring.ts';
import { workedExample } from './worked-example.ts';

const doc = readFileSync(new URL('../../../docs/lagesbild-metod.md', import.meta.url), 'utf8');
const sv = (n: number) => n.toLocaleString('sv-SE', { maximumFractionDigits: 2 });
const rowsOf = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| ---'))
    .map((l) => l.slice(2, -2).split(' | '));
const cell = (m: Mapped) => (m.category === null ? `räknas inte: ${m.reasonSv}` : categoryLabel(m.category));

describe('the worked example of docs/lagesbild-metod.md', () => {
  it('is the ranking the code computes, number for number', () => {
    const table = /<!-- räkneexempel: början -->\n([\s\S]*?)<!-- räkneexempel: slut -->/.exec(doc)?.[1];
    expect(table).toBeDefined();
    const [header, ...rows] = rowsOf(table!);
    const sources = EVIDENCE_SOURCES.filter((s) => header!.includes(SOURCE_SV[s]));
    expect(header).toEqual(['plats', 'problem', ...sources.map((s) => SOURCE_SV[s]), 'totalt']);
    const computed = workedExample().map((p) => [
      String(p.scoreRank),
      categoryLabel(p.category),
      ...sources.map((s) => {
        const part = p.parts.find((x) => x.source === s);
        return part ? sv(part.score) : '–';
      }),
      sv(p.score),
    ]);
    expect(rows).toEqual(computed);
  });
});

describe('the mapping tables of docs/lagesbild-metod.md', () => {
  const rows = rowsOf(doc).map((r) => r.join(' | '));

  it('give the default weight of every source', () => {
    for (const s of EVIDENCE_SOURCES) expect(rows).toContain(`${SOURCE_SV[s]} | ${sv(DEFAULT_WEIGHTS[s])}`);
  });

  it('list every BRÅ category the statistics know, and the rules for other names, as the code maps them', () => {
    for (const c of CRIME_CATEGORIES) expect(rows).toContain(`${c.label} | ${cell(mapCrimeCategory(c.key))}`);
    for (const r of CRIME_CATEGORY_RULES) expect(rows).toContain(`${r.match} | ${cell(r.mapped)}`);
  });

  it('list every event type left out and every Polisen category, as the code maps them', () => {
    for (const e of EXCLUDED_EVENT_TYPES)
      expect(rows).toContain(`${e.type} | ${e.mapped.category === null ? e.mapped.reasonSv : ''}`);
    for (const [k, m] of Object.entries(EVENT_CATEGORY_TO_PROBLEM)) expect(rows).toContain(`${k} | ${cell(m)}`);
  });
});
