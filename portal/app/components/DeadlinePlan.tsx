import type { Ref } from 'react'
import { Heading, InlineAlert, Paragraph, StaticChip } from 'suomifi-ui-components'

import type { AnalysisPlan } from '../models/analysis.server'
import type { AuthorityContact } from '../models/authorityContacts.server'
import { AuthorityContactDetails } from './AuthorityContactDetails'
import { useT } from '../i18n/useT'

/**
 * The latest safe submission date of each needed permit, earliest first, counted back from
 * the start date (before the bundle's `deadlineSubject`); the critical path (what must go
 * first) is highlighted and passed dates warned.
 */
export const DeadlinePlan = ({
  plan,
  deadlineSubject,
  headingRef,
}: {
  plan: AnalysisPlan
  deadlineSubject: string
  headingRef?: Ref<HTMLHeadingElement>
}) => {
  const t = useT('common')
  const passed = plan.items.filter((item) => item.isPassed)
  // Whom to contact about the passed dates: each authority once.
  const passedContacts = [
    ...new Map(
      passed
        .map((item) => item.contact)
        .filter((contact): contact is AuthorityContact => contact !== null)
        .map((contact) => [contact.name, contact]),
    ).values(),
  ]
  const critical = plan.items.filter((item) => item.isCritical)
  return (
    <section className="deadline-plan" aria-labelledby="deadline-plan-heading">
      <Heading variant="h2" as="h3" id="deadline-plan-heading" ref={headingRef} mb="xs">
        {t('analysis.plan.heading')}
      </Heading>
      <Paragraph mb="s">
        {t('analysis.plan.intro', { subject: deadlineSubject, date: plan.startDateText })}
      </Paragraph>
      {passed.length > 0 && (
        <InlineAlert
          status="warning"
          labelText={t('analysis.plan.passedHeading')}
          mb="s"
          className="plan-passed-warning"
        >
          {t('analysis.plan.passedWarning', {
            count: passed.length,
            names: passed.map((item) => item.name).join(', '),
          })}
          {passedContacts.map((contact) => (
            <AuthorityContactDetails key={contact.name} contact={contact} isNamed />
          ))}
        </InlineAlert>
      )}
      {critical.length > 0 && (
        <Paragraph mb="s" className="plan-critical-summary">
          <strong>
            {t('analysis.plan.criticalSummary', { count: critical.length, date: critical[0].latestDateText })}
          </strong>{' '}
          {critical.map((item) => item.name).join(', ')}
        </Paragraph>
      )}
      <ol className="deadline-list">
        {plan.items.map((item) => (
          <li
            key={item.permitType}
            className="deadline-item"
            data-critical={item.isCritical ? 'true' : undefined}
            data-passed={item.isPassed ? 'true' : undefined}
            data-permit-type={item.permitType}
          >
            <span className="deadline-date">{item.latestDateText}</span>
            <span className="deadline-name">{item.name}</span>
            <span className="deadline-status">
              {item.isCritical && (
                <StaticChip className="critical-chip">{t('analysis.plan.critical')}</StaticChip>
              )}
              {item.isPassed ? (
                <span className="deadline-passed">
                  {t('analysis.plan.passed', { count: -item.daysLeft })}
                </span>
              ) : (
                <span>{t('analysis.plan.daysLeft', { count: item.daysLeft })}</span>
              )}
            </span>
          </li>
        ))}
      </ol>
      <Paragraph className="plan-note">{t('analysis.plan.note', { date: plan.todayText })}</Paragraph>
    </section>
  )
}
