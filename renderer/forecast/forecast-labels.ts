import { addMonths, type Forecast, type ForecastBucket } from '../../shared/forecast';

const months = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** 'YYYY-MM' as "Nov 2026"; the forecast's months are UTC months, so they are read as such. */
export const monthLabel = (month: string) => months.format(new Date(`${month}-01T00:00:00Z`));

/** How a bucket is named in the table and under the chart's bars. */
export const bucketLabel = (bucket: ForecastBucket, forecast: Pick<Forecast, 'currentMonth' | 'months'>) => {
  if (bucket.kind === 'unscheduled') return 'No close date';
  if (bucket.kind === 'later')
    return `After ${monthLabel(addMonths(forecast.currentMonth, forecast.months - 1))}`;
  return monthLabel(bucket.month ?? forecast.currentMonth);
};

/** A short name for a bar group where space is tight: "Nov", "Jan 27", "Later", "No date". */
export const shortBucketLabel = (bucket: ForecastBucket, currentMonth: string) => {
  if (bucket.kind === 'unscheduled') return 'No date';
  if (bucket.kind === 'later') return 'Later';
  const month = bucket.month ?? currentMonth;
  const short = new Date(`${month}-01T00:00:00Z`).toLocaleString('en', { month: 'short', timeZone: 'UTC' });
  return month.slice(0, 4) === currentMonth.slice(0, 4) ? short : `${short} ${month.slice(2, 4)}`;
};
