import type { ScenarioSet } from '../../shared/scenarioSet.ts';

/** A new set with one scenario (every underlying, no move yet), under an id no listed set has. */
export function newScenarioSet(takenIds: readonly string[]): ScenarioSet {
  let id = 'new-set';
  for (let n = 2; takenIds.includes(id); n++) id = `new-set-${n}`;
  return {
    format: 'scanline.scenarios/1',
    id,
    name: 'New scenario set',
    scenarios: [{ id: 's1', name: 'Scenario 1', daysForward: 0, shocks: [{ target: { all: true }, price: { type: 'relative', value: 0 } }] }],
  };
}
