import { useEffect, useState } from 'preact/hooks';
import { ApiError, apiGet, type Parameters } from './client.js';

/** What a GET of the API has given so far. */
export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
}

/**
 * GETs `path` with `parameters` and redraws when it answers; asks again when they change
 * (the previous call is aborted). A null path asks nothing.
 */
export function useApi<T>(path: string | null, parameters: Parameters = {}): Loaded<T> {
  const key = path === null ? '' : JSON.stringify([path, parameters]);
  const [state, setState] = useState<Loaded<T>>({ data: undefined, error: undefined, loading: path !== null });
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, error: undefined, loading: true }));
    apiGet<T>(path, parameters, controller.signal).then(
      (data) => setState({ data, error: undefined, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const failure = error instanceof ApiError ? error : new ApiError(0, String(error));
        setState({ data: undefined, error: failure, loading: false });
      },
    );
    return () => controller.abort();
  }, [key]);
  return state;
}
