/**
 * Finds and masks personal data in citizens' free text before it leaves
 * the working group: valid personnummer and samordningsnummer (checked
 * with the Luhn digit, with or without century and separator), phone
 * numbers, e-mail addresses and names given after phrases such as
 * "han heter". Digit runs that fail the check (order numbers, years) are
 * left alone.
 */
export type PersonalDataKind = 'personnummer' | 'phone' | 'email' | 'name';

export interface Finding {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

export interface Redacted {
  text: string;
  findings: Finding[];
}

export const REDACTION_MARKS: Readonly<Record<PersonalDataKind, string>> = Object.freeze({
  personnummer: '[personnummer]',
  phone: '[telefonnummer]',
  email: '[e-post]',
  name: '[namn]',
});

/** The Luhn check over the ten digits YYMMDDNNNC. */
export function luhnValid(tenDigits: string): boolean {
  if (!/^\d{10}$/.test(tenDigits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const product = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return sum % 10 === 0;
}

/** A real date part (samordningsnummer add 60 to the day) and a valid check digit. */
export function isPersonnummer(candidate: string): boolean {
  const digits = candidate.replace(/[\s+-]/g, '');
  if (digits.length !== 10 && digits.length !== 12) return false;
  if (digits.length === 12 && !/^(18|19|20)/.test(digits)) return false;
  const ten = digits.slice(-10);
  const month = Number(ten.slice(2, 4));
  const rawDay = Number(ten.slice(4, 6));
  const day = rawDay > 60 ? rawDay - 60 : rawDay;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return luhnValid(ten);
}

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu;
const PERSONNUMMER = /(?<![\d+-])(?:\d{6}|\d{8})(?:\s?[-+]\s?|\s)?\d{4}(?![\d-])/g;
// Swedish numbers (0…, +46, 0046) and international ones (+358 …).
const PHONE = /(?<![\d+])(?:(?:\+|00)\d{2,3}[\s-]?(?:\(0\)\s?)?|0)\d{1,4}(?:[\s-]?\d{1,4}){1,5}(?![\d])/g;
/** A phrase matched without regard to case, while the name after it keeps its own case rules. */
const anyCase = (phrase: string): string =>
  [...phrase].map((ch) => (ch === ' ' ? String.raw`\s+` : ch.toLowerCase() === ch.toUpperCase() ? ch : `[${ch.toLowerCase()}${ch.toUpperCase()}]`)).join('');
const NAME_PHRASES = [
  ...['han', 'hon', 'hen', 'jag', 'de', 'dom', 'den', 'killen', 'tjejen', 'mannen', 'kvinnan', 'grannen', 'personen', 'som']
    .map((who) => `${who} heter`),
  'mitt namn är', 'kallas för', 'my name is', 'his name is', 'her name is', 'their names are', 'nimeni on', 'hänen nimensä on',
];
// The first word after the phrase is taken whatever its case ("han heter kalle"); a second one only when capitalised.
const NAME_AFTER = new RegExp(
  String.raw`(?<![\p{L}])(?:${NAME_PHRASES.map(anyCase).join('|')})\s+([\p{L}][\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)`,
  'gu',
);

function phoneDigitsOk(match: string): boolean {
  const digits = match.replace(/\D/g, '');
  if (match.startsWith('+') || match.startsWith('00')) return digits.length >= 9 && digits.length <= 15;
  return digits.length >= 8 && digits.length <= 11;
}

function collect(text: string): Finding[] {
  const found: Finding[] = [];
  const add = (kind: PersonalDataKind, start: number, end: number) => {
    if (!found.some((f) => start < f.end && end > f.start)) found.push({ kind, start, end });
  };
  for (const m of text.matchAll(EMAIL)) add('email', m.index, m.index + m[0].length);
  for (const m of text.matchAll(PERSONNUMMER)) {
    if (isPersonnummer(m[0])) add('personnummer', m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(PHONE)) {
    const trimmed = m[0].trimEnd();
    if (phoneDigitsOk(trimmed)) add('phone', m.index, m.index + trimmed.length);
  }
  for (const m of text.matchAll(NAME_AFTER)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    add('name', start, start + name.length);
  }
  return found.sort((a, b) => a.start - b.start);
}

export function findPersonalData(text: string): Finding[] {
  return collect(text);
}

export function redact(text: string): Redacted {
  const findings = collect(text);
  let out = '';
  let at = 0;
  for (const f of findings) {
    out += text.slice(at, f.start) + REDACTION_MARKS[f.kind];
    at = f.end;
  }
  return { text: out + text.slice(at), findings };
}
