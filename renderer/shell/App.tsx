import { useEffect, useState, type ReactElement } from 'react';
import { BookPage } from '../pages/BookPage.tsx';
import { HistoryPage } from '../pages/HistoryPage.tsx';
import { ImportPage } from '../pages/ImportPage.tsx';
import { MarginPage } from '../pages/MarginPage.tsx';
import { RulesPage } from '../pages/RulesPage.tsx';
import { ScenariosPage } from '../pages/ScenariosPage.tsx';
import { StressPage } from '../pages/StressPage.tsx';
import { toggleColorScheme, useColorScheme } from '../state/colorScheme.ts';
import { readUiState, writeUiState } from '../state/uiStateStore.ts';
import { pageFromHash, pages, type PageId } from './pages.ts';

const views: Record<PageId, () => ReactElement> = {
  book: BookPage,
  import: ImportPage,
  margin: MarginPage,
  stress: StressPage,
  scenarios: ScenariosPage,
  history: HistoryPage,
  rules: RulesPage,
};

const lastPageKey = 'shell.lastPage';

/** The page the address names, else the one open when the app was last closed, else the Book. */
function startPage(): PageId {
  const saved = readUiState(lastPageKey);
  return pageFromHash(location.hash || (typeof saved === 'string' ? `#/${saved}` : ''));
}

/**
 * The workstation shell: navigation on the left (Alt+1…7, Alt+T switches light/dark), the
 * current view on the right. The open page is remembered across restarts.
 */
export function App() {
  const [page, setPage] = useState<PageId>(startPage);
  const scheme = useColorScheme();
  useEffect(() => {
    if (readUiState(lastPageKey) !== page) writeUiState(lastPageKey, page, 0);
  }, [page]);
  useEffect(() => {
    const onHash = () => setPage(pageFromHash(location.hash));
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.code === 'KeyT') {
        e.preventDefault();
        toggleColorScheme();
        return;
      }
      const target = e.altKey ? pages.find((p) => p.key === e.key) : undefined;
      if (!target) return;
      e.preventDefault();
      location.hash = `#/${target.id}`;
    };
    window.addEventListener('hashchange', onHash);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('keydown', onKey);
    };
  }, []);
  const View = views[page];
  return (
    <div className="app">
      <nav aria-label="Views">
        <div className="brand">Scanline</div>
        {pages.map((p) => (
          <a key={p.id} href={`#/${p.id}`} aria-current={p.id === page ? 'page' : undefined} title={`Alt+${p.key}`}>
            {p.label}
          </a>
        ))}
        <button type="button" className="theme-toggle" aria-pressed={scheme === 'dark'} title="Alt+T" onClick={toggleColorScheme}>
          Dark theme
        </button>
      </nav>
      <main>
        <View />
      </main>
    </div>
  );
}
