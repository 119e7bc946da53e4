/**
 * A two-column table of named values (decoded payload fields, headers, parameters):
 * names as row headers so screen readers announce them with each value.
 */
export function KeyValueTable({
  label,
  rows,
  keyHeader = 'Field',
}: {
  label: string;
  rows: readonly (readonly [string, string])[];
  keyHeader?: string;
}) {
  return (
    <table className="plain-table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">{keyHeader}</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, value]) => (
          <tr key={name}>
            <th scope="row" className="mono">
              {name}
            </th>
            <td className="mono">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
