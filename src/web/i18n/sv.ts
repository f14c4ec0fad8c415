/** Swedish, the app's first language. en.ts must have the same shape. */
import { svFirst } from './sv-first.ts';
import { svMore } from './sv-more.ts';

/** Every word of the staff app in Swedish: the first words and the rest, as the app has them once both are loaded. */
export const sv = { ...svFirst, ...svMore };

export type Messages = typeof sv;
