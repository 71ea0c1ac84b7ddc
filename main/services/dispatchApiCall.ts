import { ApiError, apiRequestSchemas, isApiMethod, type ApiCalls, type ApiEnvelope } from '../../shared/api.ts';
import { toInputIssues } from '../../shared/validationError.ts';

/**
 * The one entry both transports (Electron IPC and browser-mode HTTP) call: checks the method
 * name, validates the payload with the shared schema, calls the service and wraps the outcome
 * in an envelope. Unexpected failures are logged and reported without internals.
 */
export async function dispatchApiCall(api: ApiCalls, method: unknown, payload: unknown, log: (error: unknown) => void = console.error): Promise<ApiEnvelope<unknown>> {
  if (!isApiMethod(method)) return { ok: false, error: { code: 'unknown-method', message: `unknown Api method ${JSON.stringify(method)}` } };
  const parsed = apiRequestSchemas[method].safeParse(payload ?? {});
  if (!parsed.success) {
    const detail = toInputIssues(parsed.error).map((i) => `${i.path}: ${i.message}`).join('; ');
    return { ok: false, error: { code: 'invalid-input', message: `${method}: ${detail}` } };
  }
  try {
    const call = api[method] as (request: unknown) => Promise<unknown>;
    return { ok: true, value: await call(parsed.data) };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: { code: error.code, message: error.message } };
    log(error);
    return { ok: false, error: { code: 'internal', message: `${method} failed: ${(error as Error).message ?? String(error)}` } };
  }
}
