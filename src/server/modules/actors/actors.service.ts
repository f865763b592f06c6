import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import type { FieldCrypto } from '../../platform/crypto/fields.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { validationError } from '../../platform/http/errors.js';
import { users } from '../auth/auth.tables.js';
import { cases } from '../case-core/cases.tables.js';
import { caseScope, requireCaseInScope, type CaseInScope } from '../case-core/cases.scope.js';
import { consentAllows } from '../consent/consent.service.js';
import { appendChange } from '../journal/journal.service.js';
import { inTx, iso, type Svc } from '../../shared/svc.js';
import {
  ACTOR_TYPE_LABELS, DEPARTMENT_LABELS, MUNICIPAL_DEPARTMENTS, SCOPE_LABELS, sharingScopeFor,
  type ActorType, type MunicipalDepartment,
} from './actors.codes.js';
import { actorsErrors } from './actors.errors.js';
import { actorsRepo } from './actors.repository.js';
import type { AddActorBody, CaseActorView, DirectoryActorView, SharingBasis } from './actors.schemas.js';
import type { CaseActorRow } from './actors.tables.js';

const LEGAL_BASIS_LABELS: Record<string, string> = {
  BARNETS_LOV_MYNDIGHED: 'Barnets lov (myndighedsbeslutning)',
  SERVICELOVEN_12C_KOMMUNENS_ANMODNING: 'Serviceloven § 12 c (kommunens anmodning)',
  ANDEN_HJEMMEL: 'anden hjemmel',
};

const deptSlug = (d: MunicipalDepartment) => d.toLowerCase().replace(/_/g, '-');
const municipalId = (code: string, d: MunicipalDepartment) => `kommune-${code}-${deptSlug(d)}`;

/** The actors a case can pick from: the directory, plus the departments of `municipalityCode` when given. */
export async function actorDirectoryFor(db: Db, municipalityCode?: string): Promise<DirectoryActorView[]> {
  const rows = await actorsRepo.directory(db);
  const items: DirectoryActorView[] = rows.map((r) => ({ ...r, department: (r.department as MunicipalDepartment | null) ?? null }));
  if (municipalityCode) {
    const name = await actorsRepo.municipalityName(db, municipalityCode);
    if (name) {
      const departments = MUNICIPAL_DEPARTMENTS.filter((d) => d !== 'BORGERSERVICE').map((d): DirectoryActorView => ({
        id: municipalId(municipalityCode, d), actorType: 'KOMMUNE', name: `${name} Kommune`, department: d, phone: null, email: null,
        description: DEPARTMENT_LABELS[d],
      }));
      items.unshift(...departments);
    }
  }
  return items;
}

/** The basis for sharing the case with an actor of `type` (DOMAIN.md § 11.1), with a Danish explanation. */
export async function sharingBasisFor(db: Db, c: CaseInScope, type: ActorType): Promise<SharingBasis> {
  const scope = sharingScopeFor(type) as SharingBasis['scope'];
  const allowed = await consentAllows(db, c, scope);
  const found = await actorsRepo.sharingBasis(db, c, scope);
  const label = SCOPE_LABELS[scope]!;
  if (!allowed) {
    return { scope, allowed, basis: null, legalBases: [], explanation: `Intet grundlag: intet samtykke til ${label} og intet registreret retsgrundlag` };
  }
  if (found.consent) return { scope, allowed, basis: 'SAMTYKKE', legalBases: found.legalBases, explanation: `Samtykke til ${label}` };
  const names = found.legalBases.map((b) => LEGAL_BASIS_LABELS[b] ?? b).join(', ');
  return { scope, allowed, basis: 'RETSGRUNDLAG', legalBases: found.legalBases, explanation: `Retsgrundlag: ${names}` };
}

/**
 * Refuses (409 `actors.no_sharing_basis`, Danish, naming the actor and the missing consent) unless the case's
 * consents or legal bases allow sharing with this actor. Call it before anything that tells an actor about the
 * case: giving them a task or a measure, sending them the plan. `actor` is an actor row of the case or a type.
 */
