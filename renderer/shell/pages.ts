/** The workstation's views, in navigation order; Alt+<key> opens each. */
export const pages = [
  { id: 'book', label: 'Book', key: '1' },
  { id: 'import', label: 'Import', key: '2' },
  { id: 'margin', label: 'Margin', key: '3' },
  { id: 'stress', label: 'Stress', key: '4' },
  { id: 'scenarios', label: 'Scenarios', key: '5' },
  { id: 'history', label: 'History', key: '6' },
  { id: 'rules', label: 'Rules', key: '7' },
] as const;

export type PageId = (typeof pages)[number]['id'];

export function pageFromHash(hash: string): PageId {
  const id = hash.replace(/^#\/?/, '');
  return pages.find((p) => p.id === id)?.id ?? 'book';
}
