import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import { formatCpr, parseCpr } from '../../platform/cpr/cpr.js';
import { ageOn, todayIso } from '../../shared/codes.js';
import type { Svc } from '../../shared/svc.js';
import { casesRepo } from './cases.repository.js';
import type { CasePersonRow } from '../case-core/cases.tables.js';
import type { PersonInput, PersonView } from './cases.schemas.js';
import type { CaseInScope } from '../case-core/cases.scope.js';

type PersonRole = PersonView['role'];

/** "Sara Testesen" → "S. T.": enough to tell rows apart, not enough to identify. */
export function maskName(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((p) => `${p[0]!.toUpperCase()}.`)
    .join(' ');
}

/** Birth date from the CPR number when given, else the stated birth date. */
export function birthDateOf(input: { cpr?: string; birthDate?: string }): string | null {
  return input.cpr ? parseCpr(input.cpr)?.birthDate ?? null : input.birthDate ?? null;
}

/** Writes a person with every identifying field encrypted and the CPR number blind-indexed and kept in history. */
export async function insertPerson(tx: Db, svc: Svc, actor: Actor, c: CaseInScope, role: PersonRole, p: PersonInput): Promise<CasePersonRow> {
  const caseId = c.id;
  const row = await casesRepo.insertPerson(tx, {
    caseId,
    role,
    nameEnc: svc.fc.encrypt(p.name),
    cprEnc: svc.fc.encryptOpt(p.cpr),
    cprIndex: p.cpr ? svc.fc.blindIndex(p.cpr) : null,
    birthDateEnc: svc.fc.encryptOpt(birthDateOf(p)),
    addressEnc: svc.fc.encryptOpt(p.address),
    phoneEnc: svc.fc.encryptOpt(p.phone),
    gender: p.gender,
    municipalityCode: p.municipalityCode ?? null,
    citizenshipsEnc: p.citizenships.length ? svc.fc.encrypt(JSON.stringify(p.citizenships)) : null,
    passportsEnc: p.passports.length ? svc.fc.encrypt(JSON.stringify(p.passports)) : null,
    abroad: p.abroad,
    countryEnc: svc.fc.encryptOpt(p.country),
    relationEnc: svc.fc.encryptOpt(p.relation),
    createdBy: actor.userId,
  });
  if (p.cpr) {
    await casesRepo.addCprHistory(tx, { personId: row.id, caseId, cprEnc: svc.fc.encrypt(p.cpr), cprIndex: svc.fc.blindIndex(p.cpr), recordedBy: actor.userId });
  }
  return row;
}

/** Applies a partial update; a changed CPR number is kept: the old one is marked replaced, never deleted. */
export async function updatePersonRow(tx: Db, svc: Svc, actor: Actor, row: CasePersonRow, p: Partial<PersonInput>) {
  const set: Parameters<typeof casesRepo.updatePerson>[2] = {};
  if (p.name !== undefined) set.nameEnc = svc.fc.encrypt(p.name);
  if (p.address !== undefined) set.addressEnc = svc.fc.encrypt(p.address);
  if (p.phone !== undefined) set.phoneEnc = svc.fc.encrypt(p.phone);
  if (p.gender !== undefined) set.gender = p.gender;
  if (p.municipalityCode !== undefined) set.municipalityCode = p.municipalityCode;
  if (p.citizenships !== undefined) set.citizenshipsEnc = p.citizenships.length ? svc.fc.encrypt(JSON.stringify(p.citizenships)) : null;
  if (p.passports !== undefined) set.passportsEnc = p.passports.length ? svc.fc.encrypt(JSON.stringify(p.passports)) : null;
  if (p.abroad !== undefined) set.abroad = p.abroad;
  if (p.country !== undefined) set.countryEnc = svc.fc.encryptOpt(p.country);
  if (p.relation !== undefined) set.relationEnc = svc.fc.encrypt(p.relation);
  if (p.birthDate !== undefined && p.cpr === undefined && !row.cprEnc) set.birthDateEnc = svc.fc.encrypt(p.birthDate);
  const oldCpr = svc.fc.decryptOpt(row.cprEnc);
  if (p.cpr !== undefined && p.cpr !== oldCpr) {
    set.cprEnc = svc.fc.encrypt(p.cpr);
    set.cprIndex = svc.fc.blindIndex(p.cpr);
    set.birthDateEnc = svc.fc.encrypt(parseCpr(p.cpr)!.birthDate);
    await casesRepo.replaceCurrentCpr(tx, row.id);
    await casesRepo.addCprHistory(tx, { personId: row.id, caseId: row.caseId, cprEnc: set.cprEnc, cprIndex: set.cprIndex, recordedBy: actor.userId });
  }
  const changed = Object.keys(set);
  const updated = changed.length ? await casesRepo.updatePerson(tx, row.id, set) : row;
  return { updated, changed: changed.map((k) => k.replace(/Enc$|Index$/, '')) };
}

export function personView(svc: Svc, r: CasePersonRow, history: { personId: string; cprEnc: string; replacedAt: Date | null }[]): PersonView {
  const cpr = svc.fc.decryptOpt(r.cprEnc);
  const birthDate = svc.fc.decryptOpt(r.birthDateEnc);
  return {
    id: r.id,
    version: r.version,
    role: r.role as PersonRole,
    name: svc.fc.decrypt(r.nameEnc),
    cpr: cpr ? formatCpr(cpr) : null,
    birthDate,
    age: birthDate ? ageOn(birthDate, todayIso()) : null,
    address: svc.fc.decryptOpt(r.addressEnc),
    phone: svc.fc.decryptOpt(r.phoneEnc),
    gender: r.gender as PersonView['gender'],
    municipalityCode: r.municipalityCode,
    citizenships: r.citizenshipsEnc ? (JSON.parse(svc.fc.decrypt(r.citizenshipsEnc)) as string[]) : [],
    passports: r.passportsEnc ? (JSON.parse(svc.fc.decrypt(r.passportsEnc)) as PersonView['passports']) : [],
    abroad: r.abroad,
    country: svc.fc.decryptOpt(r.countryEnc),
    relation: svc.fc.decryptOpt(r.relationEnc),
    previousCprs: history
      .filter((h) => h.personId === r.id && h.replacedAt)
      .sort((a, b) => b.replacedAt!.getTime() - a.replacedAt!.getTime())
      .map((h) => ({ cpr: formatCpr(svc.fc.decrypt(h.cprEnc)), replacedAt: h.replacedAt!.toISOString() })),
  };
}
