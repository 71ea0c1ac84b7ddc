import { useEffect, useState } from 'react';
import type { MarginHeadline } from '../../shared/marginView.ts';
import { getApi } from './getApi.ts';

/** The latest margin run, kept current by the `marginUpdated` event; failures as a message. */
export function useLatestMargin(): { margin: MarginHeadline | null; failure: string | null } {
  const [margin, setMargin] = useState<MarginHeadline | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    const api = getApi();
    let live = true;
    const offUpdated = api.on('marginUpdated', (m) => {
      setMargin(m);
      setFailure(null);
    });
    const offFailed = api.on('marginFailed', (f) => setFailure(f.message));
    api.getMargin({}).then((m) => live && m && setMargin((current) => (current && current.runId > m.runId ? current : m)), (e: unknown) => setFailure(String(e)));
    return () => {
      live = false;
      offUpdated();
      offFailed();
    };
  }, []);
  return { margin, failure };
}
