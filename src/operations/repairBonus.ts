import type { PayloadRequest } from 'payload'

import type { Device, DeviceType, Repair, RepairBonus } from '../payload-types'

import { readShopSettings } from '../config/shopSettings'
import { idOf } from '../domain/ids'
import { bonusFor } from '../domain/repairBonus'
import { enforce } from '../http/httpError'

/**
 * The repair bonus an invoice carries: none without a rule, else the rule's amount once checked
 * against the shop's label, the day, the repaired device's type and the total (src/domain).
 */
export async function resolveBonus(
  req: PayloadRequest,
  invoice: { bonusRule?: unknown; repair?: unknown; totalTtc: number },
  now = new Date(),
): Promise<{ bonusAmount: number; bonusLabel: string | null }> {
  const ruleId = idOf(invoice.bonusRule)
  if (!ruleId) return { bonusAmount: 0, bonusLabel: null }
  const rule = (await req.payload.findByID({
    collection: 'repair-bonuses',
    id: ruleId,
    depth: 1,
    req,
  })) as RepairBonus
  const repairId = idOf(invoice.repair)
  const repair = repairId
    ? ((await req.payload.findByID({
        collection: 'repairs',
        id: repairId,
        depth: 1,
        req,
      })) as Repair)
    : null
  const device = repair?.device as Device | undefined
  const { qualiReparNumber } = await readShopSettings(req)
  let bonus!: { amount: number; label: string }
  enforce(() => {
    bonus = bonusFor({
      rule: {
        label: rule.label,
        deviceType: idOf(rule.deviceType) || null,
        deviceTypeName: (rule.deviceType as DeviceType | undefined)?.name ?? null,
        amount: rule.amount,
        active: rule.active,
        validFrom: rule.validFrom,
        validUntil: rule.validUntil,
      },
      labelNumber: qualiReparNumber,
      deviceType: device ? idOf(device.type) || null : null,
      totalTtc: invoice.totalTtc,
      on: now,
    })
  })
  return { bonusAmount: bonus.amount, bonusLabel: bonus.label }
}
