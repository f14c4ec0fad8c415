/** Words of the public "Har det gjort skillnad?" block, one set per language (public/<lang>.ts). */
import { PUBLIC_CATALOGUES, type PublicCatalogue, type PublicLocale } from './public.ts';

export const PUBLIC_OUTCOME_STRINGS: Record<PublicLocale, PublicCatalogue['outcomes']> = {
  sv: PUBLIC_CATALOGUES.sv.outcomes,
  en: PUBLIC_CATALOGUES.en.outcomes,
  fi: PUBLIC_CATALOGUES.fi.outcomes,
  fit: PUBLIC_CATALOGUES.fit.outcomes,
};
