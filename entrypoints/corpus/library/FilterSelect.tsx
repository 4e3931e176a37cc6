interface Props {
  testid: string;
  label: string;
  /** The first choice, which keeps everything ("All outlets"). */
  allLabel: string;
  value: string | undefined;
  choices: readonly { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
}

/** One filter of a list: a labelled select whose empty choice keeps everything. */
export function FilterSelect({ testid, label, allLabel, value, choices, onChange }: Props) {
  return (
    <select
      data-testid={testid}
      aria-label={label}
      value={value ?? ''}
      onChange={(event) => onChange(event.currentTarget.value || undefined)}
    >
      <option value="">{allLabel}</option>
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </select>
  );
}
