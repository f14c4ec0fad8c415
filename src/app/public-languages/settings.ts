/**
 * A kommun's language switch on its public pages (issue 18). Inside the
 * administrative area for Finnish or Meänkieli the pages offer Svenska,
 * English, Suomi and Meänkieli by default; outside, Svenska and English,
 * unless the kommun turns the switch on. Read by whoever may read the kommun
 * (organisation.read), set by its admin (organisation.update), audited.
 */
import type { Deps } from '../deps.ts';
import type { Db } from '../../db/connect.ts';
import { writeAudit } from '../audit.ts';
import { forbidden, notFound } from '../../domain/errors.ts';
import { can, type Actor } from '../../domain/access/permissions.ts';
import { areaLanguagesOf } from '../../domain/municipality/minority-languages.ts';
import { PUBLIC_LOCALES, type PublicLocale } from '../../i18n/public.ts';
import type { PublicLanguagesBody, PublicLanguagesView } from '../../contracts/public-languages.ts';
import { forgetCachedPages } from '../public/cache.ts';
import { bumpPublicPages } from '../public/queries/versions.ts';
import { kommunRow, publicSwitchRow, saveSwitchChoice, switchChoice, switchRowById } from './queries.ts';

const WITHOUT_SWITCH: readonly PublicLocale[] = ['sv', 'en'];

/** The languages the public pages offer: all four with the switch on, Swedish and English without. */
export function offeredLanguages(code: string | null, choice: boolean | null): readonly PublicLocale[] {
  const on = choice ?? areaLanguagesOf(code).length > 0;
  return on ? PUBLIC_LOCALES : WITHOUT_SWITCH;
}

/** For the public pages of the kommun with this slug (unknown slug: Swedish and English). */
export async function publicLanguagesOf(db: Db, slug: string): Promise<readonly PublicLocale[]> {
  const row = await publicSwitchRow(db, slug);
  return row ? offeredLanguages(row.code, row.switch_on) : WITHOUT_SWITCH;
}

/**
 * The languages of the kommun with this organisation id: what a new survey is
 * offered in (those of them its texts are all written in), so a resident
 * meets the survey in the languages the kommun's pages speak.
 */
export async function kommunLanguages(db: Db, organisationId: string): Promise<readonly PublicLocale[]> {
  const row = await switchRowById(db, organisationId);
  return row ? offeredLanguages(row.code, row.switch_on) : WITHOUT_SWITCH;
}

async function kommunFor(deps: Deps, actor: Actor, id: string) {
  const kommun = can(actor, 'organisation.read', id) ? await kommunRow(deps.db, id) : undefined;
  if (!kommun) throw notFound('Kommunen', 'Municipality');
  return kommun;
}

function view(kommun: { id: string; name: string; code: string | null }, choice: boolean | null): PublicLanguagesView {
  const areas = areaLanguagesOf(kommun.code);
  const languages = offeredLanguages(kommun.code, choice);
  return {
    organisationId: kommun.id,
    kommun: kommun.name,
    areas,
    defaultOn: areas.length > 0,
    choice,
    switchOn: languages.length > WITHOUT_SWITCH.length,
    languages: [...languages],
  };
}

export async function getPublicLanguages(deps: Deps, actor: Actor, id: string): Promise<PublicLanguagesView> {
  const kommun = await kommunFor(deps, actor, id);
  return view(kommun, await switchChoice(deps.db, id));
}

export async function setPublicLanguages(
  deps: Deps,
  actor: Actor,
  id: string,
  input: PublicLanguagesBody,
): Promise<PublicLanguagesView> {
  const kommun = await kommunFor(deps, actor, id);
  if (!can(actor, 'organisation.update', id)) throw forbidden();
  const changed = await deps.db.transaction().execute(async (trx) => {
    const before = await switchChoice(trx, id);
    if (before === input.switchOn) return false;
    await saveSwitchChoice(trx, id, input.switchOn, deps.now());
    // The kommun's public pages get a new ETag, with or without a published promise set.
    await bumpPublicPages(trx, [id], deps.now());
    await writeAudit(trx, actor, {
      action: 'public_languages.update',
      entityType: 'public_language_settings',
      entityId: id,
      organisationId: id,
      before: { switchOn: before },
      after: { switchOn: input.switchOn },
    });
    return true;
  });
  // Its stored pages can no longer be served: they go at once, to free the space.
  if (changed) await forgetCachedPages(deps, [{ slug: kommun.slug, code: kommun.code }], []);
  return view(kommun, await switchChoice(deps.db, id));
}
