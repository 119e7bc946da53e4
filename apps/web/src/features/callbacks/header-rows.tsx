import { type Control, type FieldErrors, type UseFormRegister, useFieldArray } from 'react-hook-form';
import { FormField } from '../../components/form/form-field.tsx';
import type { CallbackFormValues } from './callback-form-values.ts';

interface HeaderRowsProps {
  control: Control<CallbackFormValues>;
  register: UseFormRegister<CallbackFormValues>;
  errors: FieldErrors<CallbackFormValues>['headers'];
}

/** Headers of a URL callback as key/value rows; values may hold variables, names may not. */
export function HeaderRows({ control, register, errors }: HeaderRowsProps) {
  const rows = useFieldArray({ control, name: 'headers' });
  return (
    <fieldset className="header-rows">
      <legend>Headers</legend>
      {rows.fields.map((row, i) => (
        <div key={row.id} className="header-rows__row">
          <FormField label={`Header ${i + 1} name`} error={errors?.[i]?.name?.message}>
            {(p) => <input {...p} {...register(`headers.${i}.name`)} className="mono" spellCheck={false} />}
          </FormField>
          <FormField label={`Header ${i + 1} value`} error={errors?.[i]?.value?.message}>
            {(p) => <input {...p} {...register(`headers.${i}.value`)} className="mono" spellCheck={false} />}
          </FormField>
          <button type="button" className="button button--secondary" onClick={() => rows.remove(i)}>
            Remove header {i + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => rows.append({ name: '', value: '' })}
      >
        Add header
      </button>
    </fieldset>
  );
}
