import { useEffect, useState } from 'preact/hooks';
import { ApiError, apiGet, type Parameters } from './client.js';

/** What a GET of the API has given so far. */
export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
}

/** A GET that can be asked again, after a write changed what it reads. */
export interface Reloadable<T> extends Loaded<T> {
  /** Asks the API again, keeping the current data on screen until it answers. */
  reload(): void;
}

/**
 * GETs `path` with `parameters` and redraws when it answers; asks again when they change
 * (the previous call is aborted) or when `reload()` is called. A null path asks nothing.
 */
export function useApi<T>(path: string | null, parameters: Parameters = {}): Reloadable<T> {
  const [round, setRound] = useState(0);
  const key = path === null ? '' : JSON.stringify([path, parameters, round]);
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
  return { ...state, reload: () => setRound((previous) => previous + 1) };
}
