import type { Payload, PayloadRequest } from 'payload'

import type { Repair } from '../payload-types'

import { describeState, type RepairState } from '../domain/repairStatus'
import { timelineOf, type RepairPlan } from './repairPlan'
import type { Staff } from './staff'

/** The smallest Lexical document: one paragraph of plain text. */
export function richText(text: string) {
  return {
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      children: [
        {
          type: 'paragraph',
          format: '',
          indent: 0,
          version: 1,
          direction: 'ltr',
          textFormat: 0,
          children: [
            { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
          ],
        },
      ],
    },
  }
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null)

/** Repairs keep their past: the hooks take status and clocks as given and skip the live history. */
const IMPORT_CONTEXT = { importing: true, skipHistory: true, auditLog: false }

type Ids = { deviceIds: number[]; customerIdOfDevice: number[] }

type PartLines = (index: number) => { part: number; quantity: number }[] | undefined

/**
 * Creates the planned repairs (oldest first, so references follow intake order) and their timelines.
 * Parts fitted are repair-parts lines created right after: their hook takes them from stock
 * (one « utilisée sur une réparation » movement and one history entry per line).
 */
export async function createRepairs(
  payload: Payload,
  plans: RepairPlan[],
  ids: Ids,
  staff: Staff,
  req?: PayloadRequest,
  partLines: PartLines = () => undefined,
): Promise<{ repairIds: number[]; repairs: Repair[]; events: number }> {
  const repairIds: number[] = []
  const repairs: Repair[] = []
  let events = 0
  for (const [index, plan] of plans.entries()) {
    const n = plan.path.length
    const current: RepairState = n ? plan.path[n - 1]! : { status: 'en_attente', step: null }
    const timeline = timelineOf(plan, staff)
    const lastChange = timeline.filter((e) => e.type === 'status').at(-1)
    const when = (index: number) => (index < 0 ? null : iso(plan.times[index + 1]))
    const statuses = plan.path.map((x) => x.status)

    const repair = await payload.create({
      collection: 'repairs',
      data: {
        device: ids.deviceIds[plan.device]!,
        reportedProblem: plan.fault.text,
        status: current.status,
        step: current.step,
        waitingForParts: plan.spec.parts === 'waiting',
        priority: plan.priority,
        promisedAt: iso(plan.promisedAt),
        assignee: plan.assignee?.id ?? null,
        estimatedPrice: plan.estimatedPrice,
        notes: plan.notes.map((note) => ({
          body: richText(note.text),
          visibility: note.visibility,
          author: note.by.id,
          at: iso(note.at),
        })),
        pauseStartedAt: plan.spec.parts === 'waiting' ? iso(plan.wait!.from) : null,
        createdAt: iso(plan.times[0])!,
        updatedAt: iso(timeline.at(-1)!.at)!,
        stageStartedAt: iso(plan.times[n]),
        statusChangedAt: n ? iso(plan.times[n]) : null,
        statusChangedBy: lastChange?.by.id ?? null,
        startedAt: when(statuses.indexOf('en_cours')),
        finishedAt: when(statuses.lastIndexOf('termine')),
        handedBackAt: when(statuses.indexOf('restitue')),
        pausedSeconds: plan.wait?.to
          ? Math.round((plan.wait.to.getTime() - plan.wait.from.getTime()) / 1000)
          : 0,
      },
      depth: 0,
      context: IMPORT_CONTEXT,
      req,
    })
    // Parts fitted: each line takes its parts from stock (one movement, one history entry).
    for (const line of partLines(index) ?? []) {
      await payload.create({
        collection: 'repair-parts',
        data: {
          repair: repair.id,
          part: line.part,
          quantity: line.quantity,
          addedBy: plan.assignee?.id ?? null,
        },
        depth: 0,
        context: IMPORT_CONTEXT,
        req,
      })
    }
    repairIds.push(repair.id)
    repairs.push(repair)

    const device = ids.deviceIds[plan.device]!
    const customer = ids.customerIdOfDevice[plan.device]!
    for (const event of timeline) {
      await payload.create({
        collection: 'repair-events',
        data: {
          repair: repair.id,
          device,
          customer,
          type: event.type,
          fromStatus: event.from?.status ?? null,
          fromStep: event.from?.step ?? null,
          toStatus: event.to?.status ?? (event.type === 'created' ? 'en_attente' : null),
          toStep: event.to?.step ?? null,
          message:
            event.type === 'created'
              ? `Appareil déposé, réparation ${repair.reference} ouverte`
              : event.type === 'status'
                ? `${describeState(event.from!)} → ${describeState(event.to!)}`
                : event.message!,
          visibleToCustomer: event.visibleToCustomer,
          by: event.by.id,
          byLabel: event.by.name,
          at: event.at.toISOString(),
          createdAt: event.at.toISOString(),
          updatedAt: event.at.toISOString(),
        },
        overrideAccess: true,
        depth: 0,
        context: IMPORT_CONTEXT,
        req,
      })
      events++
    }
  }
  return { repairIds, repairs, events }
}
