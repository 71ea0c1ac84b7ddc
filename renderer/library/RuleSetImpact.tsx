import { useEffect, useState } from 'react';
import { formatMoney } from '../../shared/formatNumber.ts';
import { marginMethodLabels } from '../../shared/marginResult.ts';
import type { RuleSetPreview } from '../../shared/ruleSetPreview.ts';
import { getApi } from '../api/getApi.ts';

/** How long the draft must sit still before its impact is computed. */
const debounceMs = 250;

/** What saving the draft would do to every account's requirement, recomputed as the draft changes. */
export function RuleSetImpact({ document }: { document: unknown }) {
  const [preview, setPreview] = useState<RuleSetPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      getApi()
        .previewRuleSet({ document })
        .then(
          (r) => {
            if (!live) return;
            setPreview(r);
            setError(null);
          },
          (e: unknown) => live && setError((e as Error).message),
        );
    }, debounceMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [document]);
  return (
    <section className="impact" aria-label="Impact of the unsaved changes">
      <h2>
        Impact before saving{preview && <span className="muted"> · as version {preview.ruleSet.version}, book v{preview.bookVersion}</span>}
      </h2>
      {error && <p role="alert" className="error">{error}</p>}
      {preview && (
        <table className="impact-table">
          <thead>
            <tr>
              <th>Account</th>
              <th>Method</th>
              <th>Requirement now</th>
              <th>With the changes</th>
              <th>Δ</th>
            </tr>
          </thead>
          <tbody>
            {preview.accounts.map((a) => {
              const delta = a.after - a.before;
              return (
                <tr key={a.id} data-testid={`impact-${a.id}`} className={a.affected ? '' : 'muted'}>
                  <td>{a.id}</td>
                  <td>{a.affected ? marginMethodLabels[a.method] : `${marginMethodLabels[a.method]} (another rule set)`}</td>
                  <td className="num">{formatMoney(a.before, a.currency, 0)}</td>
                  <td className="num">{formatMoney(a.after, a.currency, 0)}</td>
                  <td className={`num delta ${Math.abs(delta) < 0.005 ? '' : delta > 0 ? 'negative' : 'positive'}`}>
                    {delta > 0 ? '+' : ''}
                    {formatMoney(delta, a.currency, 0)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
