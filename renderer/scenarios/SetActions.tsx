import { useState } from 'react';
import type { VersionedEntry } from '../../shared/libraryView.ts';
import { getApi } from '../api/getApi.ts';
import { downloadJson } from './downloadJson.ts';

export type Notice = { kind: 'ok' | 'error'; text: string };

interface Props {
  entry: VersionedEntry;
  historyOpen: boolean;
  onToggleHistory: () => void;
  onDuplicated: (entry: VersionedEntry) => void;
  onDeleted: () => void;
  onNotice: (notice: Notice) => void;
}

/** What can be done with a saved set: duplicate it under a new id, export it to a file, delete it (after a confirm), show its versions. */
export function SetActions({ entry, historyOpen, onToggleHistory, onDuplicated, onDeleted, onNotice }: Props) {
  const [mode, setMode] = useState<'idle' | 'duplicate' | 'delete'>('idle');
  const [newId, setNewId] = useState(`${entry.id}-copy`);
  const [newName, setNewName] = useState(`${entry.name} (copy)`);
  const fail = (error: unknown) => onNotice({ kind: 'error', text: (error as Error).message });

  const exportFile = async () => {
    try {
      const saved = await getApi().getScenarioSet({ id: entry.id, version: entry.version });
      downloadJson(`${saved.id}-v${saved.version}.json`, saved.document);
    } catch (error) {
      fail(error);
    }
  };
  const duplicate = async () => {
    try {
      const copy = await getApi().duplicateScenarioSet({ id: entry.id, version: entry.version, newId, name: newName });
      setMode('idle');
      onNotice({ kind: 'ok', text: `Duplicated ${entry.id} v${entry.version} as ${copy.id}` });
      onDuplicated(copy);
    } catch (error) {
      fail(error);
    }
  };
  const remove = async () => {
    try {
      const { versions } = await getApi().deleteScenarioSet({ id: entry.id });
      setMode('idle');
      onNotice({ kind: 'ok', text: `Deleted ${entry.name}; its ${versions} version${versions === 1 ? '' : 's'} stay in the history` });
      onDeleted();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <span className="set-actions">
      <button type="button" aria-pressed={historyOpen} onClick={onToggleHistory}>
        History
      </button>
      <button type="button" onClick={() => setMode('duplicate')}>
        Duplicate…
      </button>
      <button type="button" onClick={() => void exportFile()}>
        Export
      </button>
      <button type="button" className="danger" onClick={() => setMode('delete')}>
        Delete set…
      </button>
      {mode === 'duplicate' && (
        <span className="inline-form" role="group" aria-label="Duplicate set">
          <input aria-label="New id" value={newId} onChange={(e) => setNewId(e.target.value)} />
          <input aria-label="New name" value={newName} size={26} onChange={(e) => setNewName(e.target.value)} />
          <button type="button" className="primary" onClick={() => void duplicate()}>
            Duplicate
          </button>
          <button type="button" onClick={() => setMode('idle')}>
            Cancel
          </button>
        </span>
      )}
      {mode === 'delete' && (
        <span className="inline-form confirm" role="alertdialog" aria-label="Confirm delete">
          Delete “{entry.name}”? Its versions stay readable in the history.
          <button type="button" className="danger" onClick={() => void remove()}>
            Delete
          </button>
          <button type="button" onClick={() => setMode('idle')}>
            Cancel
          </button>
        </span>
      )}
    </span>
  );
}
