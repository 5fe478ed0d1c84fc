import type { PayloadRequest } from 'payload'

import { localizedTextOf } from '../catalogue/localizedTextOf'
import { idOf } from '../collections/relations'
import type { Id } from '../collections/relations'
import { slugs } from '../collections/slugs'
import { permitTypeKindOf } from '../domain/decision-rules'
import type { Case } from '../payload-types'

/*
 * What a decision record needs to know of its case, read with system rights once the
 * acting user's right to the case is established: the decisions already recorded (their
 * versions) and the permit type's kind and appeal instructions.
 */

const system = { overrideAccess: true, depth: 0 } as const

/** The decisions already recorded on a case, every version. */
export const decisionsOfCase = async (req: PayloadRequest, caseId: Id) =>
  (
    await req.payload.find({
      collection: slugs.decisions,
      where: { case: { equals: caseId } },
      pagination: false,
      select: { version: true, createdAt: true },
      req,
      ...system,
    })
  ).docs

/**
 * The kind of a case's permit type and its appeal instructions in every language: of the
 * case by id, or of a case already read (its permit type is not read again).
 */
export const decisionContextOf = async (req: PayloadRequest, caseRef: Id | Pick<Case, 'permitType'>) => {
  const { permitType: permitTypeRef } =
    typeof caseRef === 'object'
      ? caseRef
      : await req.payload.findByID({
          collection: slugs.cases,
          id: caseRef,
          select: { permitType: true },
          req,
          ...system,
        })
  const permitType = await req.payload.findByID({
    collection: slugs.permitTypes,
    id: idOf(permitTypeRef)!,
    locale: 'all',
    select: { kind: true, appealInstructions: true },
    req,
    ...system,
  })
  const texts = localizedTextOf(permitType.appealInstructions?.text)
  return {
    kind: permitTypeKindOf(permitType.kind),
    appealInstructions: {
      kind: permitType.appealInstructions?.kind ?? 'appeal',
      fi: texts.fi || null,
      sv: texts.sv || null,
      en: texts.en || null,
    },
  }
}
