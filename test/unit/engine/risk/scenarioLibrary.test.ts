import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diversificationFailureSet } from '../../../../main/engine/risk/diversificationFailureSet.ts';
import { historicalScenarioSet } from '../../../../main/engine/risk/historicalScenarioSet.ts';
import { priceVolGrid } from '../../../../main/engine/risk/priceVolGrid.ts';
import type { ScenarioSetDocument } from '../../../../main/engine/risk/scenarioSetDocument.ts';
import { scenarioSetSchema } from '../../../../shared/scenarioSet.ts';
import { kitHistory, kitVolIndex } from './kitHistory.ts';

const resources = path.resolve(import.meta.dirname, '../../../../resources/scenarios');
const history = kitHistory();
const underlyings = history.filter((s) => !Object.values(kitVolIndex).includes(s.id as never));

/**
 * The shipped scenario library is derived, never hand-edited: each file must equal what the
 * generator makes from the kit's shippable histories (`../shared/data`), byte for byte, so the
 * two cannot drift. After changing a generator or the data, rewrite the files with
 * `SCANLINE_WRITE_SCENARIOS=1 npx vitest run test/unit/engine/risk/scenarioLibrary.test.ts`.
 */
const library: { file: string; make: () => ScenarioSetDocument }[] = [
  { file: 'historical-replays.json', make: () => historicalScenarioSet(history, kitVolIndex) },
  { file: 'diversification-failure.json', make: () => diversificationFailureSet(underlyings) },
  { file: 'price-vol-grid.json', make: () => priceVolGrid() },
];

describe('the shipped scenario library', () => {
  for (const { file, make } of library) {
    it(`resources/scenarios/${file} is what the generator derives from the kit`, () => {
      const text = `${JSON.stringify(make(), null, 2)}\n`;
      const target = path.join(resources, file);
      if (process.env.SCANLINE_WRITE_SCENARIOS === '1' && file !== 'price-vol-grid.json') writeFileSync(target, text);
      expect(readFileSync(target, 'utf8')).toBe(text);
      expect(scenarioSetSchema.safeParse(JSON.parse(text)).success).toBe(true);
    });
  }
});
