import type { TRouterOutputs } from './trpc';

export type TRoleChoice = TRouterOutputs['portal']['team']['list']['roles'][number];
export type TMemberRole = TRoleChoice['role'];

/** The project roles to choose from, each saying when it is outside the research team. */
export function RoleSelect({
  id,
  label,
  hideLabel = false,
  value,
  roles,
  onChange,
}: {
  id: string;
  label: string;
  /** For a select in a table row, whose column already says "Rol"; its options stay short. */
  hideLabel?: boolean;
  value: TMemberRole;
  roles: readonly TRoleChoice[];
  onChange: (role: TMemberRole) => void;
}) {
  const select = (
    <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as TMemberRole)}>
      {roles.map((r) => (
        <option key={r.role} value={r.role}>
          {r.label}
          {r.audience === 'outside' && !hideLabel ? ' (buiten het onderzoeksteam)' : ''}
        </option>
      ))}
    </select>
  );
  if (hideLabel)
    return (
      <>
        <label htmlFor={id} className="visually-hidden">
          {label}
        </label>
        {select}
      </>
    );
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {select}
    </div>
  );
}
