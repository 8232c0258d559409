/** The one place the UI gets live queries from (wraps dexie-react-hooks). */
export { useLiveQuery } from 'dexie-react-hooks';
