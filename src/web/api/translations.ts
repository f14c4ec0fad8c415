/** Translations of a promise set's or a follow-up's texts: /api/v1/{promise-sets|follow-ups}/:id/translations. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import { useApiMutation } from './queries.ts';
import type { SaveTranslationsBody, SaveTranslationsResult, TranslationsView } from '../../contracts/translations.ts';

export type { SaveTranslationsBody, TranslatableTextView, TranslationsView } from '../../contracts/translations.ts';

/** Whose texts: a promise set's or a follow-up's. */
export type TranslationOwner = 'promise-sets' | 'follow-ups';

export const translationKeys = {
  of: (owner: TranslationOwner, id: string) => ['translations', owner, id] as const,
};

const path = (owner: TranslationOwner, id: string) => `/api/v1/${owner}/${encodeURIComponent(id)}/translations`;

export function useTranslations(owner: TranslationOwner, id: string) {
  return useQuery({
    queryKey: translationKeys.of(owner, id),
    queryFn: () => api<TranslationsView>('GET', path(owner, id)),
  });
}

/** Saves one language's texts (the form saves each language it changed, one after the other). */
export function useSaveTranslations(owner: TranslationOwner, id: string) {
  return useApiMutation(
    (body: SaveTranslationsBody) => api<SaveTranslationsResult>('PUT', path(owner, id), body),
    [translationKeys.of(owner, id)],
  );
}
