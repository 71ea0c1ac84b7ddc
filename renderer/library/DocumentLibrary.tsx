import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo, useState } from 'react';
import type { VersionedEntry } from '../../shared/libraryView.ts';
import { gridTheme } from '../shell/theme.ts';

interface Props<Detail> {
  title: string;
  entries: VersionedEntry[] | null;
  error: string | null;
  detailTitle: string;
  detailColumns: ColDef<Detail>[];
  toDetailRows: (entry: VersionedEntry) => Detail[];
}

const entryColumns: ColDef<VersionedEntry>[] = [
  { field: 'name', headerName: 'Name', flex: 2 },
  { field: 'id', headerName: 'Id', flex: 2 },
  { field: 'kind', headerName: 'Kind', width: 140 },
  { field: 'version', headerName: 'Version', width: 100, type: 'rightAligned' },
  { field: 'effectiveDate', headerName: 'Effective', width: 120 },
  { field: 'createdAt', headerName: 'Saved', width: 190, valueFormatter: (p) => new Date(p.value as string).toLocaleString() },
];

/** A list of versioned documents (rule sets, scenario sets) and the selected one's contents. */
export function DocumentLibrary<Detail>({ title, entries, error, detailTitle, detailColumns, toDetailRows }: Props<Detail>) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = entries?.find((e) => e.id === selectedId) ?? entries?.[0] ?? null;
  const detail = useMemo(() => (selected ? toDetailRows(selected) : []), [selected, toDetailRows]);
  return (
    <div className="page">
      <header className="page-header">
        <h1>{title}</h1>
        <span className="muted">{entries ? `${entries.length} in the library` : 'Loading…'}</span>
      </header>
      {error && <p role="alert" className="error">{error}</p>}
      <div className="grid-host short">
        <AgGridReact<VersionedEntry>
          theme={gridTheme}
          rowData={entries ?? []}
          columnDefs={entryColumns}
          getRowId={(p) => p.data.id}
          rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
          onRowClicked={(e) => e.data && setSelectedId(e.data.id)}
          domLayout="autoHeight"
        />
      </div>
      {selected && (
        <>
          <h2>
            {detailTitle}: {selected.name} <span className="muted">v{selected.version}</span>
          </h2>
          <div className="grid-host">
            <AgGridReact<Detail> theme={gridTheme} rowData={detail} columnDefs={detailColumns} />
          </div>
        </>
      )}
    </div>
  );
}
