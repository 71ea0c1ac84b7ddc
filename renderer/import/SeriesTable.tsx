import type { SeriesSummary } from '../../shared/importPreview.ts';

/** The series of a price history: what each holds. */
export function SeriesTable({ series }: { series: SeriesSummary[] }) {
  return (
    <table className="series-table" aria-label="Price series">
      <thead>
        <tr>
          <th>Series</th>
          <th>First</th>
          <th>Last</th>
          <th className="num">Closes</th>
        </tr>
      </thead>
      <tbody>
        {series.map((s) => (
          <tr key={s.series}>
            <td>{s.series}</td>
            <td>{s.first}</td>
            <td>{s.last}</td>
            <td className="num">{s.count.toLocaleString('en-US')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
