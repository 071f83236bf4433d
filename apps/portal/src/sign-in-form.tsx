import { ErrorSummary, readServerError, type TErrorLink } from '@duiding/ui';
import { useState } from 'react';
import type { TUser } from './portal-app';
import { TextField } from './text-field';

/** E-mail and password; the server sets the session cookie. */
export function SignInForm({
  signIn,
  onSignedIn,
}: {
  signIn: (credentials: { email: string; password: string }) => Promise<{ user: TUser }>;
  onSignedIn: (user: TUser) => void;
}) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<TErrorLink[]>([]);
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    const missing: TErrorLink[] = [];
    if (!email.trim()) missing.push({ target: 'email', message: 'Vul je e-mailadres in.' });
    if (!password) missing.push({ target: 'wachtwoord', message: 'Vul je wachtwoord in.' });
    setErrors(missing);
    setMessage(undefined);
    if (missing.length > 0) return;
    setBusy(true);
    try {
      const { user } = await signIn({ email: email.trim(), password });
      onSignedIn(user);
    } catch (error) {
      setMessage(readServerError(error).message);
      setBusy(false);
    }
  };
  const errorOf = (target: string) => errors.find((e) => e.target === target)?.message;

  return (
    <form
      noValidate
      className="narrow"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h1>Inloggen</h1>
      <ErrorSummary
        title={errors.length > 0 ? 'Er ontbreekt iets' : 'Inloggen is niet gelukt'}
        errors={errors}
        message={message}
      />
      {(
        [
          ['email', 'E-mailadres', 'email', email, setEmail, 'email'],
          ['wachtwoord', 'Wachtwoord', 'password', password, setPassword, 'current-password'],
        ] as const
      ).map(([id, label, type, value, set, autoComplete]) => (
        <TextField
          key={id}
          id={id}
          label={label}
          value={value}
          onChange={set}
          type={type}
          autoComplete={autoComplete}
          error={errorOf(id)}
        />
      ))}
      <div className="actions">
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy ? 'Bezig met inloggen…' : 'Inloggen'}
        </button>
      </div>
    </form>
  );
}
