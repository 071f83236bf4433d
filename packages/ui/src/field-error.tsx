import { useInputText } from './input-texts';

/** The message of one problem beside its input; its id goes in the input's aria-describedby. */
export function FieldError({
  id,
  message,
  prefix,
}: {
  id: string;
  message: string | undefined;
  /** Read before the message by a screen reader, in the page's language. */
  prefix?: string;
}) {
  const inputText = useInputText();
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      <span className="visually-hidden">{prefix ?? inputText('errorPrefix')}</span>
      {message}
    </p>
  );
}
