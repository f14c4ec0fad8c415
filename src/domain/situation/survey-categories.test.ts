import { describe, expect, it } from 'vitest';
import { categoryOfSurveyItem } from './survey-categories.ts';

describe('survey items in lägesbild categories', () => {
  it.each([
    ['Ungdomsgäng som bråkar och stör ordningen', 'ungdomar'],
    ['Narkotikapåverkade personer utomhus', 'narkotika'],
    ['Att narkotika säljs öppet', 'narkotika'],
    ['Berusade personer utomhus', 'ordningsstorningar'],
    ['Bilar som kör för fort', 'trafik'],
    ['Mopeder och A-traktorer som körs störande eller vårdslöst', 'trafik'],
    ['Skadegörelse, till exempel klotter eller sönderslagna busskurer', 'skadegorelse'],
    ['Nedskräpning', 'ordningsstorningar'],
    ['Inbrott i bostäder', 'tillgreppsbrott'],
    ['Stölder av och ur bilar, cyklar och båtar', 'tillgreppsbrott'],
    ['Personer som blir misshandlade, rånade eller hotade utomhus', 'vald'],
    ['Dåligt upplysta gator, parker och gång- och cykelvägar', 'otrygga_platser'],
  ])('%s → %s', (text, category) => {
    expect(categoryOfSurveyItem(text)).toBe(category);
  });

  it('leaves an item it cannot place out', () => {
    expect(categoryOfSurveyItem('Hur nöjd är du med ditt bostadsområde som helhet?')).toBeNull();
  });
});
