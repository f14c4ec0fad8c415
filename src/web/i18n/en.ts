/** English, the app's second language; the same shape as sv.ts. */
import type { Messages } from './sv.ts';
import { enFirst } from './en-first.ts';
import { enMore } from './en-more.ts';

export const en: Messages = { ...enFirst, ...enMore };
