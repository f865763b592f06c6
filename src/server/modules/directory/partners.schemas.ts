import { z } from 'zod';
import { CONCERN_TYPES } from '../../shared/codes.js';
import { freeText, text } from '../../shared/fields.schemas.js';

const Phone = z.string().trim().max(30).regex(/^[+0-9 ()-]*$/, 'Telefonnummeret må kun indeholde cifre, mellemrum og +');
const REGIONS = ['Region Hovedstaden', 'Region Sjælland', 'Region Syddanmark', 'Region Midtjylland', 'Region Nordjylland'] as const;

export const PartnerActor = z.object({
  id: z.string(), name: z.string(), phone: z.string().nullable(), hours: z.string().nullable(), description: z.string(),
  eligibility: z.string().nullable(), alwaysOpen: z.boolean(), version: z.int(),
});
export const PartnerConsultant = z.object({
  id: z.string(), name: z.string(), phone: z.string(), speciality: z.string().nullable(),
  concernTypes: z.array(z.enum(CONCERN_TYPES)), regions: z.array(z.string()), version: z.int(),
});
export const PartnerDirectory = z.object({ actors: z.array(PartnerActor), consultants: z.array(PartnerConsultant) });

export const PartnerIdParams = z.object({ id: z.string().regex(/^[a-z0-9-]{1,60}$/, 'Ukendt post') }).strict();

export const PutActorBody = z.object({
  version: z.int().min(1),
  name: text(160),
  phone: Phone.nullable(),
  hours: freeText(200).nullable(),
  description: text(1000),
  eligibility: freeText(300).nullable(),
  alwaysOpen: z.boolean(),
}).strict();

export const PutConsultantBody = z.object({
  version: z.int().min(1),
  name: text(120),
  phone: Phone.min(8, 'Skal være et telefonnummer'),
  speciality: freeText(300).nullable(),
  concernTypes: z.array(z.enum(CONCERN_TYPES)).max(4),
  regions: z.array(z.enum(REGIONS, { error: 'Skal være en af de fem regioner' })).min(1, 'Vælg mindst én region').max(5),
}).strict();

export const SuggestQuery = z.object({
  municipality: z.string().regex(/^[0-9]{3}$/, 'Kommunekoden skal være tre cifre, fx 165.'),
  concern: z.string().regex(/^[A-Z_,]{0,200}$/, 'Ukendt bekymringstype').optional(),
}).strict();
export const Suggestion = z.object({
  region: z.string(),
  consultants: z.array(z.object({ name: z.string(), phone: z.string(), speciality: z.string().nullable(), specialist: z.boolean() })),
});
