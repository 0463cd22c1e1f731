/** The demo repairs, planned in memory: path through the life cycle, dated stamps, who did what. */
import {
  assertTransition,
  type RepairState,
  type RepairStatus,
  type RepairStep,
} from '../domain/repairStatus'
import { CUSTOMER_MESSAGES, DEVICE_TYPES, FAULTS, type Fault } from './catalog'
import type { Rng } from './random'
import type { Staff, StaffMember, Technician } from './staff'
import { DAY, endOfDay, HOUR, MINUTE, snapBack, snapForward, toMinute } from './timeline'
import type { DevicePlan } from './workshop'
import type { Priority } from '../domain/priorities'

type Kind =
  'en_attente' | 'diagnostic' | 'intervention' | 'test' | 'termine' | 'restitue' | 'annule'
type Spec = {
  kind: Kind
  /** Hours spent so far in the current state; set for repairs still in the shop, dated back from now. */
  age?: [number, number]
  /** Promised date already passed. */
  late?: boolean
  parts?: 'waiting' | 'done'
  rework?: boolean
  cancelFrom?: 'en_attente' | 'diagnostic'
  unassigned?: boolean
}

const s = (kind: Kind, age: [number, number], extra: Omit<Spec, 'kind' | 'age'> = {}): Spec => ({
  kind,
  age,
  ...extra,
})

// Repairs still in the shop (31): every status and step, a few late ones, some waiting for parts.
const IN_SHOP: Spec[] = [
  s('en_attente', [0.5, 3], { unassigned: true }),
  s('en_attente', [2, 8], { unassigned: true }),
  s('en_attente', [4, 20]),
  s('en_attente', [18, 30], { unassigned: true }),
  s('en_attente', [6, 24]),
  s('en_attente', [60, 80], { unassigned: true }), // more than 48 h waiting: late
  s('en_attente', [1, 6]),
  s('diagnostic', [1, 8]),
  s('diagnostic', [4, 20]),
  s('diagnostic', [10, 30], { late: true }),
  s('diagnostic', [60, 80]), // more than 48 h in diagnostic: late
  s('intervention', [2, 12]),
  s('intervention', [8, 40]),
  s('intervention', [30, 80], { parts: 'waiting' }),
  s('intervention', [50, 120], { parts: 'waiting', late: true }),
  s('intervention', [10, 40], { late: true }),
  s('intervention', [20, 50]),
  s('test', [0.5, 6]),
  s('test', [1, 10]),
  s('test', [2, 12], { rework: true }),
  s('test', [30, 40]), // more than 24 h in test: late
  s('termine', [2, 20]),
  s('termine', [10, 50], { parts: 'done' }),
  s('termine', [24, 100]),
  s('termine', [50, 200]),
  s('termine', [3, 30], { rework: true }),
  s('termine', [100, 240]),
  s('annule', [20, 100], { cancelFrom: 'diagnostic' }),
  s('annule', [4, 30], { cancelFrom: 'en_attente', unassigned: true }),
  s('annule', [30, 200], { cancelFrom: 'diagnostic' }),
  s('annule', [50, 150], { cancelFrom: 'en_attente', unassigned: true }),
]

// Repairs handed back over the past year (49), 7 of them after a cancellation.
const HANDED_BACK: Spec[] = [
  ...Array.from({ length: 8 }, () => ({ kind: 'restitue', parts: 'done' }) as Spec),
  ...Array.from({ length: 3 }, () => ({ kind: 'restitue', rework: true }) as Spec),
  ...Array.from({ length: 31 }, () => ({ kind: 'restitue' }) as Spec),
  ...Array.from({ length: 4 }, () => ({ kind: 'restitue', cancelFrom: 'diagnostic' }) as Spec),
  ...Array.from(
    { length: 3 },
    () => ({ kind: 'restitue', cancelFrom: 'en_attente', unassigned: true }) as Spec,
  ),
]

export const REPAIR_COUNT = IN_SHOP.length + HANDED_BACK.length

const st = (status: RepairStatus, step: RepairStep | null = null): RepairState => ({ status, step })
const DIAG = st('en_cours', 'diagnostic')
const WORK = st('en_cours', 'intervention')
const TEST = st('en_cours', 'test')

