import { columnTitles, invoiceWords, type PartyWords } from '../main/pdf/invoice-words';
import type { InvoiceDocument } from '../shared/invoice-document';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => `&#${char.codePointAt(0)};`).replace(/\n/g, '<br>');

const party = (heading: string, words: PartyWords) =>
  `<div><h4>${heading}</h4><strong>${escapeHtml(words.name)}</strong>${words.lines.map((line) => `<div>${escapeHtml(line)}</div>`).join('')}</div>`;

const section = (title: string, text: string) =>
  text.trim() === '' ? '' : `<h4>${title}</h4><p>${escapeHtml(text)}</p>`;

/**
 * The same document as self-contained HTML for Chromium's page.pdf(): the same words (invoiceWords) in a
 * layout like the classic template, so the two engines print the same content.
 */
export const invoiceHtml = (doc: InvoiceDocument): string => {
  const words = invoiceWords(doc);
  const accent = /^#[0-9a-f]{6}$/i.test(doc.branding.accentColor) ? doc.branding.accentColor : '#2959bf';
  const numeric = (column: string) => (column === 'description' ? '' : ' class="num"');
  return `<!doctype html><html lang="${escapeHtml(doc.locale)}"><head><meta charset="utf-8"><title>${escapeHtml(words.label)}</title>
<style>
@page { size: ${doc.branding.paper}; margin: 17mm 18mm; }
body { font: 9.5pt 'DejaVu Sans', sans-serif; color: #1f242b; margin: 0; }
header { display: flex; justify-content: space-between; border-bottom: 2pt solid ${accent}; padding-bottom: 14pt; }
.brand { color: ${accent}; font-size: 18pt; font-weight: bold; max-width: 55%; }
.seller { font-size: 8pt; color: #6b7280; margin-top: 8pt; }
.title { text-align: right; } .title h1 { margin: 0; font-size: 24pt; } .title div { color: #6b7280; font-size: 11pt; }
.parties { display: flex; justify-content: space-between; margin: 20pt 0; }
h4 { font-size: 8pt; color: #6b7280; margin: 14pt 0 2pt; }
dl { display: grid; grid-template-columns: auto auto; align-content: start; gap: 2pt 24pt; margin: 0; } dt { color: #6b7280; } dd { margin: 0; text-align: right; font-weight: bold; }
table { width: 100%; border-collapse: collapse; } th { font-size: 8pt; color: #6b7280; text-align: left; border-bottom: 1pt solid ${accent}; }
th, td { padding: 5pt 6pt; vertical-align: top; } td { border-bottom: 0.5pt solid #d9dde3; } .num { text-align: right; white-space: nowrap; }
thead { display: table-header-group; } tr { break-inside: avoid; }
.totals { margin: 10pt 0 0 auto; width: 45%; break-inside: avoid; } .totals td { border: 0; padding: 2pt 6pt; color: #6b7280; }
.totals .sum td { color: #1f242b; font-weight: bold; } .totals .due td { color: #1f242b; font-weight: bold; background: #e8eef8; font-size: 11pt; padding: 5pt 6pt; }
footer { margin-top: 24pt; border-top: 0.5pt solid #d9dde3; font-size: 8pt; color: #6b7280; padding-top: 6pt; }
</style></head><body>
<header>
  <div><div class="brand">${escapeHtml(words.seller.name)}</div><div class="seller">${words.seller.lines.map(escapeHtml).join('<br>')}</div></div>
  <div class="title"><h1>${escapeHtml(words.title)}</h1><div>${escapeHtml(words.number)}</div>${words.corrects ? `<strong>${escapeHtml(words.corrects)}</strong>` : ''}</div>
</header>
<div class="parties">
  ${party('Bill to', words.buyer)}
  <dl>${words.meta.map((pair) => `<dt>${escapeHtml(pair.label)}</dt><dd>${escapeHtml(pair.value)}</dd>`).join('')}</dl>
</div>
<table>
  <thead><tr>${words.columns.map((column) => `<th${numeric(column)}>${columnTitles[column]}</th>`).join('')}</tr></thead>
  <tbody>${words.lines.map((line) => `<tr>${words.columns.map((column) => `<td${numeric(column)}>${escapeHtml(line[column])}</td>`).join('')}</tr>`).join('')}</tbody>
</table>
<table class="totals">${words.totals.map((row) => `<tr class="${row.emphasis}"><td>${escapeHtml(row.label)}</td><td class="num">${escapeHtml(row.value)}</td></tr>`).join('')}</table>
${words.taxNotes.map((note) => `<p>${escapeHtml(note)}</p>`).join('')}
${section('Notes', words.notes)}${section('Terms', words.terms)}${section('Payment details', words.bankDetails)}
<footer>${escapeHtml(words.footer)}</footer>
</body></html>`;
};
