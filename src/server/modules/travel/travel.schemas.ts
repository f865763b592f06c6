import { z } from 'zod';
import { freeText, IsoDate, IsoDateTime, text } from '../../shared/fields.schemas.js';
import { COUNTRY_CODES, type CountryCode } from './travel.countries.js';
import {
  PASSPORT_HOLDERS, TRAVEL_AUTHORITIES, TRAVEL_CONTACT_CHANNELS, TRAVEL_FEARS, TRAVEL_PHASES, WATCH_REASONS,
} from './travel.codes.js';

export const Country = z.enum(COUNTRY_CODES as [CountryCode, ...CountryCode[]], { error: 'Vælg et land fra listen (ISO 3166-1)' });
const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Skal være et klokkeslæt (TT:MM)');

const Host = z.strictObject({
  name: text(200),
  relation: freeText(200).default(''),
  /** Address or how to reach them abroad. */
  contact: freeText(500).default(''),
});
const Citizenship = z.strictObject({ holder: z.enum(PASSPORT_HOLDERS), country: Country });
const Passport = z.strictObject({
  holder: z.enum(PASSPORT_HOLDERS),
  country: Country,
  number: freeText(40).default(''),
  /** Where the passport is kept, whether it has been withdrawn, expiry. */
  note: freeText(500).default(''),
});
/** A trusted person in Denmark or abroad: one of the case's persons (personId) or named here. */
const TrustedPerson = z.strictObject({
  personId: z.uuid({ error: 'Vælg en af sagens personer' }).nullable().default(null),
  name: freeText(200).default(''),
  relation: freeText(200).default(''),
  abroad: z.boolean().default(false),
  country: Country.nullable().default(null),
  contact: freeText(500).default(''),
});

/** What is kept encrypted (content_enc): every field has a default, so an empty trip is `TravelContent.parse({})`. */
export const TravelContent = z.strictObject({
  hosts: z.array(Host).max(10).default([]),
  statedPurpose: freeText(2000).default(''),
  fears: z.array(z.enum(TRAVEL_FEARS)).max(TRAVEL_FEARS.length).default([]),
  fearsOther: freeText(2000).default(''),
  route: freeText(1000).default(''),
  outboundTime: Time.nullable().default(null),
  outboundFlight: freeText(40).default(''),
  returnPlanned: z.boolean().nullable().default(null),
  returnTicketBought: z.boolean().nullable().default(null),
  returnTime: Time.nullable().default(null),
  returnFlight: freeText(40).default(''),
  alternatives: freeText(2000).default(''),
  citizenships: z.array(Citizenship).max(10).default([]),
  passports: z.array(Passport).max(10).default([]),
  /** A minor: the parents' citizenship decides the right to re-enter Denmark (seed 001). */
  reentryNote: freeText(2000).default(''),
  trustedPersons: z.array(TrustedPerson).max(20).default([]),
  note: freeText(4000).default(''),
});
export type TravelContent = z.infer<typeof TravelContent>;
export const CONTENT_KEYS = Object.keys(TravelContent.shape) as (keyof TravelContent)[];

const PlainFields = {
  phase: z.enum(TRAVEL_PHASES).default('FOER'),
  destinationCountry: Country.nullable().default(null),
  outboundOn: IsoDate.nullable().default(null),
  expectedReturnOn: IsoDate.nullable().default(null),
  returnedOn: IsoDate.nullable().default(null),
  lastContactOn: IsoDate.nullable().default(null),
  nextCheckInOn: IsoDate.nullable().default(null),
};

/** POST …/travel/trips: another trip on the case. */
export const CreateTripBody = z.strictObject({ ...PlainFields, ...TravelContent.shape });
export type CreateTripBody = z.infer<typeof CreateTripBody>;

