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

/** A native file input, its accepted types named for the file picker. */
export const AuthorityFileField = ({
  id,
  name,
  label,
  hint,
  error,
  accept,
}: FieldProps & { accept: string }) => (
  <div className="authority-field authority-file" data-error={error ? 'true' : undefined}>
    <Label htmlFor={id}>{label}</Label>
    {hint && <HintText id={`${id}-hint`}>{hint}</HintText>}
    <input
      id={id}
      name={name}
      type="file"
      accept={accept}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedByOf({ id, hint, error })}
    />
    <StatusText id={`${id}-statusText`} status={error ? 'error' : 'default'}>
      {error}
    </StatusText>
  </div>
)
