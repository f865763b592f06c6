/** The one way the web app talks to the server: JSON, same-origin cookie, CSRF header on every change. */
let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

export interface ApiErrorBody {
  code: string;
  message: string;
  details: { path: string; message: string }[];
  /** On 409 conflict.stale: the version the server holds now (someone else saved first). */
  currentVersion?: number;
}

export class ApiError extends Error {
  constructor(public readonly status: number, public readonly body: ApiErrorBody) {
    super(body.message);
  }
}

export async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // A FormData body (a file upload) goes as multipart: the browser sets the content type with its boundary.
  const form = typeof FormData !== 'undefined' && body instanceof FormData;
  if (body !== undefined && !form) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(url, { method, headers, body: body === undefined ? undefined : form ? (body as FormData) : JSON.stringify(body), credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, { code: 'network.offline', message: 'Ingen forbindelse til serveren. Dine indtastninger er ikke gået tabt.', details: [] });
  }
  if (res.status === 204) return undefined as T;
  const data = await res.json().catch(() => null);
  if (!res.ok) {
    throw new ApiError(res.status, data?.error ?? { code: 'http.error', message: 'Der opstod en fejl.', details: [] });
  }
  return data as T;
}
