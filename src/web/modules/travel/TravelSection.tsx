import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../app/auth';
import { Done } from '../../app/Done';
import { Checkbox, FormErrorsContext } from '../../app/form/fields';
import { formatDate, todayCopenhagen } from '../../app/format';
import type { CaseSectionProps } from '../cases/caseSections';
import type { CaseDetail } from '../cases/casesApi';
import { createTask, listTasks } from '../coordination/coordinationApi';
import { MEASURE_STATUS_LABELS } from '../safety/labels';
import { createMeasure, listMeasures } from '../safety/safetyApi';
import { CountryList } from './CountryField';
import { TravelForm } from './TravelForm';
import { TravelContacts } from './TravelContacts';
import { TravelAttachments } from './TravelAttachments';
import { MINOR_STEP_LABELS, MINOR_STEP_TASK_TITLES, TRAVEL_FEAR_LABELS, TRAVEL_PHASE_LABELS, countryName } from './labels';
import { getTravel, inputOf, packUrl, putTravel, type Travel } from './travelApi';
import './travel.css';

const closed = (c: CaseDetail) => c.status === 'AFSLUTTET' || c.status === 'OVERDRAGET';
const yesNo = (v: boolean | null) => (v === null ? 'Uoplyst' : v ? 'Ja' : 'Nej');

/**
 * The travel section (DOMAIN.md § 7 and § 11.7): before, during and after a stay abroad. Shows the watch's alarm,
 * for a minor the residence permit note, the countdown to departure and the steps only possible in Denmark,
 * the trip itself with its form, the authority contact log and the missing-person pack.
 */
export function TravelSection({ caseData: c }: CaseSectionProps) {
  const [tripId, setTripId] = useState<string | undefined>(undefined);
  const [adding, setAdding] = useState(false);
  // Stays as the user left it (a save does not fold the form away over its confirmation).
  const [editing, setEditing] = useState<boolean | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const q = useQuery({ queryKey: ['travel', c.id, tripId ?? 'current'], queryFn: () => getTravel(c.id, tripId), placeholderData: (prev) => prev });
  const { user } = useAuth();
  const mayEdit = (user?.role === 'consultant' || user?.role === 'caseworker') && !closed(c);
  if (q.isLoading) return <p>Indlæser…</p>;
  if (!q.data) return <p role="alert">Rejseoplysningerne kunne ikke hentes.</p>;
  const v = q.data;
  return (
    <div className="travel-section">
      <CountryList />
      <Done message={notice} />
      {v.watch.alert && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-heading">Rejsevagt: {v.watch.alert.reason === 'HJEMKOMST' ? `forventet hjemkomst ${formatDate(v.watch.alert.dueOn)} er overskredet` : `aftalt kontakt ${formatDate(v.watch.alert.dueOn)} er ikke registreret`}</p>
            <p className="alert-text">{v.watch.alert.message}. Kontakt borgeren, politiet eller Udenrigsministeriets Globale Vagtcenter, og registrér hjemkomsten eller kontakten her.</p>
          </div>
        </div>
      )}
      {v.minor.applies && <MinorPanel c={c} v={v} mayEdit={mayEdit} />}
      {v.trips.length > 1 && (
        <div className="form-group">
          <label className="form-label" htmlFor="travel-trip">Vis rejse</label>
          <select id="travel-trip" className="form-select" value={v.id ?? ''} onChange={(e) => setTripId(e.target.value)}>
            {v.trips.map((t) => <option key={t.id} value={t.id}>{t.destinationCountry ? countryName(t.destinationCountry) : 'Ukendt land'}{t.outboundOn ? `, afrejse ${formatDate(t.outboundOn)}` : ''} – {TRAVEL_PHASE_LABELS[t.phase]}</option>)}
          </select>
        </div>
      )}
      {v.version === 0 ? <p>Der er ikke registreret nogen rejse på sagen.</p> : <TripSummary v={v} />}
      {mayEdit && v.id && v.watch.open && <ReturnedToday c={c} v={v} />}
      {mayEdit && (
        <details className="d-print-none" open={editing ?? v.version === 0} onToggle={(e) => setEditing((e.target as HTMLDetailsElement).open)}>
          <summary>{v.version === 0 ? 'Registrér rejsen' : 'Ret rejseoplysningerne'}</summary>
          <TravelForm caseData={c} value={v} mode="edit" onSaved={() => undefined} />
        </details>
      )}
      {mayEdit && v.version > 0 && (
        <details className="d-print-none" open={adding} onToggle={(e) => setAdding((e.target as HTMLDetailsElement).open)}>
          <summary>Registrér en ny rejse på sagen</summary>
          {adding && <TravelForm caseData={c} value={null} mode="new" onSaved={(t) => { setTripId(t.id ?? undefined); setAdding(false); setNotice('Den nye rejse er registreret og skrevet i journalen.'); }} />}
        </details>
      )}
      <TravelContacts c={c} mayEdit={mayEdit} />
      <TravelAttachments caseId={c.id} tripId={v.id} mayEdit={mayEdit} />
      {v.id && <PackLink caseId={c.id} tripId={v.id} />}
    </div>
  );
}

