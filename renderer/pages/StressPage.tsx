import { getApi } from '../api/getApi.ts';
import { useApiData } from '../api/useApiData.ts';

const noEvents = [] as const;

/** Stress: the scenario sets the book can be run against. */
export function StressPage() {
  const sets = useApiData(() => getApi().listScenarioSets({}), noEvents);
  return (
    <div className="page">
      <header className="page-header">
        <h1>Stress</h1>
      </header>
      {sets.error && <p role="alert" className="error">{sets.error}</p>}
      <ul>
        {(sets.data ?? []).map((s) => (
          <li key={s.id}>{s.name}</li>
        ))}
      </ul>
    </div>
  );
}
