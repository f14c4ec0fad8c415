/** Administration › Händelselogg: filter by date and action, page back in time, export CSV with the same filter. */
import { useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n.tsx';
import { api, query } from '../../api/client.ts';
import { keys } from '../../api/queries.ts';
import type { AuditList } from '../../api/types.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { Loading, LoadError } from '../../ui/QueryState.tsx';
import { AuditFilters, EMPTY_FILTER, type AuditFilter } from './AuditFilters.tsx';
import { AuditTable } from './AuditTable.tsx';

const PAGE_SIZE = 50;

function useAuditLog(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: [...keys.audit, filter],
    initialPageParam: '',
    queryFn: async ({ pageParam }) =>
      (await api<AuditList>('GET', `/api/v1/audit${query({ ...filter, limit: PAGE_SIZE, beforeId: pageParam })}`))
        .entries,
    getNextPageParam: (last) => (last.length < PAGE_SIZE ? undefined : last[last.length - 1]?.id),
  });
}

export function AuditPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<AuditFilter>(EMPTY_FILTER);
  const log = useAuditLog(filter);
  const entries = log.data?.pages.flat() ?? [];
  const csvHref = `/api/v1/audit${query({ ...filter, format: 'csv' })}`;
  return (
    <>
      <PageHeading>{t.audit.title}</PageHeading>
      <p>{t.audit.intro}</p>
      <AuditFilters filter={filter} onChange={setFilter} />
      <p>
        <a className="ds-link" href={csvHref} download>
          {t.audit.exportCsv}
        </a>
      </p>
      {log.isPending ? (
        <Loading />
      ) : log.isError ? (
        <LoadError error={log.error} />
      ) : (
        <>
          <p role="status">{entries.length ? t.audit.shown(entries.length) : t.audit.none}</p>
          {entries.length > 0 && <AuditTable entries={entries} />}
          {log.hasNextPage ? (
            <button
              type="button"
              className="ds-button"
              data-variant="secondary"
              aria-busy={log.isFetchingNextPage || undefined}
              onClick={() => void log.fetchNextPage()}
            >
              {log.isFetchingNextPage ? t.loading : t.audit.loadMore}
            </button>
          ) : (
            entries.length > 0 && <p className="muted">{t.audit.noMore}</p>
          )}
        </>
      )}
    </>
  );
}
