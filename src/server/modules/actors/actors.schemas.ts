import { z } from 'zod';
import { text } from '../../shared/fields.schemas.js';
import { ACTOR_TYPES, MUNICIPAL_DEPARTMENTS } from './actors.codes.js';

const phone = z.string().trim().min(2).max(40).regex(/^[+0-9 ()-]+$/, 'Skal være et telefonnummer (cifre, mellemrum, +)');
const email = z.email({ error: 'Skal være en e-mailadresse' }).max(200);

/**
 * API.md "Coordination": `{"actorType","name","department"?,"phone"?,"email"?,"directoryActorId"?}`. With a
 * `directoryActorId` the name, phone and type come from the directory (a given `name` is then ignored); without
 * one the actor is entered by hand and `name` is required.
 */
export const AddActorBody = z.strictObject({
  actorType: z.enum(ACTOR_TYPES),
  name: text(200).optional(),
  department: z.enum(MUNICIPAL_DEPARTMENTS).optional(),
  phone: phone.optional(),
  email: email.optional(),
  directoryActorId: z.string().trim().min(1).max(80).regex(/^[a-z0-9-]+$/, 'Ukendt aktør i kataloget').optional(),
});
export type AddActorBody = z.infer<typeof AddActorBody>;

export const SharingBasis = z.object({
  /** The consent scope sharing with this actor needs. */
  scope: z.enum(['DELING_POLITI', 'DELING_ANDEN_MYNDIGHED', 'KONKRET_SAGSSPARRING']),
  allowed: z.boolean(),
  /** SAMTYKKE: an active consent covers it; RETSGRUNDLAG: a recorded other legal basis; null: nothing does. */
  basis: z.enum(['SAMTYKKE', 'RETSGRUNDLAG']).nullable(),
  legalBases: z.array(z.string()),
  /** Danish, for the screen: what the basis is or why there is none. */
  explanation: z.string(),
});
export type SharingBasis = z.infer<typeof SharingBasis>;

export const CaseActorView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  actorType: z.enum(ACTOR_TYPES),
  name: z.string(),
  department: z.enum(MUNICIPAL_DEPARTMENTS).nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  directoryActorId: z.string().nullable(),
  source: z.enum(['KATALOG', 'MANUEL']),
  sharing: SharingBasis,
  version: z.number().int(),
  createdAt: z.string(),
});
export type CaseActorView = z.infer<typeof CaseActorView>;
export const CaseActorList = z.object({ items: z.array(CaseActorView) });

export const DirectoryActorView = z.object({
  id: z.string(),
  actorType: z.enum(ACTOR_TYPES),
  name: z.string(),
  department: z.enum(MUNICIPAL_DEPARTMENTS).nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  description: z.string().nullable(),
  /** Who the actor is for, from the partner directory (national actors only). */
  eligibility: z.string().nullable().optional(),
});
export type DirectoryActorView = z.infer<typeof DirectoryActorView>;
export const ActorDirectoryList = z.object({ items: z.array(DirectoryActorView) });
export const ActorDirectoryQuery = z.strictObject({ municipalityCode: z.string().regex(/^\d{3}$/, 'Skal være en kommunekode (3 cifre)').optional() });

export const ActorParams = z.strictObject({ id: z.uuid({ error: 'Skal være et gyldigt id' }) });
