import type { ApiCalls } from '../../shared/api.ts';
import { importRequestSchema } from '../../shared/importRequest.ts';
import type { StressResult } from '../../shared/stressResult.ts';
import type { MarginComparison } from '../../shared/marginView.ts';
import type { VarRunResult } from '../../shared/varRun.ts';
import { openStore, type Store } from '../store/openStore.ts';
import { JobRegistry } from '../worker/jobRegistry.ts';
import { WorkerHost } from '../worker/workerHost.ts';
import { BookService } from './bookService.ts';
import { EventHub } from './eventHub.ts';
import { ImportService } from './importService.ts';
import { MarginService } from './marginService.ts';
import { ScenarioLibrary } from './scenarioLibrary.ts';
import { saveRuleSet } from './saveRuleSet.ts';
import { previewRuleSet } from './previewRuleSet.ts';
import { compareMarginRuns } from './compareMarginRuns.ts';
import type { StressCellResult, StressGridResult } from '../../shared/stressGrid.ts';
import { seedDatabase } from './seedDatabase.ts';
import { previewWhatIf } from './previewWhatIf.ts';
import type { BookAnalyticsUpdate } from '../../shared/positionAnalytics.ts';
import { UiStateRepository } from '../store/uiStateRepository.ts';
import { UiStateService } from './uiStateService.ts';

export interface ServicesOptions {
  dbFile: string;
  resourcesDir: string;
  /** The engine worker entry: main/worker/engineWorker.ts under Node, the bundled file under Electron. */
  workerEntry: URL | string;
  /** The revaluation thread entry the engine worker starts for large runs (revalueSliceWorker). */
  revalueEntry: URL | string;
}

/** The composition root both hosts (Electron and browser mode) share. */
export interface Services {
  api: ApiCalls;
  events: EventHub;
  store: Store;
  margin: MarginService;
  close(): Promise<void>;
}

export function createServices(options: ServicesOptions): Services {
  const store = openStore(options.dbFile);
  seedDatabase(store, options.resourcesDir, new Date().toISOString());
  const events = new EventHub();
  const host = new WorkerHost({ entry: options.workerEntry, workerData: { dbFile: options.dbFile, revalueEntry: String(options.revalueEntry) } });
  // Jobs (VaR, stress) get their own worker, so a long one never holds up the live margin figure.
  const riskHost = new WorkerHost({ entry: options.workerEntry, workerData: { dbFile: options.dbFile, revalueEntry: String(options.revalueEntry) } });
  const jobs = new JobRegistry(riskHost, (p) => events.emit('jobProgress', p));
  const book = new BookService(store, events);
  const margin = new MarginService(store, host, events);
  const imports = new ImportService(store, events);
  const scenarios = new ScenarioLibrary(store, host, events);
  const uiState = new UiStateService(new UiStateRepository(store.db));
  const api: ApiCalls = {
    getBook: async () => book.getBook(),
    updatePosition: async (r) => book.updatePosition({ positionId: r.positionId, field: r.field, value: r.value }),
    importPortfolio: async (r) => book.importPortfolio(r),
    getMargin: async () => margin.getMargin(),
    getAccountMargin: async (r) => margin.getAccountMargin(r.runId, r.account),
    listMarginRuns: async (r) => margin.listMarginRuns(r.limit ?? 500),
    listRuleSets: async () => store.ruleSets.listLatest(),
    listScenarioSets: async () => store.scenarioSets.listLatest(),
    compareMargins: () => host.run<MarginComparison>('compareMargins', {}),
    setAccountMarginMethod: async (r) => book.setAccountMarginMethod(r),
    saveRuleSet: async (r) => saveRuleSet(store, events, r.document, new Date().toISOString()),
    listRuleSetVersions: async (r) => store.ruleSets.versions(r.id),
    previewImport: async (r) => imports.preview(importRequestSchema.parse(r)),
    commitImport: async (r) => imports.commit(importRequestSchema.parse(r)),
    listMappingProfiles: async () => imports.listMappingProfiles(),
    saveMappingProfile: async (r) => imports.saveMappingProfile(r),
    listInstrumentOverrides: async () => imports.listInstrumentOverrides(),
    saveInstrumentOverride: async (r) => imports.saveInstrumentOverride(r.rawSymbol, r.override),
    listImportBatches: async (r) => imports.listImportBatches(r.limit ?? 50),
    saveScenarioSet: async (r) => scenarios.save(r.document, r.baseVersion),
    duplicateScenarioSet: async (r) => scenarios.duplicate(r),
    deleteScenarioSet: async (r) => scenarios.delete(r.id),
    listScenarioSetVersions: async (r) => scenarios.versions(r.id),
    getScenarioSet: async (r) => scenarios.get(r),
    importScenarioSet: async (r) => scenarios.importFile(r.fileName, r.text),
    compareScenarioSets: (r) => scenarios.compare(r.left, r.right),
    runVar: async (r) => ({ jobId: jobs.start('var', r) }),
    awaitVarRun: (r) => jobs.outcome<VarRunResult>(r.jobId, 'var'),
    cancelJob: async (r) => ({ cancelled: jobs.cancel(r.jobId) }),
    addPosition: async (r) => book.addPosition(r),
    deletePosition: async (r) => book.deletePosition(r),
    applyPositionChanges: async (r) => book.applyPositionChanges(r),
    getPositionAnalytics: (r) => host.run<BookAnalyticsUpdate>('positionAnalytics', { since: r.since }),
    previewWhatIf: (r) => previewWhatIf(store, host, r.changes),
    startStress: async (r) => ({ jobId: jobs.start('stress', r) }),
    awaitStress: (r) => jobs.outcome<StressResult>(r.jobId, 'stress'),
    startStressGrid: async (r) => ({ jobId: jobs.start('stressGrid', r) }),
    awaitStressGrid: (r) => jobs.outcome<StressGridResult>(r.jobId, 'stressGrid'),
    startStressCell: async (r) => ({ jobId: jobs.start('stressCell', r) }),
    awaitStressCell: (r) => jobs.outcome<StressCellResult>(r.jobId, 'stressCell'),
    compareMarginRuns: async (r) => compareMarginRuns(store, r.left, r.right),
    previewRuleSet: (r) => previewRuleSet(store, host, r.document),
    getUiState: async () => uiState.get(),
    setUiState: async (r) => uiState.set(r, new Date().toISOString()),
  };
  margin.ensureCurrent();
  return {
    api,
    events,
    store,
    margin,
    close: async () => {
      margin.dispose();
      await margin.whenIdle();
      jobs.dispose();
      await riskHost.close();
      await host.close();
      store.close();
    },
  };
}
