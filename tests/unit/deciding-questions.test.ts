import { describe, expect, it } from 'vitest'

import { neededPermitsOf, openDecidingQuestions, permitChangesOf } from '../../src/domain/deciding-questions'
import type { DataValues } from '../../src/domain/types'
import { dataElements, publicEventBundle, workedExampleAnswers } from '../../src/seed/public-event'

const without = (answers: DataValues, ...keys: string[]) =>
  Object.fromEntries(Object.entries(answers).filter(([key]) => !keys.includes(key)))

const openOf = (answers: DataValues) =>
  openDecidingQuestions({ bundle: publicEventBundle, elements: dataElements, answers })

describe('the analysis questions that still decide the permits', () => {
  it('should be none once the worked example is answered', () => {
    expect(openOf(workedExampleAnswers)).toEqual([])
  })

  it('should name an unanswered yes/no or choice question that changes the permits', () => {
    expect(openOf(without(workedExampleAnswers, 'amplifiedSound', 'fireworksOrPyrotechnics'))).toEqual([
      'amplifiedSound',
      'fireworksOrPyrotechnics',
    ])
    expect(openOf(without(workedExampleAnswers, 'foodSold'))).toContain('foodSold')
  })

  it("should try a number's or a time's neighbours of the rules' limits", () => {
    expect(openOf(without(workedExampleAnswers, 'expectedAttendees'))).toEqual(['expectedAttendees'])
    // Sound ends by the event's end at 20:00 unless its own end time says later.
    expect(openOf({ ...without(workedExampleAnswers, 'soundEndTime'), eventEndTime: '20:00' })).toEqual([
      'soundEndTime',
    ])
  })

  it('should not count a question that matters only after another answer', () => {
    expect(openOf({ ...without(workedExampleAnswers, 'soundEndTime'), amplifiedSound: false })).toEqual([])
  })

  it('should say which permits a change of answers added and removed', () => {
    const before = neededPermitsOf({ bundle: publicEventBundle, answers: workedExampleAnswers })
    const after = neededPermitsOf({
      bundle: publicEventBundle,
      answers: { ...workedExampleAnswers, amplifiedSound: false, fireworksOrPyrotechnics: true },
    })
    const { added, removed } = permitChangesOf(before, after)
    expect(removed).toContain('noise-notification')
    expect(added.length).toBeGreaterThan(0)
    expect(added.every((key) => after.includes(key) && !before.includes(key))).toBe(true)
    expect(permitChangesOf(before, before)).toEqual({ added: [], removed: [] })
  })
})
