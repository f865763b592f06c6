import { copenhagenDay } from '../../app/format';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';
import { ErrorAlert } from '../../app/ErrorAlert';
import { cellText, percentText, summarySentences } from '../../../server/modules/statistics/statistics.text';
import { summaryUrl, type SummaryView } from './statsApi';

const period = () => {
  const today = copenhagenDay();
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
};

/** Seed 000's report from the live data: the sentences, the figures behind them; printable, and as a PDF. */
export function SummaryPage() {
  const q = period();
  const s = useQuery({ queryKey: ['statistics-summary', q], queryFn: () => api<SummaryView>('GET', summaryUrl(q)) });
  const v = s.data;
  return (
    <div className="stats-report">
      <h1>Henvendelser til sikkerhedskonsulenterne{v ? ` – ${v.scope.name}` : ''}</h1>
      {s.error && <ErrorAlert error={s.error} />}
      {s.isLoading && <p role="status">Henter rapporten…</p>}
      {v && (
        <>
          {summarySentences(v).map((line) => <p key={line}>{line}</p>)}
          <p className="print-hide">
            <button type="button" className="button button-secondary" onClick={() => window.print()}>Udskriv</button>{' '}
            <a className="button button-secondary" href={summaryUrl(q, true)} download>Hent som PDF</a>
          </p>
          <table className="table table--compact">
            <caption>Nøgletal</caption>
            <tbody>
              <tr><th scope="row">Henvendelser</th><td className="align-text-right">{cellText(v.inquiries)}</td></tr>
              <tr><th scope="row">Sager</th><td className="align-text-right">{cellText(v.cases)}</td></tr>
              <tr><th scope="row">Personer</th><td className="align-text-right">{cellText(v.persons)}</td></tr>
              {v.municipalitiesUsed && <tr><th scope="row">Kommuner der har brugt ordningen</th><td className="align-text-right">{v.municipalitiesUsed.count} af {v.municipalitiesUsed.of}</td></tr>}
            </tbody>
          </table>
          <table className="table table--compact">
            <caption>Andele af henvendelserne</caption>
            <thead><tr><th scope="col">Andel</th><th scope="col" className="align-text-right">Antal</th><th scope="col" className="align-text-right">Procent</th></tr></thead>
            <tbody>
              {[...v.shares, ...v.screeningOutcomes, ...v.closureOutcomes].map((x, i) => (
                <tr key={`${x.key}-${i}`}><th scope="row">{x.label}</th><td className="align-text-right">{cellText(x)}</td><td className="align-text-right">{percentText(x)}</td></tr>
              ))}
            </tbody>
          </table>
          <table className="table table--compact">
            <caption>Årsager, hyppigste først (flere pr. henvendelse)</caption>
            <tbody>{v.reasonsRanked.map((r) => <tr key={r.key}><th scope="row">{r.label}</th><td className="align-text-right">{cellText(r)}</td></tr>)}</tbody>
          </table>
          <table className="table table--compact">
            <caption>Hvordan de afsluttede sager endte (evalueringen ved afslutning)</caption>
            <thead><tr><th scope="col">Udfald</th><th scope="col" className="align-text-right">Antal</th><th scope="col" className="align-text-right">Procent af henvendelserne</th></tr></thead>
            <tbody>{v.closingOutcomes.map((x) => <tr key={x.key}><th scope="row">{x.label}</th><td className="align-text-right">{cellText(x)}</td><td className="align-text-right">{percentText(x)}</td></tr>)}</tbody>
          </table>
          <table className="table table--compact">
            <caption>Hvad hjalp (flere pr. sag)</caption>
            <tbody>{v.helped.map((r) => <tr key={r.key}><th scope="row">{r.label}</th><td className="align-text-right">{cellText(r)}</td></tr>)}</tbody>
          </table>
          <p>"&lt;5": færre end 5. "–": skjult for at beskytte en anden celle. 0 vises som 0.</p>
        </>
      )}
    </div>
  );
}