function TripSummary({ v }: { v: Travel }) {
  const flight = (date: string | null, time: string | null, no: string) => [date ? formatDate(date) : null, time ? `kl. ${time}` : null, no ? `fly ${no}` : null].filter(Boolean).join(', ') || 'Ikke oplyst';
  return (
    <dl className="summary-list">
      <dt>Fase</dt><dd>{TRAVEL_PHASE_LABELS[v.phase]}</dd>
      <dt>Destination</dt><dd>{v.destinationCountryName ?? 'Ikke oplyst'}</dd>
      <dt>Afrejse</dt><dd>{flight(v.outboundOn, v.outboundTime, v.outboundFlight)}</dd>
      <dt>Hjemrejse planlagt / billet købt</dt><dd>{yesNo(v.returnPlanned)} / {yesNo(v.returnTicketBought)}</dd>
      <dt>Forventet hjemkomst</dt><dd>{v.returnPlanned === false && !v.expectedReturnOn ? 'Ingen hjemrejse planlagt (enkeltbillet)' : flight(v.expectedReturnOn, v.returnTime, v.returnFlight)}</dd>
      {v.returnedOn && <><dt>Hjemkomst registreret</dt><dd>{formatDate(v.returnedOn)}</dd></>}
      {v.phase === 'UNDER' && <><dt>Seneste kontakt med borgeren</dt><dd>{v.lastContactOn ? formatDate(v.lastContactOn) : 'Ikke registreret'}</dd></>}
      {v.nextCheckInOn && <><dt>Næste aftalte kontakt</dt><dd>{formatDate(v.nextCheckInOn)}</dd></>}
      <dt>Skal bo hos</dt><dd>{v.hosts.length ? v.hosts.map((h) => `${h.name}${h.relation ? ` (${h.relation})` : ''}`).join(', ') : 'Ikke oplyst'}</dd>
      <dt>Borgeren frygter</dt><dd>{v.fears.length ? v.fears.map((f) => (f === 'ANDET' ? v.fearsOther : TRAVEL_FEAR_LABELS[f])).join('; ') : 'Ikke oplyst'}</dd>
      <dt>Pas</dt><dd>{v.passports.length ? v.passports.map((p) => countryName(p.country)).join(', ') : 'Ikke oplyst'}</dd>
      <dt>Rejsevagt</dt><dd>{v.watch.open ? 'Åben: sagen kan ikke afsluttes, før hjemkomsten er registreret' : 'Lukket'}</dd>
    </dl>
  );
}

/** One click: the citizen is back today (phase after, return recorded): closes the watch. */
function ReturnedToday({ c, v }: { c: CaseDetail; v: Travel }) {
  const qc = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const today = todayCopenhagen();
  return (
    <div className="d-print-none">
      <Done message={done} />
      {error && <p className="form-error-message" role="alert">{error}</p>}
      <button type="button" className="button button-secondary" onClick={async () => {
        try {
          await putTravel(c.id, { ...inputOf(v), phase: 'EFTER', returnedOn: today, version: v.version, tripId: v.id! });
          await qc.invalidateQueries({ queryKey: ['travel', c.id] });
          setDone('Hjemkomsten er registreret, og rejsevagten er lukket.');
        } catch (e) {
          setError(e instanceof Error ? e.message : 'Hjemkomsten kunne ikke registreres.');
        }
      }}>Borgeren er kommet hjem i dag</button>
    </div>
  );
}

