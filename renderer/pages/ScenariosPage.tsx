import { useRef, useState } from 'react';
import type { VersionedEntry } from '../../shared/libraryView.ts';
import { scenarioSetSchema, type ScenarioSet } from '../../shared/scenarioSet.ts';
import { getApi } from '../api/getApi.ts';
import { useApiData } from '../api/useApiData.ts';
import { newScenarioSet } from '../scenarios/newScenarioSet.ts';
import { ScenarioComparisonView } from '../scenarios/ScenarioComparisonView.tsx';
import { ScenarioLibraryList } from '../scenarios/ScenarioLibraryList.tsx';
import { ScenarioSetEditor } from '../scenarios/ScenarioSetEditor.tsx';
import { SetActions, type Notice } from '../scenarios/SetActions.tsx';
import type { SetRef } from '../scenarios/SetRefPicker.tsx';
import { VersionHistory } from '../scenarios/VersionHistory.tsx';

/** What the editor shows: a saved version (read-only when older than the latest) or a new set. */
interface OpenSet {
  entry: VersionedEntry | null;
  document: ScenarioSet;
  readOnly: boolean;
}

const refreshOn = ['scenariosChanged'] as const;

/**
 * The scenario library: every live set; open one to edit it in a grid (Save adds a version),
 * duplicate, export, import, delete, browse its versions, and compare two sets or versions on
 * the book side by side.
 */
export function ScenariosPage() {
  const sets = useApiData(() => getApi().listScenarioSets({}), refreshOn);
  const [tab, setTab] = useState<'library' | 'compare'>('library');
  const [open, setOpen] = useState<OpenSet | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [comparison, setComparison] = useState<{ key: number; refs: { left: SetRef; right: SetRef } | null }>({ key: 0, refs: null });
  const fileInput = useRef<HTMLInputElement>(null);
  const list = sets.data ?? [];

  const openEntry = (entry: VersionedEntry, readOnly = false) => {
    const parsed = scenarioSetSchema.safeParse(entry.document);
    if (!parsed.success) {
      setNotice({ kind: 'error', text: `${entry.id} v${entry.version} is not a valid scenario set and cannot be opened` });
      return;
    }
    setOpen({ entry, document: parsed.data, readOnly });
  };
  const importFile = async (file: File) => {
    try {
      const saved = await getApi().importScenarioSet({ fileName: file.name, text: await file.text() });
      setNotice({ kind: 'ok', text: `Imported ${file.name} as ${saved.id} v${saved.version}` });
      openEntry(saved);
    } catch (error) {
      setNotice({ kind: 'error', text: `Not imported — ${(error as Error).message}` });
    }
  };
  const showTab = (next: 'library' | 'compare') => {
    setNotice(null);
    setTab(next);
  };
  const compare = (refs: { left: SetRef; right: SetRef }) => {
    setComparison((c) => ({ key: c.key + 1, refs }));
    showTab('compare');
  };

  const entry = open?.entry ?? null;
  const latest = entry ? list.find((e) => e.id === entry.id) : undefined;
  const stale = entry !== null && !open?.readOnly && sets.data !== null && (latest === undefined || latest.version > entry.version);

  return (
    <div className="page scenarios-page">
      <header className="page-header">
        <h1>Scenarios</h1>
        <span className="muted">{sets.data ? `${list.length} sets in the library` : 'Loading…'}</span>
        <span role="tablist" aria-label="Scenario views" className="tabs">
          <button type="button" role="tab" aria-selected={tab === 'library'} onClick={() => showTab('library')}>
            Library
          </button>
          <button type="button" role="tab" aria-selected={tab === 'compare'} onClick={() => showTab('compare')}>
            Compare
          </button>
        </span>
      </header>
      {sets.error && <p role="alert" className="error">{sets.error}</p>}
      {notice && (
        <p role="status" className={notice.kind} data-testid="scenarios-notice">
          {notice.text}
        </p>
      )}
      {tab === 'compare' ? (
        <ScenarioComparisonView key={comparison.key} sets={list} initial={comparison.refs} />
      ) : (
        <>
          <div className="toolbar">
            <button type="button" onClick={() => setOpen({ entry: null, document: newScenarioSet(list.map((e) => e.id)), readOnly: false })}>
              New set
            </button>
            <button type="button" onClick={() => fileInput.current?.click()}>
              Import…
            </button>
            <input
              ref={fileInput}
              type="file"
              accept=".json,application/json"
              aria-label="Import scenario set file"
              hidden
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void importFile(file);
              }}
            />
            {!open && <span className="muted">Click a set to open it.</span>}
          </div>
          <ScenarioLibraryList entries={list} selectedId={entry?.id ?? null} onOpen={(e) => openEntry(e)} />
          {open && (
            <>
              {stale && (
                <p className="warning">
                  {latest ? `v${latest.version} was saved since v${entry.version} was opened.` : 'This set was deleted; its versions stay in the history.'}{' '}
                  {latest && (
                    <button type="button" onClick={() => openEntry(latest)}>
                      Open v{latest.version}
                    </button>
                  )}
                </p>
              )}
              {open.readOnly && entry && (
                <p className="warning">
                  Viewing v{entry.version} read-only.{' '}
                  {latest && (
                    <button type="button" onClick={() => openEntry(latest)}>
                      Back to v{latest.version}
                    </button>
                  )}
                </p>
              )}
              <div className={historyOpen && entry ? 'editor-with-history' : undefined}>
                <ScenarioSetEditor
                  key={`${open.document.id}:${entry?.version ?? 'new'}:${open.readOnly}`}
                  entry={entry}
                  document={open.document}
                  readOnly={open.readOnly}
                  onSaved={(saved) => {
                    setNotice({ kind: 'ok', text: `Saved ${saved.name} as v${saved.version}` });
                    openEntry(saved);
                  }}
                  actions={
                    entry && (
                      <SetActions
                        key={`${entry.id}:${entry.version}`}
                        entry={entry}
                        historyOpen={historyOpen}
                        onToggleHistory={() => setHistoryOpen(!historyOpen)}
                        onDuplicated={(copy) => openEntry(copy)}
                        onDeleted={() => setOpen(null)}
                        onNotice={setNotice}
                      />
                    )
                  }
                />
                {historyOpen && entry && (
                  <VersionHistory
                    key={entry.id}
                    id={entry.id}
                    openVersion={entry.version}
                    onOpen={(v, isLatest) => openEntry(v, !isLatest)}
                    onCompare={(version) => compare({ left: { id: entry.id, version }, right: { id: entry.id, version: entry.version } })}
                  />
                )}
              </div>
            </>
          )}
        </>
      )}
    </div>
  );
}
