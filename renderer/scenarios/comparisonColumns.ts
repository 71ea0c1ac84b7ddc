import type { ColDef, ColGroupDef } from 'ag-grid-community';
import type { ComparedScenario, ScenarioComparison } from '../../shared/scenarioComparison.ts';
import { numericCell } from '../shell/numberColumn.ts';
import { differenceClass, differenceStyle, noDifference } from './differenceStyle.ts';

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const money = (value: unknown) => (value === null || value === undefined ? '—' : whole.format(value as number));
/** A side as column headers and statuses name it: just the version when both sides are one set. */
const label = (set: ScenarioComparison['left'], comparison: ScenarioComparison) => (comparison.left.id === comparison.right.id ? `v${set.version}` : `${set.id} v${set.version}`);

export function statusOf(row: ComparedScenario, comparison: ScenarioComparison): string {
  if (row.side === 'left') return `only in ${label(comparison.left, comparison)}`;
  if (row.side === 'right') return `only in ${label(comparison.right, comparison)}`;
  return row.pnl.some((p) => Math.abs(p.difference ?? 0) >= noDifference) ? 'changed' : 'same';
}

/** The largest difference in the comparison: the scale difference colours are measured against. */
export function largestDifference(comparison: ScenarioComparison): number {
  return Math.max(0, ...comparison.scenarios.flatMap((s) => s.pnl.map((p) => Math.abs(p.difference ?? 0))));
}

/** Scenario, status, then per account: P&L on the left, on the right, and right − left (coloured by sign and size). */
export function comparisonColumns(comparison: ScenarioComparison): (ColDef<ComparedScenario> | ColGroupDef<ComparedScenario>)[] {
  const scale = largestDifference(comparison);
  return [
    { field: 'id', headerName: 'Scenario id', width: 120, pinned: 'left' },
    {
      colId: 'name',
      headerName: 'Scenario',
      width: 190,
      pinned: 'left',
      valueGetter: (p) => (p.data ? (p.data.leftName && p.data.rightName && p.data.leftName !== p.data.rightName ? `${p.data.leftName} → ${p.data.rightName}` : (p.data.leftName ?? p.data.rightName)) : ''),
    },
    { colId: 'status', headerName: 'Status', width: 140, valueGetter: (p) => (p.data ? statusOf(p.data, comparison) : ''), cellClass: (p) => (p.data && p.data.side !== 'both' ? 'unmatched' : p.value === 'changed' ? 'changed' : ''), tooltipValueGetter: (p) => String(p.value ?? '') },
    ...comparison.accounts.map(
      (account, a): ColGroupDef<ComparedScenario> => ({
        headerName: `${account.id} (${account.currency})`,
        groupId: account.id,
        children: [
          { colId: `${account.id}:left`, headerName: label(comparison.left, comparison), headerTooltip: `${comparison.left.name} v${comparison.left.version}`, width: 118, type: 'rightAligned', cellClass: numericCell, valueGetter: (p) => p.data?.pnl[a]?.left ?? null, valueFormatter: (p) => money(p.value) },
          { colId: `${account.id}:right`, headerName: label(comparison.right, comparison), headerTooltip: `${comparison.right.name} v${comparison.right.version}`, width: 118, type: 'rightAligned', cellClass: numericCell, valueGetter: (p) => p.data?.pnl[a]?.right ?? null, valueFormatter: (p) => money(p.value) },
          {
            colId: `${account.id}:difference`,
            headerName: 'Difference',
            width: 118,
            type: 'rightAligned',
            valueGetter: (p) => p.data?.pnl[a]?.difference ?? null,
            valueFormatter: (p) => `${(p.value as number | null) !== null && (p.value as number) >= noDifference ? '+' : ''}${money(p.value)}`,
            cellClass: (p) => [...numericCell, 'difference', differenceClass(p.value as number | null)],
            cellStyle: (p) => differenceStyle(p.value as number | null, scale),
          },
        ],
      }),
    ),
  ];
}
