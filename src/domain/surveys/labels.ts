/** Fixed words of the survey model that respondents and reports read, per language. */
import type { LocalizedText, ProblemLevel } from './types.ts';

export const PROBLEM_LEVEL_LABELS: Readonly<Record<ProblemLevel, LocalizedText>> = Object.freeze({
  none: { sv: 'Inget problem', en: 'No problem', fi: 'Ei ongelma', fit: 'Ei propleemi' },
  small: { sv: 'Litet problem', en: 'Small problem', fi: 'Pieni ongelma', fit: 'Pieni propleemi' },
  fairly_big: {
    sv: 'Ganska stort problem',
    en: 'Fairly big problem',
    fi: 'Melko suuri ongelma',
    fit: 'Aika suuri propleemi',
  },
  very_big: {
    sv: 'Mycket stort problem',
    en: 'Very big problem',
    fi: 'Erittäin suuri ongelma',
    fit: 'Oikein suuri propleemi',
  },
  dont_know: { sv: 'Vet inte', en: "Don't know", fi: 'En osaa sanoa', fit: 'En tiä' },
});

/** Labels of the breakdown dimensions in results and exports. */
export const DIMENSION_LABELS = Object.freeze({
  total: { sv: 'Totalt', en: 'Total' },
  area: { sv: 'Område', en: 'Area' },
  gender: { sv: 'Kön', en: 'Gender' },
  age_band: { sv: 'Åldersgrupp', en: 'Age band' },
});

/** The group of respondents who skipped the question a breakdown is made by. */
export const NOT_STATED: LocalizedText = {
  sv: 'Uppgift saknas',
  en: 'Not stated',
  fi: 'Tieto puuttuu',
  fit: 'Ei ilmotettu',
};
