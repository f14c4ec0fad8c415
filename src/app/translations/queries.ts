/** SQL of the translations of staff-written content (content_translations, migration 0032). */
import type { Db } from '../../db/connect.ts';
import type {
  ContentLanguage,
  StoredTranslation,
  TranslationSubject,
  Translations,
} from '../../domain/translations/index.ts';

/** Every translation of these subjects, as item → language → translation per subject id. */
export async function translationsOf(
  db: Db,
  subject: TranslationSubject,
  ids: readonly string[],
): Promise<Map<string, Translations>> {
  const out = new Map<string, Map<string, Partial<Record<ContentLanguage, StoredTranslation>>>>();
  if (!ids.length) return out;
  const rows = await db
    .selectFrom('content_translations')
    .select(['subject_id', 'item', 'lang', 'text', 'source'])
    .where('subject', '=', subject)
    .where('subject_id', 'in', [...ids])
    .execute();
  for (const r of rows) {
    let items = out.get(r.subject_id);
    if (!items) out.set(r.subject_id, (items = new Map()));
    items.set(r.item, { ...items.get(r.item), [r.lang]: { text: r.text, source: r.source } });
  }
  return out;
}

export async function upsertTranslation(
  trx: Db,
  key: { subject: TranslationSubject; subjectId: string; item: string; lang: ContentLanguage },
  value: { text: string; source: string; now: Date },
): Promise<void> {
  await trx
    .insertInto('content_translations')
    .values({
      subject: key.subject,
      subject_id: key.subjectId,
      item: key.item,
      lang: key.lang,
      text: value.text,
      source: value.source,
      updated_at: value.now,
    })
    .onConflict((oc) =>
      oc
        .columns(['subject', 'subject_id', 'item', 'lang'])
        .doUpdateSet({ text: value.text, source: value.source, updated_at: value.now }),
    )
    .execute();
}

export async function deleteTranslation(
  trx: Db,
  key: { subject: TranslationSubject; subjectId: string; item: string; lang: ContentLanguage },
): Promise<boolean> {
  const r = await trx
    .deleteFrom('content_translations')
    .where('subject', '=', key.subject)
    .where('subject_id', '=', key.subjectId)
    .where('item', '=', key.item)
    .where('lang', '=', key.lang)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** The promise set a translated subject belongs to: the set itself, or the follow-up's set. */
export async function setOfSubject(trx: Db, subject: TranslationSubject, id: string): Promise<string | null> {
  if (subject === 'promise_set') return id;
  const row = await trx.selectFrom('follow_ups').select('promise_set_id').where('id', '=', id).executeTakeFirst();
  return row?.promise_set_id ?? null;
}
