/**
 * The one error the progress domain throws. `code` is for machines (the API
 * maps it to a 400 with the same code), `message` is Swedish for the person
 * who entered the data, `messageEn` is for logs and English-speaking callers.
 */
export type ProgressErrorCode = 'invalid_date' | 'invalid_period' | 'invalid_quantity' | 'invalid_target';

export class ProgressInputError extends Error {
  readonly code: ProgressErrorCode;
  readonly messageEn: string;
  /** Which input was wrong, as a path ("period.from", "activities[3].date"). */
  readonly field: string;

  constructor(code: ProgressErrorCode, field: string, messageSv: string, messageEn: string) {
    super(messageSv);
    this.name = 'ProgressInputError';
    this.code = code;
    this.field = field;
    this.messageEn = messageEn;
  }
}

const FIELD_NAMES_SV: Record<string, string> = {
  'period.from': 'periodens första dag',
  'period.to': 'periodens sista dag',
  at: 'uppföljningsdagen',
  'bucket.from': 'delperiodens första dag',
  'bucket.to': 'delperiodens sista dag',
  'target.count': 'antalet',
  'target.per': 'perioden',
  per: 'perioden',
  'target.every': 'hur ofta',
  every: 'hur ofta',
  'target.percent': 'andelen',
  'target.kind': 'måltypen',
  target: 'målet',
};

const ACTIVITY_FIELDS_SV: Record<string, string> = {
  date: 'datum',
  quantity: 'antal',
  part: 'delen',
  whole: 'helheten',
};

/** The input path as the person who typed it would name it: "activities[2].date" → "aktivitet 3 (datum)". */
export function fieldNameSv(field: string): string {
  const activity = /^activities\[(\d+)\]\.(\w+)$/.exec(field);
  if (activity) return `aktivitet ${Number(activity[1]) + 1} (${ACTIVITY_FIELDS_SV[activity[2]!] ?? activity[2]})`;
  return FIELD_NAMES_SV[field] ?? field;
}

export function invalidDate(field: string, value: unknown): ProgressInputError {
  const shown = typeof value === 'string' ? `"${value}"` : String(value);
  return new ProgressInputError(
    'invalid_date',
    field,
    `Ogiltigt datum för ${fieldNameSv(field)}: ${shown}. Ange ett datum som finns, skrivet ÅÅÅÅ-MM-DD.`,
    `Invalid date in ${field}: ${shown}. Give a real date written YYYY-MM-DD.`,
  );
}

export function invalidQuantity(field: string, value: unknown): ProgressInputError {
  return new ProgressInputError(
    'invalid_quantity',
    field,
    `Ogiltigt antal för ${fieldNameSv(field)}: ${String(value)}. Antalet ska vara ett tal som är 0 eller större.`,
    `Invalid quantity in ${field}: ${String(value)}. It must be a finite number of 0 or more.`,
  );
}

export function invalidTarget(field: string, value: unknown, ruleSv: string, ruleEn: string): ProgressInputError {
  return new ProgressInputError(
    'invalid_target',
    field,
    `Ogiltigt värde för ${fieldNameSv(field)}: ${String(value)}. ${ruleSv}`,
    `Invalid target in ${field}: ${String(value)}. ${ruleEn}`,
  );
}
