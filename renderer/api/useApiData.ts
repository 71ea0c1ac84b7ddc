import { useCallback, useEffect, useState } from 'react';
import type { ApiEventName } from '../../shared/api.ts';
import { getApi } from './getApi.ts';

export interface ApiData<T> {
  data: T | null;
  error: string | null;
  reload: () => void;
}

/** Loads data through the Api and loads it again whenever one of `refreshOn` fires. */
export function useApiData<T>(load: () => Promise<T>, refreshOn: readonly ApiEventName[] = []): ApiData<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => {
        if (!live) return;
        setData(value);
        setError(null);
      },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is stable per page
  }, [tick]);
  useEffect(() => {
    const offs = refreshOn.map((event) => getApi().on(event, reload));
    return () => offs.forEach((off) => off());
  }, [refreshOn, reload]);
  return { data, error, reload };
}
