import type { InstrumentOverride } from '../../shared/importOptions.ts';
import type { Ambiguity, DateOrder, ImportedInstrument } from '../../shared/importResult.ts';

export interface AmbiguityStepProps {
  /** Every question asked about this file so far (an answered one no longer comes back from a read). */
  questions: Ambiguity[];
  overrides: Record<string, InstrumentOverride>;
  dateOrder: DateOrder | undefined;
  /** Saved answers this read applied (by raw symbol). */
  remembered: Record<string, Partial<ImportedInstrument>>;
  onOverride: (rawSymbol: string, override: InstrumentOverride) => void;
  onDateOrder: (order: DateOrder) => void;
  onForget: (rawSymbol: string) => void;
}

const sameAnswer = (given: InstrumentOverride | undefined, choice: Partial<ImportedInstrument>) =>
  given !== undefined && Object.entries(choice).every(([k, v]) => v === undefined || (given as Record<string, unknown>)[k] === v);

/** What the file does not settle: one choice per question (remembered when the import is committed). */
export function AmbiguityStep({ questions, overrides, dateOrder, remembered, onOverride, onDateOrder, onForget }: AmbiguityStepProps) {
  const rememberedEntries = Object.entries(remembered);
  if (questions.length === 0 && rememberedEntries.length === 0) return null;
  return (
    <section className="wizard-step" aria-labelledby="questions-title">
      <h2 id="questions-title">Questions</h2>
      {questions.length > 0 && <p className="muted">The rows use the first answer until you choose; your answers are remembered for the next import.</p>}
      {questions.map((q) => {
        const key = q.kind === 'instrument' ? `${q.rawSymbol}:${q.field}` : `date:${q.column}`;
        const lines = `line${q.lines.length === 1 ? '' : 's'} ${q.lines.slice(0, 6).join(', ')}${q.lines.length > 6 ? '…' : ''}`;
        if (q.kind === 'dateOrder') {
          const current = dateOrder ?? q.assumed;
          return (
            <fieldset key={key} className="question">
              <legend>
                {q.question} <span className="muted">({lines}; e.g. {q.samples.slice(0, 3).join(', ')})</span>
              </legend>
              {(['dmy', 'mdy'] as const).map((order) => (
                <label key={order}>
                  <input type="radio" name={key} checked={current === order} onChange={() => onDateOrder(order)} /> {order === 'dmy' ? 'day first (31/12/2024)' : 'month first (12/31/2024)'}
                </label>
              ))}
            </fieldset>
          );
        }
        const given = overrides[q.rawSymbol];
        const answered = q.choices.findIndex((c) => sameAnswer(given, c.override));
        const current = answered >= 0 ? answered : q.assumed;
        return (
          <fieldset key={key} className="question">
            <legend>
              {q.question} <span className="muted">({lines})</span>
            </legend>
            {q.choices.map((choice, index) => (
              <label key={choice.label}>
                <input type="radio" name={key} checked={current === index} onChange={() => onOverride(q.rawSymbol, choice.override as InstrumentOverride)} /> {choice.label}
              </label>
            ))}
          </fieldset>
        );
      })}
      {rememberedEntries.length > 0 && (
        <div className="remembered">
          Remembered answers applied:
          <ul>
            {rememberedEntries.map(([symbol, override]) => (
              <li key={symbol}>
                <code>{symbol}</code>: {Object.entries(override).map(([k, v]) => `${k} ${String(v)}`).join(', ')}{' '}
                <button type="button" className="link" onClick={() => onForget(symbol)}>
                  forget
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
