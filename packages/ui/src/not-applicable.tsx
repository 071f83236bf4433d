import { useInputText } from './input-texts';

interface TNotApplicableProps {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** The "niet van toepassing" box of triads and dyads. */
export function NotApplicableCheckbox({ id, checked, onChange }: TNotApplicableProps) {
  const inputText = useInputText();
  return (
    <label className="option option-na" htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span>{inputText('notApplicable')}</span>
    </label>
  );
}
