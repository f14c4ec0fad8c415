/**
 * Which problem category a trygghetsmätning item speaks of, from its
 * Swedish wording. The first matching rule wins, so "Stölder av och ur
 * bilar" is theft before it is traffic. Items that match nothing are left
 * out of the lägesbild rather than guessed.
 */
const RULES: readonly (readonly [category: string, pattern: RegExp])[] = [
  ['narkotika', /narkotik|drog|langn/i],
  ['vald', /misshand|våld|rånad|\brån|hotad|\bhot/i],
  ['tillgreppsbrott', /inbrott|stöld|stöl|stjäl/i],
  ['skadegorelse', /skadegör|klotter|vandal|sönderslag/i],
  ['trafik', /trafik|kör|fort|moped|a-traktor|fordon/i],
  ['ungdomar', /ungdom|gäng/i],
  ['ordningsstorningar', /berus|bråk|stör|nedskräp|ordning|fylle/i],
  ['otrygga_platser', /upplys|belys|mörk|otrygg/i],
  ['bedragerier', /bedräg|bluff/i],
];

export function categoryOfSurveyItem(text: string): string | null {
  return RULES.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}
