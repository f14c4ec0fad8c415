/** Survey dates are Swedish calendar days: a survey open "to 31 October" takes answers until midnight in Sweden. */
const DAY = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const HOUR_MS = 3_600_000;
/** The last hour asked for and its day: Sweden's offset is whole hours, so its day changes only on the hour (UTC). */
let lastHour = Number.NaN;
let lastDay = '';

export function stockholmDay(at: Date): string {
  const hour = Math.floor(at.getTime() / HOUR_MS);
  if (hour !== lastHour) {
    lastDay = DAY.format(at);
    lastHour = hour;
  }
  return lastDay;
}

export type SurveyPhase = 'draft' | 'not_open' | 'open' | 'closed';

/** Where the survey stands for a respondent on `today` (YYYY-MM-DD in Sweden). */
export function surveyPhase(
  survey: { status: string; opensOn: string | null; closesOn: string | null },
  today: string,
): SurveyPhase {
  if (survey.status === 'draft') return 'draft';
  if (survey.status === 'closed') return 'closed';
  if (survey.opensOn && today < survey.opensOn) return 'not_open';
  if (survey.closesOn && today > survey.closesOn) return 'closed';
  return 'open';
}

/**
 * The day a paper answer keyed in on `today` is stored with: a day within
 * the survey's period, so answers to last year's paper survey, keyed in
 * now, count for the days it ran (a letter that comes late counts for the
 * last day). Without a period, today.
 */
export function paperAnswerDay(survey: { opensOn: string | null; closesOn: string | null }, today: string): string {
  if (survey.closesOn && today > survey.closesOn) return survey.closesOn;
  if (survey.opensOn && today < survey.opensOn) return survey.opensOn;
  return today;
}
