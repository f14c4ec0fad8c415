/** Contract of the probes a load balancer asks: /healthz (the process answers) and /readyz (and reaches its database). */
import { z } from 'zod';

export const Alive = z.object({ status: z.literal('ok') });
export const Ready = z.object({ status: z.literal('ok'), database: z.literal('ok') });
