import type { ApiEvents } from '../../shared/api.ts';
import { apiEventNames, type ApiEventName } from '../../shared/apiMethods.ts';

type Listener<E extends ApiEventName> = (payload: ApiEvents[E]) => void;

/** Typed publish/subscribe for the Api's events; `on` returns its own disposer. */
export class EventHub {
  readonly #listeners = new Map<ApiEventName, Set<Listener<ApiEventName>>>();

  on<E extends ApiEventName>(event: E, listener: Listener<E>): () => void {
    let set = this.#listeners.get(event);
    if (!set) this.#listeners.set(event, (set = new Set()));
    set.add(listener as Listener<ApiEventName>);
    return () => set.delete(listener as Listener<ApiEventName>);
  }

  /** Subscribes one listener to every event, e.g. to forward them over a transport. */
  onAny(listener: (event: ApiEventName, payload: unknown) => void): () => void {
    const disposers = apiEventNames.map((e) => this.on(e, (p) => listener(e, p)));
    return () => disposers.forEach((d) => d());
  }

  emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]): void {
    for (const listener of this.#listeners.get(event) ?? []) listener(payload);
  }

  listenerCount(): number {
    let n = 0;
    for (const set of this.#listeners.values()) n += set.size;
    return n;
  }
}
