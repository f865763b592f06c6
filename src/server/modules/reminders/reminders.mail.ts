import nodemailer from 'nodemailer';

/**
 * The only e-mail Skjold sends: content-free. Never a name, CPR number, case number, case content or
 * municipality: only that there is something to do, and the address to log in at.
 */
export interface ReminderMail {
  to: string;
  overdue: boolean;
}

export function reminderText(m: ReminderMail, loginUrl: string) {
  const line = m.overdue ? 'Du har en opgave i Skjold, hvis frist er overskredet' : 'Du har en opgave i Skjold, der forfalder i dag';
  return {
    subject: 'Påmindelse fra Skjold',
    text: `${line}.\n\nLog ind for at se den: ${loginUrl}\n\nDu kan slå e-mails fra under Min profil.\n`,
  };
}

export type SendMail = (m: ReminderMail) => Promise<void>;

/** nodemailer to SMTP_URL; a transport per sender, reused. */
export function smtpSender(smtpUrl: string, from: string, loginUrl: string): SendMail {
  const transport = nodemailer.createTransport(smtpUrl);
  return async (m) => {
    const { subject, text } = reminderText(m, loginUrl);
    await transport.sendMail({ from, to: m.to, subject, text });
  };
}
