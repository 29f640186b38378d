import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { QueryState } from './QueryState';

interface RecordRouteProps<Item> {
  /** The record's query hook; it gets the id from the route's `:id`. */
  useRecord: (id: number) => { data: Item | undefined; error: Error | null };
  /** The kind of page, for the heading when it cannot load: "Contact". */
  noun: string;
  back: { label: string; to: string };
  children: (record: Item) => ReactNode;
}

/** A page about the record the route names: shown once it has loaded, a loader or a way back until then. */
export const RecordRoute = <Item,>({ useRecord, noun, back, children }: RecordRouteProps<Item>) => {
  const { data, error } = useRecord(Number(useParams().id));
  if (data) return children(data);
  return <QueryState error={error} noun={noun} back={back} />;
};

/** A record id from the query string (`?companyId=12`), or null when it is missing or no id. */
export const idParam = (value: string | null) => {
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
};