/** PUT …/travel: the whole trip, with the version read (0 when the case has no trip yet). `tripId` picks another trip than the current one. */
export const PutTravelBody = z.strictObject({ version: z.number().int().min(0), tripId: z.uuid().optional(), ...PlainFields, ...TravelContent.shape });
export type PutTravelBody = z.infer<typeof PutTravelBody>;

export const TravelQuery = z.strictObject({ trip: z.uuid().optional() });
export const PackQuery = z.strictObject({ trip: z.uuid().optional(), cpr: z.enum(['true', 'false']).optional() });

const TrustedPersonView = TrustedPerson.extend({ name: z.string() });
export const WatchView = z.object({
  /** The trip is not over: closing the case is blocked until the return is recorded (or a reason given). */
  open: z.boolean(),
  /** The raised alarm, if any: the job runner raised it when the date passed without return or contact. */
  alert: z.object({ reason: z.enum(WATCH_REASONS), dueOn: z.string(), raisedAt: z.string(), message: z.string() }).nullable(),
});
export const MinorView = z.object({
  applies: z.boolean(),
  residencePermitNote: z.string().nullable(),
  /** Days until the outbound date while it lies ahead (0 on the day); null when unknown or passed. */
  daysToDeparture: z.number().int().nullable(),
});
export const TripSummary = z.object({
  id: z.uuid(), phase: z.enum(TRAVEL_PHASES), destinationCountry: z.string().nullable(), outboundOn: z.string().nullable(),
  expectedReturnOn: z.string().nullable(), returnedOn: z.string().nullable(),
});

export const TravelView = z.object({
  caseId: z.uuid(),
  /** null before anything is recorded (then `version` is 0). */
  id: z.uuid().nullable(),
  version: z.number().int(),
  phase: z.enum(TRAVEL_PHASES),
  destinationCountry: z.string().nullable(),
  destinationCountryName: z.string().nullable(),
  outboundOn: z.string().nullable(),
  expectedReturnOn: z.string().nullable(),
  returnedOn: z.string().nullable(),
  lastContactOn: z.string().nullable(),
  nextCheckInOn: z.string().nullable(),
  ...TravelContent.shape,
  trustedPersons: z.array(TrustedPersonView),
  watch: WatchView,
  minor: MinorView,
  trips: z.array(TripSummary),
  updatedAt: z.string().nullable(),
});
export type TravelView = z.infer<typeof TravelView>;

export const TripParams = z.strictObject({ id: z.uuid() });
export const ContactParams = z.strictObject({ id: z.uuid(), cid: z.uuid() });

export const CreateContactBody = z.strictObject({
  authority: z.enum(TRAVEL_AUTHORITIES),
  contactedAt: IsoDateTime,
  channel: z.enum(TRAVEL_CONTACT_CHANNELS).default('TELEFON'),
  /** Who was spoken to (a function, a name, a case number at the authority). */
  who: freeText(300).default(''),
  /** What was said and agreed. */
  summary: text(4000),
  tripId: z.uuid().optional(),
});
export type CreateContactBody = z.infer<typeof CreateContactBody>;

export const ContactView = z.object({
  id: z.uuid(), caseId: z.uuid(), tripId: z.uuid().nullable(), authority: z.enum(TRAVEL_AUTHORITIES), authorityLabel: z.string(),
  contactedAt: z.string(), channel: z.enum(TRAVEL_CONTACT_CHANNELS), who: z.string(), summary: z.string(),
  createdBy: z.object({ userId: z.uuid(), name: z.string() }), createdAt: z.string(),
});
export type ContactView = z.infer<typeof ContactView>;
export const ContactList = z.object({ items: z.array(ContactView) });

/** "Opret opgave" from a logged contact: a task on the case whose title defaults to the agreement. */
export const ContactTaskBody = z.strictObject({
  title: text(300).optional(),
  owner: z.union([z.strictObject({ userId: z.uuid() }), z.strictObject({ actorId: z.uuid() })]),
  deadline: IsoDate,
});
