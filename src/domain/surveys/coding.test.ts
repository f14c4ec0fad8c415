import { describe, expect, it } from 'vitest';
import { stemSwedish } from './stemming.ts';
import { DEFAULT_CATEGORIES, suggestCategories } from './coding.ts';

const keys = (text: string) =>
  suggestCategories(text)
    .map((s) => s.key)
    .sort();

describe('Swedish stemming', () => {
  it('brings the forms of a word to one stem', () => {
    expect(new Set(['bil', 'bilen', 'bilar', 'bilarna'].map(stemSwedish))).toEqual(new Set(['bil']));
    expect(stemSwedish('stölder')).toBe(stemSwedish('stöld'));
    expect(stemSwedish('hotade')).toBe('hot');
    expect(stemSwedish('mörkt')).toBe(stemSwedish('mörker'));
    expect(stemSwedish('ungdomarna')).toBe(stemSwedish('ungdom'));
  });
});

describe('suggested codes', () => {
  it('has the problem categories of the method, editable per survey', () => {
    expect(DEFAULT_CATEGORIES.map((c) => c.label.sv)).toEqual([
      'Narkotika',
      'Trafik',
      'Tillgreppsbrott',
      'Våld',
      'Våld i nära relationer',
      'Ordningsstörningar',
      'Skadegörelse',
      'Otrygga platser',
      'Ungdomar',
      'Bedrägerier',
      'Övrigt',
    ]);
  });

  it('finds inflected words and compounds', () => {
    expect(keys('Bilarna kör alldeles för fort på Storgatan')).toEqual(['trafik']);
    expect(keys('Cykelstölderna vid stationen är många')).toEqual(['otrygga_platser', 'tillgreppsbrott']);
    expect(keys('Öppen narkotikahandel bakom affären')).toEqual(['narkotika']);
    expect(keys('Klottret på skolväggen och krossade busskurer')).toEqual(['skadegorelse']);
    expect(keys('Gatlamporna är trasiga så det blir mörkt i gångtunneln')).toEqual(['otrygga_platser']);
    expect(keys('Min mamma blev lurad av bluffsamtal om BankID')).toEqual(['bedragerier']);
  });

  it('tells which words matched and orders by how many did', () => {
    const [first] = suggestCategories('Ungdomarna i gänget hänger vid fritidsgården, en del är påtända');
    expect(first?.key).toBe('ungdomar');
    expect(first?.matched).toEqual(['ungdomarna', 'gänget', 'fritidsgården']);
  });

  it('does not take a short keyword for part of another word', () => {
    expect(keys('Min mobil blev bättre')).toEqual([]);
    expect(keys('Det är fortfarande lugnt')).toEqual([]);
  });

  it('uses edited categories', () => {
    const own = [{ key: 'hundar', label: { sv: 'Lösa hundar' }, keywords: ['hund', 'hundar'] }];
    expect(suggestCategories('Hundarna springer lösa', own).map((s) => s.key)).toEqual(['hundar']);
  });
});
