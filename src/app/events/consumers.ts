/** Every consumer of domain events, in the order each event is given to them. A new consumer is a module plus a line here. */
import type { Consumer } from './consumer.ts';
import { publicCache } from './public-cache.ts';
import { subscriberMail } from './subscriber-mail.ts';
import { approvalMail } from './approval-mail.ts';

export const CONSUMERS: readonly Consumer[] = [publicCache, subscriberMail, approvalMail];
