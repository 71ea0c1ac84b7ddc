import { useState } from 'react';
import { formatMoney, formatNumber } from '../../shared/formatNumber.ts';
import { varMethods, type VarMethod } from '../../shared/rules/varRules.ts';
import { useVarRun } from './useVarRun.ts';

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
 * worst date per account (losses positive, in the account's currency).
 */
export function VarPanel({ accounts }: { accounts: readonly string[] }) {
  const { state, run, cancel } = useVarRun();
  const [account, setAccount] = useState('');
  const [method, setMethod] = useState<VarMethod>('historical');
  const [confidence, setConfidence] = useState(0.99);
  const [horizonDays, setHorizonDays] = useState(1);
  const [windowDays, setWindowDays] = useState(500);
  const [paths, setPaths] = useState(10_000);
  const running = state.status === 'running';
  const start = () => run({ ...(account === '' ? {} : { account }), method, confidence, horizonDays, window: windowDays, ...(method === 'monte-carlo' ? { paths } : {}) });

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
        {running && (
          <>
            <progress aria-label="VaR progress" max={Math.max(state.total, 1)} value={state.done} />
            <span className="muted" aria-live="polite">
              {state.total > 0 ? `step ${state.done} of ${state.total}` : 'starting…'}
            </span>
            <button type="button" onClick={cancel} disabled={state.jobId === null}>
              Cancel
            </button>
          </>
        )}
      </div>
      {state.status === 'cancelled' && <p className="message muted">The run was cancelled; no result was kept.</p>}
      {state.status === 'failed' && (
        <p role="alert" className="error">
          VaR could not be computed: {state.message}
        </p>
      )}
      {state.status === 'done' && (
        <>
          <p className="muted note">
            {methodLabels[state.result.method]}, {formatNumber(state.result.confidence * 100)}%, {state.result.horizonDays}-day horizon, each account on its own history · rule set {state.result.ruleSet.id} v{state.result.ruleSet.version} · book v{state.result.bookVersion} ·{' '}
            {state.result.elapsedMs.toFixed(0)} ms
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
              {state.result.accounts.map((a) => (
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
          {state.result.notes.length > 0 && (
            <ul className="notes">
              {state.result.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
