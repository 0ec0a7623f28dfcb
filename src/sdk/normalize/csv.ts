// CSV tables of a data package → rows. Loaded lazily with the data-package reader (papaparse is not small).
import Papa from 'papaparse';

export type Row = Record<string, string>;

/** UTF-8, or Windows-1252 for the spreadsheet exports that are not (a wrong guess would garble every accent). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Rows keyed by the header row (trimmed, lower-cased, spaces as `_`: "Service ID" is `service_id`). Quoted
 * cells may span lines; CRLF, a BOM and `;`, tab or `|` delimiters are recognised. Blank cells are left out,
 * so an empty cell means "absent", as in JSON.
 */
export function parseCsv(text: string): Row[] {
  const { data } = Papa.parse<Record<string, unknown>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, '_'),
  });
  const rows: Row[] = [];
  for (const record of data) {
    const row: Row = {};
    for (const [key, value] of Object.entries(record)) {
      // papaparse puts the cells of an over-long line under `__parsed_extra`; they have no column name.
      if (key === '' || key === '__parsed_extra' || typeof value !== 'string' || value.trim() === '') continue;
      row[key] = value.trim();
    }
    if (Object.keys(row).length) rows.push(row);
  }
  return rows;
}
