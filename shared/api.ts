import { z } from 'zod';
import type { AccountRow, BookView, PositionRow } from './bookView.ts';
import type { AccountMargin, MarginComparison, MarginHeadline, MarginRunSummary } from './marginView.ts';
import { marginMethodIds } from './marginResult.ts';
import type { VersionedEntry } from './libraryView.ts';
import type { StressResult } from './stressResult.ts';
import { jobIdRequestSchema, type JobOutcome, type JobStarted } from './job.ts';
import { varRunRequestSchema, type VarRunResult } from './varRun.ts';
import type { ScenarioComparison } from './scenarioComparison.ts';
import { stressCellRequestSchema, stressGridRequestSchema, type StressCellResult, type StressGridResult } from './stressGrid.ts';
import { marginRunComparisonRequestSchema, type MarginRunComparison } from './marginRunComparison.ts';
import type { RuleSetPreview } from './ruleSetPreview.ts';
import { scenarioLibraryRequests } from './scenarioLibraryRequests.ts';
import type { ImportBatchSummary, ImportOutcome, ImportPreview, SavedInstrumentOverride } from './importPreview.ts';
import { importRequestSchema } from './importRequest.ts';
import type { MappingProfile } from './importResult.ts';
import { instrumentOverrideSchema, mappingProfileSchema } from './importOptions.ts';
import type { ApiEventName, ApiMethod } from './apiMethods.ts';
import type { PositionChange } from './positionChange.ts';
import type { BookAnalyticsUpdate } from './positionAnalytics.ts';
import type { WhatIfResult } from './whatIf.ts';
import { setUiStateRequestSchema, type UiState } from './uiState.ts';

export { apiEventNames, apiMethods, isApiMethod, type ApiEventName, type ApiMethod } from './apiMethods.ts';

/**
 * The one Api contract between the renderer and the main process (VS Code `IChannel` style):
 * every method takes one validated request object and returns a promise. The Electron preload
 * and browser mode both expose exactly this; the main process validates every payload with
 * `apiRequestSchemas` before a service sees it.
 */
export const editableFields = ['quantity', 'price', 'vol'] as const;
export type EditableField = (typeof editableFields)[number];

const finite = z.number({ error: 'expected a number' }).refine(Number.isFinite, 'expected a finite number');
const positionId = z.number().int().positive();
const addPositionSchema = z.object({ account: z.string().trim().min(1), instrument: z.string().trim().min(1), quantity: finite }).strict();
const positionChangeSchema = z.discriminatedUnion('op', [
  addPositionSchema.extend({ op: z.literal('add') }),
  z.object({ op: z.literal('remove'), positionId }).strict(),
  z.object({ op: z.literal('change'), positionId, field: z.enum(editableFields), value: finite }).strict(),
]) satisfies z.ZodType<PositionChange>;
const positionChangesSchema = z.object({ changes: z.array(positionChangeSchema).min(1, 'expected at least one change').max(10_000) }).strict();

export const apiRequestSchemas = {
  getBook: z.object({}).strict(),
  updatePosition: z
    .object({
      positionId: z.number().int().positive(),
      field: z.enum(editableFields),
      value: finite,
    })
    .strict(),
  importPortfolio: z.object({ fileName: z.string().max(400), text: z.string().max(64 * 1024 * 1024) }).strict(),
  getMargin: z.object({}).strict(),
  getAccountMargin: z.object({ runId: z.number().int().positive(), account: z.string().min(1) }).strict(),
  listMarginRuns: z.object({ limit: z.number().int().positive().max(10_000).default(500) }).strict(),
  listRuleSets: z.object({}).strict(),
  listScenarioSets: z.object({}).strict(),
  compareMargins: z.object({}).strict(),
  setAccountMarginMethod: z.object({ account: z.string().min(1), method: z.enum(marginMethodIds) }).strict(),
  saveRuleSet: z.object({ document: z.unknown() }).strict(),
  listRuleSetVersions: z.object({ id: z.string().min(1) }).strict(),
  previewImport: importRequestSchema,
  commitImport: importRequestSchema,
  listMappingProfiles: z.object({}).strict(),
  saveMappingProfile: mappingProfileSchema,
  listInstrumentOverrides: z.object({}).strict(),
  saveInstrumentOverride: z.object({ rawSymbol: z.string().trim().min(1).max(200), override: instrumentOverrideSchema.nullable() }).strict(),
  listImportBatches: z.object({ limit: z.number().int().positive().max(1000).default(50) }).strict(),
  ...scenarioLibraryRequests,
  runVar: varRunRequestSchema,
  awaitVarRun: jobIdRequestSchema,
  cancelJob: jobIdRequestSchema,
  // The stress runs as jobs (like runVar): start answers the id, jobProgress reports, cancelJob stops.
  startStress: z.object({ scenarioSetId: z.string().min(1), version: z.number().int().positive().optional() }).strict(),
  awaitStress: jobIdRequestSchema,
  startStressGrid: stressGridRequestSchema,
  awaitStressGrid: jobIdRequestSchema,
  startStressCell: stressCellRequestSchema,
  awaitStressCell: jobIdRequestSchema,
  compareMarginRuns: marginRunComparisonRequestSchema,
  previewRuleSet: z.object({ document: z.unknown() }).strict(),
  getUiState: z.object({}).strict(),
  setUiState: setUiStateRequestSchema,
  addPosition: addPositionSchema,
  deletePosition: z.object({ positionId }).strict(),
  applyPositionChanges: positionChangesSchema,
  getPositionAnalytics: z
    .object({ since: z.object({ bookVersion: z.number().int().nonnegative(), runId: z.number().int().positive().nullable() }).strict().optional() })
    .strict(),
  previewWhatIf: positionChangesSchema,
} as const satisfies Record<ApiMethod, z.ZodType>;
export type ApiRequest<M extends ApiMethod> = z.input<(typeof apiRequestSchemas)[M]>;
export type ApiParsedRequest<M extends ApiMethod> = z.output<(typeof apiRequestSchemas)[M]>;

