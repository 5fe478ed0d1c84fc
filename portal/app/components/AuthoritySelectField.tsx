import { HintText, Label, StatusText } from 'suomifi-ui-components'

/** What a field of an action form needs besides its control. */
type FieldProps = {
  id: string
  name: string
  label: string
  hint?: string
  error?: string
}

const describedByOf = ({ id, hint, error }: Pick<FieldProps, 'id' | 'hint' | 'error'>) => {
  const ids = [hint && `${id}-hint`, error && `${id}-statusText`].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}

/**
 * A native select with the Suomi.fi label, hint and error texts: it posts without
 * JavaScript and works with every keyboard and screen reader.
 */
export const AuthoritySelectField = ({
  id,
  name,
  label,
  hint,
  error,
  options,
  defaultValue,
  placeholder,
}: FieldProps & {
  options: { value: string; label: string }[]
  defaultValue?: string
  /** A first, empty choice. */
  placeholder?: string
}) => (
  <div className="authority-field native-select" data-error={error ? 'true' : undefined}>
    <Label htmlFor={id}>{label}</Label>
    {hint && <HintText id={`${id}-hint`}>{hint}</HintText>}
    <select
      id={id}
      name={name}
      defaultValue={defaultValue ?? ''}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedByOf({ id, hint, error })}
    >
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
    <StatusText id={`${id}-statusText`} status={error ? 'error' : 'default'}>
      {error}
    </StatusText>
  </div>
)
