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

/** What an admin reset sends the account's owner: that something changed, nothing about what or who. */
export function accountNoticeText(loginUrl: string) {
  return {
    subject: 'Ændring af din Skjold-konto',
    text: `Der er sket en ændring af din Skjold-konto.\n\nLog ind for at se hvad: ${loginUrl}\n\nVar det ikke aftalt med dig, så kontakt straks din administrator.\n`,
  };
}

export type SendNotice = (to: string) => Promise<void>;

export function smtpNoticeSender(smtpUrl: string, from: string, loginUrl: string): SendNotice {
  const transport = nodemailer.createTransport(smtpUrl);
  return async (to) => {
    const { subject, text } = accountNoticeText(loginUrl);
    await transport.sendMail({ from, to, subject, text });
  };
}
