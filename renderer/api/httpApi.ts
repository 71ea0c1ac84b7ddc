import { ApiError, apiMethods, type ApiEnvelope, type ApiEventName, type ApiEvents, type ScanlineApi } from '../../shared/api.ts';

/**
 * Browser mode's Api client: each call is a POST to /api/<method> carrying the per-launch
 * token; events arrive over one EventSource shared by all subscribers.
 */
export function createHttpApi(token: string): ScanlineApi {
  const call = async (method: string, request: unknown): Promise<unknown> => {
    const body = JSON.stringify(request ?? {});
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-scanline-token': token },
      body,
      // View state saved as the window closes must outlive the page (small bodies: a column
      // layout; the browser caps what keep-alive requests may carry in all, so only these).
      keepalive: method === 'setUiState',
    });
    const envelope = (await response.json()) as ApiEnvelope<unknown>;
    if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
    return envelope.value;
  };
  let source: EventSource | null = null;
  const listeners = new Map<ApiEventName, Set<(payload: unknown) => void>>();
  const ensureSource = (event: ApiEventName) => {
    source ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    if (!listeners.has(event)) {
      const set = new Set<(payload: unknown) => void>();
      listeners.set(event, set);
      source.addEventListener(event, (e) => {
        const payload = JSON.parse((e as MessageEvent<string>).data) as unknown;
        for (const l of set) l(payload);
      });
    }
    return listeners.get(event)!;
  };
  const api = Object.fromEntries(apiMethods.map((m) => [m, (request: unknown) => call(m, request)])) as unknown as ScanlineApi;
  api.on = <E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void) => {
    const set = ensureSource(event);
    const l = listener as (payload: unknown) => void;
    set.add(l);
    return () => set.delete(l);
  };
  return api;
}
