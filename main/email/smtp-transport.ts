import { createTransport } from 'nodemailer';
import type { EmailSettings } from '../../shared/email';

/** Short waits: a test from Settings should answer within seconds, and a stuck server only delays a retry. */
const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 15_000 };

/** `pool` keeps one connection open for a run of messages instead of greeting the server for each. */
export const smtpTransportFor = (settings: EmailSettings, password: string | undefined, pool = false) =>
  createTransport({
    ...(pool ? { pool: true, maxConnections: 1 } : {}),
    host: settings.smtpHost,
    port: settings.smtpPort,
    // tls: TLS from the first byte (usually 465); starttls: upgrade and refuse to go on without it (587);
    // none: plain text, for a relay on the local network, and never upgraded half-way.
    secure: settings.smtpSecurity === 'tls',
    requireTLS: settings.smtpSecurity === 'starttls',
    ignoreTLS: settings.smtpSecurity === 'none',
    auth: settings.smtpUsername ? { user: settings.smtpUsername, pass: password ?? '' } : undefined,
    ...timeouts,
  });

/** Whether trying again later can help, and why it did not work, in words a consultant understands. */
export interface SmtpFailure {
  permanent: boolean;
  reason: string;
}

interface SmtpErrorFields {
  code?: string;
  originalCode?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

const unreachableBecause = (fields: SmtpErrorFields) => {
  const code = fields.originalCode ?? fields.code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ETIMEDOUT' || code === 'ETIMEOUT') return 'no answer in time';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EDNS') return 'no server by that name';
  if (code === 'ECONNRESET') return 'the connection was dropped';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return 'no network route to it';
  return fields.message ?? 'unknown network error';
};

/**
 * Sorts a nodemailer error: a refused login or a 5xx reply will be refused again (permanent); an unreachable
 * server, a dropped connection or a 4xx reply may work later (transient).
 */
export const describeSmtpError = (error: unknown, settings: EmailSettings): SmtpFailure => {
  const fields = (
    typeof error === 'object' && error !== null ? error : { message: String(error) }
  ) as SmtpErrorFields;
  const server = `${settings.smtpHost}:${settings.smtpPort}`;
  const reply = (fields.response ?? fields.message ?? '').trim();
  if (fields.code === 'EAUTH')
    return { permanent: true, reason: 'The server refused the username or password' };
  if (fields.code === 'ENOAUTH') {
    return {
      permanent: true,
      reason: 'The server asks for a username and password; add them in Settings → Email',
    };
  }
  if (fields.responseCode !== undefined && fields.responseCode >= 400) {
    // 503 is a wrong command sequence on that connection, not a refusal of the message (RFC 5321).
    const permanent = fields.responseCode >= 500 && fields.responseCode !== 503;
    return permanent
      ? { permanent, reason: `The server refused the message: ${reply}` }
      : { permanent, reason: `The server asked to try again later: ${reply}` };
  }
  if (fields.code === 'ETLS') {
    return {
      permanent: false,
      reason: `Could not make a secure connection to ${server} (${fields.message ?? ''})`,
    };
  }
  if (fields.code === 'EENVELOPE' || fields.code === 'EMESSAGE') {
    return { permanent: true, reason: `The message could not be sent: ${reply}` };
  }
  return { permanent: false, reason: `Could not reach ${server} (${unreachableBecause(fields)})` };
};
