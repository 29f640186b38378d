/** How a date and an amount look in a locale, so a typed tag shows what it changes; null if unknown. */
export const localeExample = (locale: string, currency: string): string | null => {
  try {
    const [tag] = Intl.getCanonicalLocales(locale);
    if (!tag) return null;
    const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2026, 2, 31)),
    );
    const amount = new Intl.NumberFormat(tag, { style: 'currency', currency: currency || 'EUR' }).format(
      1234.5,
    );
    return `${date} · ${amount}`;
  } catch {
    return null;
  }
};

export const commonLocales = [
  'en',
  'en-GB',
  'en-US',
  'en-IE',
  'de-DE',
  'de-AT',
  'de-CH',
  'fr-FR',
  'fr-BE',
  'fr-CA',
  'nl-NL',
  'it-IT',
  'es-ES',
  'pt-PT',
  'pl-PL',
  'cs-CZ',
  'sv-SE',
  'da-DK',
  'nb-NO',
  'fi-FI',
];
