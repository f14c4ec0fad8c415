/**
 * Runs a mutation and then a callback, even when the component that started
 * it is gone by then. TanStack Query drops mutate()'s own callbacks when the
 * caller unmounts, and here the caller often does: the refreshed data moves a
 * walk to its next step, removes a done action's row or resets a form.
 */
import type { ApiError } from './client.ts';

export function settle<TInput, TResult>(
  mutation: { mutateAsync: (input: TInput) => Promise<TResult> },
  input: TInput,
  onSuccess: (result: TResult) => void,
  onError: (error: ApiError | unknown) => void,
): Promise<void> {
  return mutation.mutateAsync(input).then(onSuccess, onError);
}
