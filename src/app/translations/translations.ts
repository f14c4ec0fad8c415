/**
 * Translations of staff-written content (issue 18): the texts of a promise
 * set or a follow-up in Finnish, Meänkieli and English beside the Swedish.
 * Reading them needs what reading the set or follow-up needs; saving needs
 * the right to edit it (promise.write on every kommun of the set,
 * followup.write for a follow-up). Translations live beside the versioned
 * content, so a published version is never changed by them.
 */
import type { Deps } from '../deps.ts';
import { writeAudit } from '../audit.ts';
import { AppError, forbidden } from '../../domain/errors.ts';
import { can, type Actor } from '../../domain/access/permissions.ts';
import {
  CONTENT_LANGUAGES,
  currentTranslation,
  followUpTexts,
  promiseSetTexts,
  type TranslatableText,
  type TranslationSubject,
  type Translations,
} from '../../domain/translations/index.ts';
import type {
  SaveTranslationsBody,
  SaveTranslationsResult,
  TranslatableTextView,
  TranslationsView,
} from '../../contracts/translations.ts';
import { getPromiseSet } from '../promises/promise-sets.ts';
import { setOrganisationIds } from '../promises/queries/sets.ts';
import { getFollowUp } from '../follow-ups/followups.ts';
import { bumpPublicPagesOfSets } from '../public/queries/versions.ts';
import { deleteTranslation, setOfSubject, translationsOf, upsertTranslation } from './queries.ts';

export { translationsOf } from './queries.ts';

interface Subject {
  kind: TranslationSubject;
  id: string;
  organisationId: string | null;
  texts: TranslatableText[];
  mayEdit: boolean;
}

async function promiseSetSubject(deps: Deps, actor: Actor, id: string): Promise<Subject> {
  const set = await getPromiseSet(deps, actor, id);
  const orgs = await setOrganisationIds(deps.db, id);
  return {
    kind: 'promise_set',
    id,
    organisationId: orgs[0] ?? null,
    texts: promiseSetTexts(set),
    mayEdit: orgs.length > 0 && orgs.every((o) => can(actor, 'promise.write', o)),
  };
}

async function followUpSubject(deps: Deps, actor: Actor, id: string): Promise<Subject> {
  const f = await getFollowUp(deps, actor, id);
  return {
    kind: 'follow_up',
    id,
    organisationId: f.municipalityIds[0] ?? null,
    texts: followUpTexts(f),
    mayEdit: f.municipalityIds.some((o) => can(actor, 'followup.write', o)),
  };
}

function view(subject: Subject, stored: Translations): TranslationsView {
  const texts = subject.texts.map((t): TranslatableTextView => {
    const translations: TranslatableTextView['translations'] = {};
    for (const lang of CONTENT_LANGUAGES) {
      const s = stored.get(t.item)?.[lang];
      if (!s) continue;
      const outdated = currentTranslation(stored, t.item, t.sv, lang) === undefined;
      translations[lang] = { text: s.text, outdated, source: outdated ? s.source : null };
    }
    return { ...t, translations };
  });
  return { mayEdit: subject.mayEdit, texts };
}

async function read(deps: Deps, subject: Subject): Promise<TranslationsView> {
  const stored = (await translationsOf(deps.db, subject.kind, [subject.id])).get(subject.id) ?? new Map();
  return view(subject, stored);
}

/** Saves one language's texts: a text is written against the Swedish as it stands now; an empty one is removed. */
async function save(
  deps: Deps,
  actor: Actor,
  subject: Subject,
  input: SaveTranslationsBody,
): Promise<SaveTranslationsResult> {
  if (!subject.mayEdit) throw forbidden();
  const byItem = new Map(subject.texts.map((t) => [t.item, t]));
  const unknown = input.texts.filter((t) => !byItem.has(t.item)).map((t) => t.item);
  if (unknown.length) {
    throw new AppError(
      'validation_failed',
      `Texten finns inte (längre) att översätta: ${unknown.join(', ')}`,
      `No such text to translate (any more): ${unknown.join(', ')}`,
      { unknown },
    );
  }
  const { lang } = input;
  const result = await deps.db.transaction().execute(async (trx) => {
    const stored = (await translationsOf(trx, subject.kind, [subject.id])).get(subject.id) ?? new Map();
    const before: Record<string, string | null> = {};
    const after: Record<string, string | null> = {};
    let saved = 0;
    let removed = 0;
    for (const { item, text } of input.texts) {
      const sv = byItem.get(item)!.sv;
      const old = stored.get(item)?.[lang];
      const key = { subject: subject.kind, subjectId: subject.id, item, lang };
      const next = text.trim();
      if (!next) {
        if (old && (await deleteTranslation(trx, key))) {
          removed += 1;
          before[item] = old.text;
          after[item] = null;
        }
        continue;
      }
      if (old && old.text === next && old.source === sv) continue;
      await upsertTranslation(trx, key, { text: next, source: sv, now: deps.now() });
      saved += 1;
      before[item] = old?.text ?? null;
      after[item] = next;
    }
    if (saved + removed > 0) {
      // The public pages showing the set get a new ETag; the versioned content itself is not touched.
      const setId = await setOfSubject(trx, subject.kind, subject.id);
      if (setId) await bumpPublicPagesOfSets(trx, [setId], deps.now());
      await writeAudit(trx, actor, {
        action: `${subject.kind}.translations`,
        entityType: subject.kind,
        entityId: subject.id,
        organisationId: subject.organisationId,
        before: { lang, texts: before },
        after: { lang, texts: after },
      });
    }
    return { saved, removed };
  });
  return { ...(await read(deps, subject)), ...result };
}

export async function promiseSetTranslations(deps: Deps, actor: Actor, id: string): Promise<TranslationsView> {
  return read(deps, await promiseSetSubject(deps, actor, id));
}

export async function savePromiseSetTranslations(
  deps: Deps,
  actor: Actor,
  id: string,
  input: SaveTranslationsBody,
): Promise<SaveTranslationsResult> {
  return save(deps, actor, await promiseSetSubject(deps, actor, id), input);
}

export async function followUpTranslations(deps: Deps, actor: Actor, id: string): Promise<TranslationsView> {
  return read(deps, await followUpSubject(deps, actor, id));
}

export async function saveFollowUpTranslations(
  deps: Deps,
  actor: Actor,
  id: string,
  input: SaveTranslationsBody,
): Promise<SaveTranslationsResult> {
  return save(deps, actor, await followUpSubject(deps, actor, id), input);
}
