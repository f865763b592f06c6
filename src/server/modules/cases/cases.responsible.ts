import type { Svc } from '../../shared/svc.js';
import type { ExternalCaseworkerInput, ResponsibleView } from './cases.schemas.js';
import type { cases } from '../case-core/cases.tables.js';

/**
 * The responsible caseworker (DOMAIN.md § 4.6, § 11.1): a Skjold user, an external contact without an account
 * (most of the 98 municipalities have no Skjold users), or nobody yet, which the case page and the work queue
 * show as missing. The contact is one encrypted value; an account replaces it.
 */
export function sealContact(svc: Svc, contact: ExternalCaseworkerInput | undefined | null): string | null {
  if (!contact) return null;
  return svc.fc.encrypt(JSON.stringify({
    name: contact.name, department: contact.department ?? null, phone: contact.phone ?? null, email: contact.email ?? null,
  }));
}

export function openContact(svc: Svc, enc: string | null): Omit<ResponsibleView, 'id' | 'hasAccount' | 'displayName'> & { name: string } | null {
  const raw = svc.fc.decryptOpt(enc);
  if (!raw) return null;
  const c = JSON.parse(raw) as { name: string; department: string | null; phone: string | null; email: string | null };
  return { name: c.name, department: c.department, phone: c.phone, email: c.email };
}

export function responsibleView(
  svc: Svc,
  row: Pick<typeof cases.$inferSelect, 'responsibleCaseworkerId' | 'responsibleContactEnc'>,
  user: { id: string; displayName: string } | null | undefined,
): ResponsibleView | null {
  if (row.responsibleCaseworkerId && user) {
    return { id: user.id, displayName: user.displayName, hasAccount: true, department: null, phone: null, email: null };
  }
  const c = openContact(svc, row.responsibleContactEnc);
  if (!c) return null;
  return { id: null, displayName: c.name, hasAccount: false, department: c.department, phone: c.phone, email: c.email };
}

/** For the journal and audit: who is responsible now, in Danish, without contact details. */
export function responsibleLabel(view: ResponsibleView | null): string {
  if (!view) return 'ingen ansvarlig sagsbehandler';
  return view.hasAccount ? view.displayName : `${view.displayName} (uden adgang til Skjold)`;
}
