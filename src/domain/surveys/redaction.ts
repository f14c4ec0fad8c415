/**
 * Finds and masks personal data in citizens' free text before it leaves
 * the working group: personnummer and samordningsnummer (with or without a
 * valid check digit: a mistyped number is still someone's), phone numbers,
 * e-mail addresses, street addresses with a number (and a lägenhetsnummer,
 * also on its own), vehicle registration plates and names of people
 * (redaction-names.ts). The kommun's own names
 * (areas, kommuner, partners) are passed in as `keep` and never masked.
 */
import { z } from 'zod';
import { findNames } from './redaction-names.ts';

export const PersonalDataKind = z.enum(['personnummer', 'phone', 'email', 'name', 'address', 'plate']);
export type PersonalDataKind = z.infer<typeof PersonalDataKind>;

/** Where personal data was found: its kind and the span [start, end) in the text as written. */
export const Finding = z.object({
  kind: PersonalDataKind,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Finding = z.infer<typeof Finding>;

export interface Redacted {
  text: string;
  findings: Finding[];
}

export interface RedactOptions {
  /** Names the kommun knows (areas, kommuner, partner organisations): never masked as names. */
  keep?: readonly string[];
}

export const REDACTION_MARKS: Readonly<Record<PersonalDataKind, string>> = Object.freeze({
  personnummer: '[personnummer]',
  phone: '[telefonnummer]',
  email: '[e-post]',
  name: '[namn]',
  address: '[adress]',
  plate: '[registreringsnummer]',
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

/** A real date part (samordningsnummer add 60 to the day); the check digit is not required. */
function hasDatePart(ten: string): boolean {
  const month = Number(ten.slice(2, 4));
  const rawDay = Number(ten.slice(4, 6));
  const day = rawDay > 60 ? rawDay - 60 : rawDay;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** A real date part and a valid check digit: certainly a personnummer or samordningsnummer. */
export function isPersonnummer(candidate: string): boolean {
  const digits = candidate.replace(/[\s+\-–—]/g, '');
  if (digits.length !== 10 && digits.length !== 12) return false;
  if (digits.length === 12 && !/^(18|19|20)/.test(digits)) return false;
  const ten = digits.slice(-10);
  return hasDatePart(ten) && luhnValid(ten);
}

/**
 * Written like a personnummer: with a century or a separator before the last
 * four, or ten bare digits not starting with 0, each with a date part. Ten
 * bare digits from 0 are a phone number ("0701234567") unless the check digit
 * holds.
 */
export function looksLikePersonnummer(candidate: string): boolean {
  // A dash may be typed as an en or em dash ("19811218–9876"), as word processors and phones turn it.
  const digits = candidate.replace(/[\s+\-–—]/g, '');
  if (digits.length === 12) return /^(18|19|20)/.test(digits) && hasDatePart(digits.slice(2));
  if (digits.length !== 10 || !hasDatePart(digits)) return false;
  return /[-+–—]/.test(candidate) || !digits.startsWith('0') || luhnValid(digits);
}

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu;
// Written so that robots miss it: "kalle(at)gmail.com", "kalle [at] gmail punkt com" (a bare " at " is English).
const EMAIL_SPELLED =
  /[\p{L}\d._%+-]+\s?(?:\(at\)|\[at\]|\{at\}|\ssnabel-a\s)\s?[\p{L}\d-]+(?:(?:\.|\s?(?:\(dot\)|\[dot\]|\s(?:dot|punkt)\s)\s?)[\p{L}\d-]+)*(?:\.|\s?(?:\(dot\)|\[dot\]|\s(?:dot|punkt)\s)\s?)(?:se|com|nu|net|org|fi|no|dk|eu|info|io)(?![\p{L}])/giu;
// A handle on Snapchat, Instagram or TikTok: "@kalle_99".
const HANDLE = /(?<![\p{L}\d._%+-])@[\p{L}\d_.]*[\p{L}\d_](?![\p{L}\d_@])/gu;
const PERSONNUMMER = /(?<![\d+-])(?:\d{6}|\d{8})(?:\s?[-+–—]\s?|\s)?\d{4}(?![\d-])/g;
// Swedish numbers (0…, +46, 0046, with "(0)"), written with spaces, dashes, slashes or dots, and international ones.
const PHONE =
  /(?<![\d+])(?:(?:\+|00)\d{2,3}[\s.-]?(?:\(0\)\s?)?\d{1,4}|0\d{1,4}|\(0\d{1,4}\))(?:(?:\s?[-–/.]\s?|\s)?\d{1,4}){1,5}(?![\d])/g;
const STREET_WORD = String.raw`(?:gatan|gata|vägen|väg|gränd|gränden|stigen|backen|backe|torget|torg|allén|allé|planen|plan|leden|slingan|gången|stråket|promenaden|esplanaden|kajen|platsen|liden|höjden|kroken|vägen|gårdsvägen)`;
// "Kyrkogatan 9", "Björkvägen 12A", "Norra Storgatan 5 B", "Gustav Adolfs väg 3", "Storgatan 5, lgh 1102".
const PREFIX = String.raw`(?:[NnSsÖöVv](?:orra|ödra|stra|ästra)|[SsLl](?:tora|illa)|[GgNn](?:amla|ya)|[ÖöNn](?:vre|edre)|[Ss](?:ankt|:t))\s+`;
const STREET_ALONE = String.raw`(?:väg|vägen|gata|gatan|gränd|torg|allé|backe|plan|stig)`;
// A distance, an amount or a count after the number is no house number ("Lulevägen 20 meter", "bor i Vuono 15
// familjer", "längs Storgatan 12 hus").
const NOT_A_UNIT = String.raw`(?!\s*(?:meter|m|km|mil|minuter|min|sekunder|timmar|timme|gånger|dagar|veckor|månader|år|procent|%|kr|kronor|km\/h|st|stycken|personer|pers|familjer|hushåll|hus|barn|bilar|ungdomar|nätter|kvällar)(?![\p{L}]))`;
// "Storg. 12", "Köpmang 5 B": a -gatan shortened in notes (never a weekday: "Lördag. 12 kom").
const STREET_SHORT = String.raw`(?!(?:Mån|Tis|Ons|Tors|Fre|Lör|Sön)dag)\p{Lu}\p{Ll}{2,}g\.`;
// A numbered road is no address: "länsväg 370", "Riksväg 99", "europaväg 4".
const ROAD = String.raw`(?:[Ll]äns|[Rr]iks|[Ee]uropa|[Ll]ands|[Kk]ommunal)(?:väg|vägen)\s`;
// Street names that are a street word alone, capitalised: "Esplanaden 4", "Västra Kajen 2".
const STREET_BARE = '(?:Esplanaden|Kajen|Torget|Allén|Promenaden|Strandvägen|Hamngatan)';
// After the number: the floor and the flat ("1 tr", "2 trappor", "nb", "lgh 1102", "vån 3").
const FLAT = String.raw`(?:,?\s*(?:(?:lgh|lägenhet|tr|trappor|vån|våning)\.?\s*\d{1,4}(?:\s*tr)?|\d{1,2}\s*(?:tr|trappor|trappa|vån)\.?|nb|n\.b\.|bv)(?![\p{L}]))`;
// "Kyrkogatan 9", "björkvägen 12A", "storgatan 12 b", "Norra Storgatan 5 B", "Gustav Adolfs väg 3",
// "Storgatan 5, lgh 1102", "Västra Esplanaden 4, 1 tr".
const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}])(?!${ROAD})(?:${PREFIX})?(?:\p{L}[\p{L}-]*${STREET_WORD}|${STREET_BARE}|${STREET_SHORT}|(?:\p{Lu}[\p{L}:]{2,}\s+){1,2}${STREET_ALONE})` +
    String.raw`\s*(?:nr\.?\s*)?(?<=[\s.])\d{1,4}(?!\d)(?:\s?[-–]\s?\d{1,4})?(?:[a-zA-Z](?![\p{L}])|\s[A-H](?![\p{L}])|\s[a-d](?![\p{L}]))?${NOT_A_UNIT}` +
    `${FLAT}{0,2}`,
  'gu',
);
// A village address where there are no streets ("bor i Vuono 23", "adress: Kukkola 216"): after such a cue only.
const VILLAGE_ADDRESS = new RegExp(
  String.raw`(?<=(?:(?<![\p{L}])(?:bor|bo|bodde|bosatt)\s+(?:på|i)|(?<![\p{L}])(?:adress|adressen|adr)\.?(?:\s+är)?:?)\s+)\p{Lu}[\p{L}-]+\s+\d{1,4}(?!\d)(?:[a-zA-Z](?![\p{L}])|\s[A-H](?![\p{L}]))?${NOT_A_UNIT}`,
  'gu',
);
// A lägenhetsnummer on its own (four digits, as the register has them): "boende i lgh 1104", "lägenhet nr 1203".
const FLAT_ALONE = /(?<![\p{L}\d])(?:lgh|lägenhet|lägenhetsnummer|lägenhetsnr)\.?\s*(?:nr\.?\s*)?\d{4}(?!\d)/giu;
// Swedish plates: three letters (no I, Q, V, Å, Ä, Ö) and two digits and a digit or a letter (not O); capitals
// on their own, any case after "reg.nr", "skylt" and the like.
const PLATE = /(?<![\p{L}\d])[A-HJ-PR-UW-Z]{3}[\s-]?\d{2}[\dA-HJ-NPR-UW-Z](?![\p{L}\d])/gu;
const PLATE_AFTER_CUE =
  /(?<=(?:reg\.?\s?nr|regnr|reg\.?|registreringsnumm?ret|registreringsnummer|skylten|skylt|nummerplåten|nummerplåt|plåten)(?:\s+(?:var|är|hade))?[:.]?\s+)[a-hj-pr-uw-z]{3}[\s-]?\d{2}[\da-hj-npr-uw-z](?![\p{L}\d])/giu;
// A vehicle just before, in lower-case text too ("en svart audi abc123", "mopeden med reg dkn 55c").
const VEHICLE = `(?:bil|bilen|volvo|volvon|saab|saaben|audi|audin|bmw|bmw:n|mercedes|mercan|merca|golf|golfen|passat|passaten|taxi|taxin|moppe|moppen|moped|mopeden|epa|epan|epatraktor|epatraktorn|a-traktor|a-traktorn|skoter|skotern|mc|mc:n|motorcykel|motorcykeln|pickup|pickupen|lastbil|lastbilen|husbil|husbilen|fordon|fordonet)`;
const PLATE_AFTER_VEHICLE = new RegExp(
  String.raw`(?<=(?<![\p{L}])${VEHICLE}(?:\s+(?:med|som har|har|var|är|e|nr))?\s*[:(]?\s*)[a-hj-pr-uw-z]{3}[\s-]?\d{2}[\da-hj-npr-uw-z](?![\p{L}\d])`,
  'giu',
);

function phoneDigitsOk(match: string): boolean {
  const digits = match.replace(/\D/g, '');
  if (match.startsWith('+') || match.startsWith('00')) return digits.length >= 9 && digits.length <= 15;
  return digits.length >= 7 && digits.length <= 11;
}

function collect(text: string, options: RedactOptions): Finding[] {
  const found: Finding[] = [];
  const add = (kind: PersonalDataKind, start: number, end: number) => {
    if (!found.some((f) => start < f.end && end > f.start)) found.push({ kind, start, end });
  };
  for (const re of [EMAIL, EMAIL_SPELLED])
    for (const m of text.matchAll(re)) add('email', m.index, m.index + m[0].length);
  for (const m of text.matchAll(HANDLE)) add('name', m.index, m.index + m[0].length);
  for (const m of text.matchAll(PERSONNUMMER)) {
    if (looksLikePersonnummer(m[0])) add('personnummer', m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(PHONE)) {
    const trimmed = m[0].replace(/[\s.\-–/]+$/, '');
    if (phoneDigitsOk(trimmed)) add('phone', m.index, m.index + trimmed.length);
  }
  for (const m of text.matchAll(ADDRESS)) add('address', m.index, m.index + m[0].length);
  for (const re of [VILLAGE_ADDRESS, FLAT_ALONE])
    for (const m of text.matchAll(re)) add('address', m.index, m.index + m[0].length);
  for (const re of [PLATE, PLATE_AFTER_CUE, PLATE_AFTER_VEHICLE])
    for (const m of text.matchAll(re)) add('plate', m.index, m.index + m[0].length);
  // A name glued to a handle's tail is the handle ("kalle_99", "jonte2008").
  for (const s of findNames(text, options.keep))
    add('name', s.start, s.end + (/^[_\d][\p{L}\d_]*/u.exec(text.slice(s.end, s.end + 40))?.[0].length ?? 0));
  return mergeNames(
    text,
    found.sort((a, b) => a.start - b.start),
  );
}

/** "Kalle Svensson" is one name: neighbouring name findings become one mark. */
function mergeNames(text: string, found: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && last.kind === 'name' && f.kind === 'name' && /^[\s-]*$/.test(text.slice(last.end, f.start)))
      last.end = f.end;
    else out.push({ ...f });
  }
  return out;
}

export function findPersonalData(text: string, options: RedactOptions = {}): Finding[] {
  return collect(text, options);
}

export function redact(text: string, options: RedactOptions = {}): Redacted {
  const findings = collect(text, options);
  let out = '';
  let at = 0;
  for (const f of findings) {
    out += text.slice(at, f.start) + REDACTION_MARKS[f.kind];
    at = f.end;
  }
  return { text: out + text.slice(at), findings };
}
