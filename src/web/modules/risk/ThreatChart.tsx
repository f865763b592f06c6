import { RISK_LEVEL_LABELS, RISK_LEVELS } from './labels';
import { formatDate, type ThreatPoint } from './riskApi';

/**
 * The concluded risk of serious violence per signed assessment, over time. Levels are drawn as bands, not
 * numbers; the table below carries the same facts for screen readers and print.
 */
export function ThreatChart({ history }: { history: ThreatPoint[] }) {
  if (history.length === 0) return <p>Der er ingen afsluttede risikovurderinger endnu.</p>;
  const W = 560, H = 180, left = 80, right = 20, top = 15, bottom = 35;
  const x = (i: number) => (history.length === 1 ? left + (W - left - right) / 2 : left + (i * (W - left - right)) / (history.length - 1));
  const y = (level: string) => top + ((2 - RISK_LEVELS.indexOf(level as never)) * (H - top - bottom)) / 2;
  const path = history.map((p, i) => `${i ? 'L' : 'M'}${x(i)},${y(p.seriousViolence)}`).join(' ');
  return (
    <figure className="threat-chart">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-labelledby="threat-chart-title" className="threat-chart-svg">
        <title id="threat-chart-title">Risiko for alvorlig vold over tid (se tabellen nedenfor)</title>
        {RISK_LEVELS.map((l) => (
          <g key={l}>
            <line x1={left} x2={W - right} y1={y(l)} y2={y(l)} className="threat-grid" />
            <text x={left - 10} y={y(l) + 5} textAnchor="end" className="threat-axis">{RISK_LEVEL_LABELS[l]}</text>
          </g>
        ))}
        <path d={path} className="threat-line" />
        {history.map((p, i) => (
          <g key={p.assessmentId}>
            <circle cx={x(i)} cy={y(p.seriousViolence)} r={p.imminent ? 8 : 6} className={p.imminent ? 'threat-dot threat-dot-imminent' : 'threat-dot'} />
            <text x={x(i)} y={H - 10} textAnchor="middle" className="threat-axis">{`Nr. ${p.version}`}</text>
          </g>
        ))}
      </svg>
      <figcaption className="threat-caption">Større, udfyldt prik: overhængende risiko.</figcaption>
      <table className="table table--compact threat-table">
        <caption>Trusselsniveau over tid</caption>
        <thead>
          <tr><th scope="col">Vurdering</th><th scope="col">Afsluttet</th><th scope="col">Risiko for alvorlig vold</th><th scope="col">Overhængende</th></tr>
        </thead>
        <tbody>
          {history.map((p) => (
            <tr key={p.assessmentId}>
              <td>Nr. {p.version}</td><td>{formatDate(p.completedAt)}</td><td>{RISK_LEVEL_LABELS[p.seriousViolence]}</td><td>{p.imminent ? 'Ja' : 'Nej'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
