import { z } from 'zod';

/** Official 3-digit municipality codes ("165" = Albertslund). */
export const MunicipalityCode = z.string().regex(/^[0-9]{3}$/, 'Kommunekoden skal være tre cifre, fx 165.');

export const MunicipalityParams = z.object({ code: MunicipalityCode }).strict();

export const Consultant = z.object({
  name: z.string(),
  phone: z.string(),
  /** null: advises on every kind of case; otherwise what the consultant is limited to (Danish). */
  speciality: z.string().nullable(),
});
export type Consultant = z.infer<typeof Consultant>;

export const Municipality = z.object({ code: z.string(), name: z.string(), region: z.string() });
export type Municipality = z.infer<typeof Municipality>;

export const MunicipalityWithConsultants = Municipality.extend({ consultants: z.array(Consultant) });
export type MunicipalityWithConsultants = z.infer<typeof MunicipalityWithConsultants>;

export const MunicipalityList = z.object({ municipalities: z.array(Municipality) });

export const NationalActor = z.object({
  id: z.string(),
  name: z.string(),
  /** null where our sources publish no number: shown without one rather than invented. */
  phone: z.string().nullable(),
  description: z.string(),
  eligibility: z.string().nullable(),
  alwaysOpen: z.boolean(),
  /** When it answers, in Danish ("Døgnet rundt"); null where not published. */
  hours: z.string().nullable(),
});
export type NationalActor = z.infer<typeof NationalActor>;

export const NationalActorList = z.object({ actors: z.array(NationalActor) });

export const PublicConsultantsQuery = z.object({ municipality: MunicipalityCode }).strict();
export const PublicConsultants = z.object({
  municipality: Municipality,
  consultants: z.array(Consultant),
  /** The national lines a citizen can always call (Lev Uden Vold, RED, …). */
  nationalLines: z.array(NationalActor),
});
