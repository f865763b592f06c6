import { RISK_LEVEL_LABELS, RISK_LEVELS } from './labels';
import { formatDate, type ThreatPoint } from './riskApi';

/**
 * The concluded risk of serious violence per signed assessment, over time. Levels are drawn as bands, not
 * numbers; the table below carries the same facts for screen readers and print.
 */
/** A recorded follow-up's judged level (coordination), drawn between assessments as a square. */
export interface FollowUpPoint { id: string; followedUpOn: string; riskLevel: string; imminent: boolean }

export function ThreatChart({ history: assessed, followUps = [] }: { history: ThreatPoint[]; followUps?: FollowUpPoint[] }) {
  if (assessed.length === 0 && followUps.length === 0) return <p>Der er ingen afsluttede risikovurderinger endnu.</p>;
  // One time line: signed assessments and recorded follow-ups in date order.
  type Point = { key: string; seriousViolence: string; imminent: boolean; at: string; label: string; kind: 'assessment' | 'followup'; version?: number };
  const history: Point[] = [
    ...assessed.map((p) => ({ key: p.assessmentId, seriousViolence: p.seriousViolence, imminent: p.imminent, at: p.completedAt, label: `Nr. ${p.version}`, kind: 'assessment' as const, version: p.version })),
    ...followUps.map((f) => ({ key: f.id, seriousViolence: f.riskLevel, imminent: f.imminent, at: `${f.followedUpOn}T12:00:00Z`, label: 'Opf.', kind: 'followup' as const })),
  ].sort((a, b) => a.at.localeCompare(b.at));
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
          <g key={p.key}>
            {p.kind === 'assessment'
              ? <circle cx={x(i)} cy={y(p.seriousViolence)} r={p.imminent ? 8 : 6} className={p.imminent ? 'threat-dot threat-dot-imminent' : 'threat-dot'} />
              : <rect x={x(i) - 5} y={y(p.seriousViolence) - 5} width={10} height={10} className={p.imminent ? 'threat-dot threat-dot-imminent' : 'threat-dot'} />}
            <text x={x(i)} y={H - 10} textAnchor="middle" className="threat-axis">{p.label}</text>
          </g>
        ))}
      </svg>
      <figcaption className="threat-caption">Større, udfyldt prik: overhængende risiko.{followUps.length > 0 && ' Firkant: opfølgning mellem vurderingerne.'}</figcaption>
      <table className="table table--compact threat-table">
        <caption>Trusselsniveau over tid</caption>
        <thead>
          <tr><th scope="col">Vurdering</th><th scope="col">Dato</th><th scope="col">Risiko for alvorlig vold</th><th scope="col">Overhængende</th></tr>
        </thead>
        <tbody>
          {history.map((p) => (
            <tr key={p.key}>
              <td>{p.kind === 'assessment' ? `Nr. ${p.version}` : 'Opfølgning'}</td><td>{formatDate(p.at)}</td><td>{RISK_LEVEL_LABELS[p.seriousViolence as keyof typeof RISK_LEVEL_LABELS]}</td><td>{p.imminent ? 'Ja' : 'Nej'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
