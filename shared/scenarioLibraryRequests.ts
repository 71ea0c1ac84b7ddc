import { z } from 'zod';

const setId = z.string().trim().min(1, 'expected a scenario set id').max(200);
const version = z.number().int().positive();
const setRef = z.object({ id: setId, version: version.optional() }).strict();

/** Request schemas of the scenario library's Api methods (spread into `apiRequestSchemas`). */
export const scenarioLibraryRequests = {
  /** `baseVersion`: the version the edit started from (0 for a new set); a newer saved version refuses the save. */
  saveScenarioSet: z.object({ document: z.unknown(), baseVersion: z.number().int().min(0).optional() }).strict(),
  duplicateScenarioSet: z.object({ id: setId, version: version.optional(), newId: setId, name: z.string().trim().min(1, 'expected a name').max(200) }).strict(),
  deleteScenarioSet: z.object({ id: setId }).strict(),
  listScenarioSetVersions: z.object({ id: setId }).strict(),
  getScenarioSet: setRef,
  importScenarioSet: z.object({ fileName: z.string().max(400), text: z.string().max(16 * 1024 * 1024) }).strict(),
  compareScenarioSets: z.object({ left: setRef, right: setRef }).strict(),
} as const;
