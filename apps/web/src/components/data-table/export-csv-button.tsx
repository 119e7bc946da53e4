import { type CsvValue, downloadText, toCsv } from '../../lib/csv.ts';

interface ExportCsvButtonProps {
  /** Names the file: "Device types" → device-types.csv. */
  label: string;
  headers: readonly string[];
  rows: () => readonly (readonly CsvValue[])[];
  disabled?: boolean;
}

export function csvFileName(label: string): string {
  return `${label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}.csv`;
}

/** Exports a list as shown (every row loaded so far) to a CSV file. */
export function ExportCsvButton({ label, headers, rows, disabled }: ExportCsvButtonProps) {
  return (
    <button
      type="button"
      className="button button--secondary"
      disabled={disabled}
      onClick={() => downloadText(csvFileName(label), toCsv(headers, rows()))}
    >
      Export CSV
    </button>
  );
}