/** The states the repair went through after intake, checked against the transition table. */
function pathOf(spec: Spec): RepairState[] {
  let path: RepairState[]
  if (spec.cancelFrom) {
    path = [...(spec.cancelFrom === 'diagnostic' ? [DIAG] : []), st('annule')]
    if (spec.kind === 'restitue') path.push(st('restitue'))
  } else {
    const done = spec.rework
      ? [DIAG, WORK, TEST, st('termine'), WORK, TEST, st('termine')]
      : [DIAG, WORK, TEST, st('termine')]
    path = {
      en_attente: [],
      diagnostic: [DIAG],
      intervention: [DIAG, WORK],
      test: spec.rework ? [DIAG, WORK, TEST, WORK, TEST] : [DIAG, WORK, TEST],
      termine: done,
      restitue: [...done, st('restitue')],
      annule: [st('annule')],
    }[spec.kind]
  }
  let from = st('en_attente')
  for (const to of path) {
    assertTransition(from, to)
    from = to
  }
  return path
}

/** Waiting or in progress: what counts towards a technician's load and can be late. */
const inWorkshop = (kind: Kind) =>
  kind === 'en_attente' || kind === 'diagnostic' || kind === 'intervention' || kind === 'test'

function stageHours(state: RepairState, priority: Priority, rng: Rng): number {
  const fast = priority === 'urgente' ? 0.3 : 1
  if (state.status === 'en_attente')
    return priority === 'urgente' ? rng.between(0.3, 3) : rng.between(1, 30)
  if (state.status === 'termine') return rng.between(3, 120)
  if (state.status === 'annule') return rng.between(3, 72)
  if (state.step === 'diagnostic') return rng.between(2, 30) * fast
  if (state.step === 'intervention') return rng.between(3, 40) * fast
  return rng.between(1, 18) * fast
}

export type PlannedEvent = {
  type: 'created' | 'status' | 'assignment' | 'parts_wait' | 'parts_resume' | 'note'
  at: Date
  by: StaffMember
  message?: string
  from?: RepairState
  to?: RepairState
  visibleToCustomer: boolean
}

export type PlannedNote = {
  at: Date
  by: StaffMember
  visibility: 'interne' | 'client'
  text: string
}

export type RepairPlan = {
  spec: Spec
  priority: Priority
  path: RepairState[]
  /** times[0] is the intake, times[i] the change into path[i - 1]. */
  times: Date[]
  wait: { from: Date; to: Date | null } | null
  promisedAt: Date
  device: number
  fault: Fault
  estimatedPrice: number | null
  assignee: Technician | null
  /** When the technician was assigned after intake (an assignment event), else null. */
  assignedAt: Date | null
  notes: PlannedNote[]
}

function schedule(
  spec: Spec,
  rng: Rng,
  now: Date,
): Pick<RepairPlan, 'spec' | 'priority' | 'path' | 'times' | 'wait' | 'promisedAt'> {
  const priority = rng.weighted<Priority>([
    ['normale', 60],
    ['haute', 18],
    ['urgente', 8],
    ['basse', 14],
  ])
  const path = pathOf(spec)
  const states = [st('en_attente'), ...path]
  const hours = states.map((state) => stageHours(state, priority, rng))
  // Parts are awaited during the first intervention.
  const workIndex = states.findIndex((x) => x.step === 'intervention')
  const waitLead = rng.between(1, 4) * HOUR
  const waitTail = rng.between(2, 10) * HOUR
  if (spec.parts === 'done')
    hours[workIndex] = hours[workIndex]! + rng.between(48, 144) + (waitLead + waitTail) / HOUR

  const times: Date[] = []
  const last = states.length - 1
  if (spec.age) {
    times[last] = snapBack(now.getTime() - rng.between(...spec.age) * HOUR, rng)
    for (let i = last - 1; i >= 0; i--)
      times[i] = snapBack(times[i + 1]!.getTime() - hours[i]! * HOUR, rng)
    // A passed promise needs an intake old enough for it.
    if (spec.late && times[0]!.getTime() > now.getTime() - 4.5 * DAY) {
      times[0] = snapBack(now.getTime() - 4.5 * DAY - rng.between(0, 24) * HOUR, rng)
    }
  } else {
    times[0] = snapForward(now.getTime() - rng.between(20, 355) * DAY, rng)
    for (let i = 1; i <= last; i++)
      times[i] = snapForward(times[i - 1]!.getTime() + hours[i - 1]! * HOUR, rng)
  }

  let wait: RepairPlan['wait'] = null
  if (spec.parts) {
    const start = times[workIndex]!.getTime()
    const from = toMinute(
      Math.min(snapForward(start + waitLead, rng).getTime(), now.getTime() - 30 * MINUTE),
    )
    let to =
      spec.parts === 'done' ? snapBack(times[workIndex + 1]!.getTime() - waitTail, rng) : null
    if (to && to <= from) to = new Date(from.getTime() + 2 * DAY)
    wait = { from, to }
  }

  const intake = times[0]!
  const open = inWorkshop(spec.kind)
  const promiseDays = priority === 'urgente' ? rng.between(1, 2) : rng.between(3, 7)
  let promisedAt = endOfDay(intake.getTime() + promiseDays * DAY)
  if (spec.late)
    promisedAt = toMinute(
      Math.min(
        endOfDay(intake.getTime() + rng.between(2, 3) * DAY).getTime(),
        now.getTime() - 3 * HOUR,
      ),
    )
  else if (open && promisedAt.getTime() < now.getTime() + 12 * HOUR)
    promisedAt = endOfDay(now.getTime() + rng.int(1, 4) * DAY)
  return { spec, priority, path, times, wait, promisedAt }
}

