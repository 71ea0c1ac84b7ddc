import { useEffect, useRef, useState } from 'react';
import { getApi } from './getApi.ts';

/**
 * Runs an Api call for `key` (null: nothing to ask) and again after every book change, keeping
 * only the answer to the latest question.
 */
export function useBookQuery<T>(key: string | null, load: () => Promise<T>): { data: T | null; error: string | null } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [bookVersion, setBookVersion] = useState(0);
  const loader = useRef(load);
  loader.current = load;
  useEffect(() => getApi().on('bookChanged', (e) => setBookVersion(e.version)), []);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    loader.current().then(
      (value) => {
        if (!live) return;
        setData(value);
        setError(null);
      },
      (e: unknown) => live && setError((e as Error).message),
    );
    return () => {
      live = false;
    };
  }, [key, bookVersion]);
  return { data, error };
}
