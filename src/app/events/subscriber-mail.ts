/**
 * Consumer: confirmed subscribers of the kommuner hear of a published
 * promise set or follow-up. Each address is mailed once per event: a retry
 * after the mail server failed half-way mails only those not yet reached.
 */
import type { Consumer } from './consumer.ts';
import { notifyFollowUpPublished, notifyPromiseSetPublished } from '../public/notify.ts';

export const subscriberMail: Consumer = {
  name: 'subscriber-mail',
  kinds: ['promise_set.published', 'follow_up.published'],
  async handle(deps, event, context) {
    const deliver = async (mail: { to: string; subject: string; text: string }) => {
      await context.once(`${mail.to}|${mail.subject}`, () => deps.mailer.send(mail));
    };
    if (event.kind === 'promise_set.published') await notifyPromiseSetPublished(deps, event.subjectId, deliver);
    else await notifyFollowUpPublished(deps, event.subjectId, deliver);
  },
};
