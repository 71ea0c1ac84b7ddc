import { scenariosFormat } from '../../../shared/scenarioSet.ts';
import type { ScenarioDocument, ScenarioSetDocument } from './scenarioSetDocument.ts';
import type { PriceSeries } from './priceSeries.ts';

interface Extreme {
  value: number;
  date: string;
}

/**
 * The diversification-failure scenario set (`../shared/spec/methodologies.md` §6: all
 * correlations to 1), derived from price histories (pure): in "all down" every underlying
 * takes its own largest historical fall at once, in "all up" its own largest rise. An
 * underlying's stressed move is its largest relative move between consecutive closes in its
 * whole history (one trading day for a daily series, one month for a monthly one such as gold),
 * over steps where both closes are above zero (a relative move through zero means nothing;
 * the WTI 2020-04-20 replay covers that day). Each series is named by its risk-factor id; the
 * description lists every move with its date. Moves keep 10 significant digits.
 */
export function diversificationFailureSet(history: readonly PriceSeries[]): ScenarioSetDocument {
  const extremes = history.flatMap((series) => {
    const found = extremeMoves(series);
    return found === undefined ? [] : [{ id: series.id, monthly: series.dates[0]!.length === 7, ...found }];
  });
  const shocks = (pick: 'fall' | 'rise'): ScenarioDocument['shocks'] => extremes.map((e) => ({ target: { underlying: e.id }, price: { type: 'relative', value: e[pick].value } }));
  const list = (pick: 'fall' | 'rise') =>
    extremes.map((e) => `${e.id} ${percent(e[pick].value)} (${e[pick].date}${e.monthly ? ', one month' : ''})`).join(', ');
  return {
    format: scenariosFormat,
    id: 'diversification-failure',
    name: 'Diversification failure',
    description:
      'All correlations to 1: every underlying takes its own largest historical move (one trading day; one month for monthly series) at the same time, in the same direction. ' +
      `Down: ${list('fall')}. Up: ${list('rise')}.`,
    scenarios: [
      { id: 'all-down', name: 'Every underlying at its largest historical fall', shocks: shocks('fall') },
      { id: 'all-up', name: 'Every underlying at its largest historical rise', shocks: shocks('rise') },
    ],
  };
}

function extremeMoves(series: PriceSeries): { fall: Extreme; rise: Extreme } | undefined {
  let fall: Extreme | undefined;
  let rise: Extreme | undefined;
  for (let i = 1; i < series.dates.length; i++) {
    const before = series.closes[i - 1]!;
    const after = series.closes[i]!;
    if (!(before > 0 && after > 0)) continue;
    const move = after / before - 1;
    if (fall === undefined || move < fall.value) fall = { value: move, date: series.dates[i]! };
    if (rise === undefined || move > rise.value) rise = { value: move, date: series.dates[i]! };
  }
  if (fall === undefined || rise === undefined) return undefined;
  const round = (e: Extreme): Extreme => ({ value: Number(e.value.toPrecision(10)), date: e.date });
  return { fall: round(fall), rise: round(rise) };
}

function percent(move: number): string {
  const text = `${(move * 100).toFixed(2)}%`;
  return move < 0 ? `−${text.slice(1)}` : `+${text}`;
}
