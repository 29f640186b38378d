import type { OutboxStatus } from '../../shared/email';

/** Where an email stands, in words that finish "Email: …" beside the document it is about. */
export const outboxStatusWords: Record<OutboxStatus, string> = {
  draft: 'draft in the outbox',
  queued: 'queued to send',
  sending: 'sending',
  sent: 'sent',
  failed: 'failed to send',
  cancelled: 'cancelled',
};
