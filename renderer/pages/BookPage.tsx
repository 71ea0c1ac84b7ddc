import type { ColDef, GetRowIdParams, GridApi, GridReadyEvent, PostSortRowsParams, ValueSetterParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EditableField } from '../../shared/api.ts';
import { formatMoney, formatPrice } from '../../shared/formatNumber.ts';
import { parseNumberInput } from '../../shared/parseNumberInput.ts';
import type { WhatIfResult } from '../../shared/whatIf.ts';
import { getApi } from '../api/getApi.ts';
import { useLatestMargin } from '../api/useLatestMargin.ts';
import { AccountCards } from '../book/AccountCards.tsx';
import { AddPositionForm } from '../book/AddPositionForm.tsx';
import { useBookRows } from '../book/useBookRows.ts';
import { usePositionAnalytics } from '../book/usePositionAnalytics.ts';
import { DeleteButtonRenderer, type DeleteButtonParams } from '../book/DeleteButtonRenderer.ts';
import { inverseOf, toPositionChanges, type BookEdit } from '../book/bookEdit.ts';
import { exportBookXlsx } from '../book/exportBookXlsx.ts';
import { formatFigure } from '../book/figureFormat.ts';
import { keepUnchangedRows } from '../book/keepUnchangedRows.ts';
import { gridRows, type PositionGridRow } from '../book/gridRows.ts';
import { parsePastedPositions } from '../book/parsePastedPositions.ts';
import { groupings, groupKeyOf, groupSubtotals, pinnedTotals, type Grouping, type SubtotalRow } from '../book/subtotalRows.ts';
import { UndoStack } from '../book/undoStack.ts';
import { WhatIfPanel } from '../book/WhatIfPanel.tsx';
import { numberColumn, numericCell } from '../shell/numberColumn.ts';
import { gridTheme } from '../shell/theme.ts';
import { usePersistentColumns } from '../state/usePersistentColumns.ts';

type Row = PositionGridRow | SubtotalRow;
const isTotal = (row: Row | undefined): row is SubtotalRow => row !== undefined && !('id' in row);
const fieldLabels: Record<EditableField, string> = { quantity: 'Quantity', price: 'Price', vol: 'Vol' };
/** Numbers are typed as text so that our parser, not the browser, decides and explains refusals. */
const textEdited = { cellDataType: false, cellEditor: 'agTextCellEditor' } as const;
const inEditor = (target: EventTarget | null) => target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable]') !== null;
const figureColumn = (field: string, headerName: string, width = 110): ColDef<Row> => ({ field: field as never, headerName, type: 'rightAligned', width, cellClass: numericCell, valueFormatter: (p) => formatFigure(p.value as number | null) });

/**
 * The book: every position in an editable grid with its greeks and margin contribution, account
 * totals and subtotals by group, paste from Excel, undo/redo, export, and a what-if mode whose
 * edits stay local until committed.
 */
