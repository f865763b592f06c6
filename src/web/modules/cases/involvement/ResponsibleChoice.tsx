import { SelectField, TextField } from '../../../app/form/fields';
import type { ExternalCaseworker, UserRef } from '../casesApi';
import { RadioGroup } from './RadioGroup';

/**
 * Who is the municipality's responsible caseworker (DOMAIN.md § 11.1): a Skjold user, a contact without an
 * account, or not known yet (the case then shows it as missing and it appears in the work queue). Most of the
 * 98 municipalities have no Skjold users, so a municipality without any starts on the external contact.
 */
export type ResponsibleMode = 'USER' | 'EXTERNAL' | 'UNKNOWN';
export interface ResponsibleState { mode: ResponsibleMode; caseworkerId: string; name: string; department: string; phone: string; email: string }
export const blankResponsible = (): ResponsibleState => ({ mode: 'UNKNOWN', caseworkerId: '', name: '', department: '', phone: '', email: '' });

export const RESPONSIBLE_LABELS: Record<string, string> = {
  responsibleMode: 'Kommunens ansvarlige sagsbehandler',
  responsibleCaseworkerId: 'Sagsbehandler med adgang til Skjold',
  'responsibleCaseworker.name': 'Sagsbehandlerens navn',
  'responsibleCaseworker.department': 'Afdeling',
  'responsibleCaseworker.phone': 'Telefon',
  'responsibleCaseworker.email': 'E-mail',
};

export function responsibleErrors(r: ResponsibleState): Record<string, string> {
  if (r.mode === 'USER' && !r.caseworkerId) return { responsibleCaseworkerId: 'Vælg sagsbehandleren, eller vælg en anden mulighed.' };
  if (r.mode === 'EXTERNAL' && !r.name.trim()) return { 'responsibleCaseworker.name': 'Skriv sagsbehandlerens navn.' };
  return {};
}

export function responsibleBody(r: ResponsibleState): { responsibleCaseworkerId?: string; responsibleCaseworker?: ExternalCaseworker } {
  if (r.mode === 'USER' && r.caseworkerId) return { responsibleCaseworkerId: r.caseworkerId };
  if (r.mode === 'EXTERNAL') return { responsibleCaseworker: contactOf(r) };
  return {};
}

export const contactOf = (r: ResponsibleState): ExternalCaseworker => ({
  name: r.name.trim(),
  ...(r.department.trim() ? { department: r.department.trim() } : {}),
  ...(r.phone.trim() ? { phone: r.phone.trim() } : {}),
  ...(r.email.trim() ? { email: r.email.trim() } : {}),
});

export function ResponsibleChoice({ value, onChange, caseworkers, unknownAllowed = true, selfLabel, userLabel }: {
  value: ResponsibleState; onChange: (v: ResponsibleState) => void; caseworkers: UserRef[]; unknownAllowed?: boolean; selfLabel?: string; userLabel?: string;
}) {
  const set = <K extends keyof ResponsibleState>(k: K) => (v: ResponsibleState[K]) => onChange({ ...value, [k]: v });
  const options: { value: ResponsibleMode; label: string; disabled?: boolean }[] = [
    { value: 'USER', label: caseworkers.length ? 'En sagsbehandler med adgang til Skjold' : 'En sagsbehandler med adgang til Skjold (ingen at vælge i denne kommune)', disabled: !caseworkers.length },
    { value: 'EXTERNAL', label: 'En kontaktperson uden adgang til Skjold' },
    ...(unknownAllowed ? [{ value: 'UNKNOWN' as const, label: selfLabel ?? 'Ikke kendt endnu (vises som mangler på sagen)' }] : []),
  ];
  return (
    <>
      <RadioGroup path="responsibleMode" label={RESPONSIBLE_LABELS.responsibleMode!} value={value.mode} onChange={set('mode')} options={options} />
      {value.mode === 'USER' && (
        <SelectField path="responsibleCaseworkerId" label={userLabel ?? RESPONSIBLE_LABELS.responsibleCaseworkerId!} value={value.caseworkerId} placeholder="Vælg"
          onChange={set('caseworkerId')} options={caseworkers.map((u) => ({ value: u.id, label: u.displayName }))} />
      )}
      {value.mode === 'EXTERNAL' && (
        <div className="form-row-2">
          <TextField path="responsibleCaseworker.name" label={RESPONSIBLE_LABELS['responsibleCaseworker.name']!} value={value.name} onChange={set('name')} />
          <TextField path="responsibleCaseworker.department" label={RESPONSIBLE_LABELS['responsibleCaseworker.department']!} required={false} value={value.department} onChange={set('department')} hint="Fx Børn og Familie" />
          <TextField path="responsibleCaseworker.phone" label={RESPONSIBLE_LABELS['responsibleCaseworker.phone']!} required={false} type="tel" value={value.phone} onChange={set('phone')} />
          <TextField path="responsibleCaseworker.email" label={RESPONSIBLE_LABELS['responsibleCaseworker.email']!} required={false} type="email" value={value.email} onChange={set('email')} />
        </div>
      )}
    </>
  );
}
