/**
 * The Api's method and event names, free of any dependency so the Electron preload (one small
 * sandboxed bundle) can build `window.scanline` from them. `shared/api.ts` holds their types.
 */
export const apiMethods = ['getBook', 'updatePosition', 'importPortfolio', 'getMargin', 'getAccountMargin', 'listMarginRuns', 'listRuleSets', 'listScenarioSets', 'compareMargins', 'setAccountMarginMethod', 'saveRuleSet', 'listRuleSetVersions', 'previewImport', 'commitImport', 'listMappingProfiles', 'saveMappingProfile', 'listInstrumentOverrides', 'saveInstrumentOverride', 'listImportBatches', 'saveScenarioSet', 'duplicateScenarioSet', 'deleteScenarioSet', 'listScenarioSetVersions', 'getScenarioSet', 'importScenarioSet', 'compareScenarioSets', 'runVar', 'awaitVarRun', 'cancelJob', 'startStress', 'awaitStress', 'startStressGrid', 'awaitStressGrid', 'startStressCell', 'awaitStressCell', 'compareMarginRuns', 'previewRuleSet', 'getUiState', 'setUiState', 'addPosition', 'deletePosition', 'applyPositionChanges', 'getPositionAnalytics', 'previewWhatIf'] as const;
export type ApiMethod = (typeof apiMethods)[number];

export const apiEventNames = ['bookChanged', 'rulesChanged', 'marginUpdated', 'marginFailed', 'jobProgress', 'scenariosChanged'] as const;
export type ApiEventName = (typeof apiEventNames)[number];

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && (apiMethods as readonly string[]).includes(name);
}
