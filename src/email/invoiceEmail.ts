import { formatAmount } from '../domain/money'
import { GREETING, renderEmail } from './render'

/** The e-mail an invoice or credit note goes out with, its PDF attached. */
export function invoiceEmail(invoice: {
  kind: 'invoice' | 'credit_note'
  number: string
  totalTtc: number
  repairReference?: string | null
  firstName?: string | null
  shopName: string
}) {
  const creditNote = invoice.kind === 'credit_note'
  return {
    subject: `${creditNote ? 'Avoir' : 'Facture'} ${invoice.number} — ${invoice.shopName}`,
    html: renderEmail(
      `${GREETING}<p>Veuillez trouver ci-joint {{what}} <strong>{{number}}</strong> d'un montant de {{amount}} TTC{{#repairReference}} (réparation {{repairReference}}){{/repairReference}}.</p><p>Merci de votre confiance,<br>{{shopName}}</p>`,
      {
        ...invoice,
        what: creditNote ? "l'avoir" : 'la facture',
        amount: formatAmount(invoice.totalTtc),
      },
    ),
  }
}
