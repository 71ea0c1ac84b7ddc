import { scenariosFormat } from '../../../shared/scenarioSet.ts';
import type { ScenarioDocument, ScenarioSetDocument } from './scenarioSetDocument.ts';
import type { PriceSeries } from './priceSeries.ts';

/** A dated market episode to replay: the moves from the close before `from` to the close of `to`. */
export interface HistoricalEpisode {
  id: string;
  name: string;
  from: string;
  to: string;
}

/** The episodes of `../shared/spec/methodologies.md` §6. */
export const historicalEpisodes: readonly HistoricalEpisode[] = [
  { id: 'black-monday-1987', name: 'Black Monday', from: '1987-10-19', to: '1987-10-19' },
  { id: 'lehman-2008', name: 'Lehman collapse to the October 2008 low', from: '2008-09-15', to: '2008-10-10' },
  { id: 'covid-2020', name: 'COVID-19 crash week', from: '2020-03-09', to: '2020-03-16' },
  { id: 'crypto-2020-03-12', name: 'Crypto Black Thursday', from: '2020-03-12', to: '2020-03-12' },
  { id: 'crypto-2021-05-19', name: 'Crypto crash of 19 May 2021', from: '2021-05-19', to: '2021-05-19' },
  { id: 'ftx-2022', name: 'FTX collapse', from: '2022-11-08', to: '2022-11-09' },
  { id: 'wti-negative-2020', name: 'WTI below zero', from: '2020-04-20', to: '2020-04-20' },
];

/** How far before an episode's first day the base close may lie (a long weekend, a holiday). */
const maxBaseGapDays = 7;

/**
 * The historical-replay scenario set, derived from price histories (pure: series in, a
 * `scanline.scenarios/1` document out). `history` holds one series per underlying, named by its
 * risk-factor id (SPX, BTC, WTI …), plus the vol indices that `volIndex` maps underlyings to.
 *
 * Per episode and underlying: base = the last close before `from` (at most 7 days before),
 * end = the last close on or before `to` (not before `from`); the move is relative, end/base −
 * 1, or absolute, end − base, when either close is ≤ 0 (WTI on 2020-04-20). The underlying's
 * vol index, when it has both closes, moves its options' vols by its relative change. Only
 * daily series take part (a monthly close says nothing about one day); an underlying without
 * data for an episode is not shocked in it, and an episode with no data at all is left out.
 * Moves keep 10 significant digits; no time passes (daysForward 0).
 */
export function historicalScenarioSet(history: readonly PriceSeries[], volIndex: Readonly<Record<string, string>>, episodes: readonly HistoricalEpisode[] = historicalEpisodes): ScenarioSetDocument {
  const byId = new Map(history.map((s) => [s.id, s]));
  const indices = new Set(Object.values(volIndex));
  const underlyings = history.filter((s) => !indices.has(s.id));
  const scenarios: ScenarioDocument[] = [];
  for (const episode of episodes) {
    const shocks: ScenarioDocument['shocks'] = [];
    for (const series of underlyings) {
      const move = episodeMove(series, episode);
      if (move === undefined) continue;
      const indexSeries = byId.get(volIndex[series.id] ?? '');
      const volMove = indexSeries === undefined ? undefined : episodeMove(indexSeries, episode);
      shocks.push({
        target: { underlying: series.id },
        price: move,
        ...(volMove?.type === 'relative' ? { vol: { type: 'relative' as const, value: volMove.value } } : {}),
      });
    }
    if (shocks.length === 0) continue;
    const dates = episode.from === episode.to ? episode.from : `${episode.from}..${episode.to}`;
    scenarios.push({ id: episode.id, name: `${episode.name} (${dates})`, shocks });
  }
  return {
    format: scenariosFormat,
    id: 'historical-replays',
    name: 'Historical replays',
    description:
      'What each underlying did in a past crisis, close to close (from the close before the first day to the close of the last day), from the shipped price histories: ' +
      'relative moves, absolute where a close was at or below zero (WTI on 2020-04-20); option vols move by the relative change of the vol index ' +
      `(${Object.entries(volIndex).map(([u, v]) => `${u}→${v}`).join(', ')}) where it has data, else they stay; no time passes.`,
    scenarios,
  };
}

/** The close-to-close move of one series over an episode, or undefined without data. */
function episodeMove(series: PriceSeries, episode: HistoricalEpisode): { type: 'relative' | 'absolute'; value: number } | undefined {
  const dates = series.dates;
  if (dates.length === 0 || dates[0]!.length !== 10) return undefined;
  let end = -1;
  let base = -1;
  for (let i = dates.length - 1; i >= 0; i--) {
    const date = dates[i]!;
    if (end < 0 && date <= episode.to) {
      if (date < episode.from) return undefined;
      end = i;
    }
    if (date < episode.from) {
      base = i;
      break;
    }
  }
  if (end < 0 || base < 0 || daysBetween(dates[base]!, episode.from) > maxBaseGapDays) return undefined;
  const before = series.closes[base]!;
  const after = series.closes[end]!;
  const relative = before > 0 && after > 0;
  return { type: relative ? 'relative' : 'absolute', value: Number((relative ? after / before - 1 : after - before).toPrecision(10)) };
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}