export interface ImportSummary {
  accounts: string[];
  positions: number;
  instruments: number;
  bookVersion: number;
}

export interface ApiResponses {
  getBook: BookView;
  updatePosition: PositionRow;
  importPortfolio: ImportSummary;
  getMargin: MarginHeadline | null;
  getAccountMargin: AccountMargin;
  listMarginRuns: MarginRunSummary[];
  listRuleSets: VersionedEntry[];
  listScenarioSets: VersionedEntry[];
  compareMargins: MarginComparison;
  setAccountMarginMethod: AccountRow;
  saveRuleSet: VersionedEntry;
  listRuleSetVersions: VersionedEntry[];
  previewImport: ImportPreview;
  commitImport: ImportOutcome;
  listMappingProfiles: MappingProfile[];
  saveMappingProfile: MappingProfile;
  listInstrumentOverrides: SavedInstrumentOverride[];
  saveInstrumentOverride: SavedInstrumentOverride | null;
  listImportBatches: ImportBatchSummary[];
  saveScenarioSet: VersionedEntry;
  duplicateScenarioSet: VersionedEntry;
  deleteScenarioSet: { id: string; versions: number };
  listScenarioSetVersions: VersionedEntry[];
  getScenarioSet: VersionedEntry;
  importScenarioSet: VersionedEntry;
  compareScenarioSets: ScenarioComparison;
  runVar: JobStarted;
  awaitVarRun: JobOutcome<VarRunResult>;
  cancelJob: { cancelled: boolean };
  startStress: JobStarted;
  awaitStress: JobOutcome<StressResult>;
  startStressGrid: JobStarted;
  awaitStressGrid: JobOutcome<StressGridResult>;
  startStressCell: JobStarted;
  awaitStressCell: JobOutcome<StressCellResult>;
  compareMarginRuns: MarginRunComparison;
  previewRuleSet: RuleSetPreview;
  getUiState: UiState;
  setUiState: { key: string };
  addPosition: PositionRow;
  deletePosition: { positionId: number; version: number };
  applyPositionChanges: PositionChangesOutcome;
  getPositionAnalytics: BookAnalyticsUpdate;
  previewWhatIf: WhatIfResult;
}

/** A batch applied as one write: the rows it added or changed (as they are now), the ids it removed. */
export interface PositionChangesOutcome {
  version: number;
  positions: PositionRow[];
  removed: number[];
}

/** Events pushed from the main process; subscribe with `on(name, listener)`. */
export interface ApiEvents extends Record<ApiEventName, unknown> {
  bookChanged: { version: number };
  rulesChanged: { id: string; version: number };
  marginUpdated: MarginHeadline;
  marginFailed: { bookVersion: number; message: string };
  jobProgress: { jobId: number; kind: string; done: number; total: number };
  /** A scenario set was saved (`version` is the new one) or deleted (`version` was its latest). */
  scenariosChanged: { id: string; version: number; deleted: boolean };
}

export type ApiCalls = { [M in ApiMethod]: (request: ApiRequest<M>) => Promise<ApiResponses[M]> };

/** What `window.scanline` (Electron) and the HTTP client (browser mode) both are. */
export interface ScanlineApi extends ApiCalls {
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
}

/** Error codes a call can fail with; transports carry `{ code, message }` unchanged. */
export type ApiErrorCode = 'invalid-input' | 'not-found' | 'unknown-method' | 'internal';
export type ApiEnvelope<T> = { ok: true; value: T } | { ok: false; error: { code: ApiErrorCode; message: string } };

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}
