/**
 * A schema validation issue in words a user reads beside the field, Swedish
 * and English. zod's own messages ("Too small: expected string to have
 * >=1 characters") are written for programmers; the staff app shows these
 * instead. A rule written by us (a refine) already has its own Swedish
 * message, which is kept.
 */

export interface IssueText {
  messageSv: string;
  messageEn: string;
}

interface Issue {
  keyword: string;
  message: string;
  params?: Record<string, unknown>;
}

const FORMATS: Record<string, IssueText> = {
  date: { messageSv: 'Ange ett datum som ÅÅÅÅ-MM-DD.', messageEn: 'Give a date as YYYY-MM-DD.' },
  datetime: { messageSv: 'Ange datum och tid.', messageEn: 'Give a date and time.' },
  email: { messageSv: 'Ange en giltig e-postadress.', messageEn: 'Give a valid e-mail address.' },
  url: { messageSv: 'Ange en giltig webbadress.', messageEn: 'Give a valid web address.' },
  uuid: { messageSv: 'Välj ett värde i listan.', messageEn: 'Choose a value from the list.' },
};

const num = (v: unknown) => (typeof v === 'number' || typeof v === 'bigint' ? Number(v) : Number.NaN);
const sv = (n: number) => n.toLocaleString('sv-SE');

function tooSmall(origin: unknown, min: number): IssueText {
  if (origin === 'string' && min <= 1)
    return { messageSv: 'Fältet får inte vara tomt.', messageEn: 'Must not be empty.' };
  if (origin === 'string')
    return { messageSv: `Skriv minst ${sv(min)} tecken.`, messageEn: `Write at least ${min} characters.` };
  if (origin === 'array' || origin === 'set')
    return { messageSv: `Minst ${sv(min)} behövs.`, messageEn: `At least ${min} are needed.` };
  return { messageSv: `Värdet måste vara minst ${sv(min)}.`, messageEn: `The value must be at least ${min}.` };
}

function tooBig(origin: unknown, max: number): IssueText {
  if (origin === 'string') return { messageSv: `Högst ${sv(max)} tecken.`, messageEn: `At most ${max} characters.` };
  if (origin === 'array' || origin === 'set')
    return { messageSv: `Högst ${sv(max)} får finnas.`, messageEn: `At most ${max} are allowed.` };
  return { messageSv: `Värdet får vara högst ${sv(max)}.`, messageEn: `The value must be at most ${max}.` };
}

export function issueText(issue: Issue): IssueText {
  const p = issue.params ?? {};
  switch (issue.keyword) {
    case 'too_small':
      return tooSmall(p.origin, num(p.minimum));
    case 'too_big':
      return tooBig(p.origin, num(p.maximum));
    case 'invalid_type':
      // zod reports a missing value as "received undefined"; anything else is a value of the wrong kind.
      return /undefined/.test(issue.message)
        ? { messageSv: 'Fältet måste fyllas i.', messageEn: 'This field is required.' }
        : { messageSv: 'Värdet har fel form.', messageEn: 'The value has the wrong form.' };
    case 'invalid_format':
      return (
        FORMATS[String(p.format)] ?? {
          messageSv: 'Värdet har fel format.',
          messageEn: 'The value has the wrong format.',
        }
      );
    case 'invalid_value':
      return { messageSv: 'Välj ett av de värden som finns.', messageEn: 'Choose one of the values offered.' };
    case 'not_multiple_of':
      return { messageSv: 'Ange ett heltal.', messageEn: 'Give a whole number.' };
    case 'unrecognized_keys':
      return { messageSv: 'Förfrågan innehåller okända fält.', messageEn: 'The request contains unknown fields.' };
    case 'custom':
      // Our own rules (refine) are written in Swedish; their English is not known here.
      return { messageSv: issue.message, messageEn: issue.message };
    default:
      return { messageSv: 'Värdet är ogiltigt.', messageEn: 'The value is not valid.' };
  }
}
