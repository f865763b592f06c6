import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { notFound, validationError } from '../../platform/http/errors.js';
import { parseCpr } from '../../platform/cpr/cpr.js';
import { consentsOfInquiry, inquiryAllowsCase } from '../consent/consent.service.js';
import type { CaseInScope } from '../case-core/cases.scope.js';
import { inquiryBirthDate } from '../case-core/intake.citizen.js';
import { createdInquiry, requireInquiryInScope, type InquiryInScope } from '../case-core/intake.scope.js';
import { ageBandOf, ageOn, isMinor, todayIso, type AgeBand } from '../../shared/codes.js';
import { intakeRepo } from './intake.repository.js';
import { inquiryMinor, type CreateInquiryBody, type IdentifyingField, type InquiryView } from './intake.schemas.js';
import type { InquiryRow } from '../case-core/intake.tables.js';
import { iso, inTx, type Svc } from '../../shared/svc.js';

// The inquiry gate is intake.scope.ts (`requireInquiryInScope`); the birth-date helper lives in intake.citizen.ts.
export { inquiryBirthDate };

/** Links a new case to its inquiry (once: false when the inquiry already had a case). */
export async function linkInquiryToCase(tx: Db, inquiry: InquiryInScope, c: CaseInScope): Promise<boolean> {
  return (await intakeRepo.linkCase(tx, inquiry, c)).length === 1;
}

export async function assertMunicipalitiesExist(db: Db, fields: Record<string, string | undefined | null>) {
  const entries = Object.entries(fields).filter((e): e is [string, string] => typeof e[1] === 'string');
  const unknown = await intakeRepo.unknownMunicipalities(db, [...new Set(entries.map(([, c]) => c))]);
  const bad = entries.filter(([, c]) => unknown.includes(c));
  if (bad.length) throw validationError(bad.map(([path]) => ({ path, message: 'Kommunekoden findes ikke' })));
}

export async function createInquiry(svc: Svc, actor: Actor, body: CreateInquiryBody): Promise<InquiryView> {
  const c = body.citizen;
  await assertMunicipalitiesExist(svc.db, {
    'body.initiatorMunicipalityCode': body.initiatorMunicipalityCode,
    'body.citizen.municipalityCode': c.municipalityCode,
  });
  const birth = c.cpr ? parseCpr(c.cpr)!.birthDate : c.birthDate;
  const age = birth ? ageOn(birth, todayIso()) : c.age ?? null;
  if (age !== null && (age < 0 || age > 120)) throw validationError([{ path: c.cpr ? 'body.citizen.cpr' : 'body.citizen.birthDate', message: 'Fødselsdatoen ligger uden for et muligt interval' }]);
  const ageBand: AgeBand = c.ageBand && c.ageBand !== 'UOPLYST' ? c.ageBand : age !== null ? ageBandOf(age) : 'UOPLYST';
  const anon = body.anonymous;
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const row = await intakeRepo.insert(tx, {
      receivedAt: new Date(body.receivedAt),
      channel: body.channel,
      initiatorRole: body.initiatorRole,
      initiatorMunicipalityCode: body.initiatorMunicipalityCode ?? null,
      anonymous: anon,
      concernTypes: [...new Set(body.concernTypes)],
      reasons: [...new Set(body.reasons)],
      // An anonymous inquiry keeps an age, never a birth date (DOMAIN.md § 5).
      citizenAge: age,
      citizenAgeBand: ageBand,
      citizenMinor: inquiryMinor(c),
      citizenGender: c.gender,
      citizenMunicipalityCode: c.municipalityCode ?? null,
      citizenNameEnc: anon ? null : s.fc.encryptOpt(c.name),
      citizenCprEnc: anon ? null : s.fc.encryptOpt(c.cpr),
      citizenCprIndex: anon || !c.cpr ? null : s.fc.blindIndex(c.cpr),
      citizenAddressEnc: anon ? null : s.fc.encryptOpt(c.address),
      citizenPhoneEnc: anon ? null : s.fc.encryptOpt(c.phone),
      citizenEmailEnc: anon ? null : s.fc.encryptOpt(c.email),
      citizenBirthDateEnc: anon ? null : s.fc.encryptOpt(c.cpr ? undefined : c.birthDate),
      advisedCitizenDirectly: body.advisedCitizenDirectly,
      adviceEnc: s.fc.encryptOpt(body.advice),
      summaryEnc: s.fc.encryptOpt(body.summary),
      createdBy: actor.userId,
    });
    await recordAudit(tx, {
      type: 'inquiry.created', actor, subjectType: 'inquiry', subjectId: row.id, purpose: `inquiry:${row.id}`,
      details: { anonymous: anon, concernTypes: row.concernTypes, identifyingFields: anon ? [] : identifyingFieldsOf(row) },
    });
    return inquiryView(s, createdInquiry(row));
  });
}

