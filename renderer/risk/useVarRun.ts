import { useCallback, useEffect, useRef, useState } from 'react';
import type { VarRunRequest, VarRunResult } from '../../shared/varRun.ts';
import { getApi } from '../api/getApi.ts';

export type VarRunState =
  | { status: 'idle' }
  | { status: 'running'; jobId: number | null; done: number; total: number }
  | { status: 'done'; result: VarRunResult }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/**
 * One VaR run at a time as a job: `run` starts it (`runVar` answers its id), `jobProgress`
 * events under that id move the progress, `awaitVarRun` says how it ended; `cancel` stops it
 * (`cancelJob`). Progress that arrives before the id is known is kept and applied.
 */
export function useVarRun(): { state: VarRunState; run: (request: VarRunRequest) => void; cancel: () => void } {
  const [state, setState] = useState<VarRunState>({ status: 'idle' });
  const jobId = useRef<number | null>(null);
  const early = useRef(new Map<number, { done: number; total: number }>());
  useEffect(
    () =>
      getApi().on('jobProgress', (p) => {
        if (p.kind !== 'var') return;
        if (jobId.current === p.jobId) setState((s) => (s.status === 'running' ? { ...s, done: p.done, total: p.total } : s));
        else early.current.set(p.jobId, { done: p.done, total: p.total });
      }),
    [],
  );
  const run = useCallback((request: VarRunRequest) => {
    const api = getApi();
    setState({ status: 'running', jobId: null, done: 0, total: 0 });
    void (async () => {
      try {
        const started = await api.runVar(request);
        jobId.current = started.jobId;
        const seen = early.current.get(started.jobId);
        early.current.clear();
        setState({ status: 'running', jobId: started.jobId, done: seen?.done ?? 0, total: seen?.total ?? 0 });
        const outcome = await api.awaitVarRun({ jobId: started.jobId });
        if (jobId.current !== started.jobId) return;
        jobId.current = null;
        setState(outcome.status === 'done' ? { status: 'done', result: outcome.result } : outcome);
      } catch (error) {
        jobId.current = null;
        setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    })();
  }, []);
  const cancel = useCallback(() => {
    if (jobId.current !== null) void getApi().cancelJob({ jobId: jobId.current });
  }, []);
  return { state, run, cancel };
}
