import type { Actor } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { notFound } from '../../platform/http/errors.js';
import { inTx, type Svc } from '../../shared/svc.js';
import { requireCaseInScope } from '../case-core/cases.scope.js';
import { confidentialPdf, pdfDate, pdfHelpers } from '../safety/pdf.kit.js';
import { GLOBALE_VAGTCENTER, PASSPORT_HOLDER_LABELS, TRAVEL_FEAR_LABELS, TRAVEL_PHASE_LABELS } from './travel.codes.js';
import { countryName } from './travel.countries.js';
import { travelRepo } from './travel.repository.js';
import { openContent } from './travel.service.js';
import { latestPhoto } from './travel.attachments.js';
import type { TripRow } from './travel.tables.js';
import type { TravelContent } from './travel.schemas.js';

export interface PackData {
  caseNumber: string;
  citizen: { name: string; birthDate: string | null; cpr: string | null } | null;
  trip: TripRow;
  content: TravelContent;
  trustedNames: Map<string, string>;
  photo: Buffer | null;
}

/**
 * The missing-person pack (issue 12 item 6): one PDF for the police with description, passports, flights,
 * destination, hosts and trusted persons. Confidential on every page with who printed it and when (pdf.kit).
 * The CPR number only when the user asks (`withCpr`); the export is audited either way, saying which.
 */
export async function missingPersonPack(svc: Svc, actor: Actor, caseId: string, opts: { tripId?: string; withCpr: boolean }): Promise<Buffer> {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  const data = await svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const trip = opts.tripId ? await travelRepo.trip(tx, c, opts.tripId) : await travelRepo.current(tx, c);
    if (!trip) throw notFound('Sagen har ingen rejse registreret.');
    const persons = await travelRepo.persons(tx, c);
    const b = persons.find((p) => p.role === 'BORGER');
    await recordAudit(tx, {
      type: 'travel.pack_exported', actor, subjectType: 'travel_trip', subjectId: trip.id, caseId: c.id, purpose: c.id,
      details: { format: 'pdf', withCpr: opts.withCpr, version: trip.version },
    });
    return {
      caseNumber: c.caseNumber, trip, content: openContent(s, trip),
      trustedNames: new Map(persons.map((p) => [p.id, s.fc.decrypt(p.nameEnc)])),
      citizen: b ? { name: s.fc.decrypt(b.nameEnc), birthDate: s.fc.decryptOpt(b.birthDateEnc), cpr: opts.withCpr ? s.fc.decryptOpt(b.cprEnc) : null } : null,
      photo: await latestPhoto(s, c, trip.id),
    } satisfies PackData;
  });
  return renderPack(data, actor.displayName);
}

export function renderPack(d: PackData, exportedBy: string): Promise<Buffer> {
  const { trip: t, content: p } = d;
  return confidentialPdf({ title: `Efterlysningspakke ${d.caseNumber}`, exportedBy }, (doc) => {
    const { h1, h2, line, para } = pdfHelpers(doc);
    doc.moveDown(0.5);
    h1(`Efterlysningspakke – sag ${d.caseNumber}`);
    para(`Til politiet ved en efterlysning. Udenrigsministeriets ${GLOBALE_VAGTCENTER.name}: ${GLOBALE_VAGTCENTER.phone} (${GLOBALE_VAGTCENTER.hours}).`);

    h2('Borgeren');
    if (d.photo) {
      try {
        doc.image(d.photo, { fit: [140, 180] });
        doc.moveDown(0.5);
      } catch {
        para('(Fotoet kunne ikke indsættes i PDF’en; hent det fra sagen.)');
      }
    } else para('Intet foto på sagen.');
    line('Navn', d.citizen?.name ?? '–');
    line('Fødselsdato', pdfDate(d.citizen?.birthDate ?? null));
    if (d.citizen?.cpr) line('CPR-nummer', d.citizen.cpr);
    const citizenships = p.citizenships.map((x) => `${countryName(x.country)} (${PASSPORT_HOLDER_LABELS[x.holder].toLowerCase()})`);
    line('Statsborgerskab', citizenships.join(', '));
    if (p.note) line('Beskrivelse og noter', p.note);

    h2('Pas');
    if (!p.passports.length) para('Ingen pas registreret.');
    for (const x of p.passports) line(`${PASSPORT_HOLDER_LABELS[x.holder]}`, `${countryName(x.country)}${x.number ? `, nr. ${x.number}` : ''}${x.note ? ` – ${x.note}` : ''}`);
    if (p.reentryNote) line('Ret til indrejse', p.reentryNote);

    h2('Rejsen');
    line('Fase', TRAVEL_PHASE_LABELS[t.phase]);
    line('Destination', t.destinationCountry ? countryName(t.destinationCountry) : '–');
    line('Afrejse', `${pdfDate(t.outboundOn)}${p.outboundTime ? ` kl. ${p.outboundTime}` : ''}${p.outboundFlight ? `, fly ${p.outboundFlight}` : ''}`);
    line('Rute', p.route);
    const ret = p.returnPlanned === false ? 'Ingen hjemrejse planlagt' : `${pdfDate(t.expectedReturnOn)}${p.returnTime ? ` kl. ${p.returnTime}` : ''}${p.returnFlight ? `, fly ${p.returnFlight}` : ''}`;
    line('Hjemrejse', ret);
    line('Returbillet købt', p.returnTicketBought === null ? 'Uoplyst' : p.returnTicketBought ? 'Ja' : 'Nej');
    line('Hjemkomst registreret', pdfDate(t.returnedOn));
    line('Seneste kontakt med borgeren', pdfDate(t.lastContactOn));
    line('Familiens oplyste formål', p.statedPurpose);
    const fears = p.fears.map((f) => (f === 'ANDET' ? p.fearsOther : TRAVEL_FEAR_LABELS[f]));
    line('Borgeren frygter', fears.join('; '));

    h2('Hvem borgeren skal bo hos');
    if (!p.hosts.length) para('Ingen registreret.');
    for (const h of p.hosts) line(h.name, `${h.relation}${h.contact ? ` – ${h.contact}` : ''}`);

    h2('Personer borgeren kan stole på');
    if (!p.trustedPersons.length) para('Ingen registreret.');
    for (const x of p.trustedPersons) {
      const name = x.personId ? d.trustedNames.get(x.personId) ?? x.name : x.name;
      const where = x.abroad ? `i udlandet${x.country ? ` (${countryName(x.country)})` : ''}` : 'i Danmark';
      line(name, `${x.relation ? `${x.relation}, ` : ''}${where}${x.contact ? ` – ${x.contact}` : ''}`);
    }
  });
}
