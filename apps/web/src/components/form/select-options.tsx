/** The options of a select: for a filter, "any" first (the empty value); then each choice. */
export function SelectOptions({
  any,
  choices,
}: {
  any?: string;
  choices: readonly (readonly [value: string | number, label: string])[];
}) {
  return (
    <>
      {any === undefined ? null : <option value="">{any}</option>}
      {choices.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  );
}
