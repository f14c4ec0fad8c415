/** A kommun's areas: /api/v1/municipalities/:kommun/areas. A change refreshes what shows area names too. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import { useApiMutation } from './queries.ts';
import type { AreaList, AreaView as Area, MergeResult } from '../../contracts/areas.ts';

export type { AreaList, AreaView as Area } from '../../contracts/areas.ts';
export type { AreaUsage } from '../../domain/areas/areas.ts';

export const areaKeys = {
  all: ['areas'] as const,
  of: (kommun: string) => ['areas', kommun] as const,
};

// Names of areas show in dialogues, walks, EST reports, activities and surveys.
const SHOWN_ELSEWHERE = [areaKeys.all, ['dialogues'], ['est'], ['activities'], ['surveys']] as const;

const path = (kommun: string, id?: string) =>
  `/api/v1/municipalities/${encodeURIComponent(kommun)}/areas${id ? `/${encodeURIComponent(id)}` : ''}`;

export function useAreas(kommun: string) {
  return useQuery({
    queryKey: areaKeys.of(kommun),
    queryFn: () => api<AreaList>('GET', path(kommun)),
    enabled: Boolean(kommun),
  });
}

export function useAreaMutations(kommun: string) {
  return {
    add: useApiMutation((name: string) => api<Area>('POST', path(kommun), { name }), SHOWN_ELSEWHERE),
    rename: useApiMutation(
      (input: { id: string; name: string }) => api<Area>('PATCH', path(kommun, input.id), { name: input.name }),
      SHOWN_ELSEWHERE,
    ),
    remove: useApiMutation((id: string) => api<void>('DELETE', path(kommun, id)), SHOWN_ELSEWHERE),
    merge: useApiMutation(
      (input: { id: string; intoId: string }) =>
        api<MergeResult>('POST', `${path(kommun, input.id)}/merge`, { intoId: input.intoId }),
      SHOWN_ELSEWHERE,
    ),
  };
}

export type AreaMutations = ReturnType<typeof useAreaMutations>;
