/**
 * The dashboard's only way to the data: the public HTTP API (docs/api.md), called with the
 * session cookie, the chosen workspace and, on writes, the session's CSRF token.
 */

/** A refusal of the API: its status, its one-sentence `error`, and the whole answer (an import's 422 lists its bad rows). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: unknown = undefined,
  ) {
    super(message);
  }
}

/** The URL parameters of a call: a list value repeats the parameter (`where`). */
export type Parameters = Record<string, string | readonly string[] | undefined>;

let csrfToken = '';

/** Remembers the session's CSRF token (from GET /api/me) for the writes that follow. */
export function useCsrfToken(token: string): void {
  csrfToken = token;
}

/** `path` with `parameters` as its query string, leaving out the empty ones. */
export function apiUrl(path: string, parameters: Parameters = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value === undefined || value === '') continue;
    for (const one of typeof value === 'string' ? [value] : value) query.append(name, one);
  }
  const text = query.toString();
  return text === '' ? path : `${path}?${text}`;
}

/** Reads an answer: its JSON when it succeeded, else an ApiError with the API's sentence. */
async function readAnswer<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('Content-Type') ?? '';
  const body = type.includes('application/json') ? ((await response.json()) as unknown) : await response.text();
  if (!response.ok) {
    const message = typeof body === 'object' && body !== null && 'error' in body ? String((body as { error: unknown }).error) : `HTTP ${response.status}`;
    throw new ApiError(response.status, message, body);
  }
  return body as T;
}

/** GET `path` of the API with `parameters`; an ApiError when it answers 4xx or 5xx. */
export async function apiGet<T>(path: string, parameters: Parameters = {}, signal?: AbortSignal): Promise<T> {
  const response = await fetch(apiUrl(path, parameters), { credentials: 'same-origin', headers: { Accept: 'application/json' }, signal });
  return readAnswer<T>(response);
}

/** Sends a write (POST, PUT, PATCH, DELETE) with a JSON body or raw text and the CSRF token. */
export async function apiSend<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  parameters: Parameters = {},
  body?: unknown,
  contentType = 'application/json',
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'X-CSRF-Token': csrfToken };
  let payload: BodyInit | undefined;
  if (body !== undefined) {
    headers['Content-Type'] = contentType;
    payload = contentType === 'application/json' ? JSON.stringify(body) : (body as BodyInit);
  }
  const response = await fetch(apiUrl(path, parameters), { method, credentials: 'same-origin', headers, body: payload });
  return readAnswer<T>(response);
}