export async function assertMayShareWith(db: Db, c: CaseInScope, actor: { actorType: ActorType; name?: string }): Promise<SharingBasis> {
  const basis = await sharingBasisFor(db, c, actor.actorType);
  if (!basis.allowed) throw actorsErrors.noSharingBasis(actor.name ?? ACTOR_TYPE_LABELS[actor.actorType], basis.scope);
  return basis;
}

function view(fc: FieldCrypto, r: CaseActorRow, sharing: SharingBasis): CaseActorView {
  return {
    id: r.id, caseId: r.caseId, actorType: r.actorType, name: fc.decrypt(r.nameEnc),
    department: (r.department as MunicipalDepartment | null) ?? null, phone: fc.decryptOpt(r.phoneEnc) ?? null,
    email: fc.decryptOpt(r.emailEnc) ?? null, directoryActorId: r.directoryActorId,
    source: r.directoryActorId ? 'KATALOG' : 'MANUEL', sharing, version: r.version, createdAt: iso(r.createdAt),
  };
}

async function views(db: Db, fc: FieldCrypto, c: CaseInScope, rows: CaseActorRow[]) {
  const bases = new Map<ActorType, SharingBasis>();
  for (const t of new Set(rows.map((r) => r.actorType))) bases.set(t, await sharingBasisFor(db, c, t));
  return rows.map((r) => view(fc, r, bases.get(r.actorType)!));
}

/** Where the name, phone and type of a picked actor come from. */
async function fromDirectory(db: Db, id: string, body: AddActorBody) {
  const municipal = /^kommune-(\d{3})-([a-z-]+)$/.exec(id);
  if (municipal) {
    const dept = MUNICIPAL_DEPARTMENTS.find((d) => deptSlug(d) === municipal[2]);
    const name = await actorsRepo.municipalityName(db, municipal[1]!);
    if (!dept || !name) throw actorsErrors.unknownDirectoryActor();
    return { actorType: 'KOMMUNE' as const, name: `${name} Kommune`, department: dept, phone: body.phone ?? null, email: body.email ?? null };
  }
  const entry = (await actorsRepo.directory(db)).find((e) => e.id === id);
  if (!entry) throw actorsErrors.unknownDirectoryActor();
  return {
    actorType: entry.actorType, name: entry.name, department: (entry.department as MunicipalDepartment | null) ?? body.department ?? null,
    phone: entry.phone ?? body.phone ?? null, email: entry.email ?? body.email ?? null,
  };
}

export async function addActor(svc: Svc, actor: Actor, caseId: string, body: AddActorBody): Promise<CaseActorView> {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    let v: { actorType: ActorType; name: string; department: MunicipalDepartment | null; phone: string | null; email: string | null };
    if (body.directoryActorId) {
      v = await fromDirectory(tx, body.directoryActorId, body);
      if (v.actorType !== body.actorType) throw actorsErrors.typeMismatch();
    } else {
      if (!body.name) throw actorsErrors.nameRequired();
      if (body.actorType === 'KOMMUNE' && !body.department) throw actorsErrors.departmentRequired();
      v = { actorType: body.actorType, name: body.name, department: body.department ?? null, phone: body.phone ?? null, email: body.email ?? null };
    }
    const row = await actorsRepo.insert(tx, c, {
      actorType: v.actorType, directoryActorId: body.directoryActorId ?? null, department: v.department,
      nameEnc: s.fc.encrypt(v.name), phoneEnc: s.fc.encryptOpt(v.phone), emailEnc: s.fc.encryptOpt(v.email),
      createdBy: actor.userId,
    });
    // The journal line names the type, not the person (a hand-entered name can be a private person's).
    await appendChange(tx, s, c, actor, `Aktør tilføjet: ${ACTOR_TYPE_LABELS[v.actorType]}`);
    await recordAudit(tx, {
      type: 'actors.added', actor, subjectType: 'case_actor', subjectId: row.id, caseId: c.id, purpose: c.id,
      details: { actorType: v.actorType, source: body.directoryActorId ? 'KATALOG' : 'MANUEL' },
    });
    return view(s.fc, row, await sharingBasisFor(tx, c, v.actorType));
  });
}

