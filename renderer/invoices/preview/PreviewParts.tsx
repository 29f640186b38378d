import type { DocumentParty, InvoiceDocument } from '../../../shared/invoice-document';
import { formatMoney } from '../../../shared/money';
import { addressLines } from '../../lib/format';
import { totalsRows } from '../totals-rows';
import classes from './preview.module.css';

const documentMoney = (doc: InvoiceDocument) => (minor: number) =>
  formatMoney({ minor, currency: doc.currency }, doc.locale);

interface PartyProps {
  label: string;
  party: DocumentParty & { attention?: string[] };
  /** Said in place of the name when there is none yet. */
  missing: string;
}

export const Party = ({ label, party, missing }: PartyProps) => (
  <div>
    <div className={classes.label}>{label}</div>
    {party.name ? (
      <div className={classes.partyName}>{party.name}</div>
    ) : (
      <div className={classes.missing}>{missing}</div>
    )}
    <div className={classes.party}>
      {party.attention && party.attention.length > 0 && <div>Attn. {party.attention.join(', ')}</div>}
      {addressLines(party.address).map((line) => (
        <div key={line}>{line}</div>
      ))}
      {party.taxId && <div>VAT ID {party.taxId}</div>}
      {party.email && <div>{party.email}</div>}
      {party.phone && <div>{party.phone}</div>}
    </div>
  </div>
);

export const LinesTable = ({ doc }: { doc: InvoiceDocument }) => {
  const money = documentMoney(doc);
  const discounts = doc.lines.some((line) => line.discountText !== '');
  return (
    <table className={classes.lines}>
      <thead style={{ color: doc.branding.accentColor }}>
        <tr>
          <th>Description</th>
          <th className={classes.number}>Qty</th>
          <th className={classes.number}>Unit price</th>
          {discounts && <th className={classes.number}>Discount</th>}
          <th>Tax</th>
          <th className={classes.number}>Amount</th>
        </tr>
      </thead>
      <tbody>
        {doc.lines.map((line, index) => {
          const amount = doc.totals.lines[index];
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: printed lines have no identity but their position
            <tr key={index}>
              <td className={classes.description}>{line.description}</td>
              <td className={classes.number}>
                {line.quantity}
                {line.unit && ` ${line.unit}`}
              </td>
              <td className={classes.number}>{money(line.unitPriceMinor)}</td>
              {discounts && <td className={classes.number}>{line.discountText}</td>}
              <td>{line.taxLabel}</td>
              <td className={classes.number}>{amount ? money(amount.grossMinor ?? amount.netMinor) : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};

const TotalLine = ({ label, amount, strong }: { label: string; amount: string; strong?: boolean }) => (
  <div className={strong ? `${classes.totalRow} ${classes.grandTotal}` : classes.totalRow}>
    <span>{label}</span>
    <span>{amount}</span>
  </div>
);

export const Totals = ({ doc }: { doc: InvoiceDocument }) => {
  const money = documentMoney(doc);
  return (
    <div className={classes.summary}>
      <div className={classes.totals}>
        {totalsRows(doc.totals).map((row) => (
          <div key={row.key}>
            <TotalLine label={row.label} amount={money(row.minor)} strong={row.emphasis === 'strong'} />
            {row.note && <div className={classes.taxNote}>{row.note}</div>}
          </div>
        ))}
        {doc.paidMinor > 0 && <TotalLine label="Paid" amount={money(-doc.paidMinor)} />}
        {doc.creditedMinor > 0 && <TotalLine label="Credited" amount={money(-doc.creditedMinor)} />}
        {(doc.paidMinor > 0 || doc.creditedMinor > 0) && (
          <TotalLine
            label="Balance due"
            amount={money(doc.totals.totalMinor - doc.paidMinor - doc.creditedMinor)}
            strong
          />
        )}
      </div>
    </div>
  );
};
