import { describe, expect, it } from 'vitest';
import { formatRecipients, listError, parseRecipients } from './recipients';

describe('recipient lists', () => {
  it('reads bare addresses and named ones, separated as people type them', () => {
    expect(
      parseRecipients('Đặng Văn <dang@example.com>, books@example.com;\n"Ada L" <ada@example.com>'),
    ).toEqual([
      { name: 'Đặng Văn', address: 'dang@example.com' },
      { name: '', address: 'books@example.com' },
      { name: 'Ada L', address: 'ada@example.com' },
    ]);
    expect(parseRecipients(' , ')).toEqual([]);
  });

  it('writes them back the way they are read', () => {
    const list = [
      { name: 'Đặng Văn', address: 'dang@example.com' },
      { name: '', address: 'books@example.com' },
    ];
    expect(parseRecipients(formatRecipients(list))).toEqual(list);
  });

  it('names the address the server refused', () => {
    const list = parseRecipients('ok@example.com, nope');
    expect(listError({ 'to.1.address': 'Enter a valid email address' }, 'to', list)).toBe(
      'nope: Enter a valid email address',
    );
    expect(listError({ to: 'Add at least one recipient' }, 'to', [])).toBe('Add at least one recipient');
    expect(listError({ subject: 'Write a subject' }, 'cc', list)).toBeUndefined();
  });
});
