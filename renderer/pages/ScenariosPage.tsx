import type { ColDef } from 'ag-grid-community';
import { scenarioSetSchema, type Scenario } from '../../shared/scenarioSet.ts';
import type { VersionedEntry } from '../../shared/libraryView.ts';
import { getApi } from '../api/getApi.ts';
import { useApiData } from '../api/useApiData.ts';
import { DocumentLibrary } from '../library/DocumentLibrary.tsx';
import { describeShock } from '../library/describeShock.ts';

interface ScenarioRow {
  id: string;
  name: string;
  shocks: string;
  daysForward: number;
}

const columns: ColDef<ScenarioRow>[] = [
  { field: 'id', headerName: 'Id', width: 160 },
  { field: 'name', headerName: 'Scenario', flex: 1 },
  { field: 'shocks', headerName: 'Shocks', flex: 2 },
  { field: 'daysForward', headerName: 'Days forward', width: 130, type: 'rightAligned' },
];

function toRows(entry: VersionedEntry): ScenarioRow[] {
  const parsed = scenarioSetSchema.safeParse(entry.document);
  if (!parsed.success) return [];
  return parsed.data.scenarios.map((s: Scenario) => ({ id: s.id, name: s.name, shocks: s.shocks.map(describeShock).join('; '), daysForward: s.daysForward }));
}

const libraryEvents = [] as const;

/** The scenario library: every saved scenario set and the scenarios of the selected one. */
export function ScenariosPage() {
  const sets = useApiData(() => getApi().listScenarioSets({}), libraryEvents);
  return <DocumentLibrary title="Scenarios" entries={sets.data} error={sets.error} detailTitle="Scenarios in" detailColumns={columns} toDetailRows={toRows} />;
}
