import type { z } from 'zod';
import { api } from '../../app/api';
import type { ContactList, ContactView, CreateContactBody, PutTravelBody, TravelView } from '../../../server/modules/travel/travel.schemas';

export type Travel = z.infer<typeof TravelView>;
export type TravelInput = z.input<typeof PutTravelBody>;
export type Contact = z.infer<typeof ContactView>;

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/travel`;
export const getTravel = (caseId: string, tripId?: string) => api<Travel>('GET', `${base(caseId)}${tripId ? `?trip=${encodeURIComponent(tripId)}` : ''}`);
export const putTravel = (caseId: string, body: TravelInput) => api<Travel>('PUT', base(caseId), body);
export const createTrip = (caseId: string, body: Omit<TravelInput, 'version' | 'tripId'>) => api<Travel>('POST', `${base(caseId)}/trips`, body);
export const listContacts = (caseId: string) => api<z.infer<typeof ContactList>>('GET', `${base(caseId)}/contacts`);
export const logContact = (caseId: string, body: z.input<typeof CreateContactBody>) => api<Contact>('POST', `${base(caseId)}/contacts`, body);
export const taskFromContact = (caseId: string, contactId: string, body: { owner: { userId: string }; deadline: string }) =>
  api<{ id: string; title: string }>('POST', `${base(caseId)}/contacts/${encodeURIComponent(contactId)}/task`, body);
export const packUrl = (caseId: string, tripId: string, withCpr: boolean) => `${base(caseId)}/pack.pdf?trip=${encodeURIComponent(tripId)}${withCpr ? '&cpr=true' : ''}`;

/** A trip as read, as the body of a PUT (the view's own fields left out): for a one-field change such as the return. */
export function inputOf(v: Travel): Omit<TravelInput, 'version' | 'tripId'> {
  const { caseId: _c, id: _i, version: _v, destinationCountryName: _n, watch: _w, minor: _m, trips: _t, updatedAt: _u, ...rest } = v;
  return rest as Omit<TravelInput, 'version' | 'tripId'>;
}

export interface Attachment { id: string; tripId: string | null; kind: 'FOTO' | 'PASKOPI'; kindLabel: string; mimeType: string; sizeBytes: number; fileName: string | null; createdAt: string }
export const listAttachments = (caseId: string) => api<{ items: Attachment[] }>('GET', `${base(caseId)}/attachments`);
export const uploadAttachment = (caseId: string, kind: string, file: File, tripId?: string) => {
  const form = new FormData();
  form.append('kind', kind);
  if (tripId) form.append('tripId', tripId);
  form.append('file', file, file.name);
  return api<Attachment>('POST', `${base(caseId)}/attachments`, form);
};
export const attachmentUrl = (caseId: string, id: string) => `${base(caseId)}/attachments/${encodeURIComponent(id)}`;
