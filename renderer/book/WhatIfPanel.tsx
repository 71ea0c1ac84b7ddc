import { formatMoney } from '../../shared/formatNumber.ts';
import { marginMethodLabels } from '../../shared/marginResult.ts';
import type { WhatIfResult } from '../../shared/whatIf.ts';

interface Props {
  edits: number;
  result: WhatIfResult | null;
  busy: boolean;
  onCommit: () => void;
  onDiscard: () => void;
}

/** The margin change of the what-if edits under every method, per account (before → after, Δ), with Commit / Discard. */
export function WhatIfPanel({ edits, result, busy, onCommit, onDiscard }: Props) {
  const accounts = result?.methods[0]?.accounts.map((a) => a.account) ?? [];
  return (
    <section className="whatif-panel" aria-label="What-if">
      <header className="toolbar">
        <strong>What-if</strong>
        <span className="muted">
          {edits === 0 ? 'edit, add, delete or paste rows: the book is not touched until you commit' : `${edits} change${edits === 1 ? '' : 's'} on top of the book`}
          {busy ? ' · computing…' : ''}
        </span>
        <span className="toolbar-end">
          <button type="button" onClick={onCommit} disabled={edits === 0 || busy}>
            Commit
          </button>{' '}
          <button type="button" onClick={onDiscard} disabled={edits === 0}>
            Discard
          </button>
        </span>
      </header>
      {edits > 0 && result && (
        <table className="whatif-table">
          <thead>
            <tr>
              <th>Method</th>
              {accounts.map((a) => (
                <th key={a} colSpan={3}>
                  {a}
                </th>
              ))}
            </tr>
            <tr>
              <th />
              {accounts.map((a) => [<th key={`${a}b`}>before</th>, <th key={`${a}a`}>after</th>, <th key={`${a}d`}>Δ</th>])}
            </tr>
          </thead>
          <tbody>
            {result.methods.map((m) => (
              <tr key={m.method}>
                <th scope="row">{marginMethodLabels[m.method]}</th>
                {m.accounts.map((a) => [
                  <td key={`${a.account}b`} className={`num${a.assigned ? ' assigned' : ''}`}>{formatMoney(a.before, a.currency)}</td>,
                  <td key={`${a.account}a`} className={`num${a.assigned ? ' assigned' : ''}`}>{formatMoney(a.after, a.currency)}</td>,
                  <td key={`${a.account}d`} data-testid={`whatif-${m.method}-${a.account}`} className={`num delta${a.change > 0 ? ' up' : a.change < 0 ? ' down' : ''}${a.assigned ? ' assigned' : ''}`}>
                    {a.change > 0 ? '+' : ''}
                    {formatMoney(a.change, a.currency)}
                  </td>,
                ])}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {edits > 0 && result && <p className="muted">Bold: the method each account is margined by.</p>}
    </section>
  );
}
