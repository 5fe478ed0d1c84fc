import type { ReactNode } from 'react'
import { useT } from '../i18n/useT'

/** A deadline with the service hours left, as the service desk pages show it. */
export const DueWithHoursLeft = ({
  dueAt,
  leftHours,
}: {
  dueAt: string | null
  leftHours: string | null
}) => {
  const t = useT('servicedesk')
  return (
    <>
      {dueAt ?? '–'}
      {leftHours !== null && ` (${t('facts.left')}: ${t('facts.hours', { hours: leftHours })})`}
    </>
  )
}

/** The facts of an incident or a service request, label and value. */
export const ServiceDeskFacts = ({ facts }: { facts: [label: string, value: ReactNode][] }) => (
  <dl className="servicedesk-facts">
    {facts.map(([label, value]) => (
      <div key={label}>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </div>
    ))}
  </dl>
)
