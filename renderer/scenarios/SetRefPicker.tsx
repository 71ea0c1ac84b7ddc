import { useEffect, useState } from 'react';
import type { VersionedEntry } from '../../shared/libraryView.ts';
import { getApi } from '../api/getApi.ts';

export interface SetRef {
  id: string;
  /** Absent: the latest version. */
  version?: number;
}

interface Props {
  label: string;
  sets: VersionedEntry[];
  value: SetRef | null;
  onChange: (ref: SetRef) => void;
}

/** A scenario set and one of its versions (latest by default), for one side of a comparison. */
export function SetRefPicker({ label, sets, value, onChange }: Props) {
  const [versions, setVersions] = useState<number[]>([]);
  const id = value?.id ?? '';
  useEffect(() => {
    if (!id) return;
    let live = true;
    getApi()
      .listScenarioSetVersions({ id })
      .then(
        (list) => live && setVersions(list.map((v) => v.version)),
        () => live && setVersions([]),
      );
    return () => {
      live = false;
    };
  }, [id]);
  return (
    <fieldset className="set-ref">
      <legend>{label}</legend>
      <select aria-label={`${label} set`} value={id} onChange={(e) => onChange({ id: e.target.value })}>
        <option value="" disabled>
          choose a set
        </option>
        {sets.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <select aria-label={`${label} version`} value={value?.version ?? ''} disabled={!id} onChange={(e) => onChange({ id, ...(e.target.value ? { version: Number(e.target.value) } : {}) })}>
        <option value="">latest{versions[0] ? ` (v${versions[0]})` : ''}</option>
        {versions.map((v) => (
          <option key={v} value={v}>
            v{v}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
