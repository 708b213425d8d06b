import { useState } from 'preact/hooks';
import { ApiError } from './client.js';

/** What a write started from a page has given: whether it runs, and the API's refusal. */
export interface Action {
  busy: boolean;
  error: ApiError | undefined;
  /** Runs `write`, keeping `busy` while it runs and its refusal in `error`; resolves to its result, or undefined when it was refused. */
  run<T>(write: () => Promise<T>): Promise<T | undefined>;
  /** Forgets the last refusal. */
  clear(): void;
}

/** A write of a page (a form's submit, a button): one at a time, its refusal kept to be shown. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  return {
    busy,
    error,
    async run<T>(write: () => Promise<T>): Promise<T | undefined> {
      setBusy(true);
      setError(undefined);
      try {
        return await write();
      } catch (failure) {
        setError(failure instanceof ApiError ? failure : new ApiError(0, String(failure)));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    clear: () => setError(undefined),
  };
}