/** Technicians with the skill the device type needs (micro-soldering for a torn connector). */
function eligible(technicians: Technician[], device: DevicePlan, fault: Fault): Technician[] {
  const skill = DEVICE_TYPES.find((t) => t.code === device.type)!.skill
  const skilled = technicians.filter((t) => !skill || t.skills.includes(skill))
  const solder = skilled.filter((t) => t.skills.includes('micro-soudure'))
  const needsSolder = /micro-soudure|dessoudé/i.test(fault.finding ?? '')
  return needsSolder && solder.length ? solder : skilled.length ? skilled : technicians
}

function price(fault: Fault, rng: Rng): number {
  const euros = rng.int(fault.price[0], fault.price[1])
  return Math.max(fault.price[0], Math.round(euros / 10) * 10 - 1) * 100
}

/** Devices for the repairs: every device gets one; some come back after an earlier repair. */
function assignDevices(
  plans: Pick<RepairPlan, 'spec' | 'times'>[],
  devices: DevicePlan[],
  rng: Rng,
): number[] {
  const unused = rng.shuffle([...devices.keys()])
  const returnedAt = new Map<number, number>()
  return plans.map((plan, i) => {
    const intake = plan.times[0]!.getTime()
    const remaining = plans.length - i
    const reusable = [...returnedAt].filter(([, at]) => at < intake - DAY).map(([d]) => d)
    const reuse =
      unused.length === 0 ||
      (unused.length < remaining &&
        reusable.length > 0 &&
        rng.chance((remaining - unused.length) / remaining))
    if (reuse && reusable.length === 0)
      throw new Error(
        'Données de démonstration : aucun appareil disponible pour une nouvelle réparation.',
      )
    const device = reuse ? rng.pick(reusable) : unused.pop()!
    if (plan.spec.kind === 'restitue')
      returnedAt.set(device, plan.times[plan.times.length - 1]!.getTime())
    else returnedAt.delete(device)
    return device
  })
}

/** A stamp `minutes` before (negative) or after a reference stamp, kept inside opening hours. */
function near(ref: Date, minutes: number, rng: Rng): Date {
  const at = ref.getTime() + minutes * MINUTE
  return minutes < 0
    ? new Date(Math.min(snapForward(at, rng).getTime(), ref.getTime() - MINUTE))
    : new Date(Math.max(snapBack(at, rng).getTime(), ref.getTime() + MINUTE))
}

const actorOf = (
  to: RepairState,
  from: RepairState,
  plan: RepairPlan,
  staff: Staff,
): StaffMember =>
  to.status === 'restitue' ||
  (to.status === 'annule' && from.status === 'en_attente') ||
  !plan.assignee
    ? staff.desk
    : plan.assignee

/** Every repair of the demo, oldest first, with devices, prices, technicians and notes. */
export function planRepairs(
  rng: Rng,
  devices: DevicePlan[],
  staff: Staff,
  now: Date,
): RepairPlan[] {
  const scheduled = [...IN_SHOP, ...HANDED_BACK]
    .map((spec) => schedule(spec, rng, now))
    .sort((a, b) => a.times[0]!.getTime() - b.times[0]!.getTime())
  const deviceOf = assignDevices(scheduled, devices, rng)
  const lastRepairOf = new Map(deviceOf.map((d, i) => [d, i]))
  const load = new Map(staff.technicians.map((t) => [t.id, 0]))

  return scheduled.map((base, i) => {
    const device = devices[deviceOf[i]!]!
    device.firstIntake ??= base.times[0]
    const others = FAULTS[device.type].filter((f) => f !== device.fault)
    const fault =
      lastRepairOf.get(deviceOf[i]!) === i || others.length === 0 ? device.fault : rng.pick(others)
    const plan: RepairPlan = {
      ...base,
      device: deviceOf[i]!,
      fault,
      estimatedPrice: null,
      assignee: null,
      assignedAt: null,
      notes: [],
    }
    plan.estimatedPrice =
      base.spec.kind === 'en_attente' && rng.chance(0.4) ? null : price(fault, rng)

    if (!base.spec.unassigned) {
      const candidates = eligible(staff.technicians, device, fault)
      const inShop = inWorkshop(base.spec.kind)
      plan.assignee = inShop
        ? rng
            .shuffle(candidates)
            .sort(
              (a, b) => (load.get(a.id)! + 1) / a.capacity - (load.get(b.id)! + 1) / b.capacity,
            )[0]!
        : rng.weighted(candidates.map((t) => [t, t.capacity] as const))
      if (inShop) load.set(plan.assignee.id, load.get(plan.assignee.id)! + 1)
      if (base.path.length > 0 && rng.chance(0.4)) {
        plan.assignedAt = new Date(
          Math.max(
            near(base.times[1]!, -rng.int(5, 40), rng).getTime(),
            base.times[0]!.getTime() + MINUTE,
          ),
        )
      }
    }
    plan.notes = planNotes(plan, staff, rng, now)
    return plan
  })
}

