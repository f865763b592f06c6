import type { CellView, TableView } from './statsApi';

export const cellText = (c: CellView | null) => (c ? (c.count !== null ? c.count.toLocaleString('da-DK') : c.mark ?? '') : '');
const cellTitle = (c: CellView | null) => (c?.mark === '<5' ? 'Færre end 5' : c?.mark === '–' ? 'Skjult for at beskytte en anden celle' : undefined);

/** The table alternative to the chart: every published cell, the suppressed ones as their marks. */
export function StatsTable({ t }: { t: TableView }) {
  const cats = t.rows;
  if (t.by === 'region' || t.by === 'municipality') {
    return (
      <table className="table table--compact">
        <caption>Henvendelser fordelt på {t.byLabel.toLowerCase()}</caption>
        <thead><tr><th scope="col">{t.byLabel}</th><th scope="col" className="align-text-right">Antal</th></tr></thead>
        <tbody>
          {t.rows.map((r) => <tr key={r.key}><th scope="row">{r.label}</th><td className="align-text-right" title={cellTitle(r)}>{cellText(r)}</td></tr>)}
        </tbody>
        {t.total && <tfoot><tr><th scope="row">I alt ({t.scope.name})</th><td className="align-text-right">{cellText(t.total)}</td></tr></tfoot>}
      </table>
    );
  }
  const lines = [{ key: t.scope.key, name: t.scope.name, rows: t.rows, total: t.total }, ...t.areas];
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption>Henvendelser fordelt på {t.byLabel.toLowerCase()}{t.multiValued ? ' (flere pr. henvendelse, derfor ingen total)' : ''}</caption>
        <thead>
          <tr>
            <th scope="col">Område</th>
            {cats.map((c) => <th scope="col" key={c.key} className="align-text-right">{c.label}</th>)}
            {!t.multiValued && <th scope="col" className="align-text-right">I alt</th>}
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.key}>
              <th scope="row">{l.name}</th>
              {l.rows.map((r) => <td key={r.key} className="align-text-right" title={cellTitle(r)}>{cellText(r)}</td>)}
              {!t.multiValued && <td className="align-text-right">{cellText(l.total)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
