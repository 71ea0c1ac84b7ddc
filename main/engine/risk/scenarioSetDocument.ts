import type { z } from 'zod';
import type { scenarioSetSchema } from '../../../shared/scenarioSet.ts';

/** A scenario-set document as written to a file (`scanline.scenarios/1`): fields with defaults, such as `daysForward`, may be left out. */
export type ScenarioSetDocument = z.input<typeof scenarioSetSchema>;
export type ScenarioDocument = ScenarioSetDocument['scenarios'][number];
