import { create } from 'xmlbuilder2'

/** An element: text, or its child elements by name and its '@attributes'. */
type XmlValue = string | XmlNode | XmlValue[]
type XmlNode = { [key: string]: XmlValue }

/**
 * The parsed document (xmlbuilder2's DOM) as plain objects. Not `convert(…, { format: 'object' })`:
 * that output re-serialises text and cannot tell « R&D » from a typed « R&amp;D ».
 */
function toObject(element: Element): XmlValue {
  const children = Array.from(element.childNodes).filter((n): n is Element => n.nodeType === 1)
  const attributes = Array.from(element.attributes)
  if (children.length === 0 && attributes.length === 0) return element.textContent ?? ''
  const out: XmlNode = {}
  for (const a of attributes) out[`@${a.name}`] = a.value
  if (children.length === 0) out['#'] = element.textContent ?? ''
  for (const child of children) {
    const value = toObject(child)
    const existing = out[child.nodeName]
    out[child.nodeName] =
      existing === undefined
        ? value
        : Array.isArray(existing)
          ? [...existing, value]
          : [existing, value]
  }
  return out
}

const asList = (value: XmlValue | undefined): XmlValue[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

/** Every element at the '/'-separated path below `node`. */
function all(node: XmlValue | undefined, path: string): XmlValue[] {
  return path
    .split('/')
    .reduce<XmlValue[]>(
      (nodes, key) =>
        nodes.flatMap((n) => (typeof n === 'object' && !Array.isArray(n) ? asList(n[key]) : [])),
      node === undefined ? [] : [node],
    )
}

function text(node: XmlValue | undefined, path?: string): string | undefined {
  const found = path ? all(node, path)[0] : node
  if (found === undefined) return undefined
  if (typeof found === 'string') return found
  const value = (found as XmlNode)['#']
  return typeof value === 'string' ? value : ''
}

function attr(node: XmlValue | undefined, path: string, name: string): string | undefined {
  const found = all(node, path)[0]
  const value = found && typeof found === 'object' ? (found as XmlNode)[`@${name}`] : undefined
  return typeof value === 'string' ? value : undefined
}

function party(node: XmlValue | undefined) {
  return {
    name: text(node, 'ram:Name'),
    siret: text(node, 'ram:GlobalID'),
    siretScheme: attr(node, 'ram:GlobalID', 'schemeID'),
    siren: text(node, 'ram:SpecifiedLegalOrganization/ram:ID'),
    sirenScheme: attr(node, 'ram:SpecifiedLegalOrganization/ram:ID', 'schemeID'),
    vatNumber: text(node, 'ram:SpecifiedTaxRegistration/ram:ID'),
    vatScheme: attr(node, 'ram:SpecifiedTaxRegistration/ram:ID', 'schemeID'),
    address: {
      line1: text(node, 'ram:PostalTradeAddress/ram:LineOne'),
      postalCode: text(node, 'ram:PostalTradeAddress/ram:PostcodeCode'),
      city: text(node, 'ram:PostalTradeAddress/ram:CityName'),
      country: text(node, 'ram:PostalTradeAddress/ram:CountryID'),
    },
  }
}

const DATE = 'udt:DateTimeString'

/** What a test compares of a Factur-X (CII) XML, parsed back by xmlbuilder2. */
export function readFacturX(xml: string) {
  const element = create(xml).root().node as unknown as Element
  if (element.nodeName !== 'rsm:CrossIndustryInvoice')
    throw new Error('Pas de rsm:CrossIndustryInvoice')
  const root = toObject(element)
  const doc: XmlNode = { 'rsm:CrossIndustryInvoice': root }
  const header = all(root, 'rsm:ExchangedDocument')[0]
  const tx = all(root, 'rsm:SupplyChainTradeTransaction')[0]
  const agreement = all(tx, 'ram:ApplicableHeaderTradeAgreement')[0]
  const settlement = all(tx, 'ram:ApplicableHeaderTradeSettlement')[0]
  const sums = all(settlement, 'ram:SpecifiedTradeSettlementHeaderMonetarySummation')[0]
  return {
    namespace: attr(doc, 'rsm:CrossIndustryInvoice', 'xmlns:rsm'),
    guideline: text(
      root,
      'rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID',
    ),
    number: text(header, 'ram:ID'),
    typeCode: text(header, 'ram:TypeCode'),
    issueDate: text(header, `ram:IssueDateTime/${DATE}`),
    issueDateFormat: attr(header, `ram:IssueDateTime/${DATE}`, 'format'),
    notes: all(header, 'ram:IncludedNote').map((n) => ({
      text: text(n, 'ram:Content'),
      code: text(n, 'ram:SubjectCode'),
    })),
    lines: all(tx, 'ram:IncludedSupplyChainTradeLineItem').map((l) => ({
      id: text(l, 'ram:AssociatedDocumentLineDocument/ram:LineID'),
      name: text(l, 'ram:SpecifiedTradeProduct/ram:Name'),
      netPrice: text(
        l,
        'ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount',
      ),
      quantity: text(l, 'ram:SpecifiedLineTradeDelivery/ram:BilledQuantity'),
      unitCode: attr(l, 'ram:SpecifiedLineTradeDelivery/ram:BilledQuantity', 'unitCode'),
      category: text(l, 'ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode'),
      rate: text(
        l,
        'ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:RateApplicablePercent',
      ),
      total: text(
        l,
        'ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount',
      ),
    })),
    seller: party(all(agreement, 'ram:SellerTradeParty')[0]),
    buyer: party(all(agreement, 'ram:BuyerTradeParty')[0]),
    deliveryDate: text(
      tx,
      `ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/${DATE}`,
    ),
    currency: text(settlement, 'ram:InvoiceCurrencyCode'),
    paymentMeans: all(settlement, 'ram:SpecifiedTradeSettlementPaymentMeans').map((m) => ({
      typeCode: text(m, 'ram:TypeCode'),
      iban: text(m, 'ram:PayeePartyCreditorFinancialAccount/ram:IBANID'),
      bic: text(m, 'ram:PayeeSpecifiedCreditorFinancialInstitution/ram:BICID'),
    })),
    taxes: all(settlement, 'ram:ApplicableTradeTax').map((t) => ({
      rate: text(t, 'ram:RateApplicablePercent'),
      basis: text(t, 'ram:BasisAmount'),
      vat: text(t, 'ram:CalculatedAmount'),
      category: text(t, 'ram:CategoryCode'),
      exemptionReason: text(t, 'ram:ExemptionReason'),
      exemptionCode: text(t, 'ram:ExemptionReasonCode'),
    })),
    paymentTerms: text(settlement, 'ram:SpecifiedTradePaymentTerms/ram:Description'),
    dueDate: text(settlement, `ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/${DATE}`),
    totals: {
      lineTotal: text(sums, 'ram:LineTotalAmount'),
      taxBasis: text(sums, 'ram:TaxBasisTotalAmount'),
      taxTotal: text(sums, 'ram:TaxTotalAmount'),
      taxCurrency: attr(sums, 'ram:TaxTotalAmount', 'currencyID'),
      grandTotal: text(sums, 'ram:GrandTotalAmount'),
      prepaid: text(sums, 'ram:TotalPrepaidAmount'),
      due: text(sums, 'ram:DuePayableAmount'),
    },
    creditedInvoice: text(settlement, 'ram:InvoiceReferencedDocument/ram:IssuerAssignedID'),
    creditedInvoiceDate: text(
      settlement,
      'ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString',
    ),
  }
}

/** '182.50' → 18250: amounts compared in cents, never as floats. */
export function cents(amount: string | undefined): number {
  const match = /^(-?)(\d+)\.(\d{2})$/.exec(amount ?? '')
  if (!match) throw new Error(`Montant mal formé : ${String(amount)}`)
  return (match[1] ? -1 : 1) * (Number(match[2]) * 100 + Number(match[3]))
}
