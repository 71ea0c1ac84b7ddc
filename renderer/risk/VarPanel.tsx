import { useState } from 'react';
import { formatMoney, formatNumber } from '../../shared/formatNumber.ts';
import { varMethods, type VarMethod } from '../../shared/rules/varRules.ts';
import type { VarRunResult } from '../../shared/varRun.ts';
import { getApi } from '../api/getApi.ts';
import { useJob } from '../api/useJob.ts';
import { JobStatus } from '../shell/JobStatus.tsx';

const methodLabels: Record<VarMethod, string> = {
  historical: 'Historical simulation',
  'filtered-historical': 'Filtered historical (EWMA)',
  stressed: 'Stressed VaR',
  'delta-normal': 'Delta-normal',
  'monte-carlo': 'Monte Carlo',
};
const confidences = [0.99, 0.975, 0.95];

/**
 * VaR and expected shortfall on demand, per account, over the stored price history: pick the
 * method and parameters, run it as a job with a progress bar, cancel it, read VaR, ES and the
 * worst date per account (losses positive, in the account's currency). A cancelled or failed
 * run leaves the previous result in place.
 */
export function VarPanel({ accounts }: { accounts: readonly string[] }) {
  const job = useJob<VarRunResult>('var');
  const { data: result, error, run } = job;
  const [account, setAccount] = useState('');
  const [method, setMethod] = useState<VarMethod>('historical');
  const [confidence, setConfidence] = useState(0.99);
  const [horizonDays, setHorizonDays] = useState(1);
  const [windowDays, setWindowDays] = useState(500);
  const [paths, setPaths] = useState(10_000);
  const running = job.progress !== null;
  const start = () => {
    const request = { ...(account === '' ? {} : { account }), method, confidence, horizonDays, window: windowDays, ...(method === 'monte-carlo' ? { paths } : {}) };
    run(
      () => getApi().runVar(request),
      (jobId) => getApi().awaitVarRun({ jobId }),
    );
  };
  const describe = (r: VarRunResult) => `${methodLabels[r.method]}, ${formatNumber(r.confidence * 100)}%, ${r.horizonDays}-day horizon, book v${r.bookVersion}`;

  return (
    <section className="var-panel" aria-label="Value at risk">
      <h2>Value at risk and expected shortfall</h2>
      <div className="toolbar">
        <label>
          Account{' '}
          <select value={account} onChange={(e) => setAccount(e.target.value)} disabled={running}>
            <option value="">All accounts</option>
            {accounts.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label>
          Method{' '}
          <select value={method} onChange={(e) => setMethod(e.target.value as VarMethod)} disabled={running}>
            {varMethods.map((m) => (
              <option key={m} value={m}>
                {methodLabels[m]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Confidence{' '}
          <select value={confidence} onChange={(e) => setConfidence(Number(e.target.value))} disabled={running}>
            {confidences.map((c) => (
              <option key={c} value={c}>
                {formatNumber(c * 100)}%
              </option>
            ))}
          </select>
        </label>
        <label>
          Horizon (days) <input type="number" min={1} max={250} value={horizonDays} onChange={(e) => setHorizonDays(Math.max(1, Math.round(Number(e.target.value))))} disabled={running} />
        </label>
        <label>
          Window (days) <input type="number" min={2} value={windowDays} onChange={(e) => setWindowDays(Math.max(2, Math.round(Number(e.target.value))))} disabled={running} />
        </label>
        {method === 'monte-carlo' && (
          <label>
            Paths <input type="number" min={1} value={paths} onChange={(e) => setPaths(Math.max(1, Math.round(Number(e.target.value))))} disabled={running} />
          </label>
        )}
        <button type="button" onClick={start} disabled={running}>
          Run VaR
        </button>
      </div>
      <JobStatus label="VaR" job={job} previous={result && describe(result)} />
      {error && (
        <p role="alert" className="error">
          VaR could not be computed: {error}
        </p>
      )}
      {result && (
        <>
          <p className="muted note">
            {methodLabels[result.method]}, {formatNumber(result.confidence * 100)}%, {result.horizonDays}-day horizon, each account on its own history · rule set {result.ruleSet.id} v{result.ruleSet.version} · book v{result.bookVersion} · {result.elapsedMs.toFixed(0)} ms
          </p>
          <table className="var-table" aria-label="VaR per account">
            <thead>
              <tr>
                <th>Account</th>
                <th>VaR</th>
                <th>ES</th>
                <th>Worst date</th>
                <th>Worst loss</th>
                <th>Scenarios</th>
                <th>Moves</th>
                <th>Excluded</th>
              </tr>
            </thead>
            <tbody>
              {result.accounts.map((a) => (
                <tr key={a.id} data-account={a.id}>
                  <td>{a.id}</td>
                  <td className="num">{formatMoney(a.var, a.currency)}</td>
                  <td className="num">{formatMoney(a.es, a.currency)}</td>
                  <td>{a.worstDate ?? '—'}</td>
                  <td className="num">{formatMoney(a.worstLoss, a.currency)}</td>
                  <td className="num">{a.observations}</td>
                  <td>{a.from === null ? '—' : `${a.from}..${a.to}`}</td>
                  <td title={a.excluded.map((e) => `${e.instrument}: ${e.reason}`).join('\n')}>{a.excluded.length === 0 ? '—' : a.excluded.map((e) => e.instrument).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.notes.length > 0 && (
            <ul className="notes">
              {result.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
