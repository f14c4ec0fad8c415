import { z } from 'zod';

export const tags = ['Dialog'];
export const idParams = z.object({ id: z.uuid({ error: 'Ogiltigt id' }) });
