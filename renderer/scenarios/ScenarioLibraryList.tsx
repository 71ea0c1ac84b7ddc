import type { ColDef, GridApi } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useEffect, useRef } from 'react';
import type { VersionedEntry } from '../../shared/libraryView.ts';
import { gridTheme } from '../shell/theme.ts';
import { usePersistentColumns } from '../state/usePersistentColumns.ts';

const scenarioCount = (entry: VersionedEntry) => (entry.document as { scenarios?: unknown[] }).scenarios?.length ?? 0;

const columns: ColDef<VersionedEntry>[] = [
  { field: 'name', headerName: 'Name', flex: 2 },
  { field: 'id', headerName: 'Id', flex: 1.5 },
  { field: 'version', headerName: 'Version', width: 100, type: 'rightAligned', valueFormatter: (p) => `v${String(p.value)}` },
  { colId: 'scenarios', headerName: 'Scenarios', width: 110, type: 'rightAligned', valueGetter: (p) => (p.data ? scenarioCount(p.data) : null) },
  { field: 'createdAt', headerName: 'Saved', width: 200, valueFormatter: (p) => new Date(p.value as string).toLocaleString() },
];

interface Props {
  entries: VersionedEntry[];
  selectedId: string | null;
  onOpen: (entry: VersionedEntry) => void;
}

/** The scenario library: the latest version of every live set; a click opens one in the editor. */
export function ScenarioLibraryList({ entries, selectedId, onOpen }: Props) {
  const grid = useRef<GridApi<VersionedEntry> | null>(null);
  const layout = usePersistentColumns<VersionedEntry>('scenarios.library');
  // Row classes are computed when a row is drawn: draw them again to move the highlight.
  useEffect(() => grid.current?.redrawRows(), [selectedId]);
  return (
    <div className="grid-host short">
      <AgGridReact<VersionedEntry>
        theme={gridTheme}
        {...layout}
        rowData={entries}
        columnDefs={columns}
        getRowId={(p) => p.data.id}
        domLayout="autoHeight"
        animateRows={false}
        getRowClass={(p) => (p.data?.id === selectedId ? 'open-row' : undefined)}
        onGridReady={(e) => {
          layout.onGridReady?.(e);
          grid.current = e.api;
        }}
        onRowClicked={(e) => e.data && onOpen(e.data)}
      />
    </div>
  );
}
