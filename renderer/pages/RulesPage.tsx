import type { ColDef } from 'ag-grid-community';
import type { VersionedEntry } from '../../shared/libraryView.ts';
import { getApi } from '../api/getApi.ts';
import { useApiData } from '../api/useApiData.ts';
import { numericCell } from '../shell/numberColumn.ts';
import { DocumentLibrary } from '../library/DocumentLibrary.tsx';
import { flattenParameters, type ParameterRow } from '../library/flattenParameters.ts';

const columns: ColDef<ParameterRow>[] = [
  { field: 'path', headerName: 'Parameter', flex: 2 },
  { field: 'value', headerName: 'Value', flex: 1, type: 'rightAligned', cellClass: numericCell },
];

const toRows = (entry: VersionedEntry) => flattenParameters((entry.document as { parameters?: unknown }).parameters);
const libraryEvents = [] as const;

/** Rule sets in the store, newest version of each, with every parameter of the selected one. */
export function RulesPage() {
  const sets = useApiData(() => getApi().listRuleSets({}), libraryEvents);
  return <DocumentLibrary title="Rules" entries={sets.data} error={sets.error} detailTitle="Parameters of" detailColumns={columns} toDetailRows={toRows} />;
}
