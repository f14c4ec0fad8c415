import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/**
 * Sends through SMTP_URL. Without it, mail is written to the log instead,
 * so a laptop install still shows a reset link to its operator.
 */
export function createMailer(smtpUrl: string | null, from: string, log: (line: string) => void): Mailer {
  if (!smtpUrl) {
    return {
      async send(mail) {
        log(
          `E-post (ingen SMTP_URL satt) till ${mail.to}: ${mail.subject}\n${mail.text}${mail.attachments?.length ? `\n(bilagor: ${mail.attachments.map((a) => a.filename).join(', ')})` : ''}`,
        );
      },
    };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        attachments: mail.attachments,
      });
    },
  };
}
