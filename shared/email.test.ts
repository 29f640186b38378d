import { describe, expect, it } from 'vitest';
import { renderMergeFields, unknownMergeFields } from './email';

describe('merge fields', () => {
  it('fills the fields it knows, with or without spaces inside the braces', () => {
    expect(
      renderMergeFields('Hi {{client.first_name}}, {{ invoice.number }} is due', {
        'client.first_name': 'Zoë',
        'invoice.number': 'INV-2026-0001',
      }),
    ).toBe('Hi Zoë, INV-2026-0001 is due');
  });

  it('leaves a field without a value as typed, so the sender sees it before sending', () => {
    expect(renderMergeFields('Total {{invoice.totl}}', { 'invoice.total': '€1.00' })).toBe(
      'Total {{invoice.totl}}',
    );
  });

  it('does not read a value as a pattern', () => {
    expect(renderMergeFields('{{client.name}}', { 'client.name': '$& $1 Łukasz' })).toBe('$& $1 Łukasz');
  });

  it('names each field an email of a kind cannot fill, once', () => {
    const text = '{{estimate.number}} {{invoice.number}} {{estimate.number}} {{nope.field}}';
    expect(unknownMergeFields(text, 'invoice')).toEqual(['estimate.number', 'nope.field']);
    expect(unknownMergeFields(text, 'estimate')).toEqual(['invoice.number', 'nope.field']);
  });
});
