import type { Ambiguity, ImportWarning } from '../../../shared/importResult.ts';
import { addDays, weekdayOf } from '../calendarDate.ts';
import type { DraftPosition } from '../draftPosition.ts';
import { collectAmbiguity } from './collectAmbiguity.ts';
import { equityOptionMultiplier, rootRule, type RootRule } from './knownRoots.ts';

/**
 * Fills what a file leaves out from the instrument master (`knownRoots.ts`): contract size,
 * underlying, exercise and settlement time. Never changes what the file states; where the
 * master knows two answers, uses the first and lists an ambiguity for the app to ask.
 */
export function applyInstrumentMaster(rows: DraftPosition[], ambiguities: Ambiguity[], warnings: ImportWarning[]): DraftPosition[] {
  return rows.map((row) => {
    if (row.root === undefined) return row;
    const rule = rootRule(row.root);
    const instrument = { ...row.instrument };
    const filled = { ...row, instrument };
    const lines = row.lines ?? [row.line];
    if (rule?.stock !== undefined && row.kindGuessed && rule.kind === 'future' && instrument.kind === 'equity') {
      collectAmbiguity(ambiguities, {
        kind: 'instrument',
        rawSymbol: row.rawSymbol,
        field: 'kind',
        question: `${row.rawSymbol}: ${rule.stock} stock, or the ${rule.name} future (then give its expiry)?`,
        lines,
        choices: [
          { label: `${rule.stock} stock`, override: { kind: 'equity', multiplier: 1 } },
          { label: `${rule.name} future (× ${rule.multiplier})`, override: { kind: 'future', multiplier: rule.multiplier, underlying: rule.underlying ?? rule.root } },
        ],
        assumed: 0,
      });
    }
    if (instrument.kind === 'future' && rule?.kind === 'future') {
      fillContractSize(filled, rule, ambiguities, warnings);
      if (instrument.underlying === undefined || instrument.underlying === rule.root) instrument.underlying = rule.underlying ?? rule.root;
      instrument.currency ??= rule.currency;
    } else if (instrument.kind === 'option' && rule?.kind === 'future') {
      fillContractSize(filled, rule, ambiguities, warnings);
      instrument.exercise ??= 'american';
      instrument.currency ??= rule.currency;
    } else if (instrument.kind === 'option' && rule?.kind === 'indexOption') {
      fillContractSize(filled, rule, ambiguities, warnings);
      instrument.exercise ??= rule.exercise;
      instrument.settlementTime ??= rule.settlementTime;
      if (instrument.underlying === undefined || instrument.underlying === rule.root) instrument.underlying = rule.underlying ?? rule.root;
      instrument.currency ??= rule.currency;
      if (rule.settlementTime === 'am' && instrument.expiry !== undefined && weekdayOf(instrument.expiry) === 4) {
        const friday = addDays(instrument.expiry, 1);
        collectAmbiguity(ambiguities, {
          kind: 'instrument',
          rawSymbol: row.rawSymbol,
          field: 'expiry',
          question: `${row.rawSymbol}: AM-settled options settle at Friday's open; the file dates it Thursday ${instrument.expiry} (its last trading day). Which expiry?`,
          lines,
          choices: [
            { label: `Friday ${friday} (settlement)`, override: { expiry: friday } },
            { label: `Thursday ${instrument.expiry} (as in the file)`, override: { expiry: instrument.expiry } },
          ],
          assumed: 0,
        });
        instrument.expiry = friday;
      }
    } else if (instrument.kind === 'option') {
      instrument.multiplier ??= equityOptionMultiplier;
      instrument.exercise ??= 'american';
      instrument.underlying ??= row.root;
    }
    return filled;
  });
}

function fillContractSize(row: DraftPosition, rule: RootRule, ambiguities: Ambiguity[], warnings: ImportWarning[]): void {
  const instrument = row.instrument;
  const known = [rule.multiplier, ...(rule.otherMultipliers ?? []).map((other) => other.multiplier)];
  if (instrument.multiplier !== undefined) {
    if (!known.includes(instrument.multiplier)) {
      warnings.push({ line: row.line, message: `${row.rawSymbol}: the file gives multiplier ${instrument.multiplier}; the instrument master has ${known.join(' or ')} for ${rule.root} (${rule.name}). The file's value is used.` });
    }
    return;
  }
  instrument.multiplier = rule.multiplier;
  if (rule.otherMultipliers === undefined) return;
  collectAmbiguity(ambiguities, {
    kind: 'instrument',
    rawSymbol: row.rawSymbol,
    field: 'multiplier',
    question: `${row.rawSymbol}: the file gives no contract size and ${rule.root} has ${known.length}. Which is it?`,
    lines: row.lines ?? [row.line],
    choices: [
      { label: `${rule.multiplier} (${rule.name})`, override: { multiplier: rule.multiplier } },
      ...(rule.otherMultipliers ?? []).map((other) => ({ label: `${other.multiplier} (${other.name})`, override: { multiplier: other.multiplier } })),
    ],
    assumed: 0,
  });
}
