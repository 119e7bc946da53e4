import { type FormEvent, useId } from 'react';
import { fromLocalInput, toLocalInput } from '../../lib/time.ts';

export interface DateRange {
  since?: Date | undefined;
  before?: Date | undefined;
}

interface TimeRangeFilterProps {
  value: DateRange;
  onChange: (range: DateRange) => void;
  /** The form's accessible name, unique on its page. */
  label?: string;
}

/** "Since" and "Before" in the user's local time; the caller converts to each endpoint's unit. */
export function TimeRangeFilter({ value, onChange, label = 'Time range' }: TimeRangeFilterProps) {
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onChange({
      since: fromLocalInput(String(data.get('since') ?? '')),
      before: fromLocalInput(String(data.get('before') ?? '')),
    });
  };
  return (
    <form
      className="filter-bar"
      aria-label={label}
      onSubmit={submit}
      // Remount on a URL change (Back, a shared link) so the inputs show the applied range.
      key={`${value.since?.getTime() ?? ''}-${value.before?.getTime() ?? ''}`}
    >
      <div className="field">
        <label htmlFor={`${id}-since`}>Since</label>
        <input
          id={`${id}-since`}
          name="since"
          type="datetime-local"
          defaultValue={value.since ? toLocalInput(value.since) : ''}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-before`}>Before</label>
        <input
          id={`${id}-before`}
          name="before"
          type="datetime-local"
          defaultValue={value.before ? toLocalInput(value.before) : ''}
        />
      </div>
      <button type="submit" className="button">
        Apply time range
      </button>
      {(value.since || value.before) && (
        <button type="button" className="button button--secondary" onClick={() => onChange({})}>
          Clear time range
        </button>
      )}
    </form>
  );
}
