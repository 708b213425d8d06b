import type { ApiError } from '../api/client.js';
import { COMMON, say, useLanguage } from '../i18n/words.js';

/** What a page shows while its data loads, or when the API refused: the API's own sentence. */
export function Status({ loading, error }: { loading: boolean; error: ApiError | undefined }) {
  const language = useLanguage();
  if (error !== undefined) {
    return (
      <p class="error" role="alert">
        {error.message}
      </p>
    );
  }
  if (loading) {
    return (
      <p class="loading" aria-live="polite">
        {say(COMMON.loading, language)}
      </p>
    );
  }
  return null;
}
