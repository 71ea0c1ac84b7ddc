import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo, useState } from 'react';
import { formatMoney, formatNumber } from '../../shared/formatNumber.ts';
import { marginMethodLabels, type GroupMargin, type PositionContribution } from '../../shared/marginResult.ts';
import type { AccountMargin } from '../../shared/marginView.ts';
import { numericCell } from '../shell/numberColumn.ts';
import { gridTheme } from '../shell/theme.ts';
import { usePersistentColumns } from '../state/usePersistentColumns.ts';

const money = (currency: string) => (p: { value: unknown }) => formatMoney(p.value as number | null, currency);

/**
 * Why an account needs what it needs: the components, each group with its worst scenario, the
 * positions' P&L in that scenario, the notes of the method, and what was left out.
 */
export function AccountExplanation({ account }: { account: AccountMargin }) {
  const [groupId, setGroupId] = useState<string | null>(null);
  const group = account.groups.find((g) => g.id === groupId) ?? account.groups[0] ?? null;
  const groupLayout = usePersistentColumns<GroupMargin>('margin.explanation.groups');
  const contributionLayout = usePersistentColumns<PositionContribution>('margin.explanation.positions');
  // Every column has its own id (not one AG Grid numbers), so a saved layout finds it again.
  const groupColumns = useMemo<ColDef<GroupMargin>[]>(
    () => [
      { field: 'id', headerName: 'Group', width: 150 },
      { field: 'requirement', headerName: 'Requirement', type: 'rightAligned', cellClass: numericCell, valueFormatter: (p) => formatMoney(p.value as number, p.data?.currency ?? ''), flex: 1 },
      { colId: 'worstScenario', headerName: 'Worst scenario', valueGetter: (p) => p.data?.worstScenario?.id ?? '—', flex: 1 },
      { colId: 'loss', headerName: 'Loss in it', valueGetter: (p) => p.data?.worstScenario?.loss ?? null, type: 'rightAligned', cellClass: numericCell, valueFormatter: (p) => formatMoney(p.value as number | null, p.data?.currency ?? ''), flex: 1 },
      {
        colId: 'components',
        headerName: 'Components',
        flex: 2.5,
        valueGetter: (p) =>
          Object.entries(p.data?.components ?? {})
            .filter(([, v]) => v !== 0)
            .map(([k, v]) => `${k} ${formatNumber(Math.round(v * 100) / 100)}`)
            .join(' · '),
      },
    ],
    [],
  );
  const contributionColumns = useMemo<ColDef<PositionContribution>[]>(
    () => [
      { field: 'instrument', headerName: 'Position', flex: 2 },
      { field: 'quantity', headerName: 'Quantity', type: 'rightAligned', cellClass: numericCell, valueFormatter: (p) => formatNumber(p.value as number), width: 120 },
      {
        field: 'pnl',
        headerName: 'P&L in the worst scenario',
        type: 'rightAligned',
        flex: 1,
        cellClass: (p) => [...numericCell, (p.value as number) < 0 ? 'negative' : 'positive'],
        valueFormatter: money(group?.currency ?? account.currency),
      },
    ],
    [group, account.currency],
  );
  return (
    <section className="explanation" aria-label={`Explanation for ${account.id}`}>
      <h2>
        {account.id}: {marginMethodLabels[account.method]} <span className="muted">rule set {account.ruleSet.id} v{account.ruleSet.version}</span>
      </h2>
      <dl className="components">
        {Object.entries(account.components).map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd className="num">{formatMoney(value, account.currency)}</dd>
          </div>
        ))}
        <div>
          <dt>initial</dt>
          <dd className="num">{formatMoney(account.initial, account.currency)}</dd>
        </div>
        <div>
          <dt>maintenance</dt>
          <dd className="num">{formatMoney(account.maintenance, account.currency)}</dd>
        </div>
      </dl>
      <div className="grid-host short">
        <AgGridReact<GroupMargin>
          theme={gridTheme}
          {...groupLayout}
          rowData={account.groups}
          columnDefs={groupColumns}
          getRowId={(p) => p.data.id}
          domLayout="autoHeight"
          onRowClicked={(e) => e.data && setGroupId(e.data.id)}
          rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        />
      </div>
      {group && (
        <>
          <h3>
            {group.id}: positions in {group.worstScenario ? `scenario ${group.worstScenario.id}` : 'the requirement'}
          </h3>
          {group.notes && group.notes.length > 0 && (
            <ul className="notes">
              {group.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          {group.contributions.length > 0 && (
            <div className="grid-host short">
              <AgGridReact<PositionContribution> theme={gridTheme} {...contributionLayout} rowData={group.contributions} columnDefs={contributionColumns} domLayout="autoHeight" />
            </div>
          )}
        </>
      )}
      {account.excluded.length > 0 && (
        <>
          <h3>Excluded positions</h3>
          <ul className="excluded">
            {account.excluded.map((e) => (
              <li key={`${e.position}:${e.instrument}`}>
                <strong>{e.instrument}</strong>: {e.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
