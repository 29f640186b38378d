import type { EmailRecipient } from '../../shared/email';

/** "Đặng Văn <dang@example.com>" or the bare address when there is no name. */
export const formatRecipients = (recipients: readonly EmailRecipient[]) =>
  recipients
    .map(({ name, address }) => (name ? `${name.replaceAll(/[<>,;]/g, ' ').trim()} <${address}>` : address))
    .join(', ');

const named = /^(.*?)\s*<([^<>]*)>$/;

/**
 * Reads a list as people type it: commas, semicolons or new lines between entries, each a bare address or
 * "Name <address>". Addresses are checked by the server, which names the one it refuses.
 */
export const parseRecipients = (text: string): EmailRecipient[] =>
  text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = named.exec(part);
      return match
        ? { name: (match[1] ?? '').replace(/^"|"$/g, '').trim(), address: (match[2] ?? '').trim() }
        : { name: '', address: part };
    });

/** The server's field errors for a list ("to.1.address") as one message for its input. */
export const listError = (
  fields: Record<string, string>,
  list: 'to' | 'cc',
  recipients: EmailRecipient[],
) => {
  const key = Object.keys(fields).find((name) => name === list || name.startsWith(`${list}.`));
  if (!key) return undefined;
  const index = Number(key.split('.')[1]);
  const address = Number.isInteger(index) ? recipients[index]?.address : undefined;
  return address ? `${address}: ${fields[key]}` : fields[key];
};
