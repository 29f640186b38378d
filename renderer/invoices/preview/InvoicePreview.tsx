import { Box } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { memo } from 'react';
import type { InvoiceDocument } from '../../../shared/invoice-document';
import { LinesTable, Party, Totals } from './PreviewParts';
import classes from './preview.module.css';

interface InvoicePreviewProps {
  doc: InvoiceDocument;
  /** The workspace logo, for templates with a logo header. */
  logoUrl: string | null;
}

const pageWidth = { A4: 794, Letter: 816 } as const;

const dateIn = (locale: string) => {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return (iso: string) => format.format(new Date(`${iso}T00:00:00Z`));
};

const titles = { invoice: 'Invoice', credit_note: 'Credit note', estimate: 'Estimate' } as const;

/** The invoice as it will print, drawn in HTML from the same document the PDF is made from. */
export const InvoicePreview = memo(({ doc, logoUrl }: InvoicePreviewProps) => {
  const { ref, width } = useElementSize();
  const paper = doc.branding.paper;
  const zoom = width > 0 ? width / pageWidth[paper] : 0.5;
  const date = dateIn(doc.locale);
  const facts: [string, string][] = [
    ['Number', doc.number ?? 'Draft'],
    ['Issue date', date(doc.issueDate)],
    ...(doc.supplyDate ? ([['Date of supply', date(doc.supplyDate)]] as [string, string][]) : []),
    ...(doc.dueDate
      ? ([[doc.kind === 'estimate' ? 'Valid until' : 'Due date', date(doc.dueDate)]] as [string, string][])
      : []),
    ...(doc.correctsNumber ? ([['Corrects', doc.correctsNumber]] as [string, string][]) : []),
  ];

  return (
    <Box className={classes.frame} role="document" aria-label={`${titles[doc.kind]} preview`}>
      <div ref={ref}>
        <div
          className={paper === 'Letter' ? `${classes.page} ${classes.letter}` : classes.page}
          style={{ zoom }}
        >
          {doc.number === null && (
            <div className={classes.watermark} aria-hidden>
              DRAFT
            </div>
          )}
          <header className={classes.header}>
            {doc.branding.header === 'logo' && logoUrl ? (
              <img src={logoUrl} alt={doc.seller.name} className={classes.logo} />
            ) : (
              <div className={classes.sellerName} style={{ color: doc.branding.accentColor }}>
                {doc.seller.name || 'Your business name'}
              </div>
            )}
            <div>
              <div className={classes.title} style={{ color: doc.branding.accentColor }}>
                {titles[doc.kind]}
              </div>
              <dl className={classes.facts}>
                {facts.map(([label, value]) => (
                  <div key={label} style={{ display: 'contents' }}>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            </div>
          </header>
          <section className={classes.parties}>
            <Party label="From" party={doc.seller} missing="Add your legal name in Settings" />
            <Party label="Bill to" party={doc.buyer} missing="Choose a customer" />
          </section>
          <LinesTable doc={doc} />
          <Totals doc={doc} />
          {(doc.notes || doc.terms || doc.seller.bankDetails) && (
            <section className={classes.texts}>
              {doc.notes && <div>{doc.notes}</div>}
              {doc.terms && (
                <div>
                  <div className={classes.label}>Terms</div>
                  {doc.terms}
                </div>
              )}
              {doc.seller.bankDetails && (
                <div>
                  <div className={classes.label}>Payment details</div>
                  {doc.seller.bankDetails}
                </div>
              )}
            </section>
          )}
          {doc.footer && <footer className={classes.footer}>{doc.footer}</footer>}
        </div>
      </div>
    </Box>
  );
});
