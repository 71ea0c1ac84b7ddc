import type { VersionedEntry } from '../../shared/libraryView.ts';
import { getApi } from '../api/getApi.ts';
import { useApiData } from '../api/useApiData.ts';

interface Props {
  id: string;
  /** The version shown in the editor. */
  openVersion: number | null;
  onOpen: (entry: VersionedEntry, latest: boolean) => void;
  onCompare: (version: number) => void;
}

const refreshOn = ['scenariosChanged'] as const;

/** Every saved version of one set, newest first: open one (older ones read-only) or compare it with the open one. */
export function VersionHistory({ id, openVersion, onOpen, onCompare }: Props) {
  const versions = useApiData(() => getApi().listScenarioSetVersions({ id }), refreshOn);
  const list = versions.data ?? [];
  return (
    <aside className="version-history" aria-label="Version history">
      <h2>Versions of {id}</h2>
      {versions.error && <p className="error">{versions.error}</p>}
      <ol>
        {list.map((v, i) => (
          <li key={v.version} className={v.version === openVersion ? 'open' : undefined}>
            <strong>v{v.version}</strong> <span className="muted">{new Date(v.createdAt).toLocaleString()} · {(v.document as { scenarios?: unknown[] }).scenarios?.length ?? 0} scenarios</span>
            <span className="version-actions">
              <button type="button" disabled={v.version === openVersion} onClick={() => onOpen(v, i === 0)} aria-label={`Open v${v.version}`}>
                Open
              </button>
              <button type="button" disabled={v.version === openVersion || openVersion === null} onClick={() => onCompare(v.version)} aria-label={`Compare v${v.version} with the open version`}>
                Compare
              </button>
            </span>
          </li>
        ))}
      </ol>
    </aside>
  );
}