export async function listActors(svc: Svc, actor: Actor, caseId: string): Promise<{ items: CaseActorView[] }> {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const rows = await actorsRepo.ofCase(tx, c);
    await recordAudit(tx, {
      type: 'actors.listed', actor, subjectType: 'case', subjectId: c.id, caseId: c.id, purpose: c.id, details: { count: rows.length },
    });
    return { items: await views(tx, svc.fc, c, rows) };
  });
}

/**
 * The user, if active and the case is inside their own scope (the same rule as for the user's own requests), else
 * null. Used to check an owner, and to flag owners who lost access after a handover.
 */
export async function userIfSeesCase(db: Db, userId: string, caseId: string) {
  const [u] = await db.select().from(users).where(and(eq(users.id, userId), eq(users.active, true))).limit(1);
  if (!u) return null;
  const asActor: Actor = { userId: u.id, username: u.username, displayName: u.displayName, role: u.role, municipalityCode: u.municipalityCode, region: u.region, sessionId: '' };
  const sees = (await db.select({ id: cases.id }).from(cases).where(and(eq(cases.id, caseId), caseScope(asActor))).limit(1)).length > 0;
  return sees ? u : null;
}

/** What measures and tasks (and anything else with an owner) store: a user or an actor of the case. */
export type OwnerInput = { userId: string } | { actorId: string };
export type ResolvedOwner =
  | { kind: 'USER'; userId: string; actorId: null; name: string }
  | { kind: 'ACTOR'; userId: null; actorId: string; name: string; actorType: ActorType };

/**
 * Validates an owner `{userId}` or `{actorId}` for a case (API.md: "owner is a user or an actor of the case,
 * never free text"). A user must be active and have the case in their own scope (so a task never lands with
 * someone who cannot open it); an actor must belong to this case, and, unless `requireSharingBasis` is false,
 * the case's consents must allow sharing with it (assertMayShareWith). Errors name `${path}.userId` or
 * `${path}.actorId` (default path `body.owner`). Needs field crypto for the actor's name.
 */
export async function resolveOwner(
  db: Db, fc: FieldCrypto, c: CaseInScope, owner: OwnerInput, opts: { path?: string; requireSharingBasis?: boolean } = {},
): Promise<ResolvedOwner> {
  const path = opts.path ?? 'body.owner';
  if ('userId' in owner) {
    const u = await userIfSeesCase(db, owner.userId, c.id);
    if (!u) throw validationError([{ path: `${path}.userId`, message: 'Ejeren skal være en bruger med adgang til sagen' }]);
    return { kind: 'USER', userId: u.id, actorId: null, name: u.displayName };
  }
  const row = await actorsRepo.byIdOfCase(db, c, owner.actorId);
  if (!row) throw validationError([{ path: `${path}.actorId`, message: 'Aktøren er ikke tilknyttet sagen' }]);
  const name = fc.decrypt(row.nameEnc);
  if (opts.requireSharingBasis !== false) await assertMayShareWith(db, c, { actorType: row.actorType, name });
  return { kind: 'ACTOR', userId: null, actorId: row.id, name, actorType: row.actorType };
}

/** The display names of owners for lists: actor names by id (decrypted), for the given case. */
export async function actorNamesOfCase(db: Db, fc: FieldCrypto, c: CaseInScope): Promise<Map<string, { name: string; actorType: ActorType; phone: string | null }>> {
  const rows = await actorsRepo.ofCase(db, c);
  return new Map(rows.map((r) => [r.id, { name: fc.decrypt(r.nameEnc), actorType: r.actorType, phone: fc.decryptOpt(r.phoneEnc) ?? null }]));
}
