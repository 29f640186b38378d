import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach } from 'vitest';

export interface TestSmtpServer {
  port: number;
  /** Every message the server accepted, parsed, in the order they arrived. */
  received: ParsedMail[];
  close: () => Promise<void>;
}

export interface TestSmtpOptions {
  /** Listens on this port (to bring a server up where the app already tried); any free port otherwise. */
  port?: number;
  /** Requires this login; without it anyone may send. */
  login?: { username: string; password: string };
  /** Refuses every message at RCPT TO with this reply, e.g. [550, 'No such user here']. */
  refuse?: [code: number, message: string];
}

const running: TestSmtpServer[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

const smtpError = (code: number, message: string) =>
  Object.assign(new Error(message), { responseCode: code });

/** A real SMTP server on 127.0.0.1, in plain text (no STARTTLS), for the app to deliver to in tests. */
export const startSmtpServer = async ({ port = 0, login, refuse }: TestSmtpOptions = {}) => {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    authOptional: !login,
    allowInsecureAuth: true,
    onAuth: (auth, _session, callback) => {
      if (login && auth.username === login.username && auth.password === login.password) {
        callback(null, { user: auth.username });
      } else {
        callback(smtpError(535, 'Authentication failed'));
      }
    },
    onRcptTo: (_address, _session, callback) => callback(refuse ? smtpError(...refuse) : null),
    onData: (stream, _session, callback) => {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const smtp: TestSmtpServer = {
    port: (server.server.address() as AddressInfo).port,
    received,
    close: () => {
      const index = running.indexOf(smtp);
      if (index === -1) return Promise.resolve();
      running.splice(index, 1);
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  running.push(smtp);
  return smtp;
};