export function BookPage() {
  const { book: bookView, error: bookError, rows, version, write } = useBookRows();
  const analytics = usePositionAnalytics();
  const { margin, failure } = useLatestMargin();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [grouping, setGrouping] = useState<Grouping>('none');
  const [find, setFind] = useState('');
  const [whatIfMode, setWhatIfMode] = useState(false);
  const [whatIfEdits, setWhatIfEdits] = useState<BookEdit[]>([]);
  const [whatIf, setWhatIf] = useState<{ result: WhatIfResult | null; busy: boolean }>({ result: null, busy: false });
  const accepted = useRef<BookEdit[]>([]);
  const undo = useRef(new UndoStack());
  const grid = useRef<GridApi<Row> | null>(null);
  const refuse = useCallback((text: string) => setMessage({ text, error: true }), []);
  const layout = usePersistentColumns<Row>('book.positions');


  const accounts = useMemo(() => bookView?.accounts ?? [], [bookView]);
  const instruments = useMemo(() => [...new Set(rows.map((r) => r.instrument))].sort(), [rows]);
  // The book as it is (edits and undo steps refer to it) and, in what-if mode, with the local edits on top.
  const bookRows = useMemo(() => gridRows(rows, analytics, accounts), [rows, analytics, accounts]);
  const shown = useMemo(
    () => (whatIfMode ? gridRows(rows, analytics, accounts, whatIfEdits, whatIf.result?.positions ?? []) : bookRows),
    [bookRows, rows, analytics, accounts, whatIfMode, whatIfEdits, whatIf.result],
  );

  /** Sends edits to the book (one write, one undo step) or, in what-if mode, to the local list. */
  const apply = useCallback(
    async (edits: BookEdit[], label: string, record: boolean) => {
      if (whatIfMode) {
        setMessage(null);
        return setWhatIfEdits((current) => [...current, ...edits]);
      }
      try {
        const backward = inverseOf(edits, bookRows);
        await write(toPositionChanges(edits, bookRows));
        if (record) undo.current.push({ forward: edits, backward });
        setMessage(edits.length > 1 ? { text: `${label}: ${edits.length} changes saved as one step (Ctrl+Z takes them back)`, error: false } : null);
      } catch (error) {
        refuse(`${label} refused: ${(error as Error).message}`);
      }
    },
    [whatIfMode, bookRows, refuse, write],
  );

  // What-if: every change to the local list is previewed; a refused edit is dropped with its reason.
  useEffect(() => {
    if (!whatIfMode || whatIfEdits.length === 0) {
      accepted.current = whatIfEdits;
      setWhatIf({ result: null, busy: false });
      return;
    }
    let live = true;
    setWhatIf((w) => ({ ...w, busy: true }));
    Promise.resolve()
      .then(() => getApi().previewWhatIf({ changes: toPositionChanges(whatIfEdits, bookRows) }))
      .then(
        (result) => {
          if (!live) return;
          accepted.current = whatIfEdits;
          setWhatIf({ result, busy: false });
        },
        (error: unknown) => {
          if (!live) return;
          refuse(`What-if refused: ${(error as Error).message}`);
          setWhatIfEdits(accepted.current);
        },
      );
    return () => {
      live = false;
    };
  }, [whatIfMode, whatIfEdits, bookRows, refuse]);

  const commitWhatIf = useCallback(() => {
    const edits = whatIfEdits;
    setWhatIfMode(false);
    setWhatIfEdits([]);
    void (async () => {
      try {
        const backward = inverseOf(edits, bookRows);
        await write(toPositionChanges(edits, bookRows));
        undo.current.push({ forward: edits, backward });
        setMessage({ text: `What-if committed: ${edits.length} change${edits.length === 1 ? '' : 's'} saved as one step`, error: false });
      } catch (error) {
        refuse(`Commit refused: ${(error as Error).message}`);
      }
    })();
  }, [whatIfEdits, bookRows, refuse, write]);

  // Columns read the latest `apply` through a ref, so that new figures never rebuild the column set.
  const applyRef = useRef(apply);
  applyRef.current = apply;

  const setter = useCallback(
    (field: EditableField) => (params: ValueSetterParams<Row>) => {
      const row = params.data;
      if (isTotal(row) || row.whatIf === 'removed') return false;
      const parsed = parseNumberInput(params.newValue, fieldLabels[field]);
      if (!parsed.ok) {
        refuse(`${parsed.message} — ${row.instrument} (${row.account}) kept ${String(row[field] ?? '—')}`);
        params.api.flashCells({ rowNodes: [params.node!], columns: [field] });
        return false;
      }
      if (parsed.value === row[field]) return false;
      void applyRef.current([{ op: 'change', account: row.account, instrument: row.instrument, field, value: parsed.value }], fieldLabels[field], true);
      return false;
    },
    [refuse],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || inEditor(e.target)) return;
      const key = e.key.toLowerCase();
      const redo = key === 'y' || (key === 'z' && e.shiftKey);
      if (key !== 'z' && !redo) return;
      e.preventDefault();
      if (whatIfMode) return void (!redo && setWhatIfEdits((current) => current.slice(0, -1)));
      const step = redo ? undo.current.redo() : undo.current.undo();
      if (step) void apply(redo ? step.forward : step.backward, redo ? 'Redo' : 'Undo', false);
    };
    const onPaste = (e: ClipboardEvent) => {
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (inEditor(e.target) || !text.includes('\t')) return;
      e.preventDefault();
      const parsed = parsePastedPositions(text, bookRows);
      if (!parsed.ok) return refuse(`Paste refused, nothing applied: ${parsed.errors.join('; ')}`);
      void apply(parsed.edits, `Paste of ${parsed.lines} line${parsed.lines === 1 ? '' : 's'}`, true);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('paste', onPaste);
    };
  }, [apply, whatIfMode, bookRows, refuse]);

  const editable = useCallback((field: EditableField, extra: Partial<ColDef<Row>> = {}) => {
    const canEdit = (row: Row | undefined) => !isTotal(row) && row !== undefined && row.whatIf !== 'removed' && (field !== 'vol' || row.kind === 'option');
    return numberColumn<Row>(field, fieldLabels[field], {
      ...textEdited,
      editable: (p) => canEdit(p.data),
      valueSetter: setter(field),
      cellClass: (p) => (canEdit(p.data) ? [...numericCell, 'editable'] : numericCell),
      width: 110,
      ...extra,
    });
  }, [setter]);

  const columns = useMemo<ColDef<Row>[]>(
    () => [
      { field: 'account', headerName: 'Account', width: 100, filter: true, pinned: 'left' },
      { field: 'instrument', headerName: 'Instrument', width: 180, filter: true, pinned: 'left' },
      { field: 'kind' as never, headerName: 'Kind', width: 85, filter: true },
      { field: 'underlying' as never, headerName: 'Underlying', width: 105, filter: true },
      { field: 'expiry' as never, headerName: 'Expiry', width: 105, filter: true },
      editable('quantity'),
      editable('price', { valueFormatter: (p) => (p.value === undefined ? '' : formatPrice(p.value as number | null)) }),
      editable('vol', {
        width: 90,
        valueFormatter: (p) => (typeof p.value === 'number' ? p.value.toFixed(3) : ''),
        tooltipValueGetter: (p) => (!isTotal(p.data) && p.data?.volImplied ? 'implied from the price' : undefined),
        cellClassRules: { implied: (p) => !isTotal(p.data) && p.data?.volImplied === true },
      }),
      numberColumn<Row>('multiplier', 'Mult', { width: 70 }),
      {
        field: 'marketValue',
        headerName: 'Market value',
        type: 'rightAligned',
        width: 150,
        cellClass: numericCell,
        valueFormatter: (p) => (p.data && p.data.currency ? formatMoney(p.value as number | null, p.data.currency) : p.value === null ? 'mixed' : ''),
      },
      figureColumn('delta', 'Delta'),
      figureColumn('gamma', 'Gamma', 95),
      figureColumn('vega', 'Vega', 100),
      figureColumn('theta', 'Theta', 100),
      { ...figureColumn('marginContribution', 'Margin contrib.', 130), headerTooltip: "The position's loss in its group's worst scenario of the latest run" },
      {
        colId: 'margin',
        headerName: 'Margin',
        type: 'rightAligned',
        width: 140,
        cellClass: numericCell,
        valueGetter: (p) => (isTotal(p.data) ? p.data.margin : null),
        valueFormatter: (p) => (isTotal(p.data) && p.data.currency ? formatMoney(p.value as number | null, p.data.currency) : ''),
      },
      {
        colId: 'excluded',
        headerName: 'Excluded',
        width: 150,
        valueGetter: (p) => (isTotal(p.data) ? null : p.data?.excluded ?? null),
        tooltipValueGetter: (p) => (p.value as string | null) ?? undefined,
        cellClass: 'warning-cell',
      },
      {
        colId: 'actions',
        headerName: '',
        width: 56,
        sortable: false,
        suppressHeaderMenuButton: true,
        cellRenderer: DeleteButtonRenderer,
        cellRendererParams: {
          target: (row) => (isTotal(row) || !row || row.whatIf === 'removed' ? null : { account: row.account, instrument: row.instrument }),
          onDelete: ({ account, instrument }) => void applyRef.current([{ op: 'remove', account, instrument }], 'Delete', true),
        } satisfies DeleteButtonParams<Row>,
      },
    ],
    [editable],
  );

  const subtotals = useMemo(() => groupSubtotals(shown, grouping), [shown, grouping]);
  // Rows equal to the ones on screen keep their objects, so the grid updates only what changed.
  const onScreen = useRef<Row[]>([]);
  const rowData = useMemo<Row[]>(() => (onScreen.current = keepUnchangedRows<Row>(onScreen.current, [...shown, ...subtotals])), [shown, subtotals]);
  const totals = useMemo(() => pinnedTotals(accounts, shown, margin), [accounts, shown, margin]);
  const getRowId = useCallback((p: GetRowIdParams<Row>) => p.data.rowId, []);
  const groupingRef = useRef(grouping);
  groupingRef.current = grouping;
  // Our own grouping: after any sort, each group's rows stay together, its subtotal right under them.
  const postSortRows = useCallback((params: PostSortRowsParams<Row>) => {
    const g = groupingRef.current;
    if (g === 'none') return;
    const order = new Map<string, number>();
    const keyOf = (r: Row) => (isTotal(r) ? r.group : groupKeyOf(r, g));
    for (const node of params.nodes) if (node.data && !order.has(keyOf(node.data))) order.set(keyOf(node.data), order.size);
    params.nodes.sort((a, b) => (order.get(keyOf(a.data!)) ?? 0) - (order.get(keyOf(b.data!)) ?? 0) || Number(isTotal(a.data)) - Number(isTotal(b.data)));
  }, []);
  useEffect(() => grid.current?.refreshClientSideRowModel('sort'), [grouping]);

  const exportXlsx = useCallback(() => {
    const api = grid.current;
    if (!api) return;
    const columns = api.getAllDisplayedColumns().filter((c) => c.getColId() !== 'actions');
    const lines: (string | number | null)[][] = [];
    const add = (node: Parameters<Parameters<GridApi<Row>['forEachNodeAfterFilterAndSort']>[0]>[0]) =>
      lines.push(columns.map((c) => (api.getCellValue({ rowNode: node, colKey: c }) as string | number | null | undefined) ?? null));
    api.forEachNodeAfterFilterAndSort(add);
    for (let i = 0; i < api.getPinnedBottomRowCount(); i++) add(api.getPinnedBottomRow(i)!);
    void exportBookXlsx('book.xlsx', columns.map((c) => c.getColDef().headerName ?? c.getColId()), lines).catch((e: unknown) => refuse(`Export failed: ${(e as Error).message}`));
  }, [refuse]);

  if (bookError) return <p role="alert" className="error">Could not load the book: {bookError}</p>;
  if (!bookView) return <p className="muted">Loading the book…</p>;
  const stale = margin !== null && margin.bookVersion < version;
  const changed = whatIfMode && whatIfEdits.length > 0;
  return (
    <div className={`page book-page${whatIfMode ? ' whatif-mode' : ''}`}>
      <header className="page-header">
        <h1>Book</h1>
        <span className="muted">
          as of {bookView.asOf} · {rows.length} positions · {bookView.accounts.length} accounts · Ctrl+Z undo, Ctrl+Y redo · paste rows from Excel (account, instrument, quantity[, price])
        </span>
      </header>
      <AccountCards accounts={bookView.accounts} margin={margin} stale={stale} onMethodChange={(account, method) => void getApi().setAccountMarginMethod({ account, method }).catch((e: unknown) => refuse((e as Error).message))} />
      {failure && <p role="alert" className="error">Margin could not be computed: {failure}</p>}
      <div className="toolbar book-toolbar">
        <AddPositionForm accounts={accounts.map((a) => a.id)} instruments={instruments} onAdd={(account, instrument, quantity) => void apply([{ op: 'add', account, instrument, quantity }], 'Add', true)} onRefused={refuse} />
        <input type="search" className="book-find" aria-label="Find in the book" placeholder="Find account, instrument…" value={find} onChange={(e) => setFind(e.target.value)} />
        <label>
          Group by{' '}
          <select aria-label="Group by" value={grouping} onChange={(e) => setGrouping(e.target.value as Grouping)}>
            {groupings.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={whatIfMode} disabled={changed} onChange={(e) => setWhatIfMode(e.target.checked)} /> What-if mode
        </label>
        <span className="toolbar-end">
          <button type="button" onClick={() => grid.current?.exportDataAsCsv({ fileName: 'book.csv', columnKeys: grid.current.getAllDisplayedColumns().filter((c) => c.getColId() !== 'actions') })}>Export CSV</button>{' '}
          <button type="button" onClick={exportXlsx}>Export .xlsx</button>
        </span>
      </div>
      {whatIfMode && (
        <WhatIfPanel
          edits={whatIfEdits.length}
          result={whatIf.result}
          busy={whatIf.busy}
          onCommit={commitWhatIf}
          onDiscard={() => {
            setWhatIfEdits([]);
            setWhatIfMode(false);
          }}
        />
      )}
      <p role="alert" className={`message ${message ? (message.error ? 'error' : 'ok') : 'hidden'}`} data-testid="cell-message">
        {message?.text}
      </p>
      <div className="grid-host">
        <AgGridReact<Row>
          theme={gridTheme}
          rowData={rowData}
          columnDefs={columns}
          getRowId={getRowId}
          pinnedBottomRowData={totals}
          singleClickEdit={false}
          stopEditingWhenCellsLoseFocus
          tooltipShowDelay={300}
          quickFilterText={find}
          cacheQuickFilter
          rowBuffer={5}
          suppressColumnVirtualisation
          animateRows={false}
          postSortRows={postSortRows}
          {...layout}
          onGridReady={(e: GridReadyEvent<Row>) => {
            grid.current = e.api;
            layout.onGridReady?.(e);
          }}
          getRowClass={(p) => (isTotal(p.data) ? 'total-row' : p.data?.whatIf ? `whatif-${p.data.whatIf}` : p.data?.excluded ? 'excluded-row' : undefined)}
        />
      </div>
    </div>
  );
}
