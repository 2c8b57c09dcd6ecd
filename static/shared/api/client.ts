/**
 * HTTP client of the Ventanilla server API (docs: team API.md). Every response is parsed with zod;
 * every failure becomes an `ApiError` carrying the server's `{ error: { code, message } }`, or the
 * codes `network` / `unexpected_response` when the server could not be reached or said nonsense.
 */
import type { z } from 'zod';
import {
  ErrorBodySchema, JsonObjectSchema, MeSchema, TicketListSchema, TicketViewSchema, withSlaContext,
  type JsonObject, type Me, type TicketView,
} from './schemas';

/** A failed API call. `message` is already in the user's language when it came from the server. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly issues: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClientOptions {
  /** Origin + prefix, '' for same origin. */
  baseUrl?: string;
  /** `'es'` or `'en'`: sent as Accept-Language so server messages come back in that language. */
  locale: string;
  /** Identity headers (local mode `X-Ventanilla-User`, Entra mode `Authorization`), asked per call. */
  authHeaders?: () => Promise<Record<string, string>>;
  fetch?: typeof fetch;
  /** Idempotency keys for intakes; injectable for tests. */
  newKey?: () => string;
}

export interface QueueFilters {
  tier?: string;
  type?: string;
  priority?: string;
  channel?: string;
  breached?: boolean;
}

interface CallInit {
  method?: 'GET' | 'POST' | 'PUT';
  body?: string;
  headers?: Record<string, string>;
}

export type TicketAction =
  | 'reply' | 'status' | 'priority' | 'type' | 'pause' | 'resume' | 'escalate' | 'extend' | 'resolve' | 'reopen'
  | 'rate' | 'claim' | 'assign';

/**
 * Creates the API client.
 *
 * @example
 * const api = createApiClient({ locale: 'es' });
 * const { items } = await api.listTickets('mine');
 */
export function createApiClient(options: ApiClientOptions) {
  const base = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const newKey = options.newKey ?? (() => crypto.randomUUID());

  async function send(path: string, init: CallInit, accept: string): Promise<Response> {
    const headers: Record<string, string> = {
      Accept: accept,
      'Accept-Language': options.locale,
      ...(options.authHeaders ? await options.authHeaders() : {}),
    };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, { method: init.method ?? 'GET', body: init.body, headers: { ...headers, ...init.headers } });
    } catch (cause) {
      throw new ApiError('network', cause instanceof Error ? cause.message : String(cause), 0);
    }
    if (!response.ok) throw toApiError(response.status, await response.json().catch(() => undefined));
    return response;
  }

  async function call<S extends z.ZodType>(schema: S, path: string, init: CallInit = {}): Promise<z.infer<S>> {
    const response = await send(path, init, 'application/json');
    const body: unknown = await response.json().catch(() => undefined);
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new ApiError('unexpected_response', parsed.error.message, response.status);
    return parsed.data;
  }

  const post = (payload: unknown, headers?: Record<string, string>): CallInit => ({
    method: 'POST',
    body: JSON.stringify(payload),
    ...(headers ? { headers } : {}),
  });

  return {
    me: (): Promise<Me> => call(MeSchema, '/api/me'),
    /** Files a request; `idempotencyKey` lets a retried submit return the same ticket. */
    fileTicket: (intake: unknown, idempotencyKey: string = newKey()): Promise<TicketView> =>
      call(TicketViewSchema, '/api/tickets', post(intake, { 'Idempotency-Key': idempotencyKey })),
    getTicket: (id: string): Promise<TicketView> => call(TicketViewSchema, `/api/tickets/${encodeURIComponent(id)}`),
    /** A list; each item carries the evaluation instant and its SLA calendar (for the live countdown). */
    listTickets: async (view: 'mine' | 'queue', filters: QueueFilters = {}): Promise<{ items: TicketView[] }> => {
      const list = await call(TicketListSchema, `/api/tickets?${queryString({ view, ...filters })}`);
      return { ...list, items: withSlaContext(list) };
    },
    act: (id: string, action: TicketAction, payload: unknown = {}): Promise<TicketView> =>
      call(TicketViewSchema, `/api/tickets/${encodeURIComponent(id)}/${action}`, post(payload)),
    metrics: (from: string, to: string): Promise<JsonObject> =>
      call(JsonObjectSchema, `/api/metrics?${queryString({ from, to })}`),
    /** The semiannual report as CSV text (fetched with the caller's identity, then offered as a download). */
    semiannualCsv: async (from: string, to: string): Promise<string> =>
      (await send(`/api/reports/semiannual.csv?${queryString({ from, to })}`, {}, 'text/csv')).text(),
    getSettings: (): Promise<JsonObject> => call(JsonObjectSchema, '/api/settings'),
    putSettings: (settings: unknown): Promise<JsonObject> =>
      call(JsonObjectSchema, '/api/settings', { method: 'PUT', body: JSON.stringify(settings) }),
    previewSettings: (payload: unknown): Promise<JsonObject> => call(JsonObjectSchema, '/api/settings/preview', post(payload)),
    pulse: (score: number, comment?: string): Promise<JsonObject> =>
      call(JsonObjectSchema, '/api/pulse', post({ score, ...(comment ? { comment } : {}) })),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

function queryString(params: Record<string, string | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '' || value === false) continue;
    search.set(key, String(value));
  }
  return search.toString();
}

function toApiError(status: number, body: unknown): ApiError {
  const parsed = ErrorBodySchema.safeParse(body);
  if (!parsed.success) return new ApiError('unexpected_response', `HTTP ${status}`, status);
  const { code, message, issues = [] } = parsed.data.error;
  return new ApiError(code, message, status, issues.map((i) => ({
    path: Array.isArray(i.path) ? i.path.join('.') : i.path,
    message: i.message,
  })));
}
