import { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo, useState } from 'react';
import type { VersionedEntry } from '../../shared/libraryView.ts';
import type { ComparedScenario } from '../../shared/scenarioComparison.ts';
import { getApi } from '../api/getApi.ts';
import { useBookQuery } from '../api/useBookQuery.ts';
import { usePersistentColumns } from '../state/usePersistentColumns.ts';
import { gridTheme } from '../shell/theme.ts';
import { comparisonColumns, statusOf } from './comparisonColumns.ts';
import { SetRefPicker, type SetRef } from './SetRefPicker.tsx';

interface Props {
  sets: VersionedEntry[];
  initial: { left: SetRef; right: SetRef } | null;
}

/**
 * Two scenario sets, or two versions of one, on the same book: per scenario (matched by id) and
 * account, the P&L under each and the difference, coloured by sign and size; scenarios only one
 * side has are flagged. Runs again by itself when the book changes.
 */
export function ScenarioComparisonView({ sets, initial }: Props) {
  const [left, setLeft] = useState<SetRef | null>(initial?.left ?? null);
  const [right, setRight] = useState<SetRef | null>(initial?.right ?? null);
  const [request, setRequest] = useState<{ left: SetRef; right: SetRef } | null>(initial);
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  // A column group per account: one the saved layout does not know appears among the others.
  const layout = usePersistentColumns<ComparedScenario>('scenarios.comparison');

  const { data: result, error } = useBookQuery(request && JSON.stringify(request), () => getApi().compareScenarioSets(request!));

  const columns = useMemo(() => (result ? comparisonColumns(result) : []), [result]);
  const rows = useMemo(() => (result ? result.scenarios.filter((s) => !onlyDifferences || statusOf(s, result) !== 'same') : []), [result, onlyDifferences]);
  const counts = useMemo(() => {
    const statuses = result ? result.scenarios.map((s) => statusOf(s, result)) : [];
    return { changed: statuses.filter((s) => s === 'changed').length, left: result?.scenarios.filter((s) => s.side === 'left').length ?? 0, right: result?.scenarios.filter((s) => s.side === 'right').length ?? 0, same: statuses.filter((s) => s === 'same').length };
  }, [result]);
  const compare = useCallback(() => left && right && setRequest({ left, right }), [left, right]);

  return (
    <section className="scenario-comparison" aria-label="Compare scenario sets">
      <div className="toolbar">
        <SetRefPicker label="Left" sets={sets} value={left} onChange={setLeft} />
        <SetRefPicker label="Right" sets={sets} value={right} onChange={setRight} />
        <button type="button" className="primary" disabled={!left || !right} onClick={compare}>
          Compare
        </button>
        <label>
          <input type="checkbox" checked={onlyDifferences} onChange={(e) => setOnlyDifferences(e.target.checked)} /> Only differences
        </label>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      {result && (
        <p className="muted comparison-summary">
          {result.left.name} v{result.left.version} → {result.right.name} v{result.right.version} · book v{result.bookVersion} · {counts.changed} changed · {counts.same} same · {counts.left} only left · {counts.right} only right · difference = right − left, P&L positive for gains
        </p>
      )}
      {result && result.warnings.length > 0 && <p className="warning">{result.warnings.join('; ')}</p>}
      {result && result.excluded.length > 0 && <p className="warning">Not in the sums: {result.excluded.map((e) => `${e.account} ${e.instrument} (${e.reason})`).join('; ')}</p>}
      {result && (
        <div className="grid-host">
          <AgGridReact<ComparedScenario> theme={gridTheme} {...layout} rowData={rows} columnDefs={columns} getRowId={(p) => p.data.id} getRowClass={(p) => (p.data && p.data.side !== 'both' ? 'unmatched-row' : undefined)} />
        </div>
      )}
    </section>
  );
}
