import type { AccountRow } from '../../shared/bookView.ts';
import { formatMoney } from '../../shared/formatNumber.ts';
import { marginMethodIds, marginMethodLabels, type MarginMethodId } from '../../shared/marginResult.ts';
import type { MarginHeadline } from '../../shared/marginView.ts';

interface Props {
  accounts: readonly AccountRow[];
  margin: MarginHeadline | null;
  stale: boolean;
  onMethodChange: (account: string, method: MarginMethodId) => void;
}

/** One card per account: its margin method, requirement, equity and excess (red when in deficit). */
export function AccountCards({ accounts, margin, stale, onMethodChange }: Props) {
  return (
    <div className="cards" aria-label="Margin by account">
      {accounts.map((a) => {
        const m = margin?.accounts.find((x) => x.id === a.id);
        const deficit = m !== undefined && m.excess < 0;
        return (
          <section key={a.id} className={`card${deficit ? ' deficit' : ''}`} data-account={a.id}>
            <header>
              <strong>{a.id}</strong> <span className="muted">{a.name}</span>
            </header>
            <select aria-label={`Margin method of ${a.id}`} value={a.marginMethod} onChange={(e) => onMethodChange(a.id, e.target.value as MarginMethodId)}>
              {marginMethodIds.map((id) => (
                <option key={id} value={id}>
                  {marginMethodLabels[id]}
                </option>
              ))}
            </select>
            <dl>
              <dt>Margin</dt>
              <dd className="num" data-testid={`margin-${a.id}`}>
                {m ? formatMoney(m.requirement, a.currency) : '…'}
              </dd>
              <dt>Equity</dt>
              <dd className="num">{formatMoney(a.equity, a.currency)}</dd>
              <dt>{deficit ? 'Deficit' : 'Excess'}</dt>
              <dd className="num excess">{m ? formatMoney(m.excess, a.currency) : '…'}</dd>
            </dl>
            {m && m.excludedCount > 0 && (
              <p className="warning" title="Each excluded position shows its reason in the grid's Excluded column and on the Margin page">
                {m.excludedCount} position{m.excludedCount === 1 ? '' : 's'} excluded
              </p>
            )}
          </section>
        );
      })}
      <p className="muted run-status" aria-live="polite">
        {margin ? `run #${margin.runId} · book v${margin.bookVersion} · ${margin.elapsedMs.toFixed(1)} ms` : 'Computing margin…'}
        {stale ? ' · recomputing…' : ''}
      </p>
    </div>
  );
}
