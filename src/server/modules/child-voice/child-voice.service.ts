import type { Actor } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { staleVersion, validationError } from '../../platform/http/errors.js';
import { todayIso } from '../../shared/codes.js';
import { danishDate } from '../../shared/dates.js';
import { iso, inTx, type Svc } from '../../shared/svc.js';
import { requireCaseInScope, type CaseInScope } from '../case-core/cases.scope.js';
import { appendChange } from '../journal/journal.service.js';
import { childVoiceRepo } from './child-voice.repository.js';
import type { ChildVoiceBody, ChildVoiceView } from './child-voice.schemas.js';
import type { ChildVoiceRow } from './child-voice.tables.js';

const PURPOSE = (caseId: string) => caseId;
const ROLE_LABEL: Record<string, string> = {
  BORGER: 'Borgeren', MULIG_GERNINGSPERSON: 'Mulig gerningsperson', MULIGT_OFFER: 'Muligt offer', TILLIDSPERSON: 'Tillidsperson', FORAELDER_VAERGE: 'Forælder/værge',
};
const AGREES_TEXT = {
  JA: 'Barnet har givet samtykke til, at familien inddrages',
  NEJ: 'Barnet ønsker ikke, at familien inddrages',
  IKKE_AFKLARET: 'Det er ikke afklaret, om barnet ønsker familien inddraget',
} as const;
const FAMILY_WARNING = 'Der er planlagt kontakt til familien, men barnet har ikke givet samtykke til, at familien inddrages (DOMAIN.md § 4.4). Overvej om kontakten kan bringe barnet i fare.';

type Persons = Awaited<ReturnType<typeof childVoiceRepo.persons>>;

function view(svc: Svc, c: CaseInScope, row: ChildVoiceRow | null, persons: Persons): ChildVoiceView {
  const byId = new Map(persons.map((p) => [p.id, p]));
  const warnings: ChildVoiceView['warnings'] = [];
  if (row?.familyContactPlanned && row.childAgreesFamily !== 'JA') warnings.push({ code: 'FAMILIE_UDEN_BARNETS_SAMTYKKE', message: FAMILY_WARNING });
  if (row?.familyContactPlanned && !row.talkedAloneAt) warnings.push({ code: 'IKKE_TALT_MED_ALENE', message: 'Barnet er ikke registreret som talt med alene, før familien kontaktes.' });
  return {
    caseId: c.id,
    talkedAloneAt: row?.talkedAloneAt ?? null,
    talkedAloneBy: svc.fc.decryptOpt(row?.talkedAloneByEnc ?? null),
    childAgreesFamily: (row?.childAgreesFamily ?? null) as ChildVoiceView['childAgreesFamily'],
    familyContactPlanned: row?.familyContactPlanned ?? false,
    excludedBisidder: (row?.excludedBisidderPersonIds ?? []).flatMap((id) => {
      const p = byId.get(id);
      return p ? [{ personId: id, name: svc.fc.decrypt(p.nameEnc), role: p.role }] : [];
    }),
    note: svc.fc.decryptOpt(row?.noteEnc ?? null),
    warnings,
    version: row?.version ?? 0,
    updatedAt: row ? iso(row.updatedAt) : null,
  };
}

export async function getChildVoice(svc: Svc, actor: Actor, caseId: string): Promise<ChildVoiceView> {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const row = await childVoiceRepo.get(tx, c);
    await recordAudit(tx, { type: 'child_voice.read', actor, subjectType: 'case', subjectId: c.id, caseId: c.id, purpose: PURPOSE(c.id) });
    return view(s, c, row, await childVoiceRepo.persons(tx, c));
  });
}

/**
 * Records the child's voice and the family's place (DOMAIN.md § 4.4) as one versioned record. Each decision that
 * changed becomes a Danish journal line, restricted (it says which relatives are kept away: not for a parent's
 * request for access to documents).
 */