function identifyingFieldsOf(row: InquiryRow): IdentifyingField[] {
  const map: [IdentifyingField, string | null][] = [
    ['name', row.citizenNameEnc], ['cpr', row.citizenCprEnc], ['address', row.citizenAddressEnc],
    ['phone', row.citizenPhoneEnc], ['email', row.citizenEmailEnc], ['birthDate', row.citizenBirthDateEnc],
  ];
  return map.filter(([, v]) => v !== null).map(([k]) => k);
}

export async function inquiryView(svc: Svc, row: InquiryInScope): Promise<InquiryView> {
  const { consents, legalBases } = await consentsOfInquiry(svc, row.id);
  const birthDate = inquiryBirthDate(svc, row);
  return {
    id: row.id,
    receivedAt: iso(row.receivedAt),
    channel: row.channel as InquiryView['channel'],
    initiatorRole: row.initiatorRole as InquiryView['initiatorRole'],
    initiatorMunicipalityCode: row.initiatorMunicipalityCode,
    anonymous: row.anonymous,
    concernTypes: row.concernTypes as InquiryView['concernTypes'],
    reasons: row.reasons as InquiryView['reasons'],
    citizen: {
      age: birthDate ? ageOn(birthDate, todayIso()) : row.citizenAge,
      ageBand: row.citizenAgeBand as InquiryView['citizen']['ageBand'],
      minor: birthDate ? ageOn(birthDate, todayIso()) < 18 : row.citizenMinor ?? isMinor(row.citizenAge, row.citizenAgeBand as AgeBand),
      gender: row.citizenGender as InquiryView['citizen']['gender'],
      municipalityCode: row.citizenMunicipalityCode,
      name: svc.fc.decryptOpt(row.citizenNameEnc),
      hasCpr: row.citizenCprEnc !== null,
      address: svc.fc.decryptOpt(row.citizenAddressEnc),
      phone: svc.fc.decryptOpt(row.citizenPhoneEnc),
      email: svc.fc.decryptOpt(row.citizenEmailEnc),
      birthDate,
    },
    advisedCitizenDirectly: row.advisedCitizenDirectly,
    advice: svc.fc.decryptOpt(row.adviceEnc),
    summary: svc.fc.decryptOpt(row.summaryEnc),
    caseId: row.caseId,
    consents,
    legalBases,
    caseAllowed: !row.caseId && (await inquiryAllowsCase(svc.db, row.id)),
    createdBy: row.createdBy,
    createdAt: iso(row.createdAt),
  };
}

export async function getInquiry(svc: Svc, actor: Actor, id: string): Promise<InquiryView> {
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const row = await requireInquiryInScope(tx, actor, id);
    const purpose = row.caseId ?? `inquiry:${row.id}`;
    await recordAudit(tx, { type: 'inquiry.read', actor, subjectType: 'inquiry', subjectId: row.id, caseId: row.caseId ?? undefined, purpose });
    return inquiryView(s, row);
  });
}

/** List rows carry no identifying field, so the list is logged as a search with its criteria only. */
export async function listInquiries(svc: Svc, actor: Actor, q: { from?: string; to?: string; limit: number; offset: number }) {
  return svc.db.transaction(async (tx) => {
    const { items, total } = await intakeRepo.list(tx, actor, q);
    await recordAudit(tx, {
      type: 'inquiry.listed', actor, subjectType: 'inquiry', purpose: 'inquiry-list',
      details: { from: q.from ?? null, to: q.to ?? null, count: items.length },
    });
    return {
      total,
      items: items.map((r) => ({
        id: r.id,
        receivedAt: iso(r.receivedAt),
        channel: r.channel as InquiryView['channel'],
        initiatorRole: r.initiatorRole as InquiryView['initiatorRole'],
        initiatorMunicipalityCode: r.initiatorMunicipalityCode,
        citizenMunicipalityCode: r.citizenMunicipalityCode,
        anonymous: r.anonymous,
        concernTypes: r.concernTypes as InquiryView['concernTypes'],
        ageBand: r.citizenAgeBand as InquiryView['citizen']['ageBand'],
        gender: r.citizenGender as InquiryView['citizen']['gender'],
        caseId: r.caseId,
      })),
    };
  });
}