/** For a minor: the residence permit note, the countdown to departure and the steps only possible in Denmark, one click each. */
function MinorPanel({ c, v, mayEdit }: { c: CaseDetail; v: Travel; mayEdit: boolean }) {
  const qc = useQueryClient();
  const { user } = useAuth();
  const measures = useQuery({ queryKey: ['safety', c.id, 'measures', ''], queryFn: () => listMeasures(c.id) });
  const tasks = useQuery({ queryKey: ['travel', c.id, 'tasks'], queryFn: () => listTasks(c.id) });
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const days = v.minor.daysToDeparture;
  const before = v.phase === 'FOER';
  const passport = measures.data?.items.find((m) => m.measureType === 'PASINDDRAGELSE' && m.status !== 'AFSLUTTET');
  const taskFor = (title: string) => tasks.data?.tasks.find((t) => t.title === title);
  const today = todayCopenhagen();
  const deadline = (() => {
    if (!v.outboundOn) return today;
    const d = new Date(`${v.outboundOn}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    const x = d.toISOString().slice(0, 10);
    return x < today ? today : x;
  })();
  const act = async (what: () => Promise<unknown>, message: string) => {
    setBusy(true);
    try {
      await what();
      await qc.invalidateQueries({ queryKey: ['safety', c.id] });
      await qc.invalidateQueries({ queryKey: ['travel', c.id, 'tasks'] });
      setDone(message);
    } finally {
      setBusy(false);
    }
  };
  const me = user ? { userId: user.id } : null;
  return (
    <section className="travel-minor" aria-labelledby="travel-minor-h">
      <h3 id="travel-minor-h">Barn under 18 år</h3>
      <div className="alert alert-info"><div className="alert-body"><p className="alert-text">{v.minor.residencePermitNote}</p></div></div>
      {before && days !== null && (
        <p className="travel-countdown" role="status">
          <strong className="travel-countdown-days">{days === 0 ? 'Afrejse i dag' : days === 1 ? 'Afrejse i morgen' : `${days} dage til afrejse`}</strong>
          {' '}({formatDate(v.outboundOn)}{v.outboundFlight ? `, fly ${v.outboundFlight}` : ''})
        </p>
      )}
      {before && (
        <>
          <h4>Det, der kun kan gøres, mens barnet er i Danmark</h4>
          <Done message={done} />
          <ol className="travel-steps">
            <li>
              {MINOR_STEP_LABELS.PASINDDRAGELSE}:{' '}
              {passport ? <><strong>{MEASURE_STATUS_LABELS[passport.status]}</strong> – <Link to={`/sager/${c.id}/foranstaltninger`}>se foranstaltningen</Link></>
                : mayEdit && me ? <><button type="button" className="button button-secondary" disabled={busy}
                  onClick={() => act(() => createMeasure(c.id, { measureType: 'PASINDDRAGELSE', status: 'FORESLAAET', owner: me, description: `Før afrejsen${v.outboundOn ? ` ${formatDate(v.outboundOn)}` : ''}` }), 'Pasinddragelse er foreslået som foranstaltning.')}>Foreslå pasinddragelse</button>
                  {' '}<Link to={`/sager/${c.id}/foranstaltninger?type=PASINDDRAGELSE#foreslaa`}>eller udfyld den med ansvarlig og periode</Link></>
                : 'ikke foreslået'}
            </li>
            {(['LUFTHAVNSPOLITI', 'UNDERRETNING_133'] as const).map((step) => {
              const title = MINOR_STEP_TASK_TITLES[step];
              const task = taskFor(title);
              const fulfilled = step === 'UNDERRETNING_133' && c.dutyToNotify.fulfilledAt;
              return (
                <li key={step}>
                  {MINOR_STEP_LABELS[step]}:{' '}
                  {fulfilled ? <strong>Underretning registreret {formatDate(c.dutyToNotify.fulfilledAt)}</strong>
                    : task ? <><strong>Opgave oprettet</strong>{task.deadline ? `, frist ${formatDate(task.deadline)}` : ''} – <Link to={`/sager/${c.id}/opgaver#opgave-${task.id}`}>se opgaven</Link></>
                    : mayEdit && me ? <button type="button" className="button button-secondary" disabled={busy}
                      onClick={() => act(() => createTask(c.id, { title, owner: me, deadline }), `Opgaven "${title}" er oprettet til dig med frist ${formatDate(deadline)}.`)}>Opret opgave<span className="sr-only">: {MINOR_STEP_LABELS[step]}</span></button>
                    : 'ingen opgave'}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}

function PackLink({ caseId, tripId }: { caseId: string; tripId: string }) {
  const [withCpr, setWithCpr] = useState(false);
  return (
    <section className="d-print-none" aria-labelledby="travel-pack-h">
      <h3 id="travel-pack-h">Efterlysningspakke til politiet</h3>
      <p>Én PDF med foto, beskrivelse, pas, fly, destination, værter og tillidspersoner. Den er mærket fortrolig med dit navn og tidspunktet, og udskriften logges.</p>
      <FormErrorsContext.Provider value={{ errors: {}, prefix: 'pakke' }}>
        <Checkbox path="cpr" label="Medtag borgerens CPR-nummer" hint="Kun hvis politiet beder om det" checked={withCpr} onChange={setWithCpr} />
      </FormErrorsContext.Provider>
      <a className="button button-secondary" href={packUrl(caseId, tripId, withCpr)} download>Hent efterlysningspakke (PDF)</a>
    </section>
  );
}
