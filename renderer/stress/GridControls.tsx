import { useEffect, useRef, useState } from 'react';
import type { MoveRange } from '../../shared/moveRange.ts';
import { deskGridSettings, maxDaysForward } from '../../shared/stressGrid.ts';
import { checkStressGridSettings, type SettingsField, type StressGridSettings } from '../../shared/stressGridSettings.ts';
import './stress.css';

type Drafts = Record<SettingsField, string>;

/** How long typing must pause before the grid reruns: one run per edit, not per keystroke. */
const settleMs = 400;
const dayPicks = [0, 1, 7, 30, 90, 365];
const rangeFields: (keyof MoveRange)[] = ['from', 'to', 'step'];

const toDrafts = (s: StressGridSettings): Drafts => ({
  'price.from': String(s.price.from),
  'price.to': String(s.price.to),
  'price.step': String(s.price.step),
  'vol.from': String(s.vol.from),
  'vol.to': String(s.vol.to),
  'vol.step': String(s.vol.step),
  daysForward: String(s.daysForward),
});
// An emptied box is "no number", not 0 (which Number('') would give).
const read = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
const toSettings = (d: Drafts): StressGridSettings => ({
  price: { from: read(d['price.from']), to: read(d['price.to']), step: read(d['price.step']) },
  vol: { from: read(d['vol.from']), to: read(d['vol.to']), step: read(d['vol.step']) },
  daysForward: read(d.daysForward),
});

/**
 * The price × vol grid's controls: price moves and vol shifts as from / to / step in percent,
 * and days forward. Each box says in place why it refuses a value; valid settings go to
 * `onChange` once typing pauses (the grid reruns by itself), and Reset returns to the desk's.
 */
export function GridControls({ settings, onChange }: { settings: StressGridSettings; onChange: (settings: StressGridSettings) => void }) {
  const [drafts, setDrafts] = useState(() => toDrafts(settings));
  const check = checkStressGridSettings(toSettings(drafts));
  const errors = check.ok ? {} : check.errors;
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; settings: StressGridSettings } | null>(null);
  const commit = useRef(onChange);
  useEffect(() => {
    commit.current = onChange;
  });
  // A change still settling when the view closes is kept rather than lost.
  useEffect(
    () => () => {
      if (!pending.current) return;
      clearTimeout(pending.current.timer);
      commit.current(pending.current.settings);
    },
    [],
  );

  const edit = (field: SettingsField, text: string) => {
    const next = { ...drafts, [field]: text };
    setDrafts(next);
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    const settled = toSettings(next);
    if (!checkStressGridSettings(settled).ok) return;
    pending.current = {
      settings: settled,
      timer: setTimeout(() => {
        pending.current = null;
        commit.current(settled);
      }, settleMs),
    };
  };
  const reset = () => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    setDrafts(toDrafts(deskGridSettings));
    onChange(deskGridSettings);
  };
  const atDesk = JSON.stringify(drafts) === JSON.stringify(toDrafts(deskGridSettings));

  const input = (field: SettingsField, name: string, props: { min?: number; max?: number; step?: number | 'any'; list?: string } = {}) => (
    <input
      type="number"
      aria-label={name}
      value={drafts[field]}
      onChange={(e) => edit(field, e.target.value)}
      aria-invalid={errors[field] ? true : undefined}
      aria-describedby={errors[field] ? `grid-error-${field}` : undefined}
      {...props}
    />
  );
  const range = (axis: 'price' | 'vol', legend: string, noun: string) => {
    const field = rangeFields.map((f): SettingsField => `${axis}.${f}`).find((f) => errors[f]);
    return (
      <fieldset>
        <legend>{legend}</legend>
        {rangeFields.map((f) => (
          <label key={f}>
            {f} {input(`${axis}.${f}`, `${noun} ${f}`, { step: 'any' })}
          </label>
        ))}
        {field && (
          <p className="field-error" id={`grid-error-${field}`} aria-live="polite">
            {errors[field]}
          </p>
        )}
      </fieldset>
    );
  };

  return (
    <div className="grid-controls" role="group" aria-label="Heat map grid">
      {range('price', 'Price move, %', 'Price move')}
      {range('vol', 'Vol shift, % relative', 'Vol shift')}
      <fieldset>
        <legend>Horizon</legend>
        <label>
          days forward {input('daysForward', 'Days forward', { min: 0, max: maxDaysForward, step: 1, list: 'grid-day-picks' })}
        </label>
        <datalist id="grid-day-picks">
          {dayPicks.map((d) => (
            <option key={d} value={d} />
          ))}
        </datalist>
        {errors.daysForward && (
          <p className="field-error" id="grid-error-daysForward" aria-live="polite">
            {errors.daysForward}
          </p>
        )}
      </fieldset>
      <button type="button" className="reset" onClick={reset} disabled={atDesk}>
        Reset to desk default
      </button>
    </div>
  );
}
