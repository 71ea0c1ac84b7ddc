import type { ApiCalls } from '../../shared/api.ts';
import { importRequestSchema } from '../../shared/importRequest.ts';
import type { StressResult } from '../../shared/stressResult.ts';
import type { MarginComparison } from '../../shared/marginView.ts';
import { openStore, type Store } from '../store/openStore.ts';
import { WorkerHost } from '../worker/workerHost.ts';
import { BookService } from './bookService.ts';
import { EventHub } from './eventHub.ts';
import { ImportService } from './importService.ts';
import { MarginService } from './marginService.ts';
import { seedDatabase } from './seedDatabase.ts';

export interface ServicesOptions {
  dbFile: string;
  resourcesDir: string;
  /** The engine worker entry: main/worker/engineWorker.ts under Node, the bundled file under Electron. */
  workerEntry: URL | string;
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
  const host = new WorkerHost({ entry: options.workerEntry, workerData: { dbFile: options.dbFile } });
  const book = new BookService(store, events);
  const margin = new MarginService(store, host, events);
  const imports = new ImportService(store, events);
  const api: ApiCalls = {
    getBook: async () => book.getBook(),
    updatePosition: async (r) => book.updatePosition({ positionId: r.positionId, field: r.field, value: r.value }),
    importPortfolio: async (r) => book.importPortfolio(r),
    getMargin: async () => margin.getMargin(),
    listMarginRuns: async (r) => margin.listMarginRuns(r.limit ?? 500),
    listRuleSets: async () => store.ruleSets.listLatest(),
    listScenarioSets: async () => store.scenarioSets.listLatest(),
    runStress: (r) => host.run<StressResult>('stress', { scenarioSetId: r.scenarioSetId, ...(r.version === undefined ? {} : { version: r.version }) }),
    compareMargins: () => host.run<MarginComparison>('compareMargins', {}),
    setAccountMarginMethod: async (r) => book.setAccountMarginMethod(r),
    previewImport: async (r) => imports.preview(importRequestSchema.parse(r)),
    commitImport: async (r) => imports.commit(importRequestSchema.parse(r)),
    listMappingProfiles: async () => imports.listMappingProfiles(),
    saveMappingProfile: async (r) => imports.saveMappingProfile(r),
    listInstrumentOverrides: async () => imports.listInstrumentOverrides(),
    saveInstrumentOverride: async (r) => imports.saveInstrumentOverride(r.rawSymbol, r.override),
    listImportBatches: async (r) => imports.listImportBatches(r.limit ?? 50),
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
      await host.close();
      store.close();
    },
  };
}