export async function putChildVoice(svc: Svc, actor: Actor, caseId: string, body: ChildVoiceBody): Promise<ChildVoiceView> {
  if (body.talkedAloneAt && body.talkedAloneAt > todayIso()) throw validationError([{ path: 'body.talkedAloneAt', message: 'Datoen må ikke ligge i fremtiden' }]);
  if (body.talkedAloneAt && !body.talkedAloneBy) throw validationError([{ path: 'body.talkedAloneBy', message: 'Skriv hvem der talte med barnet alene' }]);
  if (!body.talkedAloneAt && body.talkedAloneBy) throw validationError([{ path: 'body.talkedAloneAt', message: 'Angiv hvornår barnet blev talt med alene' }]);
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const persons = await childVoiceRepo.persons(tx, c);
    const ids = [...new Set(body.excludedBisidderPersonIds)];
    const known = new Set(persons.filter((p) => p.role !== 'BORGER').map((p) => p.id));
    const bad = ids.map((id, i) => [id, i] as const).filter(([id]) => !known.has(id));
    if (bad.length) throw validationError(bad.map(([, i]) => ({ path: `body.excludedBisidderPersonIds.${i}`, message: 'Skal være en person på sagen (ikke borgeren selv)' })));
    const before = await childVoiceRepo.get(tx, c, true);
    if ((before?.version ?? 0) !== body.version) throw staleVersion(before?.version ?? 0);
    const values = {
      talkedAloneAt: body.talkedAloneAt, talkedAloneByEnc: s.fc.encryptOpt(body.talkedAloneBy ?? undefined), childAgreesFamily: body.childAgreesFamily,
      familyContactPlanned: body.familyContactPlanned, excludedBisidderPersonIds: ids, noteEnc: s.fc.encryptOpt(body.note ?? undefined),
      updatedBy: actor.userId,
    };
    const row = before ? await childVoiceRepo.update(tx, c, body.version, values) : await childVoiceRepo.insert(tx, c, values);
    if (!row) throw staleVersion((await childVoiceRepo.get(tx, c))?.version ?? 0);

    const lines: string[] = [];
    const byBefore = s.fc.decryptOpt(before?.talkedAloneByEnc ?? null);
    if (row.talkedAloneAt && (row.talkedAloneAt !== before?.talkedAloneAt || body.talkedAloneBy !== byBefore)) {
      lines.push(`Barnet er talt med alene den ${danishDate(row.talkedAloneAt)} af ${body.talkedAloneBy}`);
    }
    if (row.childAgreesFamily && row.childAgreesFamily !== before?.childAgreesFamily) lines.push(AGREES_TEXT[row.childAgreesFamily as keyof typeof AGREES_TEXT]);
    const name = (id: string) => {
      const p = persons.find((x) => x.id === id)!;
      return `${ROLE_LABEL[p.role] ?? p.role} ${s.fc.decrypt(p.nameEnc)}`;
    };
    const was = new Set(before?.excludedBisidderPersonIds ?? []);
    for (const id of ids) if (!was.has(id)) lines.push(`${name(id)} er udelukket som bisidder`);
    for (const id of was) if (!ids.includes(id) && known.has(id)) lines.push(`${name(id)} er ikke længere udelukket som bisidder`);
    if (row.familyContactPlanned && !before?.familyContactPlanned) {
      lines.push(row.childAgreesFamily === 'JA' ? 'Kontakt til familien er planlagt' : 'Advarsel: kontakt til familien er planlagt, uden at barnet har givet samtykke til det');
    }
    for (const line of lines) await appendChange(tx, s, c, actor, line, undefined, { restricted: true });
    await recordAudit(tx, {
      type: 'child_voice.updated', actor, subjectType: 'case', subjectId: c.id, caseId: c.id, purpose: PURPOSE(c.id),
      details: {
        talkedAlone: !!row.talkedAloneAt, childAgreesFamily: row.childAgreesFamily, familyContactPlanned: row.familyContactPlanned,
        excludedBisidder: ids.length, version: row.version,
      },
    });
    return view(s, c, row, persons);
  });
}