function planNotes(plan: RepairPlan, staff: Staff, rng: Rng, now: Date): PlannedNote[] {
  const notes: PlannedNote[] = []
  const by = plan.assignee ?? staff.desk
  const timeOf = (state: (s: RepairState) => boolean) => {
    const i = plan.path.findIndex(state)
    return i < 0 ? null : plan.times[i + 1]!
  }
  const add = (at: Date, visibility: PlannedNote['visibility'], text: string) =>
    notes.push({
      at: toMinute(
        Math.max(Math.min(at.getTime(), now.getTime() - MINUTE), plan.times[0]!.getTime() + MINUTE),
      ),
      by,
      visibility,
      text,
    })

  const work = timeOf((x) => x.step === 'intervention')
  if (work && plan.fault.finding && rng.chance(0.35))
    add(near(work, -rng.int(5, 40), rng), 'interne', plan.fault.finding)
  if (work && !plan.spec.cancelFrom && rng.chance(0.12))
    add(near(work, -rng.int(45, 90), rng), 'client', CUSTOMER_MESSAGES.quote)
  if (plan.wait && rng.chance(0.6))
    add(near(plan.wait.from, rng.int(5, 20), rng), 'client', CUSTOMER_MESSAGES.parts)
  const cancelled = timeOf((x) => x.status === 'annule')
  if (cancelled && plan.spec.cancelFrom === 'diagnostic')
    add(near(cancelled, -rng.int(2, 15), rng), 'interne', CUSTOMER_MESSAGES.refused)
  const done = timeOf((x) => x.status === 'termine')
  if (done && rng.chance(0.3))
    add(near(done, rng.int(2, 10), rng), 'client', CUSTOMER_MESSAGES.ready)
  return notes.sort((a, b) => a.at.getTime() - b.at.getTime())
}

/** The repair's history timeline, oldest first, as the live hooks would have written it. */
export function timelineOf(plan: RepairPlan, staff: Staff): PlannedEvent[] {
  const events: PlannedEvent[] = [
    { type: 'created', at: plan.times[0]!, by: staff.desk, visibleToCustomer: true },
  ]
  if (plan.assignee && plan.assignedAt) {
    events.push({
      type: 'assignment',
      at: plan.assignedAt,
      by: staff.desk,
      message: `Assignée à ${plan.assignee.name}`,
      visibleToCustomer: false,
    })
  }
  let from = st('en_attente')
  plan.path.forEach((to, i) => {
    events.push({
      type: 'status',
      at: plan.times[i + 1]!,
      by: actorOf(to, from, plan, staff),
      from,
      to,
      visibleToCustomer: true,
    })
    from = to
  })
  if (plan.wait) {
    const by = plan.assignee ?? staff.desk
    events.push({
      type: 'parts_wait',
      at: plan.wait.from,
      by,
      message: 'En attente de pièces',
      visibleToCustomer: true,
    })
    if (plan.wait.to)
      events.push({
        type: 'parts_resume',
        at: plan.wait.to,
        by,
        message: 'Pièces reçues, réparation reprise',
        visibleToCustomer: true,
      })
  }
  for (const note of plan.notes) {
    const visible = note.visibility === 'client'
    events.push({
      type: 'note',
      at: note.at,
      by: note.by,
      message: visible ? 'Message au client ajouté' : 'Note interne ajoutée',
      visibleToCustomer: visible,
    })
  }
  return events.sort((a, b) => a.at.getTime() - b.at.getTime())
}
