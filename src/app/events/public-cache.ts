/** Consumer: whatever changes what the public reads drops the stored pages of the set's kommuner. */
import type { Consumer } from './consumer.ts';
import { forgetCachedPages } from '../public/cache.ts';

export const publicCache: Consumer = {
  name: 'public-cache',
  kinds: [
    'promise_set.published',
    'follow_up.published',
    'activities.logged',
    'activity.corrected',
    'activity.deleted',
    'outcome_indicators.changed',
  ],
  async handle(deps, event) {
    const kommuner = await deps.db
      .selectFrom('promise_set_municipalities as m')
      .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
      .select(['o.id', 'o.slug', 'o.code'])
      .where('m.promise_set_id', '=', event.payload.promiseSetId)
      .execute();
    // The LPO pages sum up the kommuner each police area covers (public_page_lookup, migration 0009).
    const lpos = kommuner.length
      ? await deps.db
          .selectFrom('organisation_coverage as c')
          .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
          .select('o.slug')
          .where('o.kind', '=', 'police_area')
          .where(
            'c.covered_id',
            'in',
            kommuner.map((k) => k.id),
          )
          .execute()
      : [];
    await forgetCachedPages(
      deps,
      kommuner,
      lpos.map((l) => l.slug),
    );
  },
};
