const calendarDates = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** A yyyy-mm-dd date as the reader writes dates; read as UTC so no time zone moves it a day. */
export const formatCalendarDate = (iso: string) => calendarDates.format(new Date(`${iso}T00:00:00Z`));

/** Today on this computer's calendar, as yyyy-mm-dd (Swedish dates happen to be ISO dates). */
export const todayIso = () => new Date().toLocaleDateString('sv');
