import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Done } from '../../app/Done';
import { ErrorSummary } from '../../app/form/ErrorSummary';
import { Checkbox, FormErrorsContext, TextField } from '../../app/form/fields';
import { useForm as useCaseForm } from '../../app/form/useForm';
import { getNotifications, putNotifications } from './coordinationApi';

/** On the profile page: where reminders go, and whether to get them at all. The e-mail never says what the task is. */
export function ReminderSettings() {
  const q = useQuery({ queryKey: ['me', 'notifications'], queryFn: getNotifications });
  const LABELS: Record<string, string> = { email: 'Din arbejdsmail', emailReminders: 'Send mig en e-mail, når en opgave eller opfølgning forfalder' };
  const [d, setD] = useState({ email: '', emailReminders: true });
  useEffect(() => {
    if (q.data) setD({ email: q.data.email ?? '', emailReminders: q.data.emailReminders });
  }, [q.data]);
  const form = useCaseForm(Object.keys(LABELS));
  return (
    <section aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Påmindelser</h2>
      <p>E-mailen siger kun, at du har en opgave i Skjold, der forfalder – aldrig navne, CPR-numre, sager eller kommune.</p>
      <Done message={form.done} />
      <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix="rem" />
      <FormErrorsContext.Provider value={{ errors: form.errors, prefix: 'rem' }}>
        <form noValidate aria-label="Påmindelser" onSubmit={form.submit(() => ({}), async () => {
          await putNotifications({ email: d.email.trim(), emailReminders: d.emailReminders });
          return d.emailReminders && d.email.trim() ? 'Du får nu påmindelser på e-mail.' : 'Du får ikke påmindelser på e-mail.';
        })}>
          <TextField path="email" type="email" autoComplete="email" label={LABELS.email!} value={d.email} required={false} onChange={(v) => setD((p) => ({ ...p, email: v }))} />
          <Checkbox path="emailReminders" label={LABELS.emailReminders!} checked={d.emailReminders} onChange={(v) => setD((p) => ({ ...p, emailReminders: v }))} />
          <button type="submit" className="button button-secondary" disabled={form.busy}>Gem påmindelser</button>
        </form>
      </FormErrorsContext.Provider>
    </section>
  );
}
