/**
 * What a public survey page says about personal data: how long the free
 * text is kept and who is personuppgiftsansvarig, from the kommun's
 * settings. Swedish, English on an English page; other languages get the
 * Swedish sentences (marked as Swedish) until translated.
 */
import type { Deps } from '../deps.ts';
import { surveyNotice } from '../../domain/privacy/retention.ts';
import { settingsOf } from './settings.ts';
import { municipality } from './queries.ts';

export async function surveyPrivacyNotice(
  deps: Deps,
  municipalityId: string,
  lang: string,
): Promise<{ lang: 'sv' | 'en'; sentences: string[] }> {
  const [kommun, settings] = await Promise.all([
    municipality(deps.db, municipalityId),
    settingsOf(deps.db, municipalityId),
  ]);
  const l = lang === 'en' ? 'en' : 'sv';
  return { lang: l, sentences: surveyNotice(settings, kommun?.name ?? 'kommunen', l) };
}
