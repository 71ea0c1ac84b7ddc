import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';

ModuleRegistry.registerModules([AllCommunityModule]);

/**
 * The grid theme every table uses. Quartz follows `data-ag-theme-mode` on <html> (set by
 * renderer/state/colorScheme.ts), so one theme object serves the light and the dark scheme.
 */
export const gridTheme = themeQuartz
  .withParams({
    fontSize: 13,
    headerFontWeight: 600,
    rowHeight: 30,
    headerHeight: 34,
    accentColor: '#2f6fde',
  })
  .withParams({ backgroundColor: '#1a202b', foregroundColor: '#e3e7ef', headerBackgroundColor: '#222938', accentColor: '#5b8ff0', borderColor: '#2f3849' }, 'dark');
