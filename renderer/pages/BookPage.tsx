import type { ColDef, GetRowIdParams, ValueSetterParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EditableField } from '../../shared/api.ts';
import type { PositionRow } from '../../shared/bookView.ts';
import { formatMoney } from '../../shared/formatNumber.ts';
import { parseNumberInput } from '../../shared/parseNumberInput.ts';
import { getApi } from '../api/getApi.ts';
import { useApiData } from '../api/useApiData.ts';
import { useLatestMargin } from '../api/useLatestMargin.ts';
import { AccountCards } from '../book/AccountCards.tsx';
import { accountTotals, type AccountTotalRow } from '../book/accountTotals.ts';
import { UndoStack } from '../book/undoStack.ts';
import { numberColumn, numericCell } from '../shell/numberColumn.ts';
import { gridTheme } from '../shell/theme.ts';

type Row = PositionRow | AccountTotalRow;
const isTotal = (row: Row | undefined): row is AccountTotalRow => row !== undefined && !('id' in row);
const fieldLabels: Record<EditableField, string> = { quantity: 'Quantity', price: 'Price' };
const bookEvents = ['bookChanged'] as const;
/** Numbers are typed as text so that our parser, not the browser, decides and explains refusals. */
const textEdited = { cellDataType: false, cellEditor: 'agTextCellEditor' } as const;

/** The book: every position in an editable grid, account totals, and live margin per account. */
export function BookPage() {
  const book = useApiData(() => getApi().getBook({}), bookEvents);
  const { margin, failure } = useLatestMargin();
  const [message, setMessage] = useState<string | null>(null);
  const [rows, setRows] = useState<PositionRow[]>([]);
  const undo = useRef(new UndoStack());

  useEffect(() => {
    if (book.data) setRows(book.data.positions);
  }, [book.data]);

  const commit = useCallback(async (positionId: number, field: EditableField, value: number, before: number, record: boolean) => {
    setRows((current) => current.map((r) => (r.id === positionId ? { ...r, [field]: value } : r)));
    try {
      const saved = await getApi().updatePosition({ positionId, field, value });
      setRows((current) => current.map((r) => (r.id === positionId ? saved : r.instrument === saved.instrument ? { ...r, price: saved.price } : r)));
      if (record) undo.current.push({ positionId, field, before, after: value });
      setMessage(null);
    } catch (error) {
      setRows((current) => current.map((r) => (r.id === positionId ? { ...r, [field]: before } : r)));
      setMessage(`${fieldLabels[field]} refused: ${(error as Error).message}`);
    }
  }, []);

  const setter = useCallback(
    (field: EditableField) => (params: ValueSetterParams<Row>) => {
      const row = params.data;
      if (isTotal(row)) return false;
      const parsed = parseNumberInput(params.newValue, fieldLabels[field]);
      if (!parsed.ok) {
        setMessage(`${parsed.message} — ${row.instrument} (${row.account}) kept ${String(row[field] ?? '—')}`);
        params.api.flashCells({ rowNodes: [params.node!], columns: [field] });
        return false;
      }
      const before = row[field] ?? 0;
      if (parsed.value === before) return false;
      void commit(row.id, field, parsed.value, before, true);
      return false;
    },
    [commit],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || (e.target instanceof HTMLElement && e.target.closest('input, textarea, select'))) return;
      const key = e.key.toLowerCase();
      const redo = key === 'y' || (key === 'z' && e.shiftKey);
      if (key !== 'z' && !redo) return;
      e.preventDefault();
      const edit = redo ? undo.current.redo() : undo.current.undo();
      if (edit) void commit(edit.positionId, edit.field, redo ? edit.after : edit.before, redo ? edit.before : edit.after, false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commit]);

  const columns = useMemo<ColDef<Row>[]>(
    () => [
      { field: 'account', headerName: 'Account', width: 105, filter: true },
      { field: 'instrument', headerName: 'Instrument', flex: 1.4, minWidth: 180, filter: true },
      { field: 'kind' as never, headerName: 'Kind', width: 95, filter: true },
      { field: 'underlying' as never, headerName: 'Underlying', width: 115 },
      { field: 'expiry' as never, headerName: 'Expiry', width: 110 },
      numberColumn<Row>('quantity', 'Quantity', { ...textEdited, editable: (p) => !isTotal(p.data), valueSetter: setter('quantity'), cellClass: (p) => (isTotal(p.data) ? numericCell : [...numericCell, 'editable']), width: 110 }),
      numberColumn<Row>('price', 'Price', { ...textEdited, editable: (p) => !isTotal(p.data), valueSetter: setter('price'), cellClass: (p) => (isTotal(p.data) ? numericCell : [...numericCell, 'editable']), width: 115 }),
      numberColumn<Row>('multiplier', 'Mult', { width: 85 }),
      {
        field: 'marketValue',
        headerName: 'Market value',
        type: 'rightAligned',
        flex: 1,
        minWidth: 150,
        cellClass: numericCell,
        valueFormatter: (p) => (p.data ? formatMoney(p.value as number | null, p.data.currency) : ''),
      },
      {
        colId: 'margin',
        headerName: 'Margin',
        type: 'rightAligned',
        flex: 1,
        minWidth: 140,
        cellClass: numericCell,
        valueGetter: (p) => (isTotal(p.data) ? p.data.margin : null),
        valueFormatter: (p) => (isTotal(p.data) ? formatMoney(p.value as number | null, p.data.currency) : ''),
      },
    ],
    [setter],
  );

  const totals = useMemo(() => (book.data ? accountTotals(book.data.accounts, rows, margin) : []), [book.data, rows, margin]);
  const getRowId = useCallback((p: GetRowIdParams<Row>) => (isTotal(p.data) ? `total:${p.data.account}` : String(p.data.id)), []);

  if (book.error) return <p role="alert" className="error">Could not load the book: {book.error}</p>;
  if (!book.data) return <p className="muted">Loading the book…</p>;
  const stale = margin !== null && margin.bookVersion < book.data.version;
  return (
    <div className="page book-page">
      <header className="page-header">
        <h1>Book</h1>
        <span className="muted">
          as of {book.data.asOf} · {rows.length} positions · {book.data.accounts.length} accounts · Ctrl+Z undo, Ctrl+Y redo
        </span>
      </header>
      <AccountCards
        accounts={book.data.accounts}
        margin={margin}
        stale={stale}
        onMethodChange={(account, method) => void getApi().setAccountMarginMethod({ account, method }).catch((e: unknown) => setMessage((e as Error).message))}
      />
      {failure && <p role="alert" className="error">Margin could not be computed: {failure}</p>}
      <p role="alert" className={`message ${message ? 'error' : 'hidden'}`} data-testid="cell-message">
        {message}
      </p>
      <div className="grid-host">
        <AgGridReact<Row>
          theme={gridTheme}
          rowData={rows}
          columnDefs={columns}
          getRowId={getRowId}
          pinnedBottomRowData={totals}
          singleClickEdit={false}
          stopEditingWhenCellsLoseFocus
          getRowClass={(p) => (isTotal(p.data) ? 'total-row' : undefined)}
        />
      </div>
    </div>
  );
}
